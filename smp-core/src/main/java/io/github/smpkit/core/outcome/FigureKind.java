package io.github.smpkit.core.outcome;

/**
 * What a participant figure counts, along the path from application to return (IOM SMP
 * Guidance 2023, ch. 5). {@link #OTHER} needs a description.
 */
public enum FigureKind {
  /** People who applied. */
  APPLICANTS,
  /** People selected for training or placement. */
  SELECTED,
  /** People who completed training. */
  TRAINED,
  /** People who obtained a certificate or qualification. */
  CERTIFIED,
  /** Home-track trainees placed in jobs in the country of origin. */
  PLACED_AT_HOME,
  /** People who migrated to the country of destination. */
  MIGRATED,
  /** People employed in the country of destination. */
  EMPLOYED_ABROAD,
  /** People who returned to the country of origin. */
  RETURNED,
  /** Employers taking part. */
  EMPLOYERS,
  /** Anything else; the description says what. */
  OTHER
}
