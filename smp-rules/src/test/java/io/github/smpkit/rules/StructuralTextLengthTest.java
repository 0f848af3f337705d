package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.smpkit.core.InvariantViolationException;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The structural rules count the length of text as the builders and the JSON reader do, in Unicode
 * code points (issue 13: a title of 300 emoji was read, then breached SMP-STRUCT-003, which counted
 * 600 UTF-16 units).
 */
class StructuralTextLengthTest {

  private static final String EMOJI = "\uD83D\uDE00";
  private static final PartnershipValidator STRUCTURAL = PartnershipValidator.builder().ruleSets("structural").build();

  private static Partnership titled(String title) {
    return Partnership.builder().id("palim").title(title).status(PartnershipStatus.PILOT)
        .addParties(Party.origin(Country.of("MA")), Party.destination(Country.of("BE"))).build();
  }

  @Test
  void aTitleOfThreeHundredAstralCharactersIsWithinTheLimit() {
    Report report = STRUCTURAL.validate(titled(EMOJI.repeat(300)));
    assertEquals(List.of(), report.breaches(), report::toText);
    assertEquals(Outcome.MET, report.evaluation("SMP-STRUCT-003").orElseThrow().outcome());
  }

  @Test
  void aTitleOfThreeHundredAndOneAstralCharactersCannotBeBuilt() {
    assertEquals("title", assertThrows(InvariantViolationException.class, () -> titled(EMOJI.repeat(301))).field());
  }

  @Test
  void anEmSpaceInsideATitleIsText() {
    Report report = STRUCTURAL.validate(titled("Skills\u2003Partnership"));
    assertEquals(List.of(), report.breaches(), report::toText);
    assertEquals(Outcome.MET, report.evaluation("SMP-STRUCT-001").orElseThrow().outcome());
  }
}
