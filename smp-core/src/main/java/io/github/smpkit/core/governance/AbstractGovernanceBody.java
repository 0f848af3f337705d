package io.github.smpkit.core.governance;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A body that steers or runs a partnership, such as a joint steering committee, with its layer
 * and its members (stakeholder names) (IOM SMP Guidance 2023, ch. 4).
 */
@Value.Immutable
abstract class AbstractGovernanceBody {

  /** The body's name, for example {@code "Joint Steering Committee"}. */
  @ValidText(TextRule.SHORT)
  abstract String name();

  /** Its layer. */
  abstract GovernanceLayer layer();

  /** Its members, by stakeholder name. */
  abstract Set<@ValidText(TextRule.SHORT) String> members();

  @Value.Check
  void check() {
    Invariants.texts(this, "GovernanceBody");
  }
}
