package io.github.smpkit.core.party;

/**
 * The role a country plays in a partnership (IOM SMP Guidance 2023, ch. 2). In a regional
 * scheme a country can hold both roles.
 */
public enum PartyRole {
  /** A country of origin: where migrant workers come from and where home-track trainees stay. */
  ORIGIN,
  /** A country of destination: where away-track trainees migrate to work. */
  DESTINATION
}
