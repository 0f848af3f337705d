package io.github.smpkit.core.social;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A social provision a partnership makes for migrant workers, such as family reunification or social-security portability (IOM SMP Guidance 2023, ch. 9).
 *
 * <p>Invariant: {@link SocialProvisionKind#OTHER} comes with a description.
 */
@Value.Immutable
abstract class AbstractSocialProvision {

  /** Which kind. */
  @Value.Parameter
  abstract SocialProvisionKind kind();

  /** What it involves in this partnership; required for {@link SocialProvisionKind#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  @Value.Check
  void check() {
    Invariants.describedIfOther(kind(), description().orElse(""), "SocialProvision", "kind");
    Invariants.texts(this, "SocialProvision");
  }
}
