package io.github.smpkit.core.training;

/** Where a training component takes place (IOM SMP Guidance 2023, ch. 2 and ch. 8). */
public enum TrainingLocation {
  /** In a country of origin. */
  ORIGIN,
  /** In a country of destination. */
  DESTINATION,
  /** In a third country, neither origin nor destination. */
  THIRD_COUNTRY
}
