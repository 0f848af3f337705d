package io.github.smpkit.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.development.DevelopmentLink;
import io.github.smpkit.core.development.DevelopmentLinkKind;
import io.github.smpkit.core.evidence.Assessment;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.evidence.AssessmentScope;
import io.github.smpkit.core.evidence.DataSource;
import io.github.smpkit.core.evidence.DataSourceKind;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.FinancingMechanism;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.MechanismKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.governance.Governance;
import io.github.smpkit.core.governance.GovernanceBody;
import io.github.smpkit.core.governance.GovernanceLayer;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.recognition.RecognitionArrangement;
import io.github.smpkit.core.recognition.RecognitionMechanism;
import io.github.smpkit.core.recruitment.RecruitmentProvision;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.social.SocialProvision;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.training.QualificationLevel;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.typology.AgreementScope;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FlexibilityAspect;
import io.github.smpkit.core.typology.FlexibilityProvision;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import java.math.BigDecimal;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each invariant of the model, fed bad input: the error names the type, the field and the value. */
class InvariantsTest {

  static final Country NG = Country.of("NG");
  static final Country LT = Country.of("LT");
  static final Country GH = Country.of("GH");

  static InvariantViolationException assertViolation(Executable build, String type, String field, String value) {
    InvariantViolationException e = assertThrows(InvariantViolationException.class, build);
    assertAll(
        () -> assertEquals(type, e.typeName(), e.getMessage()),
        () -> assertEquals(field, e.field(), e.getMessage()),
        () -> assertTrue(e.value().contains(value), "value '" + e.value() + "' lacks '" + value + "'"),
        () -> assertEquals("/" + field.replace("]", "").replace('[', '/').replace('.', '/'), e.pointer()),
        () -> assertTrue(e.getMessage().startsWith(type + " " + e.pointer() + " "), e.getMessage()),
        () -> assertTrue(e.getMessage().contains("(given: " + e.value() + ")"), e.getMessage()));
    return e;
  }

  static Partnership.Builder minimal() {
    return Partnership.builder().id("digital-explorers").title("Digital Explorers")
        .status(PartnershipStatus.COMPLETED);
  }

  static Partnership.Builder nigeriaToLithuania() {
    return minimal().addParties(Party.origin(NG), Party.destination(LT));
  }

  @Nested
  class PartnershipInvariants {

    @Test
    void aPartnershipWithoutAnOriginIsRejected() {
      InvariantViolationException e = assertViolation(() -> minimal().addParty(Party.destination(LT)).build(),
          "Partnership", "parties", "DESTINATION LT");
      assertTrue(e.problem().contains("ORIGIN"), e.problem());
    }

    @Test
    void aPartnershipWithoutADestinationIsRejected() {
      InvariantViolationException e = assertViolation(() -> minimal().addParty(Party.origin(NG)).build(),
          "Partnership", "parties", "ORIGIN NG");
      assertTrue(e.problem().contains("DESTINATION"), e.problem());
    }

    @Test
    void aPartyListedTwiceIsRejected() {
      assertViolation(() -> nigeriaToLithuania().addParty(Party.origin(NG)).build(),
          "Partnership", "parties[2]", "ORIGIN NG");
    }

    @Test
    void aCountryInBothRolesIsRejectedOutsideARegionalScheme() {
      InvariantViolationException e = assertViolation(
          () -> nigeriaToLithuania().addParty(Party.destination(NG)).build(), "Partnership", "parties", "NG");
      assertTrue(e.problem().contains("REGIONAL"), e.problem());
    }

    @Test
    void aCountryInBothRolesIsAllowedInARegionalScheme() {
      Partnership p = nigeriaToLithuania().addParty(Party.destination(NG)).scope(AgreementScope.REGIONAL).build();
      assertEquals(2, p.destinations().size());
    }

    @Test
    void aBilateralScopeWithThreeCountriesIsRejected() {
      assertViolation(() -> nigeriaToLithuania().addParty(Party.origin(GH)).scope(AgreementScope.BILATERAL).build(),
          "Partnership", "scope", "BILATERAL");
    }

    @Test
    void theScopeDefaultsToBilateralForOneOriginAndOneDestination() {
      assertEquals(AgreementScope.BILATERAL, nigeriaToLithuania().build().scope());
      assertEquals(AgreementScope.MULTILATERAL, nigeriaToLithuania().addParty(Party.origin(GH)).build().scope());
    }

    @Test
    void twoStakeholdersWithTheSameNameAreRejected() {
      Stakeholder s = Stakeholder.builder().name("Enabel").type(StakeholderType.DONOR).build();
      assertViolation(() -> nigeriaToLithuania().addStakeholders(s, s.withType(StakeholderType.NGO)).build(),
          "Partnership", "stakeholders[1]", "Enabel");
    }

    @Test
    void governanceNamingAnUnlistedStakeholderIsRejected() {
      Governance g = Governance.builder().lead("Enabel").addBodies(GovernanceBody.builder().name("Steering Committee")
          .layer(GovernanceLayer.DECISION_MAKING).addMembers("Enabel", "VMU").build()).build();
      Stakeholder enabel = Stakeholder.builder().name("Enabel").type(StakeholderType.DONOR).build();
      assertViolation(() -> nigeriaToLithuania().addStakeholder(enabel).governance(g).build(),
          "Partnership", "governance", "VMU");
    }

    @Test
    void aPathwayIntoACountryThatIsNotADestinationIsRejected() {
      LegalPathway toNigeria = LegalPathway.builder().destination(NG).permitCategory("Work permit").build();
      assertViolation(() -> nigeriaToLithuania().addPathway(toNigeria).build(),
          "Partnership", "pathways[0].destination", "NG");
    }

    @Test
    void trainingInTheOriginInACountryThatIsNotAnOriginIsRejected() {
      TrainingComponent t = TrainingComponent.builder().name("Bootcamp").location(TrainingLocation.ORIGIN)
          .country(LT).track(Track.AWAY).build();
      InvariantViolationException e = assertViolation(() -> nigeriaToLithuania().addTraining(t).build(),
          "Partnership", "training[0].country", "LT");
      assertTrue(e.problem().contains("ORIGIN"), e.problem());
    }

    @Test
    void trainingInAThirdCountryMayBeAnywhere() {
      TrainingComponent t = TrainingComponent.builder().name("Bootcamp").location(TrainingLocation.THIRD_COUNTRY)
          .country(GH).track(Track.AWAY).build();
      assertEquals(1, nigeriaToLithuania().addTraining(t).build().training().size());
    }

    @Test
    void moreWomenThanTheStatedBoundOfTheirTotalIsRejected() {
      ParticipantFigure trained = ParticipantFigure.builder().kind(FigureKind.TRAINED)
          .actual(Count.atMost(30)).build();
      ParticipantFigure women = ParticipantFigure.builder().kind(FigureKind.TRAINED).womenOnly(true)
          .actual(Count.atLeast(40)).build();
      InvariantViolationException e = assertViolation(
          () -> nigeriaToLithuania().addParticipants(trained, women).build(),
          "Partnership", "participants[1].actual", "at least 40");
      assertTrue(e.problem().contains("at most 30"), e.problem());
    }

    @Test
    void womenCountedForAnotherKindOrCountryAreNotComparedWithTheTotal() {
      ParticipantFigure trained = ParticipantFigure.builder().kind(FigureKind.TRAINED)
          .actual(Count.exactly(30)).build();
      ParticipantFigure womenSelected = ParticipantFigure.builder().kind(FigureKind.SELECTED).womenOnly(true)
          .actual(Count.exactly(40)).build();
      ParticipantFigure womenTrainedInNigeria = ParticipantFigure.builder().kind(FigureKind.TRAINED)
          .womenOnly(true).country(NG).actual(Count.exactly(40)).build();
      ParticipantFigure womenTrained = ParticipantFigure.builder().kind(FigureKind.TRAINED).womenOnly(true)
          .actual(Count.exactly(12)).build();
      assertEquals(4, nigeriaToLithuania()
          .addParticipants(trained, womenSelected, womenTrainedInNigeria, womenTrained).build().participants().size());
    }

    @Test
    void aCitationKeyGivenTwiceIsRejected() {
      Citation c = Citation.builder().key("iom-2023").title("Guidance").build();
      assertViolation(() -> nigeriaToLithuania().addCitations(c, c.withTitle("Other")).build(),
          "Partnership", "citations[1].key", "iom-2023");
    }
  }

  @Nested
  class TimeFrameInvariants {

    @Test
    void anEndBeforeTheStartIsRejected() {
      InvariantViolationException e = assertViolation(() -> TimeFrame.builder().start(PartialDate.ofYear(2021))
          .end(PartialDate.ofMonth(2020, 12)).build(), "TimeFrame", "end", "2020-12");
      assertTrue(e.problem().contains("2021"), e.problem());
    }

    @Test
    void anEndInTheSameYearAsAYearStartIsAccepted() {
      TimeFrame t = TimeFrame.builder().start(PartialDate.ofYear(2020)).end(PartialDate.ofMonth(2020, 3)).build();
      assertEquals(PartialDate.ofMonth(2020, 3), t.end().orElseThrow());
    }

    @Test
    void aFundingCycleOfZeroMonthsIsRejected() {
      assertViolation(() -> TimeFrame.builder().fundingCycleMonths(0).build(), "TimeFrame", "fundingCycleMonths", "0");
    }
  }

  @Nested
  class FundingInvariants {

    @Test
    void sharesThatDoNotAddUpToOneHundredAreRejected() {
      InvariantViolationException e = assertViolation(() -> CostItem.builder().item(CostItemKind.TRANSPORT)
          .addShares(PayerShare.of(Payer.EMPLOYER, 60), PayerShare.of(Payer.MIGRANT, 30)).build(),
          "CostItem", "shares", "EMPLOYER 60%");
      assertTrue(e.problem().contains("90"), e.problem());
    }

    @Test
    void sharesInHundredthsThatAddUpToExactlyOneHundredAreAccepted() {
      CostItem c = CostItem.builder().item(CostItemKind.TRANSPORT)
          .addShares(PayerShare.of(Payer.EMPLOYER, new BigDecimal("33.33")),
              PayerShare.of(Payer.DONOR, new BigDecimal("33.33")), PayerShare.of(Payer.MIGRANT, new BigDecimal("33.34")))
          .build();
      assertEquals(new BigDecimal("33.34"), c.shareOf(Payer.MIGRANT));
      assertEquals(BigDecimal.ZERO, c.shareOf(Payer.FOUNDATION));
    }

    @Test
    void aPayerNamedTwiceIsRejected() {
      assertViolation(() -> CostItem.builder().item(CostItemKind.TRANSPORT)
          .addShares(PayerShare.of(Payer.EMPLOYER, 50), PayerShare.of(Payer.EMPLOYER, 50)).build(),
          "CostItem", "shares[1]", "EMPLOYER");
    }

    @Test
    void aNegativeCostIsRejected() {
      assertViolation(() -> CostItem.builder().item(CostItemKind.TRANSPORT).amount(Money.of("EUR", -5)).build(),
          "CostItem", "amount", "EUR -5.00");
    }

    @Test
    void anOtherCostWithoutDescriptionIsRejected() {
      assertViolation(() -> CostItem.builder().item(CostItemKind.OTHER).build(), "CostItem", "item", "OTHER");
    }

    @Test
    void aShareOfZeroOrAboveOneHundredIsRejected() {
      assertViolation(() -> PayerShare.of(Payer.EMPLOYER, 0), "PayerShare", "percent", "0");
      assertViolation(() -> PayerShare.of(Payer.EMPLOYER, new BigDecimal("100.5")), "PayerShare", "percent", "100.5");
      assertViolation(() -> PayerShare.of(Payer.EMPLOYER, -10), "PayerShare", "percent", "-10");
    }

    @Test
    void aNegativeFundingAmountIsRejected() {
      assertViolation(() -> FundingSource.builder().name("EU").type(Payer.DONOR).amount(Money.of("EUR", "-1.50"))
          .build(), "FundingSource", "amount", "-1.50");
    }

    @Test
    void anOtherFinancingMechanismWithoutDescriptionIsRejected() {
      assertViolation(() -> FinancingMechanism.of(MechanismKind.OTHER), "FinancingMechanism", "kind", "OTHER");
    }
  }

  @Nested
  class OtherNeedsADescription {

    @Test
    void stakeholderOfTypeOther() {
      assertViolation(() -> Stakeholder.builder().name("X").type(StakeholderType.OTHER).build(),
          "Stakeholder", "type", "OTHER");
    }

    @Test
    void stakeholderWithRoleOther() {
      assertViolation(() -> Stakeholder.builder().name("X").type(StakeholderType.NGO).addRoles(StakeholderRole.OTHER)
          .build(), "Stakeholder", "roles", "OTHER");
    }

    @Test
    void aDescribedOtherIsAccepted() {
      assertEquals("A port authority", Stakeholder.builder().name("X").type(StakeholderType.OTHER)
          .description("A port authority").build().description().orElseThrow());
    }

    @Test
    void aBlankDescriptionDoesNotDescribe() {
      assertViolation(() -> FlexibilityProvision.builder().aspect(FlexibilityAspect.OTHER).description("  ").build(),
          "FlexibilityProvision", "aspect", "OTHER");
    }

    @Test
    void everyOpenListOfTheModel() {
      assertViolation(() -> FormOfEngagement.of(EngagementForm.OTHER), "FormOfEngagement", "form", "OTHER");
      assertViolation(() -> FlexibilityProvision.of(FlexibilityAspect.OTHER), "FlexibilityProvision", "aspect",
          "OTHER");
      assertViolation(() -> Procedure.builder().phase(MigrationPhase.ARRIVAL).kind(ProcedureKind.OTHER).build(),
          "Procedure", "kind", "OTHER");
      assertViolation(() -> DevelopmentLink.of(DevelopmentLinkKind.OTHER), "DevelopmentLink", "kind", "OTHER");
      assertViolation(() -> Assessment.builder().kind(AssessmentKind.OTHER).scope(AssessmentScope.JOINT).build(),
          "Assessment", "kind", "OTHER");
      assertViolation(() -> DataSource.of(DataSourceKind.OTHER), "DataSource", "kind", "OTHER");
      assertViolation(() -> RecruitmentProvision.of(RecruitmentSafeguard.OTHER), "RecruitmentProvision",
          "safeguard", "OTHER");
      assertViolation(() -> SocialProvision.of(SocialProvisionKind.OTHER), "SocialProvision", "kind", "OTHER");
      assertViolation(() -> RecognitionArrangement.builder().mechanism(RecognitionMechanism.OTHER).build(),
          "RecognitionArrangement", "mechanism", "OTHER");
      assertViolation(() -> ParticipantFigure.builder().kind(FigureKind.OTHER).actual(Count.exactly(3)).build(),
          "ParticipantFigure", "kind", "OTHER");
      assertViolation(() -> TrainingComponent.builder().name("Course").location(TrainingLocation.ORIGIN)
          .track(Track.HOME).addContents(TrainingContent.TECHNICAL, TrainingContent.OTHER).build(),
          "TrainingComponent", "contents", "OTHER");
    }
  }

  @Nested
  class OtherValues {

    @Test
    void aFigureWithNeitherPlannedNorActualIsRejected() {
      InvariantViolationException e = assertViolation(() -> ParticipantFigure.builder().kind(FigureKind.TRAINED)
          .build(), "ParticipantFigure", "planned", "nothing");
      assertTrue(e.problem().contains("TRAINED"), e.problem());
    }

    @Test
    void aZeroOrNegativeTrainingDurationIsRejected() {
      TrainingComponent.Builder b = TrainingComponent.builder().name("Course").location(TrainingLocation.ORIGIN)
          .track(Track.HOME);
      assertViolation(() -> b.duration(Period.ZERO).build(), "TrainingComponent", "duration", "P0D");
      assertViolation(() -> b.duration(Period.ofMonths(-2)).build(), "TrainingComponent", "duration", "P-2M");
    }

    @Test
    void aQualificationLevelWithNoLevelIsRejected() {
      assertViolation(() -> QualificationLevel.builder().nationalFramework("NQF").build(), "QualificationLevel",
          "eqf", "nothing");
    }

    @Test
    void aNationalLevelWithoutItsFrameworkIsRejected() {
      InvariantViolationException e = assertViolation(() -> QualificationLevel.builder().nationalLevel("5").build(),
          "QualificationLevel", "nationalFramework", "nothing");
      assertTrue(e.problem().contains("5"), e.problem());
    }

    @Test
    void aSkillRangeFromHighToLowIsRejected() {
      InvariantViolationException e = assertViolation(() -> SkillLevelRange.between(SkillLevel.HIGH, SkillLevel.LOW),
          "SkillLevelRange", "lowest", "HIGH");
      assertTrue(e.problem().contains("LOW"), e.problem());
    }

    @Test
    void aNegativeProcessingTimeIsRejected() {
      assertViolation(() -> LegalPathway.builder().destination(LT).permitCategory("Work permit").processingDays(-1)
          .build(), "LegalPathway", "processingDays", "-1");
    }

    @Test
    void aPermitThatIsNeitherEmployerTiedNorAllowsAChangeOfEmployerIsRejected() {
      assertViolation(() -> LegalPathway.builder().destination(LT).permitCategory("Work permit").employerTied(false)
          .changeOfEmployerAllowed(false).build(), "LegalPathway", "changeOfEmployerAllowed", "false");
    }

    @Test
    void negativeCountsAreRejected() {
      assertViolation(() -> Count.exactly(-1), "Count", "lower", "-1");
      assertViolation(() -> Count.atLeast(-400), "Count", "lower", "-400");
      assertViolation(() -> Count.atMost(-3), "Count", "upper", "-3");
      assertViolation(() -> Count.about(-5), "Count", "lower", "-5");
    }

    @Test
    void aRangeWhoseUpperBoundIsBelowItsLowerBoundIsRejected() {
      InvariantViolationException e = assertViolation(() -> Count.between(120, 100), "Count", "upper", "100");
      assertTrue(e.problem().contains("120"), e.problem());
    }
  }
}
