package io.github.smpkit.core.evidence;

/** The kinds of data a partnership's design and monitoring draw on (IOM SMP Guidance 2023, ch. 5). {@link #OTHER} needs a description. */
public enum DataSourceKind {
  /** Labour force surveys. */
  LABOUR_FORCE_SURVEY,
  /** Administrative records: permits, social security, employment services. */
  ADMINISTRATIVE_DATA,
  /** Surveys of employers' needs. */
  EMPLOYER_SURVEY,
  /** Skills anticipation and forecasts. */
  SKILLS_FORECAST,
  /** Migration statistics. */
  MIGRATION_STATISTICS,
  /** Surveys or tracer studies of participants. */
  PARTICIPANT_SURVEY,
  /** Interviews, focus groups and other qualitative research. */
  QUALITATIVE_RESEARCH,
  /** A labour market information system (LMIS) of a participating country (ch. 5). */
  LABOUR_MARKET_INFORMATION_SYSTEM,
  /** Any other source; the description says what. */
  OTHER
}
