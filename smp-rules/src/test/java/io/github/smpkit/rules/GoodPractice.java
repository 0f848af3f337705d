package io.github.smpkit.rules;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.GcmObjective;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.code.SdgTarget;
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
import io.github.smpkit.core.evidence.EvaluationKind;
import io.github.smpkit.core.evidence.ImpactCategory;
import io.github.smpkit.core.evidence.Indicator;
import io.github.smpkit.core.evidence.MeasurementPoint;
import io.github.smpkit.core.evidence.MonitoringFramework;
import io.github.smpkit.core.funding.CostBasis;
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
import io.github.smpkit.core.governance.WorkingGroup;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.planning.Beneficiary;
import io.github.smpkit.core.planning.Horizon;
import io.github.smpkit.core.planning.Objective;
import io.github.smpkit.core.recognition.RecognitionArrangement;
import io.github.smpkit.core.recognition.RecognitionMechanism;
import io.github.smpkit.core.recruitment.RecruitmentProvision;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.social.SocialProvision;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.training.ProviderType;
import io.github.smpkit.core.training.QualificationLevel;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.training.TrainingModality;
import io.github.smpkit.core.training.TrainingTiming;
import io.github.smpkit.core.typology.FlexibilityAspect;
import io.github.smpkit.core.typology.FlexibilityProvision;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test fixture: turns any valid partnership (for example a testkit {@code complete()} one) into
 * one that follows every recommendation the catalogue checks, by adding the facts good practice
 * requires and replacing those that break it. Names it adds start with {@value #PREFIX}.
 */
final class GoodPractice {

  static final String PREFIX = "GP ";
  static final String ORIGIN_LABOUR = PREFIX + "origin labour ministry";
  static final String DESTINATION_LABOUR = PREFIX + "destination labour ministry";

  private GoodPractice() {
  }

  /** A small partnership (NG to BE, ICT, circular) made exemplary. */
  static Partnership exemplary() {
    return apply(Partnership.builder().id("exemplary").title("An exemplary partnership")
        .status(PartnershipStatus.ACTIVE)
        .addParties(Party.origin(Country.of("NG")), Party.destination(Country.of("BE")))
        .addModels(PartnershipModel.SKILLS_MOBILITY_PARTNERSHIP)
        .addMigrationTypes(MigrationType.CIRCULAR).addMobilityModes(MobilityMode.PHYSICAL)
        .addSectors(IsicCode.of("J")).addOccupations(Occupation.of(IscoCode.of("2512")))
        .build());
  }

  /** {@code p} with every fact good practice requires. */
  static Partnership apply(Partnership p) {
    Partnership.Builder b = Partnership.builder().from(p);
    b.skillLevels(SkillLevelRange.between(SkillLevel.LOW, SkillLevel.HIGH));
    b.timeFrame(TimeFrame.builder().start(PartialDate.ofYear(2020)).end(PartialDate.ofYear(2030))
        .fundingCycleMonths(60).build());
    b.addFlexibility(FlexibilityProvision.of(FlexibilityAspect.SECTOR),
        FlexibilityProvision.of(FlexibilityAspect.EMPLOYER_CHANGE));
    b.addObjective(Objective.builder().statement("Build a skilled workforce in both countries")
        .horizon(Horizon.LONG_TERM).addBeneficiaries(Beneficiary.values())
        .addSdgTargets(SdgTarget.of("4.4"), SdgTarget.of("8.8"), SdgTarget.of("10.7"))
        .addGcmObjectives(GcmObjective.of(5), GcmObjective.of(6), GcmObjective.of(18)).published(true).build());

    List<Stakeholder> added = new ArrayList<>();
    for (Country o : p.origins()) {
      String c = " " + o.code();
      added.add(stakeholder(o.equals(p.origins().first()) ? ORIGIN_LABOUR : PREFIX + "origin labour" + c,
          StakeholderType.LABOUR_MINISTRY, o, StakeholderRole.LEAD));
      added.add(stakeholder(PREFIX + "education" + c, StakeholderType.EDUCATION_MINISTRY, o, StakeholderRole.IMPLEMENTER));
      added.add(stakeholder(PREFIX + "chamber" + c, StakeholderType.EMPLOYERS_ORGANISATION, o, StakeholderRole.ADVISORY));
      added.add(stakeholder(PREFIX + "TVET" + c, StakeholderType.PUBLIC_TRAINING_INSTITUTION, o, StakeholderRole.TRAINER));
    }
    for (Country d : p.destinations()) {
      String c = " " + d.code();
      added.add(stakeholder(d.equals(p.destinations().first()) ? DESTINATION_LABOUR : PREFIX + "destination labour" + c,
          StakeholderType.LABOUR_MINISTRY, d, StakeholderRole.FUNDER));
      added.add(stakeholder(PREFIX + "migration agency" + c, StakeholderType.MIGRATION_AGENCY, d,
          StakeholderRole.IMPLEMENTER));
      added.add(stakeholder(PREFIX + "employer" + c, StakeholderType.EMPLOYER, d, StakeholderRole.EMPLOYS));
    }
    Country origin = p.origins().first();
    Country destination = p.destinations().first();
    added.add(stakeholder(PREFIX + "union", StakeholderType.TRADE_UNION, origin, StakeholderRole.ADVISORY));
    added.add(stakeholder(PREFIX + "diaspora", StakeholderType.DIASPORA_ORGANISATION, destination,
        StakeholderRole.ADVISORY));
    added.add(stakeholder(PREFIX + "certifier", StakeholderType.CERTIFICATION_BODY, destination,
        StakeholderRole.CERTIFIER));
    added.add(stakeholder(PREFIX + "city", StakeholderType.LOCAL_AUTHORITY, origin, StakeholderRole.IMPLEMENTER));
    added.add(stakeholder(PREFIX + "bank", StakeholderType.FINANCIAL_SERVICE_PROVIDER, origin,
        StakeholderRole.IMPLEMENTER));
    b.addAllStakeholders(added);
    b.governance(Governance.builder().lead(ORIGIN_LABOUR)
        .addBodies(GovernanceBody.builder().name("Joint steering committee").layer(GovernanceLayer.DECISION_MAKING)
            .addMembers(ORIGIN_LABOUR, DESTINATION_LABOUR).build())
        .addBodies(GovernanceBody.builder().name("Operational committee").layer(GovernanceLayer.OPERATIONAL)
            .addMembers(ORIGIN_LABOUR, DESTINATION_LABOUR).build())
        .addWorkingGroups(WorkingGroup.builder().name("Curriculum group").addMembers(ORIGIN_LABOUR).build())
        .build());

    for (AssessmentKind kind : List.of(AssessmentKind.LABOUR_MARKET_NEEDS, AssessmentKind.FEASIBILITY,
        AssessmentKind.GENDER_ANALYSIS, AssessmentKind.COST_BENEFIT)) {
      b.addAssessment(Assessment.builder().kind(kind).scope(AssessmentScope.JOINT).build());
    }
    b.addDataSource(DataSource.of(DataSourceKind.LABOUR_FORCE_SURVEY));
    b.monitoring(MonitoringFramework.builder()
        .addIndicators(Indicator.builder().name("Graduates in skilled jobs").category(ImpactCategory.SKILLS)
            .addMeasurementPoints(MeasurementPoint.values()).sexDisaggregated(true).build())
        .addIndicators(Indicator.builder().name("Training places in public institutions")
            .category(ImpactCategory.SYSTEMS).addMeasurementPoints(MeasurementPoint.BEFORE_TRAINING,
                MeasurementPoint.AFTER_RETURN).build())
        .addEvaluations(EvaluationKind.MID_TERM, EvaluationKind.FINAL).build());

    for (DevelopmentLinkKind kind : List.of(DevelopmentLinkKind.INVESTMENT_PROGRAMME,
        DevelopmentLinkKind.ORIGIN_SYSTEM_STRENGTHENING, DevelopmentLinkKind.BRAIN_DRAIN_SAFEGUARD,
        DevelopmentLinkKind.SKILLS_TRANSFER, DevelopmentLinkKind.CIRCULARITY_INCENTIVE,
        DevelopmentLinkKind.DIASPORA_ENGAGEMENT)) {
      b.addDevelopmentLink(DevelopmentLink.of(kind));
    }
    for (RecognitionMechanism m : List.of(RecognitionMechanism.MUTUAL_RECOGNITION_AGREEMENT,
        RecognitionMechanism.DOUBLE_CERTIFICATION, RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING,
        RecognitionMechanism.SKILLS_PASSPORT, RecognitionMechanism.FAST_TRACK)) {
      b.addRecognition(RecognitionArrangement.builder().mechanism(m).build());
    }

    List<TrainingComponent> training = p.training().stream().map(GoodPractice::fix).collect(Collectors.toList());
    training.add(fix(TrainingComponent.builder().name(PREFIX + "dual-track course").location(TrainingLocation.ORIGIN)
        .provider(ProviderType.PUBLIC).addContents(EnumSet.complementOf(EnumSet.of(TrainingContent.OTHER))
            .toArray(new TrainingContent[0]))
        .modality(TrainingModality.BLENDED).addTimings(TrainingTiming.values()).duration(Period.ofMonths(9))
        .track(Track.BOTH).build()));
    b.training(training);

    for (SocialProvisionKind kind : SocialProvisionKind.values()) {
      if (kind != SocialProvisionKind.OTHER) {
        b.addSocialProvision(SocialProvision.of(kind));
      }
    }
    b.pathways(p.destinations().stream().map(d -> LegalPathway.builder().destination(d)
        .permitCategory("Skilled worker permit").employerTied(false).changeOfEmployerAllowed(true)
        .jobSearchVisa(true).renewable(true).routeToLongTermResidence(true).fastTrack(true).processingDays(30)
        .build()).collect(Collectors.toList()));
    b.addProcedures(procedure(MigrationPhase.PRE_DEPARTURE, ProcedureKind.RECRUITMENT),
        procedure(MigrationPhase.PRE_DEPARTURE, ProcedureKind.ORIENTATION),
        procedure(MigrationPhase.ARRIVAL, ProcedureKind.REGISTRATION),
        procedure(MigrationPhase.STAY_AND_INTEGRATION, ProcedureKind.HEALTH),
        procedure(MigrationPhase.RETURN_AND_REINTEGRATION, ProcedureKind.SKILLS_VERIFICATION_ON_RETURN));

    b.addFundingSources(FundingSource.builder().name(PREFIX + "destination fund").type(Payer.DESTINATION_GOVERNMENT)
        .country(destination).build(), FundingSource.builder().name(PREFIX + "employers").type(Payer.EMPLOYER).build());
    b.addFinancingMechanisms(FinancingMechanism.of(MechanismKind.PUBLIC_PRIVATE_TRAINING_FUND));
    b.costs(List.of(
        cost(CostItemKind.PROJECT_STAFF, CostBasis.FIXED, PayerShare.of(Payer.DESTINATION_GOVERNMENT, 50),
            PayerShare.of(Payer.ORIGIN_GOVERNMENT, 50)),
        cost(CostItemKind.SCREENING_AND_PROCESSING, CostBasis.PER_MIGRANT, PayerShare.all(Payer.EMPLOYER)),
        cost(CostItemKind.TRAINING_PROVIDER, CostBasis.PER_MIGRANT, PayerShare.of(Payer.DESTINATION_GOVERNMENT, 60),
            PayerShare.of(Payer.EMPLOYER, 40)),
        cost(CostItemKind.TRANSPORT, CostBasis.PER_MIGRANT, PayerShare.all(Payer.EMPLOYER)),
        cost(CostItemKind.EXTERNAL_EVALUATION, CostBasis.FIXED, PayerShare.all(Payer.DESTINATION_GOVERNMENT))));
    b.sustainabilityPlan("Employers take over training costs through the training fund after the pilot.");

    for (RecruitmentSafeguard s : RecruitmentSafeguard.values()) {
      if (s != RecruitmentSafeguard.OTHER) {
        b.addRecruitmentProvision(RecruitmentProvision.of(s));
      }
    }
    b.participants(List.of(figure(FigureKind.SELECTED, 100), figure(FigureKind.TRAINED, 100),
        figure(FigureKind.CERTIFIED, 90), figure(FigureKind.MIGRATED, 60), figure(FigureKind.RETURNED, 10)));
    return issue9(b.build());
  }

  static Stakeholder stakeholder(String name, StakeholderType type, Country country, StakeholderRole role) {
    return Stakeholder.builder().name(name).type(type).country(country).addRoles(role)
        .addMigrationPhases(MigrationPhase.RETURN_AND_REINTEGRATION).build();
  }

  private static TrainingComponent fix(TrainingComponent t) {
    TrainingComponent.Builder b = TrainingComponent.builder().from(t)
        .addCurriculumCoDesigners(StakeholderType.EMPLOYER, StakeholderType.MIGRANT_REPRESENTATIVES)
        .genderResponsive(true);
    if (t.qualification().isEmpty()) {
      b.qualification(QualificationLevel.eqf(4));
    }
    if (t.location() == TrainingLocation.ORIGIN && t.provider().equals(java.util.Optional.of(ProviderType.PRIVATE))) {
      b.provider(ProviderType.PUBLIC_PRIVATE);
    }
    return b.build();
  }

  private static Procedure procedure(MigrationPhase phase, ProcedureKind kind) {
    return Procedure.builder().phase(phase).kind(kind).build();
  }

  private static CostItem cost(CostItemKind kind, CostBasis basis, PayerShare... shares) {
    return CostItem.builder().item(kind).basis(basis).addShares(shares).build();
  }

  private static ParticipantFigure figure(FigureKind kind, long n) {
    return ParticipantFigure.builder().kind(kind).planned(Count.exactly(n)).actual(Count.exactly(n)).build();
  }

  static Set<String> names(Partnership p) {
    return p.stakeholders().stream().map(Stakeholder::name).collect(Collectors.toSet());
  }

  /** The facts of issue 9's new rules (SMP-COST-010..012, STAKE-009, DATA-010/011, SOC-009/010, RECOG-009, TRAIN-009). */
  static Partnership issue9(Partnership p) {
    Partnership.Builder b = Partnership.builder().from(p);
    b.addFormsOfEngagement(io.github.smpkit.core.typology.FormOfEngagement.builder()
        .form(io.github.smpkit.core.typology.EngagementForm.PLACEMENT_AGREEMENT).costSharing(true).build());
    b.publicFundsSafeguarded(true).uncertaintyDisclosed(true);
    // not recorded: SMP-ETHIC-002 judges the recorded forms of engagement (its tests add the fact)
    b.governmentToGovernment(java.util.Optional.empty());
    b.addAssessments(Assessment.builder().kind(AssessmentKind.CAPACITY_MAPPING).scope(AssessmentScope.JOINT).build(),
        Assessment.builder().kind(AssessmentKind.ASPIRATIONS).scope(AssessmentScope.ORIGIN).build());
    b.addDataSources(DataSource.builder().kind(DataSourceKind.LABOUR_MARKET_INFORMATION_SYSTEM)
        .includesLabourMigration(true).build());
    b.recognition(p.recognition().stream().map(r -> r.withEmployersConsulted(true)).collect(Collectors.toList()));
    b.stakeholders(p.stakeholders().stream().map(s -> s.type() == StakeholderType.TRADE_UNION
        ? s.withRoles(EnumSet.of(StakeholderRole.ADVISORY, StakeholderRole.SKILL_NEEDS_IDENTIFICATION)) : s)
        .collect(Collectors.toList()));
    b.costs(p.costs().stream().map(item -> item.shares().stream().anyMatch(s -> s.payer() == Payer.EMPLOYER)
        ? item.withPayments(io.github.smpkit.core.funding.Payment.builder().payer(Payer.EMPLOYER)
            .due(MigrationPhase.ARRIVAL).build()) : item).collect(Collectors.toList()));
    return b.build();
  }
}
