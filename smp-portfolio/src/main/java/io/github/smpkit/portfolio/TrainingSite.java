package io.github.smpkit.portfolio;

/**
 * Where a partnership's training takes place, from the locations of its training components
 * (IOM SMP Guidance 2023, ch. 2 "location of training" and ch. 8).
 */
public enum TrainingSite {
  /** Only in the country or countries of origin. */
  ORIGIN,
  /** Only in the country or countries of destination. */
  DESTINATION,
  /** In both the origin and the destination. */
  ORIGIN_AND_DESTINATION,
  /** Only in a third country, or in a third country and one of origin or destination. */
  THIRD_COUNTRY,
  /** No training component is described. */
  NOT_DESCRIBED
}
