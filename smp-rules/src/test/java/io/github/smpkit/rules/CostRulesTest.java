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
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FormOfEngagement;
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
    // a worker who carries half of the return airfare
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
  void severalWaysTheWorkerBearsACostAreToldApartByTheirDescriptions() {
    // palm: seasonal workers repay the part above AUD 300, long-term workers their flights
    CostItem travel = CostItem.builder().item(CostItemKind.TRANSPORT).addPayments(
        Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.UPFRONT).build(),
        Payment.builder().payer(Payer.MIGRANT).side(Side.MIGRANT).mechanism(PaymentMechanism.WAGE_DEDUCTION)
            .above(Money.parse("AUD 300.00")).description("Seasonal workers: the employer may recover the travel"
                + " costs above the first AUD 300 through pay deductions.").build(),
        Payment.builder().payer(Payer.MIGRANT).side(Side.MIGRANT).mechanism(PaymentMechanism.WAGE_DEDUCTION)
            .description("Long-term workers: flights are recouped through pay deductions.").build()).build();
    Finding f = evaluate(setCost(GOOD, 3, travel), "SMP-COST-001").findings().stream()
        .filter(x -> x.outcome() == Outcome.BREACH).findFirst().orElseThrow();
    assertTrue(f.message().contains(": the part above AUD 300.00 through deductions from their wages ('Seasonal"
        + " workers: the employer may recover the travel costs above the first AUD 300 thr...'); part of it through deductions"
        + " from their wages ('Long-term workers: flights are recouped through pay deductions.'). It is"), f.message());
    // one way alone needs no name (the message above, for a single payment)
    CostItem one = travel.withPayments(travel.payments().subList(0, 2));
    Finding single = evaluate(setCost(GOOD, 3, one), "SMP-COST-001").findings().stream()
        .filter(x -> x.outcome() == Outcome.BREACH).findFirst().orElseThrow();
    assertTrue(single.message().contains(": the part above AUD 300.00 through deductions from their wages. It is"),
        single.message());
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
    // shares of 50 % each, and the worker's half also as a payment
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

  // --- SMP-COST-010 -------------------------------------------------------------------------------

  @Test
  void publicFundsSafeguardedReachesEveryOutcome() {
    String id = "SMP-COST-010";
    assertOutcome(Outcome.MET, GOOD, id);
    Partnership unknown = GOOD.withPublicFundsSafeguarded(Optional.empty());
    assertOutcome(Outcome.GAP, unknown, id);
    assertOutcome(Outcome.GAP, unknown.withFundingSources(List.of()), id);
    Partnership privateOnly = unknown.withFundingSources(FundingSource.builder().name("Employers").type(Payer.EMPLOYER)
        .build());
    assertOutcome(Outcome.NOT_APPLICABLE, privateOnly, id);
    assertOutcome(Outcome.NOT_APPLICABLE, privateOnly.withPublicFundsSafeguarded(false), id);
    // the exemplary funders: 0 destination government (public), 1 employers
    Finding f = assertBreach(GOOD.withPublicFundsSafeguarded(false), id, Severity.WARNING,
        "/publicFundsSafeguarded", "/fundingSources/0/type");
    assertEquals("/publicFundsSafeguarded", f.path());
  }

  // --- SMP-COST-011 -------------------------------------------------------------------------------

  @Test
  void costSharingInTheAgreementReachesEveryOutcome() {
    String id = "SMP-COST-011";
    assertOutcome(Outcome.MET, GOOD, id);
    assertOutcome(Outcome.GAP, GOOD.withFormsOfEngagement(List.of()), id);
    FormOfEngagement mou = FormOfEngagement.builder().form(EngagementForm.MEMORANDUM_OF_UNDERSTANDING).build();
    assertOutcome(Outcome.GAP, GOOD.withFormsOfEngagement(mou), id);
    // one instrument says no and another is not recorded either way: still an open question
    assertOutcome(Outcome.GAP, GOOD.withFormsOfEngagement(mou, mou.withCostSharing(false)), id);
    assertBreach(GOOD.withFormsOfEngagement(mou.withCostSharing(false)), id, Severity.WARNING,
        "/formsOfEngagement/0/form", "/formsOfEngagement/0/costSharing");
    assertOutcome(Outcome.MET, GOOD.withFormsOfEngagement(mou.withCostSharing(false), mou.withCostSharing(true)), id);
  }

  // --- SMP-COST-012 -------------------------------------------------------------------------------

  @Test
  void theTimingOfEmployersPaymentsIsMetOrAnOpenQuestion() {
    String id = "SMP-COST-012";
    assertOutcome(Outcome.MET, GOOD, id);
    Partnership noPayments = Edits.costs(GOOD, item -> item.withPayments(List.of()));
    assertOutcome(Outcome.GAP, noPayments, id);
    assertOutcome(Outcome.GAP, GOOD.withCosts(List.of()), id);
    Partnership untimed = Edits.costs(GOOD, item -> item.withPayments(item.payments().stream()
        .map(x -> x.withDue(Optional.empty())).collect(Collectors.toList())));
    assertOutcome(Outcome.GAP, untimed, id);
  }

  // --- what the findings say: who pays, on which side --------------------------------------------

  /** The findings of a rule with this outcome. */
  static List<Finding> findings(Partnership p, String id, Outcome outcome) {
    return evaluate(p, id).findings().stream().filter(f -> f.outcome() == outcome).collect(Collectors.toList());
  }

  /** The single finding of a rule, checked for its outcome and message key; its message arguments. */
  static List<Object> only(Partnership p, String id, Outcome outcome, String key) {
    Evaluation e = evaluate(p, id);
    assertEquals(1, e.findings().size(), e.findings()::toString);
    Finding f = e.findings().get(0);
    assertEquals(outcome, f.outcome(), f::toString);
    assertEquals(Optional.of(key), f.messageKey(), f::toString);
    return f.messageArguments();
  }

  static FundingSource funder(String name, Payer type) {
    return FundingSource.builder().name(name).type(type).build();
  }

  static FundingSource funder(String name, Payer type, String country) {
    return FundingSource.builder().name(name).type(type).country(Country.of(country)).build();
  }

  static FundingSource funder(String name, Payer type, Side side) {
    return FundingSource.builder().name(name).type(type).side(side).build();
  }

  @Test
  void originSideFundersAreAnOriginGovernmentARecordedOriginSideOrADonorOrBankBasedInAnOrigin() {
    // the exemplary partnership goes from NG to BE; CH is neither
    Partnership p = GOOD.withCosts(List.of()).withFundingSources(funder("Ministry", Payer.ORIGIN_GOVERNMENT),
        funder("Bank", Payer.DEVELOPMENT_BANK, "NG"), funder("Agency", Payer.DONOR, "NG"),
        funder("AfDB", Payer.DONOR, Side.ORIGIN), funder("SDC", Payer.DONOR, "CH"),
        funder("Foundation", Payer.DONOR), funder("IOM", Payer.DONOR, Side.INTERNATIONAL),
        funder("Migrants' savings", Payer.MIGRANT));
    assertEquals(List.of("the origin side", "'Ministry', 'Bank', 'Agency', 'AfDB'"),
        only(p, "SMP-COST-004", Outcome.GAP, "SMP-COST-004.gap.side"));
  }

  @Test
  void destinationSideFundersAreADestinationGovernmentARecordedSideADonorBasedThereOrTheEuForAnEuDestination() {
    Partnership p = GOOD.withCosts(List.of()).withFundingSources(funder("Ministry", Payer.DESTINATION_GOVERNMENT),
        funder("KfW", Payer.DEVELOPMENT_BANK, "BE"), funder("Enabel", Payer.DONOR, "BE"),
        funder("EU Trust Fund for Africa (EUTF)", Payer.DONOR), funder("GIZ", Payer.DONOR, Side.DESTINATION),
        funder("Ministry of the origin, as recorded", Payer.DESTINATION_GOVERNMENT, Side.INTERNATIONAL));
    assertEquals(List.of("the destination side", "'Ministry', 'KfW', 'Enabel', 'EU Trust Fund for Africa (EUTF)', 'GIZ'"),
        only(p, "SMP-COST-004", Outcome.GAP, "SMP-COST-004.gap.side"));
  }

  @Test
  void euFundsAreNotDestinationSideMoneyWhenNoDestinationIsAnEuMember() {
    Partnership canada = GOOD.withPathways(List.of()).withParties(Party.origin(Country.of("NG")), Party.destination(Country.of("CA")))
        .withCosts(List.of());
    FundingSource amif = funder("EU Asylum, Migration and Integration Fund (AMIF)", Payer.DONOR);
    assertEquals(List.of(), only(canada.withFundingSources(amif), "SMP-COST-004", Outcome.GAP,
        "SMP-COST-004.gap.none"));
    // the same fund named with a country is that country's money, not the EU's
    assertEquals(List.of("the destination side", "'EU Asylum, Migration and Integration Fund (AMIF)'"),
        only(canada.withFundingSources(amif.withCountry(Country.of("CA"))), "SMP-COST-004", Outcome.GAP,
            "SMP-COST-004.gap.side"));
    // and an EU funder for an EU destination is destination-side money
    assertEquals(List.of("the destination side", "'EU Asylum, Migration and Integration Fund (AMIF)'"),
        only(GOOD.withCosts(List.of()).withFundingSources(amif), "SMP-COST-004", Outcome.GAP,
            "SMP-COST-004.gap.side"));
  }

  @Test
  void employersAndInvestorsAreBeneficiariesWhoShareCostsAsFundersOrPayers() {
    Partnership funders = GOOD.withCosts(List.of()).withFundingSources(funder("Chamber", Payer.EMPLOYER),
        funder("Impact fund", Payer.PRIVATE_INVESTOR));
    assertEquals(List.of("employers ('Chamber') and investors ('Impact fund')"),
        only(funders, "SMP-COST-004", Outcome.MET, "SMP-COST-004.met"));
    // cost shares: the origin government and investors share, migrants are no beneficiary who shares costs
    Partnership shares = GOOD.withFundingSources(List.of()).withCosts(List.of(cost(CostItemKind.PROJECT_STAFF, null,
        PayerShare.of(Payer.ORIGIN_GOVERNMENT, 50), PayerShare.of(Payer.PRIVATE_INVESTOR, 25),
        PayerShare.of(Payer.MIGRANT, 25)), cost(CostItemKind.TRANSPORT, null, PayerShare.of(Payer.ORIGIN_GOVERNMENT, 100)),
        cost(CostItemKind.EXTERNAL_EVALUATION, null, PayerShare.of(Payer.ORIGIN_GOVERNMENT, 100))));
    assertEquals(List.of("the origin side (ORIGIN_GOVERNMENT (PROJECT_STAFF), ORIGIN_GOVERNMENT (TRANSPORT)) and "
        + "investors (PRIVATE_INVESTOR (PROJECT_STAFF))"), only(shares, "SMP-COST-004", Outcome.MET, "SMP-COST-004.met"));
    Partnership employers = GOOD.withFundingSources(List.of()).withCosts(List.of(cost(CostItemKind.TRANSPORT, null,
        PayerShare.of(Payer.EMPLOYER, 60), PayerShare.of(Payer.MIGRANT, 40))));
    assertEquals(List.of("employers", "EMPLOYER (TRANSPORT)"),
        only(employers, "SMP-COST-004", Outcome.GAP, "SMP-COST-004.gap.group"));
  }

  @Test
  void theDestinationSidesFundersAreNamedWithWhatMakesThemDestinationSide() {
    Partnership p = GOOD.withCosts(List.of(cost(CostItemKind.OTHER, "Total budget of the action")))
        .withFundingSources(funder("Ministry", Payer.DESTINATION_GOVERNMENT),
            funder("Enabel", Payer.DONOR, "BE"), funder("AMIF", Payer.DONOR), funder("GIZ", Payer.DONOR,
                Side.DESTINATION), funder("Chamber", Payer.EMPLOYER));
    assertEquals(List.of("'Ministry' (DESTINATION_GOVERNMENT) funds the partnership; 'Enabel' (DONOR BE) funds the "
        + "partnership; 'AMIF' (DONOR, EU funds for an EU destination) funds the partnership; 'GIZ' (DONOR, "
        + "DESTINATION side) funds the partnership"), only(p, "SMP-COST-007", Outcome.MET, "SMP-COST-007.met"));
  }

  private static CostItem originTraining(Payment... payments) {
    return CostItem.builder().item(CostItemKind.TRAINING_PROVIDER).addShares(PayerShare.all(Payer.ORIGIN_GOVERNMENT))
        .addPayments(payments).build();
  }

  @Test
  void paymentsForOriginTrainingCountAsDestinationSideByTheirSideOrElseTheirPayer() {
    Partnership none = GOOD.withFundingSources(List.of());
    // a donor paying from the origin side and a payment by migrants are no destination-side money
    assertBreach(setCost(none, 2, originTraining(Payment.builder().payer(Payer.DONOR).side(Side.ORIGIN).build(),
        Payment.builder().payer(Payer.MIGRANT).build())), "SMP-COST-007", Severity.INFO, "/training/0/location",
        "/costs/2/item", "/costs/2/shares/0/payer");
    Partnership paid = setCost(none, 2, originTraining(Payment.builder().payer(Payer.EMPLOYER).build(),
        Payment.builder().payer(Payer.DESTINATION_GOVERNMENT).build(),
        Payment.builder().payer(Payer.DONOR).side(Side.DESTINATION).build(),
        Payment.builder().payer(Payer.EMPLOYER).side(Side.ORIGIN).build()));
    assertEquals(List.of("EMPLOYER pays for TRAINING_PROVIDER; DESTINATION_GOVERNMENT pays for TRAINING_PROVIDER; "
        + "DONOR (DESTINATION side) pays for TRAINING_PROVIDER"), only(paid, "SMP-COST-007", Outcome.MET,
        "SMP-COST-007.met"));
  }

  @Test
  void originTrainingIsNotAllTrainingWhenAComponentTakesPlaceInTheDestination() {
    Partnership p = setCost(GOOD.withFundingSources(List.of()), 2, originTraining());
    assertEquals("SMP-COST-007.breach.origin", assertBreach(p, "SMP-COST-007", Severity.INFO, "/training/0/location",
        "/costs/2/item", "/costs/2/shares/0/payer").messageKey().orElseThrow());
    assertEquals("SMP-COST-007.breach.gsp", assertBreach(p.withModels(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP),
        "SMP-COST-007", Severity.WARNING, "/training/0/location", "/costs/2/item", "/costs/2/shares/0/payer",
        "/models").messageKey().orElseThrow());
    List<TrainingComponent> training = new ArrayList<>(p.training());
    training.add(training.get(0).withName("Bridging course").withLocation(TrainingLocation.DESTINATION));
    assertEquals(List.of(), only(p.withTraining(training), "SMP-COST-007", Outcome.GAP, "SMP-COST-007.gap.share"));
  }

  @Test
  void originTrainingThatEmployersShareIsCoFinancedNotPaidByTheOriginAlone() {
    Partnership p = setCost(GOOD.withFundingSources(List.of()), 2, cost(CostItemKind.TRAINING_PROVIDER, null,
        PayerShare.of(Payer.ORIGIN_GOVERNMENT, 50), PayerShare.of(Payer.EMPLOYER, 50)));
    assertEquals(List.of("EMPLOYER pays 50 % of TRAINING_PROVIDER"), only(p, "SMP-COST-007", Outcome.MET,
        "SMP-COST-007.met"));
  }

  @Test
  void howTheWorkerBearsAPaymentIsSaidInFull() {
    CostItem travel = CostItem.builder().item(CostItemKind.TRANSPORT).addShares(PayerShare.all(Payer.EMPLOYER))
        .addPayments(Payment.builder().payer(Payer.MIGRANT).percent(new BigDecimal("30.0"))
            .amount(Money.parse("EUR 100.00")).above(Money.parse("EUR 300.00"))
            .mechanism(PaymentMechanism.WORKER_LOAN).build(),
            Payment.builder().payer(Payer.MIGRANT).amount(Money.parse("EUR 50.00"))
                .mechanism(PaymentMechanism.UPFRONT).build(),
            Payment.builder().payer(Payer.MIGRANT).above(Money.parse("EUR 900.00"))
                .mechanism(PaymentMechanism.REIMBURSEMENT).build(),
            Payment.builder().payer(Payer.MIGRANT).mechanism(PaymentMechanism.OTHER).description("a deposit").build())
        .build();
    Finding f = assertBreach(setCost(GOOD, 3, travel), "SMP-COST-001", Severity.ERROR, "/costs/3/item",
        "/costs/3/payments/0/payer", "/costs/3/payments/0/mechanism", "/costs/3/payments/0/percent",
        "/costs/3/payments/0/amount", "/costs/3/payments/0/above", "/costs/3/payments/1/payer",
        "/costs/3/payments/1/mechanism", "/costs/3/payments/1/amount", "/costs/3/payments/2/payer",
        "/costs/3/payments/2/mechanism", "/costs/3/payments/2/above", "/costs/3/payments/3/payer",
        "/costs/3/payments/3/mechanism");
    assertEquals(List.of("TRANSPORT", "30 % of it, EUR 100.00, the part above EUR 300.00 through a loan they repay; "
        + "EUR 50.00, paid upfront; the part above EUR 900.00, as a reimbursement; part of it (a deposit)"),
        f.messageArguments());
    assertEquals(List.of("TRANSPORT", "MIGRANT", "WORKER_LOAN", "30", "EUR 100.00", "EUR 300.00"), f.evidence()
        .subList(0, 6).stream().map(Evidence::value).collect(Collectors.toList()));
  }

  @Test
  void aLongDescriptionIsShortenedInTheMessageNotInTheEvidence() {
    String ninety = "Recruitment fee charged by the placement agency in the capital, payable before departure";
    ninety = ninety + ".".repeat(90 - ninety.length());
    assertEquals(90, ninety.length());
    Finding whole = assertBreach(withCost(GOOD, cost(CostItemKind.OTHER, ninety, PayerShare.all(Payer.MIGRANT))),
        "SMP-COST-001", Severity.ERROR, "/costs/5/item", "/costs/5/description", "/costs/5/shares/0/payer",
        "/costs/5/shares/0/percent");
    assertEquals(List.of("100", "OTHER ('" + ninety + "')"), whole.messageArguments());
    String longer = ninety + "!";
    Finding shortened = assertBreach(withCost(GOOD, cost(CostItemKind.OTHER, longer, PayerShare.all(Payer.MIGRANT))),
        "SMP-COST-001", Severity.ERROR, "/costs/5/item", "/costs/5/description", "/costs/5/shares/0/payer",
        "/costs/5/shares/0/percent");
    assertEquals(List.of("100", "OTHER ('" + longer.substring(0, 87) + "...')"), shortened.messageArguments());
    assertEquals(longer, shortened.evidence().get(1).value());
  }

  @Test
  void theRecruitmentCostsMigrantsDoNotPayAreNamedWithTheirPayers() {
    List<Finding> met = findings(GOOD, "SMP-COST-001", Outcome.MET);
    assertEquals(List.of("/costs/1/shares", "/costs/3/shares"), met.stream().map(Finding::path)
        .collect(Collectors.toList()));
    assertEquals(List.of("SCREENING_AND_PROCESSING", "EMPLOYER 100 %"), met.get(0).messageArguments());
    Partnership shared = setCost(GOOD, 3, cost(CostItemKind.TRANSPORT, "Flights", PayerShare.of(Payer.EMPLOYER, new BigDecimal("62.50")),
        PayerShare.of(Payer.DESTINATION_GOVERNMENT, new BigDecimal("37.5"))));
    assertEquals(List.of("TRANSPORT ('Flights')", "EMPLOYER 62.5 %, DESTINATION_GOVERNMENT 37.5 %"),
        findings(shared, "SMP-COST-001", Outcome.MET).get(1).messageArguments());
  }

  @Test
  void employersContributionsAreListed() {
    assertEquals(List.of("100 % of SCREENING_AND_PROCESSING, 40 % of TRAINING_PROVIDER, 100 % of TRANSPORT, "
        + "'GP employers' (a funder), a PUBLIC_PRIVATE_TRAINING_FUND"),
        only(GOOD, "SMP-COST-006", Outcome.MET, "SMP-COST-006.met"));
    Partnership funderOnly = Edits.allCostsPaidBy(GOOD, Payer.DESTINATION_GOVERNMENT).withFinancingMechanisms(
        List.of());
    assertEquals(List.of("'GP employers' (a funder)"), only(funderOnly, "SMP-COST-006", Outcome.MET,
        "SMP-COST-006.met"));
  }

  @Test
  void theInstrumentsThatLeaveCostSharingOutAreNamed() {
    FormOfEngagement mou = FormOfEngagement.builder().form(EngagementForm.MEMORANDUM_OF_UNDERSTANDING)
        .costSharing(false).build();
    FormOfEngagement pilot = FormOfEngagement.builder().form(EngagementForm.PILOT_PROJECT).costSharing(false).build();
    assertEquals(List.of("MEMORANDUM_OF_UNDERSTANDING, PILOT_PROJECT"), only(GOOD.withFormsOfEngagement(mou, pilot),
        "SMP-COST-011", Outcome.BREACH, "SMP-COST-011.breach"));
  }

  @Test
  void employersSharesWithoutPaymentsAskWhenTheyPayOtherwiseWhetherTheyPay() {
    Partnership shares = Edits.costs(GOOD, item -> item.withPayments(List.of()));
    assertEquals(List.of(), only(shares, "SMP-COST-012", Outcome.GAP, "SMP-COST-012.gap.timing"));
    Partnership publicOnly = Edits.allCostsPaidBy(shares, Payer.DESTINATION_GOVERNMENT);
    assertEquals(List.of(), only(publicOnly, "SMP-COST-012", Outcome.GAP, "SMP-COST-012.gap.employers"));
    // an employer's payment with no phase is asked about where it is, next to the payments that have one
    Partnership oneUntimed = setCost(GOOD, 3, GOOD.costs().get(3).withPayments(Payment.builder()
        .payer(Payer.EMPLOYER).build()));
    Evaluation e = evaluate(oneUntimed, "SMP-COST-012");
    assertEquals(List.of("/costs/3/payments/0/due", "/costs"), e.findings().stream().map(Finding::path)
        .collect(Collectors.toList()), e.findings()::toString);
    assertEquals(List.of("SCREENING_AND_PROCESSING (ARRIVAL), TRAINING_PROVIDER (ARRIVAL)"),
        e.findings().get(1).messageArguments());
  }
}
