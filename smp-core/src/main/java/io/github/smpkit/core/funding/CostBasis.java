package io.github.smpkit.core.funding;

/** Whether a cost is incurred once or for each migrant (IOM SMP Guidance 2023, ch. 11). */
public enum CostBasis {
  /** A fixed cost, independent of the number of participants. */
  FIXED,
  /** A cost per migrant worker or trainee. */
  PER_MIGRANT
}
