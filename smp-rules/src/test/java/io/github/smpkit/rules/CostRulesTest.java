package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.funding.CostBasis;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.FinancingMechanism;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.MechanismKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.funding.Payment;
import io.github.smpkit.core.funding.PaymentMechanism;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.typology.PartnershipModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules of element 9, cost reduction and sharing (IOM SMP Guidance 2023, ch. 11): each outcome
 * each rule can reach, and the false positives of issue 9.
 */
class CostRulesTest {

  private static final PartnershipValidator STANDARD = PartnershipValidator.standard();

  // The exemplary costs: 0 PROJECT_STAFF, 1 SCREENING_AND_PROCESSING, 2 TRAINING_PROVIDER, 3 TRANSPORT,
  // 4 EXTERNAL_EVALUATION.
  private static final Partnership GOOD = GoodPractice.exemplary();

  static Evaluation evaluate(PartnershipValidator validator, Partnership p, String id) {
    return validator.validate(p).evaluation(id).orElseThrow(() -> new AssertionError(id + " did not run"));
  }

  static Evaluation evaluate(Partnership p, String id) {
    return evaluate(STANDARD, p, id);
  }

  static void assertOutcome(Outcome expected, Partnership p, String id) {
    Evaluation e = evaluate(p, id);
    assertEquals(expected, e.outcome(), e.findings()::toString);
  }

  /** The single breach of a rule, checked for its severity and evidence pointers. */
  static Finding assertBreach(Partnership p, String id, Severity severity, String... evidence) {
    Evaluation e = evaluate(p, id);
    assertEquals(Outcome.BREACH, e.outcome(), e.findings()::toString);
    List<Finding> breaches = e.findings().stream().filter(f -> f.outcome() == Outcome.BREACH)
        .collect(Collectors.toList());
    assertEquals(1, breaches.size(), breaches::toString);
    Finding f = breaches.get(0);
    assertEquals(Optional.of(severity), f.severity());
    assertEquals(List.of(evidence), f.evidence().stream().map(Evidence::pointer).collect(Collectors.toList()));
    return f;
  }

  static CostItem cost(CostItemKind kind, String description, PayerShare... shares) {
    CostItem.Builder b = CostItem.builder().item(kind).basis(CostBasis.PER_MIGRANT).addShares(shares);
    if (description != null) {
      b.description(description);
    }
    return b.build();
  }

  static Partnership withCost(Partnership p, CostItem item) {
    List<CostItem> costs = new ArrayList<>(p.costs());
    costs.add(item);
    return p.withCosts(costs);
  }

  static Partnership setCost(Partnership p, int index, CostItem item) {
    List<CostItem> costs = new ArrayList<>(p.costs());
    costs.set(index, item);
    return p.withCosts(costs);
  }

  @Test
  void theExemplaryPartnershipMeetsEveryCostRule() {
    Report report = STANDARD.validate(GOOD);
    for (String id : List.of("SMP-COST-001", "SMP-COST-002", "SMP-COST-003", "SMP-COST-004", "SMP-COST-005",
        "SMP-COST-006", "SMP-COST-007", "SMP-COST-008", "SMP-COST-009")) {
      assertEquals(Outcome.MET, report.evaluation(id).orElseThrow().outcome(), id);
    }
  }

  @Test
  void retiredIdsAreGone() {
    List<String> ids = PartnershipValidator.catalogue().stream().map(Rule::id).collect(Collectors.toList());
    assertFalse(ids.contains("SMP-COST-000"));
    assertFalse(ids.contains("SMP-GSP-002"), "merged into SMP-COST-007");
  }

  // --- SMP-COST-001 -------------------------------------------------------------------------------

  @Test
  void migrantsPayingHalfTheReturnAirfareIsACitedErrorWithItsEvidence() {
    // nz-rse: the worker carries half of the return airfare.
    Partnership p = setCost(GOOD, 3, cost(CostItemKind.TRANSPORT, "Return airfare",
        PayerShare.of(Payer.EMPLOYER, 50), PayerShare.of(Payer.MIGRANT, 50)));
    Finding f = assertBreach(p, "SMP-COST-001", Severity.ERROR, "/costs/3/item", "/costs/3/shares/1/payer",
        "/costs/3/shares/1/percent");
    assertEquals("/costs/3/shares/1", f.path());
    assertTrue(f.message().contains("50 %"), f.message());
    assertTrue(f.source().startsWith("ILO General principles"), f.source());
    assertEquals(List.of("TRANSPORT", "MIGRANT", "50"), f.evidence().stream().map(Evidence::value)
        .collect(Collectors.toList()));
  }

  @Test
  void travelCostsDeductedFromWagesAboveAThresholdAreACitedErrorWithTheirEvidence() {
    // palm: the employer pays upfront and recovers the part above AUD 300 through pay deductions.
    CostItem travel = CostItem.builder().item(CostItemKind.TRANSPORT).addPayments(
        Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.UPFRONT).build(),
        Payment.builder().payer(Payer.MIGRANT).side(Side.MIGRANT).mechanism(PaymentMechanism.WAGE_DEDUCTION)
            .above(Money.parse("AUD 300.00")).due(MigrationPhase.STAY_AND_INTEGRATION).build()).build();
    Finding f = assertBreach(setCost(GOOD, 3, travel), "SMP-COST-001", Severity.ERROR, "/costs/3/item",
        "/costs/3/payments/1/payer", "/costs/3/payments/1/side", "/costs/3/payments/1/mechanism",
        "/costs/3/payments/1/above");
    assertEquals("/costs/3/payments/1", f.path());
    assertTrue(f.message().contains("the part above AUD 300.00 through deductions from their wages"), f.message());
    assertEquals(List.of("TRANSPORT", "MIGRANT", "MIGRANT", "WAGE_DEDUCTION", "AUD 300.00"), f.evidence().stream()
        .map(Evidence::value).collect(Collectors.toList()));
  }

  @Test
  void anEmployerDeductingTheCostFromWagesMakesTheWorkerBearIt() {
    CostItem travel = CostItem.builder().item(CostItemKind.TRANSPORT).addShares(PayerShare.all(Payer.EMPLOYER))
        .addPayments(Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.WAGE_DEDUCTION).build())
        .build();
    assertBreach(setCost(GOOD, 3, travel), "SMP-COST-001", Severity.ERROR, "/costs/3/item",
        "/costs/3/payments/0/payer", "/costs/3/payments/0/mechanism");
  }

  @Test
  void paymentsTheEmployerOrThePublicSideBearAreNoBreach() {
    CostItem travel = CostItem.builder().item(CostItemKind.TRANSPORT).addShares(PayerShare.all(Payer.EMPLOYER))
        .addPayments(Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.UPFRONT).build(),
            Payment.builder().payer(Payer.DESTINATION_GOVERNMENT).mechanism(PaymentMechanism.REIMBURSEMENT).build())
        .build();
    assertOutcome(Outcome.MET, setCost(GOOD, 3, travel), "SMP-COST-001");
  }

  @Test
  void aMigrantShareAlsoRecordedAsAPaymentIsOneBreachWithBothFacts() {
    // nz-rse as catalogued: shares of 50 % each, and the worker's half as a payment.
    CostItem travel = CostItem.builder().item(CostItemKind.TRANSPORT)
        .addShares(PayerShare.of(Payer.EMPLOYER, 50), PayerShare.of(Payer.MIGRANT, 50))
        .addPayments(Payment.builder().payer(Payer.MIGRANT).percent(new BigDecimal("50")).build()).build();
    assertBreach(setCost(GOOD, 3, travel), "SMP-COST-001", Severity.ERROR, "/costs/3/item",
        "/costs/3/shares/1/payer", "/costs/3/shares/1/percent", "/costs/3/payments/0/payer",
        "/costs/3/payments/0/percent");
  }

  @Test
  void anOtherCostDescribedAsARecruitmentFeeAndPaidByMigrantsIsABreach() {
    Partnership p = withCost(GOOD, cost(CostItemKind.OTHER, "Recruitment fee charged by the placement agency",
        PayerShare.all(Payer.MIGRANT)));
    Finding f = assertBreach(p, "SMP-COST-001", Severity.ERROR, "/costs/5/item", "/costs/5/description",
        "/costs/5/shares/0/payer", "/costs/5/shares/0/percent");
    assertTrue(f.message().contains("100 %"), f.message());
  }

  @Test
  void anOtherCostMigrantsPayThatIsNotDescribedAsAFeeIsAnOpenQuestion() {
    for (String description : List.of("Course books", "Implementing agency costs", "Recruitment campaign")) {
      Partnership p = withCost(GOOD, cost(CostItemKind.OTHER, description, PayerShare.all(Payer.MIGRANT)));
      assertOutcome(Outcome.GAP, p, "SMP-COST-001");
    }
    for (String description : List.of("Placement fee", "Broker's commission", "Recruiter fees", "recruitment costs")) {
      Partnership p = withCost(GOOD, cost(CostItemKind.OTHER, description, PayerShare.all(Payer.MIGRANT)));
      assertOutcome(Outcome.BREACH, p, "SMP-COST-001");
    }
  }

  @Test
  void trainingMigrantsPayIsAQuestionWhetherRecruitmentRequiresItNotABreach() {
    Partnership p = setCost(GOOD, 2, cost(CostItemKind.TRAINING_PROVIDER, null, PayerShare.of(Payer.MIGRANT, 20),
        PayerShare.of(Payer.EMPLOYER, 80)));
    assertOutcome(Outcome.GAP, p, "SMP-COST-001");
  }

  @Test
  void unknownPayersOrNoRecruitmentCostAreOpenQuestions() {
    assertOutcome(Outcome.GAP, GOOD.withCosts(List.of()), "SMP-COST-001");
    assertOutcome(Outcome.GAP, setCost(GOOD, 3, cost(CostItemKind.TRANSPORT, null)), "SMP-COST-001");
    // An OTHER item holding the whole budget (palim) says nothing about recruitment costs.
    assertOutcome(Outcome.GAP, GOOD.withCosts(List.of(cost(CostItemKind.OTHER, "Total budget of the action"))),
        "SMP-COST-001");
  }

  // --- SMP-COST-002 -------------------------------------------------------------------------------

  @Test
  void costStructure() {
    assertOutcome(Outcome.GAP, GOOD.withCosts(List.of()), "SMP-COST-002");
    assertOutcome(Outcome.GAP, GOOD.withCosts(Edits.without(GOOD.costs(),
        c -> c.item() == CostItemKind.TRANSPORT)), "SMP-COST-002");
    assertOutcome(Outcome.GAP, Edits.costs(GOOD, c -> c.withBasis(Optional.empty())), "SMP-COST-002");
    assertEquals("IOM SMP Guidance 2023, ch. 11, Table 3", evaluate(GOOD, "SMP-COST-002").rule().source());
  }

  // --- SMP-COST-003 -------------------------------------------------------------------------------

  @Test
  void sustainabilityPlan() {
    Partnership noPlan = GOOD.withSustainabilityPlan(Optional.empty());
    assertOutcome(Outcome.GAP, noPlan, "SMP-COST-003");
    assertOutcome(Outcome.GAP, noPlan.withFundingSources(List.of()), "SMP-COST-003");
    assertOutcome(Outcome.NOT_APPLICABLE, noPlan.withFundingSources(FundingSource.builder().name("Employers")
        .type(Payer.EMPLOYER).build()), "SMP-COST-003");
  }

  // --- SMP-COST-004 -------------------------------------------------------------------------------

  @Test
  void costsPaidByOneSideAreAnOpenQuestionNotABreach() {
    // Employers pay everything but a recruitment fee that migrants pay: migrants' payments are not cost sharing,
    // and a list with one payer is not proof that nobody else pays.
    Partnership p = Edits.allCostsPaidBy(GOOD, Payer.EMPLOYER).withFundingSources(List.of());
    p = withCost(p, cost(CostItemKind.RECRUITMENT_FEES, null, PayerShare.all(Payer.MIGRANT)));
    Evaluation e = evaluate(p, "SMP-COST-004");
    assertEquals(Outcome.GAP, e.outcome());
    assertFalse(e.findings().toString().contains("All costs fall on"), e.findings()::toString);
    assertTrue(e.findings().get(0).message().startsWith("Only employers are recorded"), e.findings()::toString);
  }

  @Test
  void costSharingAmongBeneficiaries() {
    assertOutcome(Outcome.GAP, GOOD.withCosts(List.of()).withFundingSources(List.of()), "SMP-COST-004");
    assertOutcome(Outcome.GAP, Edits.allCostsPaidBy(GOOD, Payer.MIGRANT).withFundingSources(List.of()),
        "SMP-COST-004");
    // A destination-based donor and the origin government share the costs.
    Partnership p = GOOD.withCosts(List.of(cost(CostItemKind.PROJECT_STAFF, null,
        PayerShare.all(Payer.ORIGIN_GOVERNMENT)))).withFundingSources(FundingSource.builder().name("Enabel")
        .type(Payer.DONOR).country(Country.of("BE")).build());
    assertOutcome(Outcome.MET, p, "SMP-COST-004");
  }

  // --- SMP-COST-005 -------------------------------------------------------------------------------

  @Test
  void everyCostItemNamesItsPayers() {
    assertOutcome(Outcome.GAP, GOOD.withCosts(List.of()), "SMP-COST-005");
    assertOutcome(Outcome.GAP, setCost(GOOD, 0, cost(CostItemKind.PROJECT_STAFF, null)), "SMP-COST-005");
  }

  // --- SMP-COST-006 -------------------------------------------------------------------------------

  @Test
  void noEmployerPayerRecordedIsAnOpenQuestionNotABreach() {
    Partnership p = Edits.allCostsPaidBy(GOOD, Payer.DESTINATION_GOVERNMENT)
        .withFundingSources(Edits.without(GOOD.fundingSources(), f -> f.type() == Payer.EMPLOYER))
        .withFinancingMechanisms(List.of());
    assertTrue(p.stakeholders().stream().anyMatch(s -> s.type() == StakeholderType.EMPLOYER));
    assertOutcome(Outcome.GAP, p, "SMP-COST-006");
    assertOutcome(Outcome.MET, p.withFinancingMechanisms(FinancingMechanism.of(MechanismKind.LEVY)),
        "SMP-COST-006");
  }

  // --- SMP-COST-007 (with SMP-GSP-002 merged in) --------------------------------------------------

  @Test
  void euAndDestinationDevelopmentAgencyMoneyIsDestinationSide() {
    // palim: training in Morocco, paid through the EU's AMIF for a Belgian destination; no cost shares.
    Partnership p = GOOD.withModels(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP)
        .withCosts(List.of(cost(CostItemKind.OTHER, "Total budget of the action")))
        .withFundingSources(FundingSource.builder().name("EU Asylum, Migration and Integration Fund (AMIF)")
            .type(Payer.DONOR).build());
    assertOutcome(Outcome.MET, p, "SMP-COST-007");
    Partnership enabel = p.withFundingSources(FundingSource.builder().name("Enabel").type(Payer.DONOR)
        .country(Country.of("BE")).build());
    assertOutcome(Outcome.MET, enabel, "SMP-COST-007");
    // A donor of a third country is not destination-side money.
    Partnership other = p.withFundingSources(FundingSource.builder().name("SDC").type(Payer.DONOR)
        .country(Country.of("CH")).build());
    assertOutcome(Outcome.GAP, other, "SMP-COST-007");
  }

  @Test
  void aFundersRecordedSideDecides() {
    Partnership p = GOOD.withCosts(List.of(cost(CostItemKind.OTHER, "Total budget of the action")));
    // GIZ recorded without a country but on the destination side
    Partnership giz = p.withFundingSources(FundingSource.builder().name("GIZ").type(Payer.DONOR)
        .side(Side.DESTINATION).build());
    assertOutcome(Outcome.MET, giz, "SMP-COST-007");
    // a recorded side overrides what the name or country would suggest
    Partnership origin = p.withFundingSources(FundingSource.builder().name("EU delegation grant to a ministry")
        .type(Payer.DONOR).side(Side.ORIGIN).build());
    assertOutcome(Outcome.GAP, origin, "SMP-COST-007");
  }

  @Test
  void aDestinationSidePaymentForOriginTrainingIsCoFinancing() {
    CostItem training = CostItem.builder().item(CostItemKind.TRAINING_PROVIDER)
        .addShares(PayerShare.of(Payer.ORIGIN_GOVERNMENT, 70), PayerShare.of(Payer.MIGRANT, 30))
        .addPayments(Payment.builder().payer(Payer.DONOR).side(Side.DESTINATION).build()).build();
    assertOutcome(Outcome.MET, setCost(GOOD, 2, training), "SMP-COST-007");
  }

  @Test
  void originTrainingPaidWhollyByTheOriginSideIsAMildBreachAndAWarningForADeclaredGsp() {
    Partnership p = setCost(GOOD, 2, cost(CostItemKind.TRAINING_PROVIDER, null,
        PayerShare.of(Payer.ORIGIN_GOVERNMENT, 70), PayerShare.of(Payer.MIGRANT, 30)));
    assertBreach(p, "SMP-COST-007", Severity.INFO, "/training/0/location", "/costs/2/item",
        "/costs/2/shares/0/payer", "/costs/2/shares/1/payer");
    assertBreach(p.withModels(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP), "SMP-COST-007", Severity.WARNING,
        "/training/0/location", "/costs/2/item", "/costs/2/shares/0/payer", "/costs/2/shares/1/payer", "/models");
  }

  @Test
  void destinationTrainingApplicability() {
    assertOutcome(Outcome.GAP, GOOD.withTraining(List.of()), "SMP-COST-007");
    assertOutcome(Outcome.NOT_APPLICABLE, Edits.training(GOOD, t -> t.withLocation(TrainingLocation.DESTINATION)),
        "SMP-COST-007");
    Partnership unknown = GOOD.withFundingSources(List.of()).withCosts(List.of(cost(CostItemKind.TRAINING_PROVIDER,
        null)));
    assertOutcome(Outcome.GAP, unknown, "SMP-COST-007");
  }

  // --- SMP-COST-008 -------------------------------------------------------------------------------

  @Test
  void financingMechanisms() {
    Partnership grantsOnly = GOOD.withFinancingMechanisms(List.of());
    assertOutcome(Outcome.GAP, grantsOnly, "SMP-COST-008");
    assertOutcome(Outcome.GAP, grantsOnly.withFundingSources(List.of()), "SMP-COST-008");
    assertOutcome(Outcome.NOT_APPLICABLE, grantsOnly.withFundingSources(FundingSource.builder().name("Employers")
        .type(Payer.EMPLOYER).build()), "SMP-COST-008");
  }

  // --- SMP-COST-009 -------------------------------------------------------------------------------

  @Test
  void costBenefitAnalysis() {
    assertOutcome(Outcome.GAP, Edits.noAssessment(GOOD, AssessmentKind.COST_BENEFIT), "SMP-COST-009");
  }

  @Test
  void noCostRuleBreachesWhenCostFactsAreRemoved() {
    Partnership stripped = GOOD.withCosts(List.of()).withFundingSources(List.of()).withFinancingMechanisms(List.of())
        .withSustainabilityPlan(Optional.empty());
    Report report = STANDARD.validate(stripped);
    assertTrue(report.breaches().stream().noneMatch(f -> f.ruleId().startsWith("SMP-COST-")), report::toText);
  }
}
