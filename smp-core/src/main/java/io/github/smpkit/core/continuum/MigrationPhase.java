package io.github.smpkit.core.continuum;

/**
 * A phase of the migration continuum, in order (IOM SMP Guidance 2023, ch. 10, Box 27). Each
 * phase has its procedures, such as visas before departure or skills verification on return.
 */
public enum MigrationPhase {
  /** Before departure: recruitment, selection, visa and permit, pre-departure orientation. */
  PRE_DEPARTURE,
  /** Arrival in the country of destination: registration, reception, first housing. */
  ARRIVAL,
  /** Stay and integration: employment, recognition, family, social protection. */
  STAY_AND_INTEGRATION,
  /** Onward migration to a third country. */
  ONWARD_MIGRATION,
  /** Return to the country of origin and reintegration there. */
  RETURN_AND_REINTEGRATION
}
