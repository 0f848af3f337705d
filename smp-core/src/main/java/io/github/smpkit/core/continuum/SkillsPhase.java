package io.github.smpkit.core.continuum;

/**
 * A phase of the skills continuum, in order (IOM SMP project overview 2021-2023): skills are
 * formed, developed, certified, used, retained, recognised and transferred.
 */
public enum SkillsPhase {
  /** Initial formation of skills. */
  FORMATION,
  /** Further development and upgrading of skills. */
  DEVELOPMENT,
  /** Assessment and certification. */
  CERTIFICATION,
  /** Use of skills in employment. */
  UTILIZATION,
  /** Keeping skills, and skilled workers, in use. */
  RETENTION,
  /** Recognition of skills and qualifications across borders. */
  RECOGNITION,
  /** Transfer of skills, for example on return or through diaspora. */
  TRANSFER
}
