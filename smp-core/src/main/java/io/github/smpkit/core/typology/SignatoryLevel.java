package io.github.smpkit.core.typology;

/**
 * At what level an agreement or other instrument was signed (IOM SMP Guidance 2023, ch. 2 on
 * forms of engagement, ch. 4 on stakeholders). {@link #OTHER} needs the instrument's description.
 */
public enum SignatoryLevel {
  /** Between governments or their ministers, for example a bilateral labour migration agreement. */
  GOVERNMENT_TO_GOVERNMENT,
  /** Between public agencies, for example two employment agencies or a development agency and a ministry. */
  AGENCY_TO_AGENCY,
  /** Between cities or regions (city-to-city cooperation). */
  MUNICIPAL,
  /** Between private actors, for example employers, chambers or recruitment agencies. */
  PRIVATE,
  /** Any other level; the instrument's description says what. */
  OTHER
}
