package io.github.smpkit.core.recognition;

/** How a recognition arrangement works across institutions (IOM SMP Guidance 2023, ch. 7). */
public enum RecognitionDirection {
  /** Between bodies at the same level, for example two certification bodies. */
  HORIZONTAL,
  /** Between levels, for example a national framework referenced to a regional one. */
  VERTICAL
}
