package io.github.smpkit.core.evidence;

/** When an indicator is measured; several points are best (IOM SMP Guidance 2023, ch. 5, Box 14). */
public enum MeasurementPoint {
  /** Before training starts: the baseline. */
  BEFORE_TRAINING,
  /** At the end of training, before employment or migration. */
  END_OF_TRAINING,
  /** During employment, at home or abroad. */
  DURING_EMPLOYMENT,
  /** After return to the country of origin. */
  AFTER_RETURN
}
