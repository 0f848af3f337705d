package io.github.smpkit.core.training;

/** How a training component is delivered (IOM SMP Guidance 2023, ch. 8). */
public enum TrainingModality {
  /** In a classroom or workshop. */
  IN_PERSON,
  /** Online. */
  ONLINE,
  /** In person and online. */
  BLENDED,
  /** At the workplace: apprenticeship, internship, on-the-job training. */
  WORK_BASED
}
