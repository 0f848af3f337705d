package io.github.smpkit.core.funding;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A financing mechanism a partnership uses to share or reduce costs, such as a levy or
 * results-based financing (IOM SMP Guidance 2023, ch. 11).
 *
 * <p>Invariant: {@link MechanismKind#OTHER} comes with a description.
 */
@Value.Immutable
abstract class AbstractFinancingMechanism {

  /** Which mechanism. */
  @Value.Parameter
  abstract MechanismKind kind();

  /** How it works here; required for {@link MechanismKind#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  @Value.Check
  void check() {
    Invariants.describedIfOther(kind(), description().orElse(""), "FinancingMechanism", "kind");
    Invariants.texts(this, "FinancingMechanism");
  }
}
