package io.github.smpkit.core.planning;

import io.github.smpkit.core.code.GcmObjective;
import io.github.smpkit.core.code.SdgTarget;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An objective of a partnership: what it aims at, over which horizon, for whom, and which SDG
 * targets and Global Compact objectives it serves (IOM SMP Guidance 2023, ch. 3).
 */
@Value.Immutable
abstract class AbstractObjective {

  /** The objective, in a sentence. */
  @ValidText(TextRule.LONG)
  abstract String statement();

  /** How far ahead it looks, when stated. */
  abstract Optional<Horizon> horizon();

  /** Who it serves. */
  abstract Set<Beneficiary> beneficiaries();

  /** The SDG targets it contributes to. */
  abstract Set<SdgTarget> sdgTargets();

  /** The Global Compact for Migration objectives it contributes to. */
  abstract Set<GcmObjective> gcmObjectives();

  /**
   * Whether the objective has been made public (ch. 4 recommends publishing objectives). Empty when not recorded, which is
   * different from no.
   */
  abstract Optional<Boolean> published();

  @Value.Check
  void check() {
    Invariants.texts(this, "Objective");
  }
}
