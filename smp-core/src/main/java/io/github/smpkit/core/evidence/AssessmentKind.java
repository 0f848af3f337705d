package io.github.smpkit.core.evidence;

/** What an assessment studied (IOM SMP Guidance 2023, ch. 5, and ch. 4 and 9). {@link #OTHER} needs a description. */
public enum AssessmentKind {
  /** Labour-market needs: shortages, demand by sector and occupation. */
  LABOUR_MARKET_NEEDS,
  /** Skills needs and gaps, including training capacity. */
  SKILLS_NEEDS,
  /** The feasibility of the partnership as a whole, including its costs. */
  FEASIBILITY,
  /** A gender analysis (ch. 9). */
  GENDER_ANALYSIS,
  /** A cost-benefit analysis (ch. 11). */
  COST_BENEFIT,
  /** The legal and institutional framework: laws, mandates and institutions on both sides (ch. 4 and 5). */
  LEGAL_INSTITUTIONAL,
  /** A mapping of the capacity of training institutions and other actors (ch. 5 and 8). */
  CAPACITY_MAPPING,
  /** A mapping of the diaspora and its organisations (ch. 6 and 9). */
  DIASPORA_MAPPING,
  /** A study of the aspirations and intentions of potential migrants (ch. 5). */
  ASPIRATIONS,
  /** Any other study; the description says what. */
  OTHER
}
