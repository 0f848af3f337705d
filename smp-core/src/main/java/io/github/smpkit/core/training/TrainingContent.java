package io.github.smpkit.core.training;

/**
 * What a training component teaches (IOM SMP Guidance 2023, ch. 8). {@link #OTHER} needs the
 * component's {@code otherContent}.
 */
public enum TrainingContent {
  /** Technical and vocational skills of the occupation. */
  TECHNICAL,
  /** The language of the country of destination (or of work). */
  LANGUAGE,
  /** Soft skills such as teamwork and communication. */
  SOFT_SKILLS,
  /** Digital skills. */
  DIGITAL,
  /** Financial literacy, including remittances and savings. */
  FINANCIAL_LITERACY,
  /** Intercultural and workplace-culture preparation. */
  INTERCULTURAL,
  /** Labour and migrant rights, and where to seek help. */
  RIGHTS_AWARENESS,
  /** Pre-departure orientation on life and work in the destination. */
  PRE_DEPARTURE_ORIENTATION,
  /** Entrepreneurship, for example for return. */
  ENTREPRENEURSHIP,
  /**
   * Orientation of employers and managers on hiring people from abroad: intercultural
   * communication, diversity, discrimination (ch. 8).
   */
  EMPLOYER_ORIENTATION,
  /** Anything else; the component's {@code otherContent} says what. */
  OTHER
}
