package io.github.smpkit.core.governance;

/** The layer a governance body belongs to (IOM SMP Guidance 2023, ch. 4). */
public enum GovernanceLayer {
  /** Takes strategic decisions, for example a steering committee or joint committee. */
  DECISION_MAKING,
  /** Runs the partnership day to day, for example a project management unit. */
  OPERATIONAL,
  /** Advises without deciding, for example a board of employers and social partners. */
  ADVISORY
}
