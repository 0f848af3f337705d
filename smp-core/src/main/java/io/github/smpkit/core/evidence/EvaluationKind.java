package io.github.smpkit.core.evidence;

/** The evaluations a partnership plans or has had (IOM SMP Guidance 2023, ch. 5). */
public enum EvaluationKind {
  /** A mid-term evaluation. */
  MID_TERM,
  /** A final evaluation. */
  FINAL,
  /** An impact evaluation, ideally with a comparison group. */
  IMPACT,
  /** A longitudinal study following participants over years. */
  LONGITUDINAL
}
