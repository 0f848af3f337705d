package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.smpkit.core.InvariantViolationException;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Party;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The length of text is counted as the builders and the JSON reader count it, in Unicode code
 * points, and a report over such text says nothing about its form (issue 13: a title of 300 emoji
 * was read, then breached the retired SMP-STRUCT-003, which counted 600 UTF-16 units).
 */
class TextLengthTest {

  private static final String EMOJI = "\uD83D\uDE00";

  private static Partnership titled(String title) {
    return Partnership.builder().id("palim").title(title).status(PartnershipStatus.PILOT)
        .addParties(Party.origin(Country.of("MA")), Party.destination(Country.of("BE"))).build();
  }

  private static List<Finding> errors(Partnership p) {
    return PartnershipValidator.standard().validate(p).breaches().stream()
        .filter(f -> f.severity().equals(Optional.of(Severity.ERROR))).toList();
  }

  @Test
  void aTitleOfThreeHundredAstralCharactersIsWithinTheLimit() {
    Partnership p = titled(EMOJI.repeat(300));
    assertEquals(600, p.title().length());
    assertEquals(List.of(), errors(p));
  }

  @Test
  void aTitleOfThreeHundredAndOneAstralCharactersCannotBeBuilt() {
    assertEquals("title", assertThrows(InvariantViolationException.class, () -> titled(EMOJI.repeat(301))).field());
  }

  @Test
  void anEmSpaceInsideATitleIsText() {
    assertEquals(List.of(), errors(titled("Skills\u2003Partnership")));
  }
}
