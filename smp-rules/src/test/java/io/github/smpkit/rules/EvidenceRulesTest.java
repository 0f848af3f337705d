package io.github.smpkit.rules;

import static io.github.smpkit.rules.RuleOutcomes.assertOutcome;
import static io.github.smpkit.rules.RuleOutcomes.eval;
import static io.github.smpkit.rules.RuleOutcomes.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.evidence.Assessment;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.evidence.AssessmentScope;
import io.github.smpkit.core.evidence.ImpactCategory;
import io.github.smpkit.core.evidence.Indicator;
import io.github.smpkit.core.evidence.MeasurementPoint;
import io.github.smpkit.core.evidence.MonitoringFramework;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.typology.MigrationType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of element 3, data and information for evidence-based design (IOM SMP Guidance 2023, ch. 5). */
class EvidenceRulesTest {

  private static final PartnershipValidator VALIDATOR = PartnershipValidator.builder().ruleSets("iom-smp", "blma")
      .build();
  private static final Partnership GOOD = GoodPractice.exemplary();




  private static Partnership indicators(Indicator... indicators) {
    return GOOD.withMonitoring(GOOD.monitoring().orElseThrow().withIndicators(indicators));
  }

  private static Indicator indicator(ImpactCategory category, Optional<Boolean> bySex, MeasurementPoint... points) {
    return Indicator.builder().name("Indicator of " + category).category(category).addMeasurementPoints(points)
        .sexDisaggregated(bySex).build();
  }

  private static Partnership figures(ParticipantFigure... figures) {
    return GOOD.withParticipants(figures);
  }

  private static ParticipantFigure actual(FigureKind kind, long n, Optional<PartialDate> asOf) {
    return ParticipantFigure.builder().kind(kind).actual(Count.exactly(n)).asOf(asOf).build();
  }

  @Test
  void theNotDescribedRuleIsRetired() {
    assertTrue(PartnershipValidator.catalogue().stream().noneMatch(r -> r.id().equals("SMP-DATA-000")));
  }

  @Test
  void noRuleOfTheElementIsAnErrorForNoneCitesAnIloOrWhoStandard() {
    PartnershipValidator.catalogue().stream().filter(r -> r.element().equals(Optional.of(EssentialElement.EVIDENCE)))
        .forEach(r -> assertTrue(r.severity().compareTo(Severity.WARNING) <= 0, r::toString));
  }

  @Test
  void needsAssessedOnBothSides() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DATA-001");
    Partnership bothSides = Edits.noAssessment(GOOD, AssessmentKind.LABOUR_MARKET_NEEDS).withAssessments(
        Assessment.builder().kind(AssessmentKind.SKILLS_NEEDS).scope(AssessmentScope.ORIGIN).build(),
        Assessment.builder().kind(AssessmentKind.LABOUR_MARKET_NEEDS).scope(AssessmentScope.DESTINATION).build());
    assertOutcome(Outcome.MET, bothSides, "SMP-DATA-001");
    Partnership destinationOnly = GOOD.withAssessments(Assessment.builder().kind(AssessmentKind.LABOUR_MARKET_NEEDS)
        .scope(AssessmentScope.DESTINATION).build());
    assertOutcome(Outcome.GAP, destinationOnly, "SMP-DATA-001");
    assertOutcome(Outcome.GAP, GOOD.withAssessments(List.of()), "SMP-DATA-001");
  }

  @Test
  void dataSources() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DATA-002");
    assertOutcome(Outcome.GAP, GOOD.withDataSources(List.of()), "SMP-DATA-002");
  }

  @Test
  void monitoringIndicators() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DATA-003");
    assertOutcome(Outcome.GAP, GOOD.withMonitoring(Optional.empty()), "SMP-DATA-003");
    assertOutcome(Outcome.GAP, indicators(), "SMP-DATA-003");
  }

  @Test
  void measurementPointsFollowParticipants() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DATA-004");
    assertOutcome(Outcome.GAP, GOOD.withMonitoring(Optional.empty()), "SMP-DATA-004");
    // migration is circular: returnees should be followed
    assertOutcome(Outcome.GAP, indicators(indicator(ImpactCategory.SKILLS, Optional.of(true),
        MeasurementPoint.BEFORE_TRAINING, MeasurementPoint.DURING_EMPLOYMENT)), "SMP-DATA-004");
    assertOutcome(Outcome.MET, indicators(indicator(ImpactCategory.SKILLS, Optional.of(true),
        MeasurementPoint.BEFORE_TRAINING, MeasurementPoint.DURING_EMPLOYMENT))
        .withMigrationTypes(MigrationType.PERMANENT), "SMP-DATA-004");
    assertOutcome(Outcome.GAP, indicators(indicator(ImpactCategory.SKILLS, Optional.of(true),
        MeasurementPoint.AFTER_RETURN)), "SMP-DATA-004");
    assertOutcome(Outcome.GAP, indicators(indicator(ImpactCategory.SKILLS, Optional.of(true),
        MeasurementPoint.BEFORE_TRAINING, MeasurementPoint.END_OF_TRAINING)).withMigrationTypes(
        MigrationType.PERMANENT), "SMP-DATA-004");
  }

  @Test
  void measurementPointsAreAboutMonitoringNotReturnSupport() {
    Rule rule = eval(GOOD, "SMP-DATA-004").rule();
    assertFalse(rule.reads("/training/0/timings"));
    assertFalse(rule.reads("/socialProvisions/0/kind"));
    assertTrue(rule.rationale().orElseThrow().contains("SMP-SOC-001"));
  }

  @Test
  void sexDisaggregationIsTracedToTheGenderRecommendation() {
    assertEquals(9, eval(GOOD, "SMP-DATA-005").rule().chapter());
    assertOutcome(Outcome.MET, GOOD, "SMP-DATA-005");
  }

  @Test
  void indicatorsNotRecordedAsBrokenDownBySexAreAnOpenQuestion() {
    // issue 9: sexDisaggregated used to default to false
    assertOutcome(Outcome.GAP, indicators(indicator(ImpactCategory.SKILLS, Optional.empty())), "SMP-DATA-005");
    assertOutcome(Outcome.GAP, indicators(indicator(ImpactCategory.SKILLS, Optional.of(false)),
        indicator(ImpactCategory.OUTPUTS, Optional.empty())), "SMP-DATA-005");
    // only system-level indicators: which indicators count people?
    assertOutcome(Outcome.GAP, indicators(indicator(ImpactCategory.SYSTEMS, Optional.of(false))), "SMP-DATA-005");
    assertOutcome(Outcome.GAP, GOOD.withMonitoring(Optional.empty()), "SMP-DATA-005");
  }

  @Test
  void peopleIndicatorsAllRecordedAsNotBrokenDownBySexAreABreach() {
    Evaluation e = eval(indicators(indicator(ImpactCategory.SYSTEMS, Optional.empty()),
        indicator(ImpactCategory.OUTPUTS, Optional.of(false))), "SMP-DATA-005");
    assertEquals(Outcome.BREACH, e.outcome(), e::toString);
    assertEquals(Optional.of(Severity.WARNING), e.severity());
    assertEquals(List.of("/monitoring/indicators/1/category", "/monitoring/indicators/1/sexDisaggregated"),
        evidence(e));
  }

  @Test
  void systemIndicators() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DATA-006");
    assertOutcome(Outcome.MET, indicators(indicator(ImpactCategory.BUSINESSES, Optional.empty())), "SMP-DATA-006");
    assertOutcome(Outcome.GAP, indicators(indicator(ImpactCategory.SKILLS, Optional.of(true))), "SMP-DATA-006");
    assertOutcome(Outcome.GAP, GOOD.withMonitoring(Optional.empty()), "SMP-DATA-006");
  }

  @Test
  void evaluationOfAFinishedScheme() {
    assertOutcome(Outcome.NOT_APPLICABLE, GOOD, "SMP-DATA-007");
    Partnership completed = GOOD.withStatus(PartnershipStatus.COMPLETED);
    assertOutcome(Outcome.MET, completed, "SMP-DATA-007");
    assertOutcome(Outcome.GAP, completed.withMonitoring(MonitoringFramework.builder().build()), "SMP-DATA-007");
    assertOutcome(Outcome.GAP, completed.withMonitoring(Optional.empty()), "SMP-DATA-007");
  }

  @Test
  void actualParticipantNumbers() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DATA-008");
    assertOutcome(Outcome.NOT_APPLICABLE, GOOD.withStatus(PartnershipStatus.PLANNED), "SMP-DATA-008");
    assertOutcome(Outcome.NOT_APPLICABLE, GOOD.withStatus(PartnershipStatus.NOT_IMPLEMENTED), "SMP-DATA-008");
    assertOutcome(Outcome.GAP, GOOD.withParticipants(List.of()), "SMP-DATA-008");
    assertOutcome(Outcome.GAP, figures(ParticipantFigure.builder().kind(FigureKind.TRAINED)
        .planned(Count.exactly(100)).build()), "SMP-DATA-008");
  }

  @Test
  void figuresThatSeemToDisagreeAreAQuestionAboutTheRecordNotABreach() {
    Evaluation e = eval(figures(actual(FigureKind.SELECTED, 100, Optional.empty()),
        actual(FigureKind.MIGRATED, 120, Optional.empty())), "SMP-DATA-008");
    assertEquals(Outcome.GAP, e.outcome(), e::toString);
    assertEquals(Severity.WARNING, e.rule().severity());
    // estimates are not compared
    assertOutcome(Outcome.MET, figures(ParticipantFigure.builder().kind(FigureKind.SELECTED).actual(Count.about(100))
        .build(), actual(FigureKind.MIGRATED, 105, Optional.empty())), "SMP-DATA-008");
    // figures of different dates may both be right
    assertOutcome(Outcome.MET, figures(actual(FigureKind.SELECTED, 100, Optional.of(PartialDate.ofYear(2020))),
        actual(FigureKind.MIGRATED, 120, Optional.of(PartialDate.ofYear(2023)))), "SMP-DATA-008");
  }

  @Test
  void matchingProcess() {
    assertOutcome(Outcome.GAP, GOOD, "SMP-DATA-009");
    Partnership defined = GOOD.withProcedures(Procedure.builder().phase(MigrationPhase.PRE_DEPARTURE)
        .kind(ProcedureKind.JOB_MATCHING).responsible(GoodPractice.ORIGIN_LABOUR).build());
    assertOutcome(Outcome.MET, defined, "SMP-DATA-009");
    Partnership unassigned = GOOD.withProcedures(Procedure.builder().phase(MigrationPhase.ARRIVAL)
        .kind(ProcedureKind.JOB_MATCHING).build());
    assertOutcome(Outcome.GAP, unassigned, "SMP-DATA-009");
    assertEquals(5, eval(GOOD, "SMP-DATA-009").rule().chapter());
  }

  // --- SMP-DATA-010 -------------------------------------------------------------------------------

  @Test
  void labourMigrationInTheLabourMarketInformationSystemReachesEveryOutcome() {
    String id = "SMP-DATA-010";
    Partnership good = GoodPractice.exemplary();
    CostRulesTest.assertOutcome(Outcome.MET, good, id);
    io.github.smpkit.core.evidence.DataSource lmis = io.github.smpkit.core.evidence.DataSource.builder()
        .kind(io.github.smpkit.core.evidence.DataSourceKind.LABOUR_MARKET_INFORMATION_SYSTEM).build();
    io.github.smpkit.core.evidence.DataSource survey = io.github.smpkit.core.evidence.DataSource.of(
        io.github.smpkit.core.evidence.DataSourceKind.LABOUR_FORCE_SURVEY);
    CostRulesTest.assertOutcome(Outcome.GAP, good.withDataSources(survey), id);
    CostRulesTest.assertOutcome(Outcome.GAP, good.withDataSources(survey, lmis), id);
    CostRulesTest.assertBreach(good.withDataSources(survey, lmis.withIncludesLabourMigration(false)), id,
        Severity.WARNING, "/dataSources/1/kind", "/dataSources/1/includesLabourMigration");
    CostRulesTest.assertOutcome(Outcome.GAP, good.withDataSources(lmis, lmis.withIncludesLabourMigration(false)), id);
  }

  // --- SMP-DATA-011 -------------------------------------------------------------------------------

  @Test
  void socialPartnersIdentifyingSkillNeedsIsMetOrAnOpenQuestion() {
    String id = "SMP-DATA-011";
    Partnership good = GoodPractice.exemplary();
    CostRulesTest.assertOutcome(Outcome.MET, good, id);
    Partnership noRole = good.withStakeholders(good.stakeholders().stream().map(s -> s.withRoles(Edits.minus(s.roles(),
        io.github.smpkit.core.party.StakeholderRole.SKILL_NEEDS_IDENTIFICATION))).collect(Collectors.toList()));
    CostRulesTest.assertOutcome(Outcome.GAP, noRole, id);
    // a ministry identifying skill needs is not a social partner
    Partnership ministry = noRole.withStakeholders(noRole.stakeholders().stream().map(s -> s.type()
        == io.github.smpkit.core.party.StakeholderType.LABOUR_MINISTRY ? s.withRoles(
            io.github.smpkit.core.party.StakeholderRole.SKILL_NEEDS_IDENTIFICATION) : s).collect(Collectors.toList()));
    CostRulesTest.assertOutcome(Outcome.GAP, ministry, id);
  }

  // --- what each finding says and where -----------------------------------------------------------

  /** The message keys of a rule's findings, in order, each with its path. */
  private static List<String> keys(Partnership p, String id) {
    return eval(p, id).findings().stream().map(f -> f.messageKey().orElse("-") + " at " + f.path())
        .collect(Collectors.toList());
  }

  private static Assessment needs(AssessmentKind kind, AssessmentScope scope) {
    return Assessment.builder().kind(kind).scope(scope).build();
  }

  @Test
  void needsAssessedAsksForTheSideThatIsMissing() {
    String id = "SMP-DATA-001";
    assertEquals(List.of("SMP-DATA-001.gap.destination at /assessments"), keys(GOOD.withAssessments(
        needs(AssessmentKind.SKILLS_NEEDS, AssessmentScope.ORIGIN)), id));
    assertEquals(List.of("SMP-DATA-001.gap.origin at /assessments"), keys(GOOD.withAssessments(
        needs(AssessmentKind.LABOUR_MARKET_NEEDS, AssessmentScope.DESTINATION)), id));
    assertEquals(List.of("SMP-DATA-001.met.both at /assessments"), keys(GOOD.withAssessments(
        needs(AssessmentKind.LABOUR_MARKET_NEEDS, AssessmentScope.DESTINATION),
        needs(AssessmentKind.SKILLS_NEEDS, AssessmentScope.ORIGIN)), id));
    assertEquals(List.of("SMP-DATA-001.met.joint at /assessments"), keys(GOOD, id));
    // other assessments, even joint ones, are no needs assessment
    assertEquals(List.of("SMP-DATA-001.gap.none at /assessments"), keys(GOOD.withAssessments(
        needs(AssessmentKind.FEASIBILITY, AssessmentScope.JOINT), needs(AssessmentKind.COST_BENEFIT,
            AssessmentScope.ORIGIN)), id));
  }

  @Test
  void noIndicatorsAreAskedForWhereTheyBelong() {
    assertEquals(List.of("SMP-DATA-003.gap at /monitoring"), keys(GOOD.withMonitoring(Optional.empty()),
        "SMP-DATA-003"));
    assertEquals(List.of("SMP-DATA-003.gap at /monitoring/indicators"), keys(indicators(), "SMP-DATA-003"));
    assertEquals(List.of(2), eval(GOOD, "SMP-DATA-003").findings().get(0).messageArguments());
  }

  @Test
  void measurementPointsAreOneFindingPerQuestion() {
    String id = "SMP-DATA-004";
    String at = " at /monitoring/indicators";
    assertEquals(List.of("SMP-DATA-004.met.baseline" + at, "SMP-DATA-004.met.return" + at), keys(GOOD, id));
    // a framework without indicators measures nothing
    assertEquals(List.of("SMP-DATA-004.gap.none" + at), keys(indicators(), id));
    assertEquals(List.of("SMP-DATA-004.met.baseline" + at, "SMP-DATA-004.met.employment" + at,
        "SMP-DATA-004.gap.return" + at), keys(indicators(indicator(ImpactCategory.SKILLS, Optional.of(true),
            MeasurementPoint.BEFORE_TRAINING, MeasurementPoint.DURING_EMPLOYMENT)), id));
    assertEquals(List.of("SMP-DATA-004.gap.baseline" + at, "SMP-DATA-004.met.return" + at),
        keys(indicators(indicator(ImpactCategory.SKILLS, Optional.of(true), MeasurementPoint.AFTER_RETURN)), id));
    assertEquals(List.of("SMP-DATA-004.met.baseline" + at, "SMP-DATA-004.gap.followed" + at,
        "SMP-DATA-004.gap.temporary at /migrationTypes"), keys(indicators(indicator(ImpactCategory.SKILLS,
            Optional.of(true), MeasurementPoint.BEFORE_TRAINING, MeasurementPoint.END_OF_TRAINING))
        .withMigrationTypes(List.of()), id));
  }

  @Test
  void theEvaluationsOfAFinishedSchemeAreNamed() {
    Evaluation e = eval(GOOD.withStatus(PartnershipStatus.DISCONTINUED), "SMP-DATA-007");
    assertEquals(List.of("mid-term, final"), e.findings().get(0).messageArguments());
    assertEquals(List.of("scaling up"), eval(GOOD.withStatus(PartnershipStatus.SCALING_UP)
        .withMonitoring(Optional.empty()), "SMP-DATA-007").findings().get(0).messageArguments());
  }

  @Test
  void participantFiguresAreAskedForWhenNoneOrOnlyPlannedOnesAreRecorded() {
    assertEquals(List.of("SMP-DATA-008.gap.none at /participants"), keys(GOOD.withParticipants(List.of()),
        "SMP-DATA-008"));
    assertEquals(List.of("SMP-DATA-008.gap.planned at /participants"), keys(figures(ParticipantFigure.builder()
        .kind(FigureKind.TRAINED).planned(Count.exactly(100)).build()), "SMP-DATA-008"));
  }

  @Test
  void eachPairOfFiguresThatCannotBothBeRightIsAQuestion() {
    Optional<PartialDate> none = Optional.empty();
    // as many migrated as selected is consistent
    assertEquals(List.of("SMP-DATA-008.met at /participants"), keys(figures(actual(FigureKind.SELECTED, 100, none),
        actual(FigureKind.MIGRATED, 100, none)), "SMP-DATA-008"));
    Evaluation returned = eval(figures(actual(FigureKind.MIGRATED, 50, none), actual(FigureKind.RETURNED, 51, none)),
        "SMP-DATA-008");
    assertEquals(Outcome.GAP, returned.outcome());
    Finding f = returned.findings().get(1);
    assertEquals("/participants/1/actual", f.path());
    assertEquals(List.of("returned", Count.exactly(51), "migrated", Count.exactly(50)), f.messageArguments());
    Evaluation certified = eval(figures(actual(FigureKind.TRAINED, 10, none), actual(FigureKind.CERTIFIED, 11, none)),
        "SMP-DATA-008");
    assertEquals(List.of("SMP-DATA-008.met at /participants", "SMP-DATA-008.gap.figures at /participants/1/actual"),
        certified.findings().stream().map(x -> x.messageKey().orElseThrow() + " at " + x.path())
            .collect(Collectors.toList()));
  }

  @Test
  void theFirstMatchingProcessWithNoOneResponsibleIsAskedAbout() {
    Procedure unassigned = Procedure.builder().phase(MigrationPhase.PRE_DEPARTURE).kind(ProcedureKind.JOB_MATCHING)
        .build();
    assertEquals(List.of("SMP-DATA-009.gap.responsible at /procedures/0/responsible"), keys(GOOD.withProcedures(
        unassigned, unassigned.withPhase(MigrationPhase.ARRIVAL)), "SMP-DATA-009"));
    assertEquals(List.of("SMP-DATA-009.gap.none at /procedures"), keys(GOOD, "SMP-DATA-009"));
  }
}
