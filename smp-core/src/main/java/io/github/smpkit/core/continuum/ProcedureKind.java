package io.github.smpkit.core.continuum;

/**
 * The administrative procedures that migrant workers go through along the migration continuum,
 * which a partnership should map per phase (IOM SMP Guidance 2023, ch. 10, Box 27).
 * {@link #OTHER} needs a description.
 */
public enum ProcedureKind {
  /** Recruitment and selection. */
  RECRUITMENT,
  /** Visa and work or residence permit. */
  VISA_AND_PERMIT,
  /** Pre-departure or post-arrival orientation. */
  ORIENTATION,
  /** Recognition of skills and qualifications. */
  RECOGNITION,
  /** Matching workers with jobs and employers. */
  JOB_MATCHING,
  /** Registration with local authorities after arrival. */
  REGISTRATION,
  /** Finding housing. */
  HOUSING,
  /** Health checks and health insurance. */
  HEALTH,
  /** Family reunification. */
  FAMILY_REUNIFICATION,
  /** Portability of social-security rights. */
  SOCIAL_SECURITY_PORTABILITY,
  /** Verification and certification of skills gained abroad, on return. */
  SKILLS_VERIFICATION_ON_RETURN,
  /** Any other procedure; the description says what it is. */
  OTHER
}
