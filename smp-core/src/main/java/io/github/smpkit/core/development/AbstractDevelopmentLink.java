package io.github.smpkit.core.development;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link between a partnership and local development in the origin: an investment or development programme, system strengthening, a brain-drain safeguard, skills transfer, circularity incentives or a diaspora role (IOM SMP Guidance 2023, ch. 6).
 *
 * <p>Invariant: {@link DevelopmentLinkKind#OTHER} comes with a description.
 */
@Value.Immutable
abstract class AbstractDevelopmentLink {

  /** Which kind. */
  @Value.Parameter
  abstract DevelopmentLinkKind kind();

  /** What it involves in this partnership; required for {@link DevelopmentLinkKind#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  @Value.Check
  void check() {
    Invariants.describedIfOther(kind(), description().orElse(""), "DevelopmentLink", "kind");
    Invariants.texts(this, "DevelopmentLink");
  }
}
