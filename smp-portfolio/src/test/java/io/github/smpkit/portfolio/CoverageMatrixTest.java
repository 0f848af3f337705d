package io.github.smpkit.portfolio;

import static io.github.smpkit.portfolio.Fixtures.partnership;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.ElementResult;
import io.github.smpkit.rules.Outcome;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoverageMatrixTest {

  private final PartnershipValidator validator = PartnershipValidator.standard();
  private final Portfolio portfolio = Portfolio.of(List.of(
      partnership("bare", "MA->BE").build(),
      partnership("people", "NG->LT")
          .addStakeholder(Stakeholder.builder().name("Ministry").type(StakeholderType.LABOUR_MINISTRY)
              .country(Country.of("LT")).addRole(StakeholderRole.LEAD).build())
          .build()));

  @Test
  void holdsTheResultOfEachElementAsTheReportsGiveIt() {
    CoverageMatrix matrix = portfolio.coverage(validator);
    assertEquals(List.of("bare", "people"), matrix.partnershipIds());
    Report people = validator.validate(portfolio.partnership("people").orElseThrow());
    for (EssentialElement e : EssentialElement.values()) {
      assertEquals(people.element(e), matrix.result("people", e));
    }
    assertEquals(0, matrix.result("bare", EssentialElement.STAKEHOLDERS).orElseThrow().completeness().part());
    assertEquals(Optional.empty(), matrix.result("nobody", EssentialElement.STAKEHOLDERS));
  }

  @Test
  void aPartnershipWithNothingRecordedHasNoBreach() {
    CoverageMatrix matrix = portfolio.coverage(validator);
    for (EssentialElement e : EssentialElement.values()) {
      assertTrue(!matrix.withBreach(e).contains("bare"), e::name);
    }
  }

  @Test
  void rejectsTwoReportsForOnePartnership() {
    Report r = validator.validate(portfolio.partnership("bare").orElseThrow());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoverageMatrix.of(List.of(r, r)));
    assertTrue(e.getMessage().contains("'bare'"), e.getMessage());
  }

  @Test
  void printsOneColumnPerChapterAndWritesLongCsv() {
    CoverageMatrix matrix = portfolio.coverage(validator);
    String text = matrix.toString();
    assertTrue(text.contains("ch3"), text);
    assertTrue(text.contains("ch12"), text);
    assertTrue(text.contains("design"), text);
    assertTrue(text.contains("complete"), text);
    String csv = matrix.toCsv();
    assertTrue(csv.startsWith("partnership,element,chapter,met,breached,gaps,not_applicable,design_percent,"
        + "completeness_percent\r\n"), csv);
    ElementResult bare = matrix.result("bare", EssentialElement.STAKEHOLDERS).orElseThrow();
    assertTrue(csv.contains("\r\nbare,STAKEHOLDERS,4,0,0," + bare.count(Outcome.GAP) + ","
        + bare.count(Outcome.NOT_APPLICABLE) + ",,0\r\n"), csv);
  }
}
