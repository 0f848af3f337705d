package io.github.smpkit.core.social;

/** The social provisions a partnership can make for migrant workers (IOM SMP Guidance 2023, ch. 9). {@link #OTHER} needs a description. */
public enum SocialProvisionKind {
  /** Family reunification. */
  FAMILY_REUNIFICATION,
  /** Paid or facilitated family visits. */
  FAMILY_VISITS,
  /** Access to the labour market for spouses. */
  SPOUSE_LABOUR_MARKET_ACCESS,
  /** Portability of social-security rights, for example a social-security agreement. */
  SOCIAL_SECURITY_PORTABILITY,
  /** An agreement against double taxation. */
  DOUBLE_TAXATION_AGREEMENT,
  /** Soft-landing support on arrival. */
  SOFT_LANDING,
  /** Integration support: language, community, mentoring. */
  INTEGRATION_SUPPORT,
  /** Cheaper and safer remittance services. */
  REMITTANCE_SERVICES,
  /** Safeguards for women, based on a gender analysis. */
  GENDER_SAFEGUARDS,
  /** Safeguards for people of diverse sexual orientation, gender identity and expression, and sex characteristics. */
  SOGIESC_SAFEGUARDS,
  /** Support for return and reintegration. */
  RETURN_AND_REINTEGRATION_SUPPORT,
  /** Housing. */
  HOUSING,
  /** Health coverage. */
  HEALTH_COVERAGE,
  /** Equal treatment with national workers in pay and conditions. */
  EQUAL_TREATMENT,
  /** Occupational safety and health. */
  OCCUPATIONAL_SAFETY_AND_HEALTH,
  /** Any other provision; the description says what. */
  OTHER
}
