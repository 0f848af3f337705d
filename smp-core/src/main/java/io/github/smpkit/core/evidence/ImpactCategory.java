package io.github.smpkit.core.evidence;

/**
 * The kinds of impact an indicator measures, as the guidance groups them (IOM SMP Guidance
 * 2023, ch. 5, Box 14). {@link #OTHER} is described by the indicator's name.
 */
public enum ImpactCategory {
  /** Economic performance and development in origin or destination, by sector or region. */
  ECONOMIC_DEVELOPMENT,
  /** Migration, education and other systems: curricula, support services, procedures. */
  SYSTEMS,
  /** Individual earnings, wages and remittances. */
  EARNINGS_AND_REMITTANCES,
  /** Skills taught, obtained, used and transferred. */
  SKILLS,
  /** Businesses: expansion, innovation, networks. */
  BUSINESSES,
  /** Satisfaction of participants, employers and other stakeholders. */
  SATISFACTION,
  /** Norms and narratives, for example on gender or on labour migration. */
  NORMS,
  /** Legal and policy frameworks, for example immigration rules. */
  LEGAL_AND_POLICY_FRAMEWORK,
  /** Outputs of the partnership itself: people trained, placed, migrated. */
  OUTPUTS,
  /** Anything else; the indicator's name says what. */
  OTHER
}
