package io.github.smpkit.core.governance;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A working group on one topic, such as recognition or curricula, with its members
 * (stakeholder names) (IOM SMP Guidance 2023, ch. 4).
 */
@Value.Immutable
abstract class AbstractWorkingGroup {

  /** The group's name. */
  @ValidText(TextRule.SHORT)
  abstract String name();

  /** Its topic. */
  abstract Optional<@ValidText(TextRule.LONG) String> topic();

  /** Its members, by stakeholder name. */
  abstract Set<@ValidText(TextRule.SHORT) String> members();

  @Value.Check
  void check() {
    Invariants.texts(this, "WorkingGroup");
  }
}
