package io.github.smpkit.core.outcome;

/**
 * What an outcome measures, next to the participant counts (IOM SMP Guidance 2023, ch. 5 on
 * monitoring, evaluation and learning, and ch. 9 on return). {@link #OTHER} needs a description.
 */
public enum OutcomeKind {
  /** Trainees or workers who dropped out before completing training or the placement. */
  DROP_OUTS,
  /** Visa or permit applications refused. */
  VISA_REFUSALS,
  /** Workers retained: still employed by the same employer, sector or country after a time. */
  RETENTION,
  /** Earnings or wages of participants, as an amount per period. */
  EARNINGS,
  /** Participants who returned to the country of origin. */
  RETURNS,
  /** Participants employed, at home or abroad, after training or return. */
  EMPLOYMENT,
  /** Participants who passed a certification or licensing examination. */
  EXAMS_PASSED,
  /** Businesses started by participants. */
  BUSINESSES_STARTED,
  /** Anything else; the description says what. */
  OTHER
}
