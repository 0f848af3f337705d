package io.github.smpkit.core.evidence;

/** Whose side an assessment covers; a joint assessment is best (IOM SMP Guidance 2023, ch. 5). */
public enum AssessmentScope {
  /** The country or countries of origin. */
  ORIGIN,
  /** The country or countries of destination. */
  DESTINATION,
  /** Origin and destination together, carried out jointly. */
  JOINT
}
