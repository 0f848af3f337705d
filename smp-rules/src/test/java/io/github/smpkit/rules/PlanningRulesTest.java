package io.github.smpkit.rules;

import static io.github.smpkit.rules.RuleOutcomes.assertOutcome;
import static io.github.smpkit.rules.RuleOutcomes.eval;
import static io.github.smpkit.rules.RuleOutcomes.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.GcmObjective;
import io.github.smpkit.core.code.SdgTarget;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.planning.Beneficiary;
import io.github.smpkit.core.planning.Horizon;
import io.github.smpkit.core.planning.Objective;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.typology.AgreementScope;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FlexibilityAspect;
import io.github.smpkit.core.typology.FlexibilityProvision;
import io.github.smpkit.core.typology.FormOfEngagement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of element 1, long- and mid-term planning (IOM SMP Guidance 2023, ch. 3). */
class PlanningRulesTest {

  private static final PartnershipValidator VALIDATOR = PartnershipValidator.builder().ruleSets("iom-smp", "blma")
      .build();
  private static final Partnership GOOD = GoodPractice.exemplary();




  private static Partnership noObjectives() {
    return GOOD.withObjectives(List.of());
  }

  @Test
  void theNotDescribedRuleAndTheTimeFrameRuleAreRetired() {
    Set<String> ids = PartnershipValidator.catalogue().stream().map(Rule::id).collect(Collectors.toSet());
    assertFalse(ids.contains("SMP-PLAN-000"));
    assertFalse(ids.contains("SMP-PLAN-009"), "merged into SMP-PLAN-008");
  }

  @Test
  void noRuleOfTheElementIsAnErrorForNoneCitesAnIloOrWhoStandard() {
    PartnershipValidator.catalogue().stream().filter(r -> r.element().equals(Optional.of(EssentialElement.PLANNING)))
        .forEach(r -> assertTrue(r.severity().compareTo(Severity.WARNING) <= 0, r::toString));
  }

  @Test
  void longTermObjective() {
    assertOutcome(Outcome.MET, GOOD, "SMP-PLAN-001");
    assertOutcome(Outcome.GAP, noObjectives(), "SMP-PLAN-001");
    assertOutcome(Outcome.GAP, Edits.objectives(GOOD, o -> o.withHorizon(Horizon.MEDIUM_TERM)), "SMP-PLAN-001");
    assertOutcome(Outcome.GAP, Edits.objectives(GOOD, o -> o.withHorizon(Optional.empty())), "SMP-PLAN-001");
  }

  @Test
  void sdgTargets() {
    assertOutcome(Outcome.MET, GOOD, "SMP-PLAN-002");
    assertOutcome(Outcome.GAP, noObjectives(), "SMP-PLAN-002");
    assertOutcome(Outcome.GAP, Edits.objectives(GOOD, o -> o.withSdgTargets(List.of())), "SMP-PLAN-002");
    // any target counts: the guidance says other SDGs may apply depending on the sector
    assertOutcome(Outcome.MET, Edits.objectives(GOOD, o -> o.withSdgTargets(SdgTarget.of("3.c"))), "SMP-PLAN-002");
  }

  @Test
  void globalCompactObjectivesAreFiveAndEighteenAsTheGuidanceNamesThem() {
    Rule rule = eval(GOOD, "SMP-PLAN-003").rule();
    assertTrue(rule.rationale().orElseThrow().contains("5 (regular pathways) and 18"), rule.rationale()::get);
    assertFalse(rule.rationale().orElseThrow().contains(" 6"), rule.rationale()::get);
    assertOutcome(Outcome.MET, GOOD, "SMP-PLAN-003");
    assertOutcome(Outcome.MET, Edits.objectives(GOOD, o -> o.withGcmObjectives(GcmObjective.of(18))), "SMP-PLAN-003");
    assertOutcome(Outcome.MET, Edits.objectives(GOOD, o -> o.withGcmObjectives(GcmObjective.of(5))), "SMP-PLAN-003");
    // objective 6 alone is not one the guidance names for SMPs: an open question, not met
    assertOutcome(Outcome.GAP, Edits.objectives(GOOD, o -> o.withGcmObjectives(GcmObjective.of(6))), "SMP-PLAN-003");
    assertOutcome(Outcome.GAP, Edits.objectives(GOOD, o -> o.withGcmObjectives(List.of())), "SMP-PLAN-003");
    assertOutcome(Outcome.GAP, noObjectives(), "SMP-PLAN-003");
  }

  @Test
  void flexibility() {
    assertOutcome(Outcome.MET, GOOD, "SMP-PLAN-004");
    assertOutcome(Outcome.MET, GOOD.withFlexibility(FlexibilityProvision.of(FlexibilityAspect.LENGTH_OF_STAY)),
        "SMP-PLAN-004");
    assertOutcome(Outcome.GAP, GOOD.withFlexibility(List.of()), "SMP-PLAN-004");
  }

  @Test
  void feasibility() {
    assertOutcome(Outcome.MET, GOOD, "SMP-PLAN-005");
    assertOutcome(Outcome.GAP, Edits.noAssessment(GOOD, AssessmentKind.FEASIBILITY),
        "SMP-PLAN-005");
  }

  @Test
  void beneficiaries() {
    assertOutcome(Outcome.MET, GOOD, "SMP-PLAN-006");
    assertOutcome(Outcome.GAP, noObjectives(), "SMP-PLAN-006");
    assertOutcome(Outcome.GAP, Edits.objectives(GOOD, o -> o.withBeneficiaries(Beneficiary.DESTINATION_COUNTRY,
        Beneficiary.EMPLOYERS, Beneficiary.ORIGIN_COUNTRY)), "SMP-PLAN-006");
  }

  @Test
  void legalRoute() {
    assertOutcome(Outcome.MET, GOOD, "SMP-PLAN-007");
    assertOutcome(Outcome.GAP, GOOD.withPathways(List.of()), "SMP-PLAN-007");
    assertOutcome(Outcome.NOT_APPLICABLE, Edits.training(GOOD, t -> t.withTrack(Track.HOME)).withPathways(List.of()),
        "SMP-PLAN-007");
    assertOutcome(Outcome.GAP, GOOD.withTraining(List.of()).withPathways(List.of()), "SMP-PLAN-007");
  }

  private static Partnership twoYears(Partnership p) {
    return p.withTimeFrame(TimeFrame.builder().start(PartialDate.ofYear(2020)).end(PartialDate.ofYear(2021)).build());
  }

  @Test
  void aPubliclyFundedTwoYearPartnershipBreachesTheDonorCycleRecommendation() {
    assertOutcome(Outcome.MET, GOOD, "SMP-PLAN-008");
    Evaluation e = eval(twoYears(GOOD).withSustainabilityPlan(Optional.empty()), "SMP-PLAN-008");
    assertEquals(Outcome.BREACH, e.outcome(), e::toString);
    assertEquals(Optional.of(Severity.WARNING), e.severity());
    assertEquals(List.of("/timeFrame/start", "/timeFrame/end", "/fundingSources/0/type"), evidence(e));
    assertEquals(4, e.rule().chapter());
  }

  @Test
  void aSustainabilityPlanMakesAShortPartnershipAMilderCase() {
    Evaluation e = eval(twoYears(GOOD), "SMP-PLAN-008");
    assertEquals(Outcome.BREACH, e.outcome(), e::toString);
    assertEquals(Optional.of(Severity.INFO), e.severity());
    assertEquals(List.of("/timeFrame/start", "/timeFrame/end", "/fundingSources/0/type", "/sustainabilityPlan"),
        evidence(e));
  }

  @Test
  void aShortPilotIsAskedHowItContinuesNotCalledABreach() {
    Partnership pilot = twoYears(GOOD).withStatus(PartnershipStatus.PILOT);
    assertOutcome(Outcome.MET, pilot, "SMP-PLAN-008");
    assertOutcome(Outcome.GAP, pilot.withSustainabilityPlan(Optional.empty()), "SMP-PLAN-008");
    Partnership project = twoYears(GOOD).withSustainabilityPlan(Optional.empty())
        .withFormsOfEngagement(FormOfEngagement.of(EngagementForm.PILOT_PROJECT));
    assertOutcome(Outcome.GAP, project, "SMP-PLAN-008");
  }

  @Test
  void theDonorCycleRuleAsksWhatIsNotRecorded() {
    assertOutcome(Outcome.GAP, GOOD.withTimeFrame(Optional.empty()), "SMP-PLAN-008");
    // short, but no public funder recorded: the funding is an open question
    assertOutcome(Outcome.GAP, twoYears(GOOD).withFundingSources(FundingSource.builder().name("Employers")
        .type(Payer.EMPLOYER).build()), "SMP-PLAN-008");
    assertOutcome(Outcome.GAP, twoYears(GOOD).withFundingSources(List.of()), "SMP-PLAN-008");
    assertOutcome(Outcome.GAP, GOOD.withTimeFrame(TimeFrame.builder().start(PartialDate.ofYear(2007)).build()),
        "SMP-PLAN-008");
    assertOutcome(Outcome.GAP, GOOD.withTimeFrame(TimeFrame.builder().start(PartialDate.ofYear(2020))
        .fundingCycleMonths(36).build()), "SMP-PLAN-008");
    assertOutcome(Outcome.MET, GOOD.withTimeFrame(TimeFrame.builder().start(PartialDate.ofYear(2020))
        .fundingCycleMonths(48).build()), "SMP-PLAN-008");
  }

  // --- every finding pinned (PIT: the paths, the arguments and the donor-cycle boundary) ---------------

  private static List<String> lines(Partnership p, String id) {
    return FindingLines.of(p, id);
  }

  private static Partnership years(Partnership p, int from, int to) {
    return p.withTimeFrame(TimeFrame.builder().start(PartialDate.ofYear(from)).end(PartialDate.ofYear(to)).build());
  }

  @Test
  void theLongTermObjectiveIsNamedShortenedToEightyCharacters() {
    Objective first = GOOD.objectives().get(0);
    assertEquals(List.of("met /objectives/0/horizon [Build a skilled workforce in both countries]"),
        lines(GOOD, "SMP-PLAN-001"));
    Partnership second = GOOD.withObjectives(first.withHorizon(Horizon.MEDIUM_TERM), first.withStatement(
        "z".repeat(81)));
    assertEquals(List.of("met /objectives/1/horizon [" + "z".repeat(77) + "...]"), lines(second, "SMP-PLAN-001"));
    assertEquals(List.of("gap.none /objectives []"), lines(noObjectives(), "SMP-PLAN-001"));
    assertEquals(List.of("gap.horizon /objectives []"), lines(Edits.objectives(GOOD,
        o -> o.withHorizon(Horizon.MEDIUM_TERM)), "SMP-PLAN-001"));
  }

  @Test
  void theSdgTargetsAreListedInOrder() {
    assertEquals(List.of("met /objectives [10.7, 4.4, 8.8]"), lines(GOOD, "SMP-PLAN-002"));
    assertEquals(List.of("gap /objectives []"), lines(noObjectives(), "SMP-PLAN-002"));
  }

  @Test
  void theGlobalCompactObjectivesAreCountedAndNamed() {
    assertEquals(List.of("met /objectives [2, 5 and 18]"), lines(GOOD, "SMP-PLAN-003"));
    assertEquals(List.of("met /objectives [1, 18]"), lines(Edits.objectives(GOOD,
        o -> o.withGcmObjectives(GcmObjective.of(18), GcmObjective.of(6))), "SMP-PLAN-003"));
    assertEquals(List.of("gap.core /objectives [6, 7]"), lines(Edits.objectives(GOOD,
        o -> o.withGcmObjectives(GcmObjective.of(7), GcmObjective.of(6))), "SMP-PLAN-003"));
    assertEquals(List.of("gap.none /objectives []"), lines(noObjectives(), "SMP-PLAN-003"));
  }

  @Test
  void theFlexibleAspectsAreNamedOnce() {
    assertEquals(List.of("met /flexibility [sector, employer change]"), lines(GOOD, "SMP-PLAN-004"));
    assertEquals(List.of("met /flexibility [length of stay]"), lines(GOOD.withFlexibility(
        FlexibilityProvision.of(FlexibilityAspect.LENGTH_OF_STAY), FlexibilityProvision.of(
            FlexibilityAspect.LENGTH_OF_STAY)), "SMP-PLAN-004"));
    assertEquals(List.of("gap /flexibility []"), lines(GOOD.withFlexibility(List.of()), "SMP-PLAN-004"));
  }

  @Test
  void theFeasibilityAnalysisIsPointedAt() {
    assertEquals(List.of("met /assessments/1 []"), lines(GOOD, "SMP-PLAN-005"));
    assertEquals(List.of("gap /assessments []"), lines(Edits.noAssessment(GOOD, AssessmentKind.FEASIBILITY),
        "SMP-PLAN-005"));
  }

  @Test
  void theOriginAndTheMigrantsAreEachMetOrAskedFor() {
    assertEquals(List.of("met.origin /objectives []", "met.migrants /objectives []"), lines(GOOD, "SMP-PLAN-006"));
    assertEquals(List.of("met.origin /objectives []", "gap.migrants /objectives []"), lines(Edits.objectives(GOOD,
        o -> o.withBeneficiaries(Beneficiary.ORIGIN_COUNTRY)), "SMP-PLAN-006"));
    assertEquals(List.of("gap.origin /objectives []", "met.migrants /objectives []"), lines(Edits.objectives(GOOD,
        o -> o.withBeneficiaries(Beneficiary.MIGRANTS)), "SMP-PLAN-006"));
    assertEquals(List.of("gap.none /objectives []"), lines(noObjectives(), "SMP-PLAN-006"));
  }

  @Test
  void everyDestinationNeedsARoute() {
    assertEquals(List.of("met /pathways [BE]"), lines(GOOD, "SMP-PLAN-007"));
    Partnership twoDestinations = Partnership.builder().from(GOOD).scope(AgreementScope.MULTILATERAL)
        .parties(List.of(Party.origin(Country.of("NG")), Party.destination(Country.of("BE")),
            Party.destination(Country.of("DE")))).build();
    assertEquals(List.of("met /pathways [BE]", "gap /pathways [DE]"), lines(twoDestinations, "SMP-PLAN-007"));
    assertEquals(List.of("gap /pathways [BE]"), lines(GOOD.withPathways(List.of()), "SMP-PLAN-007"));
  }

  @Test
  void thirtySixMonthsIsOneDonorCycleAndNoMore() {
    assertEquals(List.of("met.long /timeFrame [132]"), lines(GOOD, "SMP-PLAN-008"));
    assertEquals(List.of("met.long /timeFrame [37]"), lines(GOOD.withTimeFrame(TimeFrame.builder()
        .start(PartialDate.ofYear(2020)).end(PartialDate.ofMonth(2023, 1)).build()), "SMP-PLAN-008"));
    assertEquals(List.of("breach WARNING /timeFrame [36, 36] [/timeFrame/start = 2020, /timeFrame/end = 2022,"
        + " /fundingSources/0/type = DESTINATION_GOVERNMENT]"), lines(years(GOOD, 2020, 2022)
            .withSustainabilityPlan(Optional.empty()), "SMP-PLAN-008"));
    assertEquals(List.of("breach.planned INFO /timeFrame [36, 36] [/timeFrame/start = 2020, /timeFrame/end = 2022,"
        + " /fundingSources/0/type = DESTINATION_GOVERNMENT, /sustainabilityPlan = " + GOOD.sustainabilityPlan()
            .orElseThrow() + "]"), lines(years(GOOD, 2020, 2022), "SMP-PLAN-008"));
  }

  @Test
  void theDonorCycleRuleNamesThePublicFunderWhereverItIsListed() {
    FundingSource employers = FundingSource.builder().name("Employers").type(Payer.EMPLOYER).build();
    FundingSource donor = FundingSource.builder().name("Donor").type(Payer.DONOR).build();
    assertEquals(List.of("breach WARNING /timeFrame [24, 36] [/timeFrame/start = 2020, /timeFrame/end = 2021,"
        + " /fundingSources/1/type = DONOR]"), lines(years(GOOD, 2020, 2021).withSustainabilityPlan(Optional.empty())
            .withFundingSources(employers, donor), "SMP-PLAN-008"));
    assertEquals(List.of("gap.funders /fundingSources [24]"), lines(years(GOOD, 2020, 2021).withFundingSources(
        employers), "SMP-PLAN-008"));
    Partnership pilot = years(GOOD, 2020, 2021).withStatus(PartnershipStatus.PILOT);
    assertEquals(List.of("met.pilot /sustainabilityPlan [24]"), lines(pilot, "SMP-PLAN-008"));
    assertEquals(List.of("gap.pilot /sustainabilityPlan [24]"), lines(pilot.withSustainabilityPlan(Optional.empty()),
        "SMP-PLAN-008"));
  }

  @Test
  void withoutBothDatesTheFundingCycleDecides() {
    PartialDate start = PartialDate.ofYear(2020);
    assertEquals(List.of("gap.none /timeFrame []"), lines(GOOD.withTimeFrame(Optional.empty()), "SMP-PLAN-008"));
    assertEquals(List.of("met.cycle /timeFrame/fundingCycleMonths [37]"), lines(GOOD.withTimeFrame(TimeFrame.builder()
        .start(start).fundingCycleMonths(37).build()), "SMP-PLAN-008"));
    assertEquals(List.of("gap.cycle /timeFrame [36]"), lines(GOOD.withTimeFrame(TimeFrame.builder().start(start)
        .fundingCycleMonths(36).build()), "SMP-PLAN-008"));
    assertEquals(List.of("gap.end /timeFrame/end []"), lines(GOOD.withTimeFrame(TimeFrame.builder().start(start)
        .build()), "SMP-PLAN-008"));
    assertEquals(List.of("gap.dates /timeFrame []"), lines(GOOD.withTimeFrame(TimeFrame.builder()
        .end(PartialDate.ofYear(2030)).build()), "SMP-PLAN-008"));
    assertEquals(List.of("gap.cycle /timeFrame [24]"), lines(GOOD.withTimeFrame(TimeFrame.builder()
        .end(PartialDate.ofYear(2030)).fundingCycleMonths(24).build()), "SMP-PLAN-008"));
    assertEquals(List.of("gap.dates /timeFrame []"), lines(GOOD.withTimeFrame(TimeFrame.builder().build()),
        "SMP-PLAN-008"));
  }
}
