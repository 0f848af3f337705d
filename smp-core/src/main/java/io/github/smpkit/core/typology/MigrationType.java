package io.github.smpkit.core.typology;

/**
 * How long, and how often, migrant workers stay in the country of destination (IOM SMP
 * Guidance 2023, ch. 2). Several may apply to one partnership.
 */
public enum MigrationType {
  /** Short-term stays, typically under a year. */
  SHORT_TERM,
  /** Seasonal work, for part of each year. */
  SEASONAL,
  /** Repeated stays with returns in between. */
  CIRCULAR,
  /** Longer-term stays of several years. */
  LONGER_TERM,
  /** Permanent settlement. */
  PERMANENT
}
