package io.github.smpkit.rules;

/**
 * What one rule concluded about one partnership. The guidance is non-prescriptive (IOM SMP
 * Guidance 2023, ch. 1 and 2): a rule says what it recommends and whether the recorded facts show
 * it. An unrecorded fact says nothing about the partnership, so it is a {@link #GAP} (an open
 * question), never a {@link #BREACH}.
 */
public enum Outcome {
  /** The recorded facts show the partnership doing what the guidance recommends. */
  MET,
  /**
   * Recorded facts contradict the recommendation, or an international standard the rule cites
   * (the ILO's employer-pays principle, the WHO Global Code). Only a breach has a {@link Severity}.
   */
  BREACH,
  /** A fact the rule needs is not recorded: an open question to find out or decide. */
  GAP,
  /** The recorded facts show that the recommendation does not concern this partnership. */
  NOT_APPLICABLE
}
