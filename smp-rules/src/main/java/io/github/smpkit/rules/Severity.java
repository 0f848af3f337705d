package io.github.smpkit.rules;

/**
 * How serious a {@link Outcome#BREACH} is (IOM SMP Guidance 2023, ch. 3 to 12 give the
 * recommendations the severities are measured against). Only breaches have a severity: a gap or
 * a met recommendation does not. Constants are declared from the mildest to the most serious, so
 * {@code compareTo} orders by seriousness.
 */
public enum Severity {
  /** Recorded facts depart from good practice the guidance mentions as worth considering. */
  INFO,
  /** Recorded facts depart from what the guidance recommends. */
  WARNING,
  /**
   * Recorded facts breach a principle or standard the rule cites: migrants paying recruitment
   * fees or related costs (ILO employer-pays), active recruitment of health workers from a
   * country on the WHO safeguards list without a government-to-government agreement (WHO Code).
   */
  ERROR;

  /**
   * Whether this severity is at least as serious as another.
   *
   * @param other the other severity
   * @return whether this one is the same or more serious
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
