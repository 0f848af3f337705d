package io.github.smpkit.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Party;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that spreadsheets like to change comes back exactly as given. Control characters other than
 * tab, line feed and carriage return cannot be in a partnership at all (smp-core's TextRule).
 */
class TextRoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {" leading and trailing spaces ", "two\nlines\r\nand a\ttab", "=1+1", "0110", "2019-06-15",
      "TRUE", "1.50", "_x0041_ is not an A", "<b>&amp;</b> \"quoted\" 'single'", "emoji \uD83C\uDF0D and Ω",
      "_x0001_ spelt out, as a workbook escapes a control character", "a; b; c"})
  void textComesBackExactly(String text) {
    Partnership p = Partnership.builder().id("text-1").title(text).summary(text).status(PartnershipStatus.PILOT)
        .addParty(Party.origin(Country.of("NG"))).addParty(Party.destination(Country.of("LT"))).build();
    assertEquals(List.of(p), RoundTripTest.roundTrip(List.of(p)));
  }
}
