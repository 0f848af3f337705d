package io.github.smpkit.core.training;

import io.github.smpkit.core.continuum.MigrationPhase;

/**
 * When, along the migration continuum, training takes place (IOM SMP Guidance 2023, ch. 8:
 * training can happen before recruitment, before departure, after arrival, during employment
 * and on return).
 */
public enum TrainingTiming {
  /** Before candidates are recruited or selected. */
  BEFORE_RECRUITMENT(MigrationPhase.PRE_DEPARTURE),
  /** After selection, before departure. */
  PRE_DEPARTURE(MigrationPhase.PRE_DEPARTURE),
  /** After arrival in the country of destination. */
  AFTER_ARRIVAL(MigrationPhase.ARRIVAL),
  /** While employed in the country of destination. */
  DURING_EMPLOYMENT(MigrationPhase.STAY_AND_INTEGRATION),
  /** After return to the country of origin. */
  ON_RETURN(MigrationPhase.RETURN_AND_REINTEGRATION);

  private final MigrationPhase phase;

  TrainingTiming(MigrationPhase phase) {
    this.phase = phase;
  }

  /** The phase of the migration continuum this timing falls in. */
  public MigrationPhase phase() {
    return phase;
  }
}
