package io.github.smpkit.rules;

import static io.github.smpkit.rules.RecognitionRulesTest.assertOutcome;
import static io.github.smpkit.rules.RecognitionRulesTest.evaluate;
import static io.github.smpkit.core.social.SocialProvisionKind.DOUBLE_TAXATION_AGREEMENT;
import static io.github.smpkit.core.social.SocialProvisionKind.FAMILY_REUNIFICATION;
import static io.github.smpkit.core.social.SocialProvisionKind.FAMILY_VISITS;
import static io.github.smpkit.core.social.SocialProvisionKind.GENDER_SAFEGUARDS;
import static io.github.smpkit.core.social.SocialProvisionKind.HEALTH_COVERAGE;
import static io.github.smpkit.core.social.SocialProvisionKind.HOUSING;
import static io.github.smpkit.core.social.SocialProvisionKind.INTEGRATION_SUPPORT;
import static io.github.smpkit.core.social.SocialProvisionKind.OCCUPATIONAL_SAFETY_AND_HEALTH;
import static io.github.smpkit.core.social.SocialProvisionKind.REMITTANCE_SERVICES;
import static io.github.smpkit.core.social.SocialProvisionKind.RETURN_AND_REINTEGRATION_SUPPORT;
import static io.github.smpkit.core.social.SocialProvisionKind.SOCIAL_SECURITY_PORTABILITY;
import static io.github.smpkit.core.social.SocialProvisionKind.SOFT_LANDING;
import static io.github.smpkit.core.social.SocialProvisionKind.SOGIESC_SAFEGUARDS;
import static io.github.smpkit.core.social.SocialProvisionKind.SPOUSE_LABOUR_MARKET_ACCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.social.SocialProvision;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.training.TrainingTiming;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.Occupation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of element 7, social aspects of employment and mobility (ch. 9): each outcome they can reach. */
class SocialRulesTest {

  private static Partnership exemplary() {
    return GoodPractice.exemplary();
  }

  private static Partnership remote() {
    return exemplary().withMobilityModes(MobilityMode.REMOTE);
  }

  /** Every recorded sign of return support taken away. */
  private static Partnership noReturnSupport(Partnership p) {
    Partnership q = Edits.noProcedurePhase(Edits.noSocial(p, RETURN_AND_REINTEGRATION_SUPPORT),
        MigrationPhase.RETURN_AND_REINTEGRATION);
    q = Edits.noProcedureKind(q, ProcedureKind.SKILLS_VERIFICATION_ON_RETURN);
    q = Edits.training(q, t -> t.withTimings(Edits.minus(t.timings(), TrainingTiming.ON_RETURN)));
    return q.withStakeholders(Edits.map(q.stakeholders(), s -> s.withMigrationPhases(List.of())));
  }

  @Test
  void soc001ReturnSupportIsMetByAnyRecordedSupport() {
    String id = "SMP-SOC-001";
    assertOutcome(Outcome.MET, id, exemplary());
    Partnership none = noReturnSupport(exemplary());
    assertOutcome(Outcome.GAP, id, none);
    // training scheduled on return counts as return support (issue 9)
    Partnership training = Edits.training(none, t -> t.withTimings(TrainingTiming.ON_RETURN));
    assertOutcome(Outcome.MET, id, training);
    assertEquals("/training/0/timings", evaluate(id, training).findings().get(0).path());
    // so does a mapped procedure of the return phase
    assertOutcome(Outcome.MET, id, none.withProcedures(Procedure.builder()
        .phase(MigrationPhase.RETURN_AND_REINTEGRATION).kind(ProcedureKind.JOB_MATCHING).build()));
    assertOutcome(Outcome.NOT_APPLICABLE, id, none.withMigrationTypes(MigrationType.PERMANENT));
    assertOutcome(Outcome.GAP, id, none.withMigrationTypes(List.of()));
    assertOutcome(Outcome.NOT_APPLICABLE, id, remote());
  }

  @Test
  void soc001RecordingOtherSocialProvisionsNeverMakesMissingReturnSupportABreach() {
    // issue 9: nz-rse, gecco and thamm record other provisions; SMP-SOC-001 called that an ERROR
    Partnership seasonal = noReturnSupport(exemplary()).withMigrationTypes(MigrationType.SEASONAL, MigrationType.CIRCULAR)
        .withSocialProvisions(List.of());
    assertOutcome(Outcome.GAP, "SMP-SOC-001", seasonal);
    Partnership more = seasonal.withSocialProvisions(SocialProvision.of(HOUSING), SocialProvision.of(HEALTH_COVERAGE),
        SocialProvision.builder().kind(SocialProvisionKind.OTHER).description("Pastoral care").build());
    assertOutcome(Outcome.GAP, "SMP-SOC-001", more);
    assertTrue(PartnershipValidator.builder().ruleSets("iom-smp", "blma").build().validate(more).breaches().stream()
        .noneMatch(f -> f.ruleId().equals("SMP-SOC-001")));
  }

  @Test
  void soc002FamilyReunificationAndVisits() {
    String id = "SMP-SOC-002";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.noSocial(exemplary(), FAMILY_REUNIFICATION, FAMILY_VISITS));
    assertOutcome(Outcome.GAP, id, Edits.noSocial(exemplary(), SPOUSE_LABOUR_MARKET_ACCESS));
    assertOutcome(Outcome.MET, id, Edits.noSocial(exemplary(), FAMILY_REUNIFICATION, SPOUSE_LABOUR_MARKET_ACCESS));
    assertOutcome(Outcome.NOT_APPLICABLE, id, remote());
  }

  @Test
  void soc003PortabilityAndDoubleTaxation() {
    String id = "SMP-SOC-003";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.noSocial(exemplary(), SOCIAL_SECURITY_PORTABILITY));
    assertOutcome(Outcome.GAP, id, Edits.noSocial(exemplary(), DOUBLE_TAXATION_AGREEMENT));
    assertOutcome(Outcome.NOT_APPLICABLE, id, remote());
  }

  @Test
  void soc004ArrivalAndIntegration() {
    String id = "SMP-SOC-004";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.noSocial(exemplary(), SOFT_LANDING, INTEGRATION_SUPPORT, HOUSING));
    assertOutcome(Outcome.NOT_APPLICABLE, id, remote());
  }

  @Test
  void soc005GenderAnalysis() {
    String id = "SMP-SOC-005";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.noAssessment(exemplary(), AssessmentKind.GENDER_ANALYSIS));
  }

  @Test
  void soc006SafeguardsForWomenAndDiverseSogiesc() {
    String id = "SMP-SOC-006";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.noSocial(exemplary(), GENDER_SAFEGUARDS));
    assertOutcome(Outcome.GAP, id, Edits.noSocial(exemplary(), SOGIESC_SAFEGUARDS));
  }

  @Test
  void soc007RemittancesAndSavingsMergedWithTheBlmaRule() {
    String id = "SMP-SOC-007";
    assertOutcome(Outcome.MET, id, exemplary());
    Partnership none = Edits.training(Edits.noStakeholder(Edits.noSocial(exemplary(), REMITTANCE_SERVICES),
        StakeholderType.FINANCIAL_SERVICE_PROVIDER), t -> t.withContents(Edits.minus(t.contents(),
        TrainingContent.FINANCIAL_LITERACY)));
    assertOutcome(Outcome.GAP, id, none);
    assertOutcome(Outcome.MET, id, Edits.noSocial(exemplary(), REMITTANCE_SERVICES));
    assertTrue(PartnershipValidator.catalogue().stream().noneMatch(r -> r.id().equals("SMP-BLMA-004")));
  }

  @Test
  void soc008HealthCoverage() {
    String id = "SMP-SOC-008";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.MET, id, Edits.noSocial(exemplary(), HEALTH_COVERAGE)); // the HEALTH procedure
    assertOutcome(Outcome.GAP, id, Edits.noProcedureKind(Edits.noSocial(exemplary(), HEALTH_COVERAGE),
        ProcedureKind.HEALTH));
    assertOutcome(Outcome.NOT_APPLICABLE, id, remote());
  }

  @Test
  void blma001CitesTheBlmaGuidanceAndLivesInTheBlmaSetOnly() {
    String id = "SMP-BLMA-001";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.noSocial(exemplary(), OCCUPATIONAL_SAFETY_AND_HEALTH));
    assertOutcome(Outcome.NOT_APPLICABLE, id, remote());
    Rule rule = PartnershipValidator.catalogue().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    assertTrue(rule.source().contains("Guidance on Bilateral Labour Migration Agreements"), rule.source());
    assertTrue(rule.source().contains("No. 155"), rule.source());
    assertTrue(PartnershipValidator.ruleSet("blma").contains(id));
    for (String set : List.of("iom-smp", "ethical-recruitment", "global-skill-partnership")) {
      assertFalse(PartnershipValidator.ruleSet(set).contains(id), set);
    }
  }

  // --- SMP-SOC-009 --------------------------------------------------------------------------------

  @Test
  void aspirationsStudiedIsMetOrAnOpenQuestion() {
    Partnership good = GoodPractice.exemplary();
    CostRulesTest.assertOutcome(Outcome.MET, good, "SMP-SOC-009");
    CostRulesTest.assertOutcome(Outcome.GAP, Edits.noAssessment(good, AssessmentKind.ASPIRATIONS), "SMP-SOC-009");
  }

  // --- SMP-SOC-010 --------------------------------------------------------------------------------

  @Test
  void participantsToldThatTrainingDoesNotGuaranteeTravelReachesEveryOutcome() {
    String id = "SMP-SOC-010";
    Partnership good = GoodPractice.exemplary();
    CostRulesTest.assertOutcome(Outcome.MET, good, id);
    Partnership unknown = good.withUncertaintyDisclosed(java.util.Optional.empty());
    CostRulesTest.assertOutcome(Outcome.GAP, unknown, id);
    Partnership homeOnly = Edits.training(good, t -> t.withTrack(io.github.smpkit.core.training.Track.HOME));
    CostRulesTest.assertOutcome(Outcome.NOT_APPLICABLE, homeOnly.withUncertaintyDisclosed(false), id);
    CostRulesTest.assertOutcome(Outcome.GAP, good.withUncertaintyDisclosed(false).withTraining(java.util.List.of()),
        id);
    // the exemplary training: one dual-track course (BOTH)
    CostRulesTest.assertBreach(good.withUncertaintyDisclosed(false), id, Severity.WARNING, "/uncertaintyDisclosed",
        "/training/0/track");
  }

  // --- every finding pinned (PIT: the paths, the arguments and each provision's own finding) ----------

  private static List<String> lines(Partnership p, String id) {
    return FindingLines.of(p, id);
  }

  private static Procedure procedure(MigrationPhase phase, ProcedureKind kind) {
    return Procedure.builder().phase(phase).kind(kind).build();
  }

  @Test
  void soc001PointsAtTheFirstRecordedReturnSupport() {
    String id = "SMP-SOC-001";
    assertEquals(List.of("met /socialProvisions/10 [a return and reintegration provision]"), lines(exemplary(), id));
    assertEquals(List.of("met /socialProvisions/0 [a return and reintegration provision]"), lines(exemplary()
        .withSocialProvisions(SocialProvision.of(RETURN_AND_REINTEGRATION_SUPPORT)), id));
    Partnership none = noReturnSupport(exemplary());
    assertEquals(List.of("met /procedures/1 [a mapped procedure on return]"), lines(none.withProcedures(
        procedure(MigrationPhase.PRE_DEPARTURE, ProcedureKind.RECRUITMENT),
        procedure(MigrationPhase.RETURN_AND_REINTEGRATION, ProcedureKind.JOB_MATCHING)), id));
    assertEquals(List.of("met /procedures/1 [a mapped procedure on return]"), lines(none.withProcedures(
        procedure(MigrationPhase.PRE_DEPARTURE, ProcedureKind.RECRUITMENT),
        procedure(MigrationPhase.ARRIVAL, ProcedureKind.SKILLS_VERIFICATION_ON_RETURN)), id));
    assertEquals(List.of("met /training/0/timings [training on return]"), lines(Edits.training(none,
        t -> t.withTimings(TrainingTiming.ON_RETURN)), id));
    assertEquals(List.of("met /stakeholders/2/migrationPhases [a stakeholder active in the return phase]"),
        lines(none.withStakeholders(Edits.map(none.stakeholders(), s -> s.name().equals("GP chamber NG")
            ? s.withMigrationPhases(MigrationPhase.RETURN_AND_REINTEGRATION) : s)), id));
  }

  @Test
  void soc001AsksAboutReturnNamingTheTemporaryTypes() {
    String id = "SMP-SOC-001";
    Partnership none = noReturnSupport(exemplary());
    assertEquals(List.of("gap.return /socialProvisions [circular]"), lines(none, id));
    assertEquals(List.of("gap.return /socialProvisions [short-term, permanent]"), lines(none.withMigrationTypes(
        MigrationType.SHORT_TERM, MigrationType.PERMANENT), id));
    assertEquals(List.of("gap.types /socialProvisions []"), lines(none.withMigrationTypes(List.of()), id));
    assertOutcome(Outcome.NOT_APPLICABLE, id, none.withMigrationTypes(MigrationType.LONGER_TERM));
  }

  @Test
  void soc002FamilyFindingsAndTheSpousesQuestion() {
    String id = "SMP-SOC-002";
    assertEquals(List.of("met.family /socialProvisions/0 [family reunification]"), lines(exemplary(), id));
    assertEquals(List.of("met.family /socialProvisions/0 [family visits]"), lines(Edits.noSocial(exemplary(),
        FAMILY_REUNIFICATION), id));
    assertEquals(List.of("met.family /socialProvisions/0 [family reunification]", "gap.spouses /socialProvisions []"),
        lines(Edits.noSocial(exemplary(), SPOUSE_LABOUR_MARKET_ACCESS), id));
    assertEquals(List.of("met.family /socialProvisions/1 [family reunification]"), lines(exemplary()
        .withSocialProvisions(SocialProvision.of(SPOUSE_LABOUR_MARKET_ACCESS), SocialProvision.of(FAMILY_REUNIFICATION)),
        id));
    assertEquals(List.of("met.family /socialProvisions/1 [family reunification]", "gap.spouses /socialProvisions []"),
        lines(exemplary().withSocialProvisions(SocialProvision.of(HOUSING), SocialProvision.of(FAMILY_REUNIFICATION)),
            id));
    assertEquals(List.of("gap.family /socialProvisions []"), lines(Edits.noSocial(exemplary(), FAMILY_REUNIFICATION,
        FAMILY_VISITS), id));
  }

  @Test
  void soc003AsksAboutPortabilityAndTaxSeparately() {
    String id = "SMP-SOC-003";
    assertEquals(List.of("met.security /socialProvisions/3 [social security portability]",
        "met.tax /socialProvisions/4 [double taxation agreement]"), lines(exemplary(), id));
    assertEquals(List.of("gap.security /socialProvisions []", "met.tax /socialProvisions/3 [double taxation"
        + " agreement]"), lines(Edits.noSocial(exemplary(), SOCIAL_SECURITY_PORTABILITY), id));
    assertEquals(List.of("met.security /socialProvisions/3 [social security portability]",
        "gap.tax /socialProvisions []"), lines(Edits.noSocial(exemplary(), DOUBLE_TAXATION_AGREEMENT), id));
  }

  @Test
  void soc004TakesTheFirstArrivalProvisionInItsOrder() {
    String id = "SMP-SOC-004";
    assertEquals(List.of("met.arrival /socialProvisions/5 [soft landing]"), lines(exemplary(), id));
    assertEquals(List.of("met.arrival /socialProvisions/5 [integration support]"), lines(Edits.noSocial(exemplary(),
        SOFT_LANDING), id));
    assertEquals(List.of("met.arrival /socialProvisions/9 [housing]"), lines(Edits.noSocial(exemplary(),
        SOFT_LANDING, INTEGRATION_SUPPORT), id));
    assertEquals(List.of("gap.arrival /socialProvisions []"), lines(Edits.noSocial(exemplary(), SOFT_LANDING,
        INTEGRATION_SUPPORT, HOUSING), id));
  }

  @Test
  void soc005AndSoc009PointAtTheirAssessment() {
    assertEquals(List.of("met /assessments/2 []"), lines(exemplary(), "SMP-SOC-005"));
    assertEquals(List.of("gap /assessments []"), lines(Edits.noAssessment(exemplary(), AssessmentKind.GENDER_ANALYSIS),
        "SMP-SOC-005"));
    assertEquals(List.of("met /assessments/5 []"), lines(exemplary(), "SMP-SOC-009"));
    assertEquals(List.of("gap /assessments []"), lines(Edits.noAssessment(exemplary(), AssessmentKind.ASPIRATIONS),
        "SMP-SOC-009"));
  }

  @Test
  void soc006AsksAboutWomenInCareWorkWithItsRisks() {
    String id = "SMP-SOC-006";
    assertEquals(List.of("met.women /socialProvisions/8 [gender safeguards]",
        "met.sogiesc /socialProvisions/9 [sogiesc safeguards]"), lines(exemplary(), id));
    Partnership noWomen = Edits.noSocial(exemplary(), GENDER_SAFEGUARDS);
    assertEquals(List.of("gap.women /socialProvisions []", "met.sogiesc /socialProvisions/8 [sogiesc safeguards]"),
        lines(noWomen, id));
    Partnership care = noWomen.withOccupations(Occupation.of(IscoCode.of("5322")));
    assertEquals(List.of("gap.care /socialProvisions []", "met.sogiesc /socialProvisions/8 [sogiesc safeguards]"),
        lines(care, id));
    assertEquals(List.of("met.women /socialProvisions/8 [gender safeguards]", "gap.sogiesc /socialProvisions []"),
        lines(Edits.noSocial(exemplary(), SOGIESC_SAFEGUARDS), id));
  }

  @Test
  void soc007IsMetByAServiceAProviderOrFinancialLiteracyInThatOrder() {
    String id = "SMP-SOC-007";
    assertEquals(List.of("met.remittances /socialProvisions/7 [remittance services]"), lines(exemplary(), id));
    Partnership noService = Edits.noSocial(exemplary(), REMITTANCE_SERVICES);
    assertEquals(List.of("met.provider /stakeholders/11 [GP bank]"), lines(noService, id));
    Partnership noProvider = Edits.noStakeholder(noService, StakeholderType.FINANCIAL_SERVICE_PROVIDER);
    assertEquals(List.of("met.literacy /training/0/contents [GP dual-track course]"), lines(noProvider, id));
    assertEquals(List.of("gap.remittances /socialProvisions []"), lines(Edits.training(noProvider,
        t -> t.withContents(Edits.minus(t.contents(), TrainingContent.FINANCIAL_LITERACY))), id));
  }

  @Test
  void soc008AndBlma001PointAtTheirProvision() {
    assertEquals(List.of("met.health /socialProvisions/12 [health coverage]"), lines(exemplary(), "SMP-SOC-008"));
    Partnership noCover = Edits.noSocial(exemplary(), HEALTH_COVERAGE);
    assertEquals(List.of("met.procedure /procedures/3 []"), lines(noCover, "SMP-SOC-008"));
    assertEquals(List.of("gap.health /socialProvisions []"), lines(Edits.noProcedureKind(noCover,
        ProcedureKind.HEALTH), "SMP-SOC-008"));
    assertEquals(List.of("met.safety /socialProvisions/14 [occupational safety and health]"), lines(exemplary(),
        "SMP-BLMA-001"));
    assertEquals(List.of("gap.safety /socialProvisions []"), lines(Edits.noSocial(exemplary(),
        OCCUPATIONAL_SAFETY_AND_HEALTH), "SMP-BLMA-001"));
  }

  @Test
  void soc010EvidenceNamesOnlyTheComponentsThatTrainForWorkAbroad() {
    String id = "SMP-SOC-010";
    assertEquals(List.of("met /uncertaintyDisclosed []"), lines(exemplary(), id));
    TrainingComponent course = exemplary().training().get(0);
    Partnership three = exemplary().withUncertaintyDisclosed(false).withTraining(course,
        course.withName("Home course").withTrack(Track.HOME), course.withName("Away course").withTrack(Track.AWAY));
    assertEquals(List.of("breach WARNING /uncertaintyDisclosed [] [/uncertaintyDisclosed = false, /training/0/track"
        + " = BOTH, /training/2/track = AWAY]"), lines(three, id));
    assertEquals(List.of("gap.training /training []"), lines(exemplary().withUncertaintyDisclosed(false)
        .withTraining(List.of()), id));
    assertEquals(List.of("gap.disclosed /uncertaintyDisclosed []"), lines(exemplary().withUncertaintyDisclosed(
        Optional.empty()), id));
    assertEquals(List.of("gap.disclosed /uncertaintyDisclosed []"), lines(exemplary().withUncertaintyDisclosed(
        Optional.empty()).withTraining(List.of()), id));
    assertOutcome(Outcome.NOT_APPLICABLE, id, Edits.training(exemplary(), t -> t.withTrack(Track.HOME))
        .withUncertaintyDisclosed(Optional.empty()));
  }
}
