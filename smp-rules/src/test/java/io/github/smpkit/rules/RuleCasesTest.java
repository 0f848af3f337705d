package io.github.smpkit.rules;

import static io.github.smpkit.rules.Edits.allCostsPaidBy;
import static io.github.smpkit.rules.Edits.costs;
import static io.github.smpkit.rules.Edits.noAssessment;
import static io.github.smpkit.rules.Edits.noLink;
import static io.github.smpkit.rules.Edits.noProcedureKind;
import static io.github.smpkit.rules.Edits.noProcedurePhase;
import static io.github.smpkit.rules.Edits.noRecognition;
import static io.github.smpkit.rules.Edits.noSafeguard;
import static io.github.smpkit.rules.Edits.noSocial;
import static io.github.smpkit.rules.Edits.noStakeholder;
import static io.github.smpkit.rules.Edits.objectives;
import static io.github.smpkit.rules.Edits.pathways;
import static io.github.smpkit.rules.Edits.training;
import static io.github.smpkit.rules.Edits.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.development.DevelopmentLinkKind;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.evidence.ImpactCategory;
import io.github.smpkit.core.evidence.MeasurementPoint;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.governance.Governance;
import io.github.smpkit.core.governance.GovernanceBody;
import io.github.smpkit.core.governance.GovernanceLayer;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.planning.Beneficiary;
import io.github.smpkit.core.planning.Horizon;
import io.github.smpkit.core.recognition.RecognitionMechanism;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.training.ProviderType;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.training.TrainingTiming;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FlexibilityAspect;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule has a case that makes it fire and one that keeps it quiet, both derived
 * from the exemplary partnership of {@link GoodPractice}; a test fails when a rule lacks either.
 */
class RuleCasesTest {

  private static final PartnershipValidator ALL = PartnershipValidator.builder().ruleSets("iom-smp", "blma").build();
  private static final Partnership BASE = GoodPractice.exemplary();
  private static final Map<String, UnaryOperator<Partnership>> FIRE = new LinkedHashMap<>();
  private static final Map<String, UnaryOperator<Partnership>> QUIET = new LinkedHashMap<>();

  private static void fire(String id, UnaryOperator<Partnership> edit) {
    FIRE.put(id, edit);
  }

  private static void quiet(String id, UnaryOperator<Partnership> edit) {
    QUIET.put(id, edit);
  }

  /** Rules that the exemplary partnership itself keeps quiet, with no specific quiet variant. */
  private static void quietAsIs(String... ids) {
    for (String id : ids) {
      QUIET.put(id, p -> p);
    }
  }

  private static Partnership gsp(Partnership p) {
    return Partnership.builder().from(p).addModels(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP).build();
  }

  private static Partnership health(Partnership p) {
    return Partnership.builder().from(p).addSectors(IsicCode.of("Q")).build();
  }

  private static Partnership withAgency(Partnership p) {
    return Partnership.builder().from(p).addStakeholders(GoodPractice.stakeholder("Agency", 
        StakeholderType.PRIVATE_RECRUITMENT_AGENCY, Country.of("NG"), StakeholderRole.RECRUITER)).build();
  }

  private static Partnership noDestinationTrainingFunds(Partnership p) {
    Partnership q = costs(p, c -> c.item() == CostItemKind.TRAINING_PROVIDER
        ? c.withShares(PayerShare.all(Payer.ORIGIN_GOVERNMENT)) : c);
    return q.withFundingSources(without(q.fundingSources(), f -> f.type() == Payer.DESTINATION_GOVERNMENT));
  }

  private static TimeFrame years(int from, int to) {
    return TimeFrame.builder().start(PartialDate.ofYear(from)).end(PartialDate.ofYear(to)).build();
  }

  private static Partnership figures(Partnership p, long selected, Count migrated) {
    return p.withParticipants(List.of(
        ParticipantFigure.builder().kind(FigureKind.SELECTED).actual(Count.exactly(selected)).build(),
        ParticipantFigure.builder().kind(FigureKind.MIGRATED).actual(migrated).build()));
  }

  static {
    // --- structure
    fire("SMP-STRUCT-001", p -> p.withTitle(" "));
    fire("SMP-STRUCT-002", p -> p.withId("Not An Id"));
    fire("SMP-STRUCT-003", p -> p.withTitle("x".repeat(301)));
    fire("SMP-STRUCT-004", p -> pathways(p, w -> w.withProcessingDays(5000)));
    quietAsIs("SMP-STRUCT-001", "SMP-STRUCT-002", "SMP-STRUCT-003", "SMP-STRUCT-004");

    // --- planning (ch. 3)
    fire("SMP-PLAN-000", p -> p.withObjectives(List.of()).withTimeFrame(Optional.empty()).withFlexibility(List.of()));
    fire("SMP-PLAN-001", p -> objectives(p, o -> o.withHorizon(Horizon.MEDIUM_TERM)));
    fire("SMP-PLAN-002", p -> objectives(p, o -> o.withSdgTargets(List.of())));
    fire("SMP-PLAN-003", p -> objectives(p, o -> o.withGcmObjectives(List.of())));
    fire("SMP-PLAN-004", p -> p.withFlexibility(List.of()));
    fire("SMP-PLAN-005", p -> noAssessment(p, AssessmentKind.FEASIBILITY));
    fire("SMP-PLAN-006", p -> objectives(p, o -> o.withBeneficiaries(Beneficiary.DESTINATION_COUNTRY,
        Beneficiary.EMPLOYERS)));
    fire("SMP-PLAN-007", p -> p.withPathways(List.of()));
    fire("SMP-PLAN-008", p -> p.withTimeFrame(years(2020, 2022)));
    fire("SMP-PLAN-009", p -> p.withTimeFrame(Optional.empty()));
    quietAsIs("SMP-PLAN-000", "SMP-PLAN-001", "SMP-PLAN-002", "SMP-PLAN-003", "SMP-PLAN-004", "SMP-PLAN-005");
    quiet("SMP-PLAN-006", p -> objectives(p, o -> o.withBeneficiaries(Beneficiary.ORIGIN_COUNTRY,
        Beneficiary.MIGRANTS)));
    quiet("SMP-PLAN-007", p -> training(p, t -> t.withTrack(Track.HOME)).withPathways(List.of()));
    quiet("SMP-PLAN-008", p -> p.withTimeFrame(years(2020, 2023)));
    quiet("SMP-PLAN-009", p -> p.withTimeFrame(TimeFrame.builder().start(PartialDate.ofYear(2024)).build()));

    // --- stakeholders (ch. 4)
    fire("SMP-STAKE-000", p -> p.withGovernance(Optional.empty()).withStakeholders(List.of()));
    fire("SMP-STAKE-002", p -> p.withGovernance(Optional.empty()).withStakeholders(without(p.stakeholders(),
        s -> !s.country().equals(Optional.of(Country.of("NG"))))));
    fire("SMP-STAKE-003", p -> noStakeholder(p, StakeholderType.MIGRATION_AGENCY));
    fire("SMP-STAKE-004", p -> noStakeholder(p, StakeholderType.EMPLOYER, StakeholderType.EMPLOYERS_ORGANISATION));
    fire("SMP-STAKE-005", p -> noStakeholder(p, StakeholderType.TRADE_UNION, StakeholderType.DIASPORA_ORGANISATION));
    fire("SMP-STAKE-006", p -> p.withGovernance(p.governance().get().withLead(Optional.empty()))
        .withStakeholders(Edits.map(p.stakeholders(), s -> s.withRoles(StakeholderRole.IMPLEMENTER))));
    fire("SMP-STAKE-007", p -> p.withGovernance(p.governance().get().withBodies(without(
        p.governance().get().bodies(), b -> b.layer() == GovernanceLayer.OPERATIONAL))));
    fire("SMP-STAKE-008", p -> objectives(p, o -> o.withPublished(false)));
    fire("SMP-BLMA-003", p -> p.withGovernance(Governance.builder().lead(GoodPractice.ORIGIN_LABOUR)
        .addBodies(GovernanceBody.builder().name("Steering").layer(GovernanceLayer.DECISION_MAKING)
            .addMembers(GoodPractice.ORIGIN_LABOUR).build()).build()));
    quietAsIs("SMP-STAKE-000", "SMP-STAKE-004", "SMP-STAKE-006", "SMP-STAKE-007");
    quiet("SMP-STAKE-002", p -> noStakeholder(p, StakeholderType.TRADE_UNION));
    quiet("SMP-STAKE-003", p -> noStakeholder(p, StakeholderType.LOCAL_AUTHORITY));
    quiet("SMP-STAKE-005", p -> noStakeholder(p, StakeholderType.DIASPORA_ORGANISATION));
    quiet("SMP-STAKE-008", p -> p.withObjectives(List.of()));
    quiet("SMP-BLMA-003", p -> p);

    // --- evidence (ch. 5)
    fire("SMP-DATA-000", p -> p.withAssessments(List.of()).withDataSources(List.of()).withMonitoring(Optional.empty()));
    fire("SMP-DATA-001", p -> noAssessment(p, AssessmentKind.LABOUR_MARKET_NEEDS));
    fire("SMP-DATA-002", p -> p.withDataSources(List.of()));
    fire("SMP-DATA-003", p -> p.withMonitoring(p.monitoring().get().withIndicators(List.of())));
    fire("SMP-DATA-004", p -> p.withMonitoring(p.monitoring().get().withIndicators(Edits.map(
        p.monitoring().get().indicators(), i -> i.withMeasurementPoints(MeasurementPoint.END_OF_TRAINING)))));
    fire("SMP-DATA-005", p -> p.withMonitoring(p.monitoring().get().withIndicators(Edits.map(
        p.monitoring().get().indicators(), i -> i.withSexDisaggregated(false)))));
    fire("SMP-DATA-006", p -> p.withMonitoring(p.monitoring().get().withIndicators(Edits.map(
        p.monitoring().get().indicators(), i -> i.withCategory(ImpactCategory.SKILLS)))));
    fire("SMP-DATA-007", p -> p.withStatus(PartnershipStatus.COMPLETED)
        .withMonitoring(p.monitoring().get().withEvaluations(List.of())));
    fire("SMP-DATA-008", p -> figures(p, 100, Count.atLeast(150)));
    quietAsIs("SMP-DATA-000", "SMP-DATA-001", "SMP-DATA-002", "SMP-DATA-003", "SMP-DATA-005", "SMP-DATA-006");
    quiet("SMP-DATA-004", p -> p.withMigrationTypes(MigrationType.LONGER_TERM).withMonitoring(p.monitoring().get()
        .withIndicators(Edits.map(p.monitoring().get().indicators(), i -> i.withMeasurementPoints(
            MeasurementPoint.BEFORE_TRAINING, MeasurementPoint.DURING_EMPLOYMENT)))));
    quiet("SMP-DATA-007", p -> p.withStatus(PartnershipStatus.PLANNED)
        .withMonitoring(p.monitoring().get().withEvaluations(List.of())));
    quiet("SMP-DATA-008", p -> figures(p, 100, Count.between(90, 130)));

    // --- local development (ch. 6)
    fire("SMP-DEV-000", p -> p.withDevelopmentLinks(List.of()));
    fire("SMP-DEV-001", p -> noLink(p, DevelopmentLinkKind.INVESTMENT_PROGRAMME));
    fire("SMP-DEV-002", p -> noLink(p, DevelopmentLinkKind.ORIGIN_SYSTEM_STRENGTHENING));
    fire("SMP-DEV-003", p -> training(noSafeguard(noLink(p, DevelopmentLinkKind.BRAIN_DRAIN_SAFEGUARD),
        RecruitmentSafeguard.BRAIN_DRAIN_LIMITS), t -> t.withTrack(Track.AWAY)));
    fire("SMP-DEV-004", p -> training(p, t -> t.withTrack(Track.AWAY)));
    fire("SMP-DEV-005", p -> noLink(p, DevelopmentLinkKind.SKILLS_TRANSFER, DevelopmentLinkKind.CIRCULARITY_INCENTIVE));
    fire("SMP-DEV-006", p -> noStakeholder(noLink(p, DevelopmentLinkKind.DIASPORA_ENGAGEMENT),
        StakeholderType.DIASPORA_ORGANISATION));
    fire("SMP-DEV-007", p -> noStakeholder(p, StakeholderType.EMPLOYERS_ORGANISATION));
    fire("SMP-DEV-008", p -> noStakeholder(p, StakeholderType.LOCAL_AUTHORITY));
    fire("SMP-GSP-001", p -> training(gsp(p), t -> t.withTrack(Track.AWAY)));
    quietAsIs("SMP-DEV-000", "SMP-DEV-001", "SMP-DEV-004", "SMP-DEV-006", "SMP-DEV-008");
    quiet("SMP-DEV-002", p -> training(noLink(p, DevelopmentLinkKind.ORIGIN_SYSTEM_STRENGTHENING),
        t -> t.withLocation(TrainingLocation.DESTINATION)));
    quiet("SMP-DEV-003", p -> noLink(p, DevelopmentLinkKind.BRAIN_DRAIN_SAFEGUARD));
    quiet("SMP-DEV-005", p -> noLink(p, DevelopmentLinkKind.SKILLS_TRANSFER));
    quiet("SMP-DEV-007", p -> training(noStakeholder(p, StakeholderType.EMPLOYERS_ORGANISATION),
        t -> t.withTrack(Track.AWAY)));
    quiet("SMP-GSP-001", RuleCasesTest::gsp);

    // --- recognition (ch. 7)
    fire("SMP-RECOG-000", p -> p.withRecognition(List.of()));
    fire("SMP-RECOG-001", p -> p.withRecognition(Edits.map(p.recognition(), r -> r.withCountries(Country.of("NG")))));
    fire("SMP-RECOG-002", p -> noRecognition(health(p), RecognitionMechanism.MUTUAL_RECOGNITION_AGREEMENT,
        RecognitionMechanism.DOUBLE_CERTIFICATION, RecognitionMechanism.FAST_TRACK));
    fire("SMP-RECOG-003", p -> training(p, t -> t.withQualification(Optional.empty())));
    fire("SMP-RECOG-004", p -> noRecognition(p, RecognitionMechanism.MUTUAL_RECOGNITION_AGREEMENT,
        RecognitionMechanism.DOUBLE_CERTIFICATION));
    fire("SMP-RECOG-005", p -> noStakeholder(p, StakeholderType.CERTIFICATION_BODY));
    fire("SMP-RECOG-006", p -> noRecognition(p, RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING));
    fire("SMP-RECOG-007", p -> p.withSkillLevels(SkillLevelRange.only(SkillLevel.LOW)));
    fire("SMP-RECOG-008", p -> noProcedureKind(noRecognition(p, RecognitionMechanism.SKILLS_PASSPORT,
        RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING), ProcedureKind.SKILLS_VERIFICATION_ON_RETURN));
    quietAsIs("SMP-RECOG-000", "SMP-RECOG-005");
    quiet("SMP-RECOG-001", p -> p.withRecognition(Edits.map(p.recognition(), r -> r.withCountries(Country.of("BE")))));
    quiet("SMP-RECOG-002", RuleCasesTest::health);
    quiet("SMP-RECOG-003", p -> training(p, t -> t.withQualification(Optional.empty())
        .withContents(TrainingContent.LANGUAGE)));
    quiet("SMP-RECOG-004", p -> noRecognition(p, RecognitionMechanism.MUTUAL_RECOGNITION_AGREEMENT));
    quiet("SMP-RECOG-006", p -> noRecognition(p, RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING)
        .withSkillLevels(SkillLevelRange.only(SkillLevel.HIGH)).withSectors(IsicCode.of("M")));
    quiet("SMP-RECOG-007", p -> p.withSkillLevels(SkillLevelRange.only(SkillLevel.HIGH)));
    quiet("SMP-RECOG-008", p -> noRecognition(p, RecognitionMechanism.SKILLS_PASSPORT));

    // --- training (ch. 8)
    fire("SMP-TRAIN-000", p -> p.withTraining(List.of()));
    fire("SMP-TRAIN-002", p -> training(p, t -> t.withLocation(TrainingLocation.DESTINATION)));
    fire("SMP-TRAIN-003", p -> training(p, t -> t.withCurriculumCoDesigners(StakeholderType.MIGRANT_REPRESENTATIVES)));
    fire("SMP-TRAIN-004", p -> training(p, t -> t.withCurriculumCoDesigners(StakeholderType.EMPLOYER)));
    fire("SMP-TRAIN-005", p -> training(p, t -> t.withContents(Edits.minus(t.contents(),
        TrainingContent.RIGHTS_AWARENESS))));
    fire("SMP-TRAIN-006", p -> training(p, t -> t.withTimings(TrainingTiming.PRE_DEPARTURE)));
    fire("SMP-TRAIN-007", p -> training(p, t -> t.withProvider(ProviderType.PRIVATE)));
    fire("SMP-TRAIN-008", p -> training(p, t -> t.withGenderResponsive(false)));
    fire("SMP-GSP-003", p -> training(gsp(p), t -> t.withLocation(TrainingLocation.DESTINATION)));
    fire("SMP-GSP-004", p -> training(gsp(p), t -> t.withCurriculumCoDesigners(StakeholderType.TRADE_UNION)));
    quietAsIs("SMP-TRAIN-000", "SMP-TRAIN-002", "SMP-TRAIN-004", "SMP-TRAIN-008");
    quiet("SMP-TRAIN-003", p -> training(p, t -> t.withTrack(Track.HOME)
        .withCurriculumCoDesigners(StakeholderType.MIGRANT_REPRESENTATIVES)));
    quiet("SMP-TRAIN-005", p -> training(p, t -> t.withTrack(Track.HOME).withContents(TrainingContent.TECHNICAL)));
    quiet("SMP-TRAIN-006", p -> training(p, t -> t.withTimings(TrainingTiming.PRE_DEPARTURE,
        TrainingTiming.ON_RETURN)));
    quiet("SMP-TRAIN-007", p -> training(p, t -> t.withProvider(ProviderType.PUBLIC_PRIVATE)));
    quiet("SMP-GSP-003", RuleCasesTest::gsp);
    quiet("SMP-GSP-004", p -> training(p, t -> t.withCurriculumCoDesigners(StakeholderType.TRADE_UNION)));

    // --- social (ch. 9)
    fire("SMP-SOC-000", p -> p.withSocialProvisions(List.of()));
    fire("SMP-SOC-001", p -> noProcedurePhase(noSocial(p, SocialProvisionKind.RETURN_AND_REINTEGRATION_SUPPORT),
        MigrationPhase.RETURN_AND_REINTEGRATION).withStakeholders(Edits.map(p.stakeholders(),
            s -> s.withMigrationPhases(List.of()))));
    fire("SMP-SOC-002", p -> noSocial(p, SocialProvisionKind.FAMILY_REUNIFICATION, SocialProvisionKind.FAMILY_VISITS));
    fire("SMP-SOC-003", p -> noSocial(p, SocialProvisionKind.SOCIAL_SECURITY_PORTABILITY));
    fire("SMP-SOC-004", p -> noSocial(p, SocialProvisionKind.SOFT_LANDING, SocialProvisionKind.INTEGRATION_SUPPORT));
    fire("SMP-SOC-005", p -> noAssessment(p, AssessmentKind.GENDER_ANALYSIS));
    fire("SMP-SOC-006", p -> noSocial(p, SocialProvisionKind.GENDER_SAFEGUARDS));
    fire("SMP-SOC-007", p -> training(noStakeholder(noSocial(p, SocialProvisionKind.REMITTANCE_SERVICES),
        StakeholderType.FINANCIAL_SERVICE_PROVIDER), t -> t.withContents(Edits.minus(t.contents(),
            TrainingContent.FINANCIAL_LITERACY))));
    fire("SMP-SOC-008", p -> noSocial(p, SocialProvisionKind.HEALTH_COVERAGE));
    fire("SMP-BLMA-001", p -> noSocial(p, SocialProvisionKind.OCCUPATIONAL_SAFETY_AND_HEALTH));
    fire("SMP-BLMA-004", p -> noSocial(p, SocialProvisionKind.REMITTANCE_SERVICES).withFormsOfEngagement(
        FormOfEngagement.of(EngagementForm.BILATERAL_LABOUR_MIGRATION_AGREEMENT)));
    quietAsIs("SMP-SOC-000", "SMP-SOC-005");
    quiet("SMP-SOC-001", p -> noSocial(p, SocialProvisionKind.RETURN_AND_REINTEGRATION_SUPPORT)
        .withMigrationTypes(MigrationType.LONGER_TERM));
    quiet("SMP-SOC-002", p -> noSocial(p, SocialProvisionKind.FAMILY_REUNIFICATION));
    quiet("SMP-SOC-003", p -> noSocial(p, SocialProvisionKind.SOCIAL_SECURITY_PORTABILITY,
        SocialProvisionKind.DOUBLE_TAXATION_AGREEMENT).withMobilityModes(MobilityMode.REMOTE));
    quiet("SMP-SOC-004", p -> noSocial(p, SocialProvisionKind.SOFT_LANDING));
    quiet("SMP-SOC-006", p -> p);
    quiet("SMP-SOC-007", p -> noSocial(p, SocialProvisionKind.REMITTANCE_SERVICES));
    quiet("SMP-SOC-008", p -> noSocial(p, SocialProvisionKind.HEALTH_COVERAGE).withMobilityModes(MobilityMode.REMOTE));
    quiet("SMP-BLMA-001", p -> noSocial(p, SocialProvisionKind.OCCUPATIONAL_SAFETY_AND_HEALTH)
        .withMobilityModes(MobilityMode.REMOTE));
    quiet("SMP-BLMA-004", p -> noSocial(p, SocialProvisionKind.REMITTANCE_SERVICES));

    // --- pathways (ch. 10)
    fire("SMP-PATH-000", p -> p.withPathways(List.of()).withProcedures(List.of()));
    fire("SMP-PATH-001", p -> p.withPathways(List.of()));
    fire("SMP-PATH-002", p -> pathways(p, w -> w.withEmployerTied(true).withChangeOfEmployerAllowed(false)));
    fire("SMP-PATH-003", p -> noStakeholder(p, StakeholderType.MIGRATION_AGENCY));
    fire("SMP-PATH-004", p -> pathways(p.withMigrationTypes(MigrationType.LONGER_TERM),
        w -> w.withRenewable(false).withRouteToLongTermResidence(false)));
    fire("SMP-PATH-005", p -> pathways(p, w -> w.withProcessingDays(200).withFastTrack(false)));
    fire("SMP-PATH-006", p -> noProcedurePhase(p, MigrationPhase.ARRIVAL));
    fire("SMP-PATH-007", p -> pathways(p, w -> w.withEmployerTied(true).withJobSearchVisa(false)));
    fire("SMP-PATH-008", p -> noSafeguard(p, RecruitmentSafeguard.WRITTEN_CONTRACT)
        .withMobilityModes(MobilityMode.PHYSICAL, MobilityMode.REMOTE));
    fire("SMP-BLMA-005", p -> training(noProcedureKind(p, ProcedureKind.ORIENTATION), t -> t.withContents(
        Edits.minus(t.contents(), TrainingContent.PRE_DEPARTURE_ORIENTATION))));
    quietAsIs("SMP-PATH-000", "SMP-PATH-003");
    quiet("SMP-PATH-001", p -> p.withPathways(List.of()).withMobilityModes(MobilityMode.REMOTE));
    quiet("SMP-PATH-002", p -> pathways(p, w -> w.withEmployerTied(true).withChangeOfEmployerAllowed(true)));
    quiet("SMP-PATH-004", p -> pathways(p.withMigrationTypes(MigrationType.LONGER_TERM),
        w -> w.withRenewable(true).withRouteToLongTermResidence(false)));
    quiet("SMP-PATH-005", p -> pathways(p, w -> w.withProcessingDays(200).withFastTrack(true)));
    quiet("SMP-PATH-006", p -> noProcedurePhase(p, MigrationPhase.RETURN_AND_REINTEGRATION)
        .withMigrationTypes(MigrationType.PERMANENT));
    quiet("SMP-PATH-007", p -> pathways(p, w -> w.withEmployerTied(true).withJobSearchVisa(true)));
    quiet("SMP-PATH-008", p -> p.withMobilityModes(MobilityMode.PHYSICAL, MobilityMode.REMOTE));
    quiet("SMP-BLMA-005", p -> noProcedureKind(p, ProcedureKind.ORIENTATION));

    // --- costs (ch. 11)
    fire("SMP-COST-000", p -> p.withCosts(List.of()).withFundingSources(List.of()).withFinancingMechanisms(List.of())
        .withSustainabilityPlan(Optional.empty()));
    fire("SMP-COST-001", p -> costs(p, c -> c.item() == CostItemKind.TRANSPORT
        ? c.withShares(PayerShare.of(Payer.MIGRANT, 40), PayerShare.of(Payer.EMPLOYER, 60)) : c));
    fire("SMP-COST-002", p -> p.withCosts(List.of()));
    fire("SMP-COST-003", p -> p.withStatus(PartnershipStatus.PILOT).withSustainabilityPlan(Optional.empty()));
    fire("SMP-COST-004", p -> allCostsPaidBy(p, Payer.DESTINATION_GOVERNMENT).withFundingSources(without(
        p.fundingSources(), f -> f.type() != Payer.DESTINATION_GOVERNMENT)));
    fire("SMP-COST-005", p -> Partnership.builder().from(p).addCost(CostItem.builder()
        .item(CostItemKind.HEALTH_CHECK).build()).build());
    fire("SMP-COST-006", p -> allCostsPaidBy(p, Payer.DESTINATION_GOVERNMENT).withFinancingMechanisms(List.of())
        .withFundingSources(without(p.fundingSources(), f -> f.type() == Payer.EMPLOYER)));
    fire("SMP-COST-007", RuleCasesTest::noDestinationTrainingFunds);
    fire("SMP-COST-008", p -> p.withFinancingMechanisms(List.of()));
    fire("SMP-GSP-002", p -> noDestinationTrainingFunds(gsp(p)));
    quietAsIs("SMP-COST-000", "SMP-COST-002", "SMP-COST-005", "SMP-COST-008");
    quiet("SMP-COST-001", p -> costs(p, c -> c.item() == CostItemKind.PROJECT_STAFF
        ? c.withShares(PayerShare.of(Payer.MIGRANT, 10), PayerShare.of(Payer.EMPLOYER, 90)) : c));
    quiet("SMP-COST-003", p -> p.withStatus(PartnershipStatus.PILOT));
    quiet("SMP-COST-004", p -> allCostsPaidBy(p, Payer.EMPLOYER));
    quiet("SMP-COST-006", p -> allCostsPaidBy(p, Payer.DESTINATION_GOVERNMENT));
    quiet("SMP-COST-007", p -> noDestinationTrainingFunds(training(p, t -> t.withLocation(TrainingLocation.DESTINATION))));
    quiet("SMP-GSP-002", RuleCasesTest::gsp);

    // --- ethical recruitment (ch. 12)
    fire("SMP-ETHIC-000", p -> p.withRecruitmentProvisions(List.of()));
    fire("SMP-ETHIC-001", p -> noSafeguard(p, RecruitmentSafeguard.EMPLOYER_PAYS));
    fire("SMP-ETHIC-002", p -> noSafeguard(health(p), RecruitmentSafeguard.WHO_GLOBAL_CODE));
    fire("SMP-ETHIC-003", p -> noSafeguard(withAgency(p), RecruitmentSafeguard.LICENSED_RECRUITERS));
    fire("SMP-ETHIC-004", p -> noSafeguard(p, RecruitmentSafeguard.GRIEVANCE_MECHANISM));
    fire("SMP-ETHIC-005", p -> noSafeguard(p, RecruitmentSafeguard.CONSULAR_ACCESS));
    fire("SMP-ETHIC-006", p -> noSafeguard(p, RecruitmentSafeguard.WRITTEN_CONTRACT));
    fire("SMP-ETHIC-007", p -> pathways(noSafeguard(p, RecruitmentSafeguard.FREEDOM_TO_CHANGE_EMPLOYER),
        w -> w.withChangeOfEmployerAllowed(Optional.empty())).withFlexibility(without(p.flexibility(),
            f -> f.aspect() == FlexibilityAspect.EMPLOYER_CHANGE)));
    fire("SMP-ETHIC-008", p -> noSocial(p, SocialProvisionKind.EQUAL_TREATMENT));
    fire("SMP-ETHIC-009", p -> noSafeguard(withAgency(p), RecruitmentSafeguard.IRIS_CERTIFICATION));
    fire("SMP-ETHIC-010", p -> noSafeguard(p, RecruitmentSafeguard.RETENTION_OF_DOCUMENTS_BY_WORKER));
    quietAsIs("SMP-ETHIC-000", "SMP-ETHIC-001", "SMP-ETHIC-004", "SMP-ETHIC-005", "SMP-ETHIC-008");
    quiet("SMP-ETHIC-002", p -> noSafeguard(p, RecruitmentSafeguard.WHO_GLOBAL_CODE));
    quiet("SMP-ETHIC-003", p -> noSafeguard(p, RecruitmentSafeguard.LICENSED_RECRUITERS));
    quiet("SMP-ETHIC-006", p -> noSafeguard(p, RecruitmentSafeguard.WRITTEN_CONTRACT)
        .withMobilityModes(MobilityMode.REMOTE));
    quiet("SMP-ETHIC-007", p -> noSafeguard(p, RecruitmentSafeguard.FREEDOM_TO_CHANGE_EMPLOYER));
    quiet("SMP-ETHIC-009", RuleCasesTest::withAgency);
    quiet("SMP-ETHIC-010", p -> noSafeguard(p, RecruitmentSafeguard.RETENTION_OF_DOCUMENTS_BY_WORKER)
        .withMobilityModes(MobilityMode.REMOTE));
  }

  static Stream<Arguments> fireCases() {
    return FIRE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static Stream<Arguments> quietCases() {
    return QUIET.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0} fires")
  @MethodSource("fireCases")
  void ruleFiresOnItsCase(String id, UnaryOperator<Partnership> edit) {
    Report report = ALL.validate(edit.apply(BASE));
    assertFalse(report.findingsOf(id).isEmpty(), () -> id + " did not fire:\n" + report.toText());
    assertTrue(report.findings().stream().noneMatch(f -> f.severity() == Severity.FATAL), report::toString);
  }

  @ParameterizedTest(name = "{0} stays quiet")
  @MethodSource("quietCases")
  void ruleStaysQuietOnItsCase(String id, UnaryOperator<Partnership> edit) {
    Report report = ALL.validate(edit.apply(BASE));
    assertEquals(List.of(), report.findingsOf(id), () -> id + " fired:\n" + report.toText());
  }

  @Test
  void everyBuiltInRuleHasAFiringAndAQuietCase() {
    Set<String> ids = PartnershipValidator.catalogue().stream().map(Rule::id)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(ids, new TreeSet<>(FIRE.keySet()), "rules without a firing case, or cases without a rule");
    assertEquals(ids, new TreeSet<>(QUIET.keySet()), "rules without a quiet case, or cases without a rule");
  }

  @Test
  void theExemplaryPartnershipTriggersNoRuleAtAll() {
    Report report = ALL.validate(BASE);
    assertEquals(List.of(), report.findings(), report::toText);
  }
}
