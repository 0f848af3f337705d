package io.github.smpkit.core.funding;

import io.github.smpkit.core.internal.Invariants;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
  abstract Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 2000) String> description();

  @Value.Check
  void check() {
    Invariants.describedIfOther(kind(), description(), "FinancingMechanism", "kind");
  }
}
