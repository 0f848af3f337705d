package io.github.smpkit.core.party;

/**
 * The side of a partnership an actor or a payer stands on: the countries of origin, the
 * countries of destination, the international level, or the migrants themselves (IOM SMP
 * Guidance 2023, ch. 4 on actors from origin and destination, and ch. 11, Table 3, on who pays).
 * A side says where money or responsibility comes from even when no single country is named:
 * the EU, Enabel and GIZ are destination-side public money; "Pacific TVET partner institutions"
 * are one actor on the origin side.
 */
public enum Side {
  /** The countries of origin: their governments, institutions, employers and communities. */
  ORIGIN,
  /** The countries of destination, including their development agencies and the EU's funds. */
  DESTINATION,
  /** International organisations and other actors on neither side (IOM, ILO, development banks). */
  INTERNATIONAL,
  /** The migrant workers or trainees themselves. */
  MIGRANT
}
