package io.github.smpkit.core.funding;

/**
 * How a payer pays its part of a cost (IOM SMP Guidance 2023, ch. 11 and ch. 12 on the
 * employer-pays principle): a cost the employer advances and then deducts from wages is borne by
 * the worker, whoever paid first. {@link #OTHER} needs a description.
 */
public enum PaymentMechanism {
  /** Paid in full before or when the cost falls due, for example an employer buying the flight. */
  UPFRONT,
  /**
   * Deducted from the worker's wages: the worker bears the cost, for example PALM employers
   * recovering seasonal workers' travel costs above AUD 300 through pay deductions.
   */
  WAGE_DEDUCTION,
  /** Paid back to whoever advanced the cost, for example a government reimbursing employers. */
  REIMBURSEMENT,
  /** Lent to the worker, who repays the loan. */
  WORKER_LOAN,
  /** Any other mechanism; the description says what. */
  OTHER
}
