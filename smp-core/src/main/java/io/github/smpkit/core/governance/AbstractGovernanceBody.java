package io.github.smpkit.core.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A body that steers or runs a partnership, such as a joint steering committee, with its layer
 * and its members (stakeholder names) (IOM SMP Guidance 2023, ch. 4).
 */
@Value.Immutable
abstract class AbstractGovernanceBody {

  /** The body's name, for example {@code "Joint Steering Committee"}. */
  @NotBlank
  @Size(max = 300)
  abstract String name();

  /** Its layer. */
  abstract GovernanceLayer layer();

  /** Its members, by stakeholder name. */
  abstract Set<@NotBlank String> members();
}
