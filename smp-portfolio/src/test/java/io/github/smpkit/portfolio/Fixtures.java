package io.github.smpkit.portfolio;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Party;

/** Small partnerships for the tests. */
final class Fixtures {

  private Fixtures() {
  }

  /** A partnership builder with id, title, status ACTIVE and the given corridor ("MA,TN->DE,BE"). */
  static Partnership.Builder partnership(String id, String corridor) {
    String[] sides = corridor.split("->");
    Partnership.Builder b = Partnership.builder().id(id).title("Partnership " + id).status(PartnershipStatus.ACTIVE);
    for (String o : sides[0].split(",")) {
      b.addParty(Party.origin(Country.of(o.trim())));
    }
    for (String d : sides[1].split(",")) {
      b.addParty(Party.destination(Country.of(d.trim())));
    }
    return b;
  }
}
