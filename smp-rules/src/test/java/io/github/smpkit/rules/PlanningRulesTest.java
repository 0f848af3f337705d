package io.github.smpkit.rules;

import static io.github.smpkit.rules.RuleOutcomes.assertOutcome;
import static io.github.smpkit.rules.RuleOutcomes.eval;
import static io.github.smpkit.rules.RuleOutcomes.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.GcmObjective;
import io.github.smpkit.core.code.SdgTarget;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.planning.Beneficiary;
import io.github.smpkit.core.planning.Horizon;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.training.Track;
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
}
