package io.github.smpkit.core.typology;

/**
 * Whether workers move physically, work remotely for employers in the destination, or both
 * (IOM SMP Guidance 2023, ch. 10, Box 31 on digital and remote mobility).
 */
public enum MobilityMode {
  /** Workers move to the country of destination. */
  PHYSICAL,
  /** Workers stay in the country of origin and work remotely. */
  REMOTE,
  /** A mix of remote work and physical stays. */
  HYBRID
}
