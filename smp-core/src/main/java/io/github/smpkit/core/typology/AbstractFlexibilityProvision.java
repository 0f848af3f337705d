package io.github.smpkit.core.typology;

import io.github.smpkit.core.internal.Invariants;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A provision that lets a partnership adapt while it runs (IOM SMP Guidance 2023, ch. 2 and 3),
 * for example a clause that allows new sectors to be added.
 *
 * <p>Invariant: {@link FlexibilityAspect#OTHER} comes with a description.
 */
@Value.Immutable
abstract class AbstractFlexibilityProvision {

  /** What may change. */
  @Value.Parameter
  abstract FlexibilityAspect aspect();

  /** How; required for {@link FlexibilityAspect#OTHER}. */
  abstract Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 2000) String> description();

  @Value.Check
  void check() {
    Invariants.describedIfOther(aspect(), description(), "FlexibilityProvision", "aspect");
  }
}
