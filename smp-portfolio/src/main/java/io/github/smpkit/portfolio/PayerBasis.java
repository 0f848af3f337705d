package io.github.smpkit.portfolio;

/**
 * What the payers of a partnership's training are read from (IOM SMP Guidance 2023, ch. 11).
 */
public enum PayerBasis {
  /** The payer shares of its training cost items (Table 3 category TRAINING): who pays for training, as stated. */
  COST_ITEMS,
  /**
   * No training cost item states who pays, so the partnership's funding sources are used: they
   * fund the partnership as a whole, and so presumably its training; a weaker reading.
   */
  FUNDERS,
  /** Neither training cost shares nor funding sources are known. */
  NOT_KNOWN
}
