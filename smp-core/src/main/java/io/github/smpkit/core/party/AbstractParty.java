package io.github.smpkit.core.party;

import io.github.smpkit.core.code.Country;
import org.immutables.value.Value;

/**
 * A country in a role: a party to a partnership, as origin or destination (IOM SMP Guidance
 * 2023, ch. 2). Build one with {@code Party.origin(Country.of("NG"))} or
 * {@code Party.destination(Country.of("LT"))}.
 */
@Value.Immutable
abstract class AbstractParty implements Comparable<Party> {

  /** The country. */
  @Value.Parameter
  abstract Country country();

  /** Its role in the partnership. */
  @Value.Parameter
  abstract PartyRole role();

  /** A country of origin. */
  public static Party origin(Country country) {
    return Party.of(country, PartyRole.ORIGIN);
  }

  /** A country of destination. */
  public static Party destination(Country country) {
    return Party.of(country, PartyRole.DESTINATION);
  }

  /** Orders origins before destinations, then by country code. */
  @Override
  public int compareTo(Party other) {
    int c = role().compareTo(other.role());
    return c != 0 ? c : country().compareTo(other.country());
  }

  /** For example {@code ORIGIN NG}. */
  @Override
  public String toString() {
    return role() + " " + country();
  }
}
