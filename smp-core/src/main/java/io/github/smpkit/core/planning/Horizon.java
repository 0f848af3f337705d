package io.github.smpkit.core.planning;

/** How far ahead an objective looks (IOM SMP Guidance 2023, ch. 3, long- and mid-term planning). */
public enum Horizon {
  /** Within the current project or funding cycle. */
  SHORT_TERM,
  /** Beyond one cycle, a few years ahead. */
  MEDIUM_TERM,
  /** A decade or more: systems change, development and migration outcomes. */
  LONG_TERM
}
