package io.github.smpkit.core.governance;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The governance structure of a partnership: who leads, the bodies in its decision-making,
 * operational and advisory layers, and its working groups (IOM SMP Guidance 2023, ch. 4).
 * Stakeholders are named as in the partnership's stakeholder list; the partnership checks that
 * every name refers to one of them.
 */
@Value.Immutable
abstract class AbstractGovernance {

  /** The lead stakeholder, by name. */
  abstract Optional<@ValidText(TextRule.SHORT) String> lead();

  /** The bodies that steer and run the partnership. */
  abstract List<@Valid GovernanceBody> bodies();

  /** The working groups. */
  abstract List<@Valid WorkingGroup> workingGroups();

  /** Whether some body sits in {@code layer}. */
  public boolean hasLayer(GovernanceLayer layer) {
    return bodies().stream().anyMatch(b -> b.layer() == layer);
  }

  /** Every stakeholder name this structure mentions: the lead, then members of bodies and groups. */
  public Stream<String> stakeholderNames() {
    return Stream.concat(lead().stream(), Stream.concat(
        bodies().stream().flatMap(b -> b.members().stream()),
        workingGroups().stream().flatMap(g -> g.members().stream())));
  }

  @Value.Check
  void check() {
    Invariants.texts(this, "Governance");
  }
}
