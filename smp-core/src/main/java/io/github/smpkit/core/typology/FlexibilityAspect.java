package io.github.smpkit.core.typology;

/**
 * What a partnership allows to change while it runs, so that it can adapt to labour markets
 * and to migrants' needs (IOM SMP Guidance 2023, ch. 2 and ch. 3). {@link #OTHER} needs a
 * description.
 */
public enum FlexibilityAspect {
  /** The sectors covered may change. */
  SECTOR,
  /** The occupations covered may change. */
  OCCUPATION,
  /** The skill levels targeted may change. */
  SKILL_LEVEL,
  /** The length of stay may change, for example by renewal. */
  LENGTH_OF_STAY,
  /** Migrant workers may change employer. */
  EMPLOYER_CHANGE,
  /** The number of participants may change. */
  NUMBER_OF_PARTICIPANTS,
  /** The countries taking part may change. */
  PARTICIPATING_COUNTRIES,
  /** Anything else; the description says what. */
  OTHER
}
