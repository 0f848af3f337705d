package io.github.smpkit.core.party;

/**
 * What a stakeholder does in a partnership (IOM SMP Guidance 2023, ch. 4: who instigates and
 * leads, who funds, implements, trains, recruits, certifies, advises and monitors).
 * {@link #OTHER} needs a description.
 */
public enum StakeholderRole {
  /** Instigates or leads the partnership. */
  LEAD,
  /** Contributes money. */
  FUNDER,
  /** Runs activities. */
  IMPLEMENTER,
  /** Delivers training. */
  TRAINER,
  /** Identifies, selects or places workers. */
  RECRUITER,
  /** Assesses, certifies or recognises skills. */
  CERTIFIER,
  /** Advises, for example in a steering or advisory board. */
  ADVISORY,
  /** Monitors or evaluates. */
  MONITORING,
  /** Employs participants. */
  EMPLOYS,
  /** Identifies labour-market and skill needs (ch. 5; ch. 10, Box 27 asks whether social partners did). */
  SKILL_NEEDS_IDENTIFICATION,
  /** Any other role; the stakeholder's description says what it is. */
  OTHER
}
