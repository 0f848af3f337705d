package io.github.smpkit.core.typology;

/**
 * How many States a partnership joins, and whether it is a regional scheme in which a country
 * may be both origin and destination (IOM SMP Guidance 2023, ch. 2 and ch. 11 on regional
 * set-ups).
 */
public enum AgreementScope {
  /** One country of origin and one of destination. */
  BILATERAL,
  /** Several countries of origin or destination. */
  MULTILATERAL,
  /** A regional scheme, whose members may send and receive alike. */
  REGIONAL
}
