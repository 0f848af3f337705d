package io.github.smpkit.portfolio;

import static io.github.smpkit.portfolio.Fixtures.partnership;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.Strand;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioTest {

  private final Partnership palim = partnership("palim", "MA->BE").status(PartnershipStatus.COMPLETED)
      .addSector(IsicCode.of("62")).skillLevels(SkillLevelRange.only(SkillLevel.HIGH))
      .addFormsOfEngagement(FormOfEngagement.of(EngagementForm.PILOT_PROJECT))
      .timeFrame(TimeFrame.builder().start(PartialDate.ofMonth(2019, 3)).build()).build();
  private final Partnership thamm = partnership("thamm", "EG,MA,TN->DE,BE,FR").status(PartnershipStatus.COMPLETED)
      .addSector(IsicCode.of("55")).addSector(IsicCode.of("F"))
      .skillLevels(SkillLevelRange.between(SkillLevel.MID, SkillLevel.HIGH))
      .timeFrame(TimeFrame.builder().start(PartialDate.ofYear(2019)).build()).build();
  private final Partnership rse = partnership("nz-rse", "FJ,TO->NZ")
      .timeFrame(TimeFrame.builder().start(PartialDate.ofMonth(2007, 4)).build()).build();

  private final Portfolio portfolio = Portfolio.of(List.of(thamm, rse, palim));

  @Test
  void ordersPartnershipsById() {
    assertEquals(List.of("nz-rse", "palim", "thamm"), portfolio.partnerships().stream().map(Partnership::id).toList());
    assertEquals(3, portfolio.size());
  }

  @Test
  void rejectsTwoPartnershipsWithOneId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Portfolio.of(List.of(palim, palim)));
    assertTrue(e.getMessage().contains("'palim'"), e.getMessage());
  }

  @Test
  void countsAMultiCountryPartnershipInEachOfItsCorridors() {
    Grouping<Corridor> corridors = portfolio.byCorridor();
    assertEquals(2, corridors.count(Corridor.of("MA", "BE")));
    assertEquals(List.of("palim", "thamm"), corridors.group(Corridor.of("MA", "BE")).orElseThrow().partnershipIds());
    assertEquals(1, corridors.count(Corridor.of("EG", "FR")));
    assertEquals(0, corridors.count(Corridor.of("NG", "LT")));
    assertEquals(9 + 2, corridors.groups().size());
  }

  @Test
  void countsCorridorsFromStrandsWhenAPartnershipHasThem() {
    Partnership stranded = thamm.withStrands(
        Strand.builder().name("GIZ").addOrigins(Country.of("EG"), Country.of("MA"), Country.of("TN"))
            .addDestinations(Country.of("DE")).build(),
        Strand.builder().name("Enabel").addOrigins(Country.of("MA"), Country.of("TN"))
            .addDestinations(Country.of("BE")).build(),
        Strand.builder().name("OFII").addOrigins(Country.of("TN")).addDestinations(Country.of("FR")).build());
    assertEquals(List.of(Corridor.of("EG", "DE"), Corridor.of("MA", "BE"), Corridor.of("MA", "DE"),
        Corridor.of("TN", "BE"), Corridor.of("TN", "DE"), Corridor.of("TN", "FR")), Portfolio.corridorsOf(stranded));
    Grouping<Corridor> corridors = Portfolio.of(List.of(stranded, rse, palim)).byCorridor();
    assertEquals(0, corridors.count(Corridor.of("EG", "FR")));
    assertEquals(6 + 2, corridors.groups().size());
  }

  @Test
  void countsACorridorOnceWhenTwoStrandsShareIt() {
    Partnership twice = thamm.withStrands(
        Strand.builder().name("Seasonal").addOrigins(Country.of("TN")).addDestinations(Country.of("FR")).build(),
        Strand.builder().name("Long-term").addOrigins(Country.of("TN")).addDestinations(Country.of("FR")).build());
    assertEquals(List.of(Corridor.of("TN", "FR")), Portfolio.corridorsOf(twice));
  }

  @Test
  void putsTheBusiestCorridorFirst() {
    assertEquals(Corridor.of("MA", "BE"), portfolio.byCorridor().top(1).get(0).key());
    assertEquals(3, portfolio.byCorridor().top(3).size());
  }

  @Test
  void groupsSectorsBySectionAndListsPartnershipsThatStateNone() {
    Grouping<IsicCode> sectors = portfolio.bySector();
    assertEquals(1, sectors.count(IsicCode.of("J")));
    assertEquals(1, sectors.count(IsicCode.of("I")));
    assertEquals(List.of("nz-rse"), sectors.notStated());
    assertTrue(sectors.toString().contains("(not stated)"));
  }

  @Test
  void countsASkillRangeAtEachLevelWithinIt() {
    Grouping<SkillLevel> levels = portfolio.bySkillLevel();
    assertEquals(2, levels.count(SkillLevel.HIGH));
    assertEquals(1, levels.count(SkillLevel.MID));
    assertEquals(0, levels.count(SkillLevel.LOW));
  }

  @Test
  void groupsByDecadeOfTheStart() {
    Grouping<Integer> decades = portfolio.byDecade();
    assertEquals(2, decades.count(2010));
    assertEquals(1, decades.count(2000));
    assertEquals("2010s", decades.groups().get(0).label());
  }

  @Test
  void groupsByStatusAndForm() {
    assertEquals(2, portfolio.byStatus().count(PartnershipStatus.COMPLETED));
    assertEquals(1, portfolio.byStatus().count(PartnershipStatus.ACTIVE));
    assertEquals(1, portfolio.byFormOfEngagement().count(EngagementForm.PILOT_PROJECT));
    assertEquals(List.of("nz-rse", "thamm"), portfolio.byFormOfEngagement().notStated());
  }

  @Test
  void printsASummaryWithTheBusiestCorridors() {
    String text = portfolio.toString();
    assertTrue(text.startsWith("Portfolio of 3 partnerships"), text);
    assertTrue(text.contains("MA -> BE"), text);
  }

  @Test
  void writesAGroupingAsCsvWithAHeaderAndCrlf() {
    String csv = portfolio.byStatus().toCsv();
    assertEquals("status,partnerships,ids\r\nCOMPLETED,2,palim;thamm\r\nACTIVE,1,nz-rse\r\n", csv);
  }
}
