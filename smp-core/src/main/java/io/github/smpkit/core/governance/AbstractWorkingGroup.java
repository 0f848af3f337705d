package io.github.smpkit.core.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
  @NotBlank
  @Size(max = 300)
  abstract String name();

  /** Its topic. */
  abstract Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 2000) String> topic();

  /** Its members, by stakeholder name. */
  abstract Set<@NotBlank String> members();
}
