package io.github.smpkit.core.typology;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
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
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  @Value.Check
  void check() {
    Invariants.describedIfOther(aspect(), description().orElse(""), "FlexibilityProvision", "aspect");
    Invariants.texts(this, "FlexibilityProvision");
  }
}
