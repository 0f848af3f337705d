package io.github.smpkit.core.typology;

import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An occupation a partnership trains and recruits for, as an ISCO-08 group, optionally with the
 * ESCO occupation it means and the title the partners use (IOM SMP Guidance 2023, ch. 2 and
 * ch. 7 on skills classification).
 */
@Value.Immutable
abstract class AbstractOccupation {

  /** The ISCO-08 group, ideally a unit group (four digits). */
  @Value.Parameter
  abstract IscoCode isco();

  /** The ESCO occupation URI, for example {@code http://data.europa.eu/esco/occupation/...}. */
  abstract Optional<@ValidText(TextRule.ESCO_URI) String> escoUri();

  /** The title the partners use, for example {@code "Full-stack developer"}. */
  abstract Optional<@ValidText(TextRule.SHORT) String> title();

  /** The skill levels of the group's ISCO-08 major group. */
  public java.util.Set<SkillLevel> skillLevels() {
    return SkillLevel.of(isco());
  }

  @Value.Check
  void check() {
    Invariants.texts(this, "Occupation");
  }
}
