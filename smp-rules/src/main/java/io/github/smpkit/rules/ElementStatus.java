package io.github.smpkit.rules;

/**
 * How far a partnership addresses one essential element (IOM SMP Guidance 2023, ch. 3 to 12).
 */
public enum ElementStatus {
  /** The element is not described at all: every fact it relies on is empty (unknown). */
  MISSING,
  /** The element is described, but at least one warning, error or fatal finding concerns it. */
  PARTLY_ADDRESSED,
  /** The element is described and no finding worse than {@link Severity#INFO} concerns it. */
  ADDRESSED
}
