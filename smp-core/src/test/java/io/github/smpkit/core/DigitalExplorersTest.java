package io.github.smpkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.development.DevelopmentLink;
import io.github.smpkit.core.development.DevelopmentLinkKind;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.typology.AgreementScope;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.SkillLevel;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Digital Explorers pilot, built as docs/model.md shows it: a newcomer's first partnership. */
class DigitalExplorersTest {

  static Partnership digitalExplorers() {
    // docs/model.md shows this method; DocumentedExampleTest keeps the two identical.
    return Partnership.builder()
        .id("digital-explorers")
        .title("Digital Explorers")
        .status(PartnershipStatus.COMPLETED)
        .addParties(Party.origin(Country.of("NG")), Party.destination(Country.of("LT")))
        .addFormsOfEngagement(FormOfEngagement.of(EngagementForm.PILOT_PROJECT))
        .timeFrame(TimeFrame.builder()
            .start(PartialDate.ofYear(2019))
            .end(PartialDate.ofYear(2021))
            .build())
        .addSectors(IsicCode.of("J"))                        // Information and communication
        .addOccupations(Occupation.of(IscoCode.of("2512")))  // Software developers
        .addFundingSources(FundingSource.builder()
            .name("EU Mobility Partnership Facility")
            .type(Payer.DONOR)
            .build())
        .addDevelopmentLinks(DevelopmentLink.builder()
            .kind(DevelopmentLinkKind.JOB_CREATION)
            .description("A Lithuanian employer opened a subsidiary in Nigeria")
            .build())
        .addParticipants(ParticipantFigure.builder()
            .kind(FigureKind.SELECTED)
            .actual(Count.exactly(30))
            .build())
        .addCitations(Citation.builder()
            .key("iom-2023")
            .title("Skills Mobility Partnerships: Recommendations and Guidance for Policymakers and Practitioners")
            .publisher("IOM")
            .published(PartialDate.ofYear(2023))
            .supports("EU-financed; Nigeria to Lithuania; ICT (ch. 6, Box 32)")
            .build())
        .build();
  }

  @Test
  void digitalExplorersIsABilateralIctPilotFromNigeriaToLithuania() {
    Partnership p = digitalExplorers();
    assertEquals(AgreementScope.BILATERAL, p.scope());
    assertEquals(Set.of(Country.of("NG")), p.origins());
    assertEquals(Set.of(Country.of("LT")), p.destinations());
    assertEquals("J", p.sectors().iterator().next().section().code());
    assertEquals(Set.of(SkillLevel.HIGH), p.occupations().get(0).skillLevels());
    assertEquals(Optional.of(36L), p.timeFrame().orElseThrow().longestMonths());
    assertEquals(30, p.participants().get(0).actual().orElseThrow().estimate());
    assertTrue(p.fundingSources().get(0).type().isPublic());
  }

  @Test
  void unknownFactsStayEmpty() {
    Partnership p = digitalExplorers();
    assertTrue(p.governance().isEmpty());
    assertTrue(p.costs().isEmpty());
    assertTrue(p.participants().get(0).planned().isEmpty());
  }

  @Test
  void itPrintsAsOneLine() {
    assertEquals("Partnership[digital-explorers \"Digital Explorers\" COMPLETED NG -> LT, J, 2019..2021]",
        digitalExplorers().toString());
  }

  @Test
  void aChangeIsACopy() {
    Partnership original = digitalExplorers();
    Partnership renamed = original.withTitle("Digital Explorers II");
    assertEquals("Digital Explorers", original.title());
    assertEquals(original, renamed.withTitle("Digital Explorers"));
  }
}
