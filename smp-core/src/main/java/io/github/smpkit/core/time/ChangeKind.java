package io.github.smpkit.core.time;

/**
 * What a dated change to a partnership changed (IOM SMP Guidance 2023, ch. 3 on flexibility and
 * adjusting a partnership as it runs). {@link #OTHER} needs a description, which every change has.
 */
public enum ChangeKind {
  /** A country joined as a party, for example Timor-Leste joining New Zealand's RSE in April 2025. */
  PARTY_JOINED,
  /** A country stopped taking part. */
  PARTY_LEFT,
  /** A rule of the legal pathway changed: a cap, a wage rule, the right to change employer. */
  PATHWAY_RULE,
  /** Funding or the sharing of costs changed. */
  FUNDING,
  /** A new phase or strand began, or one ended. */
  PHASE,
  /** Anything else; the description says what. */
  OTHER
}
