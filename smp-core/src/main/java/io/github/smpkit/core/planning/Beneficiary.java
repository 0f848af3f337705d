package io.github.smpkit.core.planning;

/**
 * Who an objective serves. An SMP aims to benefit all of these at once (IOM SMP Guidance 2023,
 * ch. 2 and ch. 3 on compatible objectives).
 */
public enum Beneficiary {
  /** The country of origin. */
  ORIGIN_COUNTRY,
  /** The country of destination. */
  DESTINATION_COUNTRY,
  /** Employers. */
  EMPLOYERS,
  /** Migrant workers and trainees. */
  MIGRANTS,
  /** Training institutions. */
  TRAINING_INSTITUTIONS,
  /** Communities of origin or destination. */
  COMMUNITIES
}
