package io.github.smpkit.core.recruitment;

/** The safeguards of ethical recruitment (IOM SMP Guidance 2023, ch. 12). {@link #OTHER} needs a description. */
public enum RecruitmentSafeguard {
  /** Employers, not workers, pay recruitment fees and related costs. */
  EMPLOYER_PAYS,
  /** Only licensed or regulated recruiters, or public services, recruit. */
  LICENSED_RECRUITERS,
  /** Workers can complain and seek remedy through a grievance mechanism. */
  GRIEVANCE_MECHANISM,
  /** Workers have access to consular services. */
  CONSULAR_ACCESS,
  /** Workers may change employer. */
  FREEDOM_TO_CHANGE_EMPLOYER,
  /** Health workers are recruited in line with the WHO Global Code of Practice on the International Recruitment of Health Personnel. */
  WHO_GLOBAL_CODE,
  /** Limits on recruitment where it would drain skills the origin needs. */
  BRAIN_DRAIN_LIMITS,
  /** A written contract in a language the worker understands, before departure. */
  WRITTEN_CONTRACT,
  /** Workers keep their own identity documents. */
  RETENTION_OF_DOCUMENTS_BY_WORKER,
  /** Recruiters certified under IOM's International Recruitment Integrity System (IRIS) or similar. */
  IRIS_CERTIFICATION,
  /** Any other safeguard; the description says what. */
  OTHER
}
