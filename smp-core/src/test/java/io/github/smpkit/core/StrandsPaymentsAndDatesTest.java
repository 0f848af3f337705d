package io.github.smpkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.SkillsPhase;
import io.github.smpkit.core.evidence.Assessment;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.evidence.AssessmentScope;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.Payment;
import io.github.smpkit.core.funding.PaymentMechanism;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.Outcome;
import io.github.smpkit.core.outcome.OutcomeKind;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.PhasedRole;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.pathway.Cap;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.time.ChangeKind;
import io.github.smpkit.core.time.DatedChange;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.SignatoryLevel;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Strands, payments with side and mechanism, dated facts and the other additions of issue 10. */
class StrandsPaymentsAndDatesTest {

  private static final Country EG = Country.of("EG");
  private static final Country MA = Country.of("MA");
  private static final Country TN = Country.of("TN");
  private static final Country DE = Country.of("DE");
  private static final Country BE = Country.of("BE");
  private static final Country FR = Country.of("FR");

  private static Partnership.Builder thamm() {
    return Partnership.builder().id("thamm").title("THAMM").status(PartnershipStatus.COMPLETED)
        .addParties(Party.origin(EG), Party.origin(MA), Party.origin(TN), Party.destination(DE),
            Party.destination(BE), Party.destination(FR));
  }

  private static Strand strand(String name, Set<Country> origins, Set<Country> destinations) {
    return Strand.builder().name(name).origins(origins).destinations(destinations).build();
  }

  @Test
  void aStrandCarriesItsOwnCountries() {
    Partnership p = thamm().addStrands(strand("Enabel", Set.of(MA, TN), Set.of(BE)),
        strand("OFII", Set.of(TN), Set.of(FR))).build();
    assertEquals(Set.of(MA, TN), p.strands().get(0).origins());
    assertEquals(Set.of(FR), p.strands().get(1).destinations());
  }

  @Test
  void aStrandsOriginMustBeAnOriginParty() {
    InvariantViolationException e = assertThrows(InvariantViolationException.class,
        () -> thamm().addStrands(strand("Wrong way", Set.of(DE), Set.of(BE))).build());
    assertEquals("strands[0].origins", e.field());
    assertEquals("/strands/0/origins", e.pointer());
    assertTrue(e.getMessage().startsWith("Partnership /strands/0/origins "), e.getMessage());
  }

  @Test
  void aStrandsDestinationMustBeADestinationParty() {
    InvariantViolationException e = assertThrows(InvariantViolationException.class,
        () -> thamm().addStrands(strand("Wrong way", Set.of(TN), Set.of(MA))).build());
    assertEquals("strands[0].destinations", e.field());
  }

  @Test
  void strandNamesAreUnique() {
    assertThrows(InvariantViolationException.class, () -> thamm()
        .addStrands(strand("GIZ", Set.of(EG), Set.of(DE)), strand("GIZ", Set.of(MA), Set.of(DE))).build());
  }

  @Test
  void aStrandNeedsAnOrigin() {
    assertThrows(InvariantViolationException.class, () -> strand("Empty", Set.of(), Set.of(BE)));
  }

  @Test
  void aStrandWithoutDestinationRunsAtHome() {
    Partnership p = thamm().addStrands(strand("ILO and IOM governance", Set.of(EG, MA, TN), Set.of())).build();
    assertTrue(p.strands().get(0).destinations().isEmpty());
  }

  @Test
  void aStrandsPathwayAndTrainingStayWithinItsOwnCountries() {
    Strand.Builder ofii = Strand.builder().name("OFII").addOrigins(TN).addDestinations(FR);
    assertThrows(InvariantViolationException.class, () -> ofii.addPathways(
        LegalPathway.builder().destination(BE).permitCategory("Jeunes professionnels").build()).build());
    assertThrows(InvariantViolationException.class, () -> Strand.builder().name("OFII").addOrigins(TN)
        .addDestinations(FR).addTraining(TrainingComponent.builder().name("Language").location(TrainingLocation.ORIGIN)
            .country(MA).track(Track.AWAY).build()).build());
  }

  @Test
  void aWageDeductionAboveAThresholdIsBorneByTheWorker() {
    Payment deduction = Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.WAGE_DEDUCTION)
        .above(Money.parse("AUD 300.00")).due(MigrationPhase.STAY_AND_INTEGRATION).build();
    Payment upfront = Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.UPFRONT).build();
    CostItem travel = CostItem.builder().item(CostItemKind.TRANSPORT).addPayments(upfront, deduction).build();
    assertEquals(java.util.List.of(deduction), travel.borneByWorker());
    assertEquals("EMPLOYER WAGE_DEDUCTION above AUD 300.00 due STAY_AND_INTEGRATION", deduction.toString());
  }

  @Test
  void aMigrantsShareIsBorneByTheWorkerWhateverTheMechanism() {
    assertTrue(Payment.builder().payer(Payer.MIGRANT).percent(new BigDecimal("50")).build().borneByWorker());
    assertTrue(Payment.builder().payer(Payer.OTHER).side(Side.MIGRANT).description("Family").build().borneByWorker());
    assertTrue(Payment.builder().payer(Payer.DEVELOPMENT_BANK).mechanism(PaymentMechanism.WORKER_LOAN).build()
        .borneByWorker());
    assertFalse(Payment.builder().payer(Payer.DESTINATION_GOVERNMENT).mechanism(PaymentMechanism.REIMBURSEMENT)
        .build().borneByWorker());
  }

  @Test
  void aPaymentsShareIsAboveZeroAndAtMostAHundred() {
    assertThrows(InvariantViolationException.class,
        () -> Payment.builder().payer(Payer.MIGRANT).percent(BigDecimal.ZERO).build());
    assertThrows(InvariantViolationException.class,
        () -> Payment.builder().payer(Payer.MIGRANT).percent(new BigDecimal("100.01")).build());
    assertThrows(InvariantViolationException.class,
        () -> Payment.builder().payer(Payer.MIGRANT).mechanism(PaymentMechanism.OTHER).build());
  }

  @Test
  void anOutcomeNeedsACountAShareOrAnAmount() {
    assertThrows(InvariantViolationException.class, () -> Outcome.builder().kind(OutcomeKind.RETURNS).build());
    Outcome returned = Outcome.builder().kind(OutcomeKind.RETURNS).percent(new BigDecimal("27"))
        .skillsPhase(SkillsPhase.TRANSFER).build();
    assertEquals(Optional.of(SkillsPhase.TRANSFER), returned.skillsPhase());
    assertThrows(InvariantViolationException.class,
        () -> Outcome.builder().kind(OutcomeKind.RETENTION).percent(new BigDecimal("101")).build());
  }

  @Test
  void aPartyJoiningNamesTheCountry() {
    assertThrows(InvariantViolationException.class, () -> DatedChange.builder().date(PartialDate.parse("2025-04-28"))
        .kind(ChangeKind.PARTY_JOINED).description("Timor-Leste joins").build());
    DatedChange joined = DatedChange.builder().date(PartialDate.parse("2025-04-28")).kind(ChangeKind.PARTY_JOINED)
        .country(Country.of("TL")).description("Timor-Leste joins").build();
    assertEquals(Optional.of(Country.of("TL")), joined.country());
  }

  @Test
  void factsAreAsOfADate() {
    Partnership p = thamm().asOf(PartialDate.parse("2026-11-30")).build();
    assertEquals(Optional.of(PartialDate.parse("2026-11-30")), p.asOf());
  }

  @Test
  void aStakeholderOnASideInSeveralCountriesIsNotInternational() {
    Stakeholder units = Stakeholder.builder().name("Labour-sending units").type(StakeholderType.LABOUR_MINISTRY)
        .side(Side.ORIGIN).addCountries(MA, TN)
        .addPhasedRoles(PhasedRole.of(StakeholderRole.RECRUITER, Set.of(MigrationPhase.PRE_DEPARTURE))).build();
    assertFalse(units.isInternational());
    assertTrue(Stakeholder.builder().name("IOM").type(StakeholderType.INTERNATIONAL_ORGANISATION).build()
        .isInternational());
    assertThrows(InvariantViolationException.class, () -> PhasedRole.of(StakeholderRole.RECRUITER, Set.of()));
  }

  @Test
  void aCapsPeriodIsPositive() {
    assertThrows(InvariantViolationException.class,
        () -> Cap.builder().limit(Count.exactly(20750)).periodMonths(0).build());
    Cap rse = Cap.builder().limit(Count.exactly(20750)).periodMonths(12).side(Side.DESTINATION)
        .since(PartialDate.parse("2024")).build();
    assertEquals(Optional.of(12), rse.periodMonths());
  }

  @Test
  void aBenefitCostRatioIsPositive() {
    assertThrows(InvariantViolationException.class, () -> Assessment.builder().kind(AssessmentKind.COST_BENEFIT)
        .scope(AssessmentScope.DESTINATION).benefitCostRatio(BigDecimal.ZERO).build());
  }

  @Test
  void anAgreementSignedAtAnotherLevelIsDescribed() {
    assertThrows(InvariantViolationException.class, () -> FormOfEngagement.builder()
        .form(EngagementForm.MEMORANDUM_OF_UNDERSTANDING).signatoryLevel(SignatoryLevel.OTHER).build());
    FormOfEngagement g2g = FormOfEngagement.builder().form(EngagementForm.MEMORANDUM_OF_UNDERSTANDING)
        .signatoryLevel(SignatoryLevel.GOVERNMENT_TO_GOVERNMENT).published(true).build();
    assertEquals(Optional.of(true), g2g.published());
  }
}
