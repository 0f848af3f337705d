package io.github.smpkit.core.recruitment;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A safeguard of ethical recruitment that a partnership provides, such as the employer-pays principle or a grievance mechanism (IOM SMP Guidance 2023, ch. 12).
 *
 * <p>Invariant: {@link RecruitmentSafeguard#OTHER} comes with a description.
 */
@Value.Immutable
abstract class AbstractRecruitmentProvision {

  /** Which kind. */
  @Value.Parameter
  abstract RecruitmentSafeguard safeguard();

  /** What it involves in this partnership; required for {@link RecruitmentSafeguard#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  @Value.Check
  void check() {
    Invariants.describedIfOther(safeguard(), description().orElse(""), "RecruitmentProvision", "safeguard");
    Invariants.texts(this, "RecruitmentProvision");
  }
}
