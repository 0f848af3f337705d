package io.github.smpkit.core.funding;

/**
 * The categories of cost of the guidance's Table 3: four essential ones and monitoring and
 * evaluation, which is voluntary (IOM SMP Guidance 2023, ch. 11, Table 3).
 */
public enum CostCategory {
  /** Running the partnership and supporting migrants (essential). */
  PROJECT_IMPLEMENTATION(true),
  /** Identifying, testing and preparing candidates, including recruitment (essential). */
  PRE_SELECTION(true),
  /** Training (essential). */
  TRAINING(true),
  /** Travel and immigration procedures (essential). */
  TRAVEL(true),
  /** Monitoring and evaluation (voluntary). */
  MONITORING_AND_EVALUATION(false),
  /** A cost outside Table 3 (voluntary). */
  OTHER(false);

  private final boolean essential;

  CostCategory(boolean essential) {
    this.essential = essential;
  }

  /** Whether Table 3 counts costs of this category as essential rather than voluntary. */
  public boolean isEssential() {
    return essential;
  }
}
