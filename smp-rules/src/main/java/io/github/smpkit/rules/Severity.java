package io.github.smpkit.rules;

/**
 * How serious a finding is (IOM SMP Guidance 2023, ch. 3 to 12 give the recommendations the
 * severities are measured against). Constants are declared from the mildest to the most serious,
 * so {@code compareTo} orders by seriousness.
 */
public enum Severity {
  /** Worth considering: good practice the guidance mentions, not a gap. */
  INFO,
  /** The guidance recommends something and the partnership does not show it. */
  WARNING,
  /** The partnership breaks a principle of SMPs (such as employer pays) or contradicts itself. */
  ERROR,
  /** A rule failed to run (it threw); the finding names the rule. Never emitted by a rule itself. */
  FATAL;

  /**
   * Whether this severity is at least as serious as another.
   *
   * @param other the other severity
   * @return whether this one is the same or more serious
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /** {@return whether a finding of this severity makes a report invalid: {@link #ERROR} or {@link #FATAL}} */
  public boolean isBlocking() {
    return isAtLeast(ERROR);
  }
}
