package io.github.smpkit.core.recognition;

/** The mechanisms for recognising skills and qualifications across borders (IOM SMP Guidance 2023, ch. 7). {@link #OTHER} needs a description. */
public enum RecognitionMechanism {
  /** A mutual recognition agreement between the countries or their bodies. */
  MUTUAL_RECOGNITION_AGREEMENT,
  /** A regional qualifications framework both sides reference. */
  REGIONAL_QUALIFICATIONS_FRAMEWORK,
  /** Certificates of both the origin and the destination. */
  DOUBLE_CERTIFICATION,
  /** A joint certificate accredited in both countries. */
  ACCREDITED_JOINT_CERTIFICATE,
  /** Recognition of prior learning, including informal and non-formal learning. */
  RECOGNITION_OF_PRIOR_LEARNING,
  /** A skills passport or similar portable record. */
  SKILLS_PASSPORT,
  /** A fast-track recognition procedure. */
  FAST_TRACK,
  /** Any other mechanism; the description says what. */
  OTHER
}
