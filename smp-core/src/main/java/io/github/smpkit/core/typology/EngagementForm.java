package io.github.smpkit.core.typology;

/**
 * The kind of instrument through which the parties engage (IOM SMP Guidance 2023, ch. 2).
 * {@link #OTHER} needs a description.
 */
public enum EngagementForm {
  /** Memorandum of understanding: non-binding, quick to conclude. */
  MEMORANDUM_OF_UNDERSTANDING,
  /** Bilateral labour migration agreement (BLMA): binding, between two States. */
  BILATERAL_LABOUR_MIGRATION_AGREEMENT,
  /** Trade-related agreement with provisions on the movement of workers. */
  TRADE_RELATED_AGREEMENT,
  /** Placement agreement between employment services or agencies. */
  PLACEMENT_AGREEMENT,
  /** A wider migration or mobility partnership that includes skills. */
  MIGRATION_PARTNERSHIP,
  /** An EU Talent Partnership. */
  TALENT_PARTNERSHIP,
  /** A time-limited pilot project, often donor-funded. */
  PILOT_PROJECT,
  /** A mutual recognition arrangement for qualifications. */
  MUTUAL_RECOGNITION_ARRANGEMENT,
  /** Cooperation between cities or regions. */
  CITY_TO_CITY_COOPERATION,
  /** Any other form; the description says what it is. */
  OTHER
}
