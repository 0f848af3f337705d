package io.github.smpkit.core.training;

/** Who provides a training component (IOM SMP Guidance 2023, ch. 8). */
public enum ProviderType {
  /** A public education or TVET institution. */
  PUBLIC,
  /** A private training provider or an employer. */
  PRIVATE,
  /** A public and a private provider together. */
  PUBLIC_PRIVATE
}
