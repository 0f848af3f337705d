package io.github.smpkit.core.development;

/** The ways a partnership connects to development in the origin (IOM SMP Guidance 2023, ch. 6). {@link #OTHER} needs a description. */
public enum DevelopmentLinkKind {
  /** A link to private or public investment that creates jobs in the origin. */
  INVESTMENT_PROGRAMME,
  /** A link to a development cooperation programme. */
  DEVELOPMENT_PROGRAMME,
  /** Training capacity or curricula in the origin are strengthened for everyone. */
  ORIGIN_SYSTEM_STRENGTHENING,
  /** A safeguard against brain drain, such as training more people than migrate. */
  BRAIN_DRAIN_SAFEGUARD,
  /** A mechanism to transfer skills back to the origin. */
  SKILLS_TRANSFER,
  /** An incentive to circulate or return. */
  CIRCULARITY_INCENTIVE,
  /** A role for the diaspora. */
  DIASPORA_ENGAGEMENT,
  /** Job creation or placement in the origin, for example for home-track trainees. */
  JOB_CREATION,
  /** Any other link; the description says what. */
  OTHER
}
