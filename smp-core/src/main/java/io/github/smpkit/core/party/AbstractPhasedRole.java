package io.github.smpkit.core.party;

import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.internal.Invariants;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A role a stakeholder plays in given phases of the migration continuum, for example a public
 * employment service that recruits before departure and helps with job matching on return (IOM
 * SMP Guidance 2023, ch. 4, Table 2, and ch. 10, Box 27).
 *
 * <p>Invariant: at least one phase is named.
 */
@Value.Immutable
abstract class AbstractPhasedRole {

  /** The role. */
  @Value.Parameter
  abstract StakeholderRole role();

  /** The phases of the migration continuum in which it plays the role. */
  @Value.Parameter
  abstract Set<MigrationPhase> phases();

  @Value.Check
  void check() {
    Invariants.require(!phases().isEmpty(), "PhasedRole", "phases", phases(), "must name at least one phase");
  }

  /** For example {@code RECRUITER in [PRE_DEPARTURE]}. */
  @Override
  public String toString() {
    return role() + " in " + phases();
  }
}
