package io.github.smpkit.json;

import io.github.smpkit.core.Citation;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.EqfLevel;
import io.github.smpkit.core.code.GcmObjective;
import io.github.smpkit.core.code.IscedLevel;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.code.SdgTarget;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.continuum.SkillsPhase;
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
import io.github.smpkit.core.money.Money;
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
import io.github.smpkit.core.recognition.RecognitionDirection;
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
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FlexibilityAspect;
import io.github.smpkit.core.typology.FlexibilityProvision;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/** Hand-built partnerships for the tests: an illustrative one touching every type of the model, and a minimal one. */
final class Fixtures {

  private Fixtures() {}

  static final Country NG = Country.of("NG");
  static final Country LT = Country.of("LT");

  /** The smallest valid partnership. */
  static Partnership minimal() {
    return Partnership.builder().id("minimal").title("Minimal").status(PartnershipStatus.PLANNED)
        .addParty(Party.origin(NG)).addParty(Party.destination(LT)).build();
  }

  /** An illustrative partnership (not a real one) that uses every type of the model. */
  static Partnership full() {
    return Partnership.builder()
        .id("digital-explorers-example")
        .title("Digital Explorers (illustration)")
        .summary("An illustrative ICT partnership: trainees in the origin, placements in the destination.")
        .status(PartnershipStatus.COMPLETED)
        .addModel(PartnershipModel.TALENT_PARTNERSHIP).addModel(PartnershipModel.SKILLS_MOBILITY_PARTNERSHIP)
        .addParty(Party.origin(NG)).addParty(Party.destination(LT))
        .addFormsOfEngagement(FormOfEngagement.builder().form(EngagementForm.PILOT_PROJECT)
            .description("A pilot under a \"tab\"\tand a\nnew line").concluded(PartialDate.ofMonth(2019, 6)).build())
        .addMigrationType(MigrationType.CIRCULAR).addMigrationType(MigrationType.SHORT_TERM)
        .addMobilityMode(MobilityMode.PHYSICAL)
        .timeFrame(TimeFrame.builder().start(PartialDate.ofYear(2019)).end(PartialDate.of(2021, 12, 31))
            .fundingCycleMonths(36).build())
        .skillLevels(SkillLevelRange.between(SkillLevel.MID, SkillLevel.HIGH))
        .addSector(IsicCode.of("J")).addSector(IsicCode.of("62"))
        .addOccupation(Occupation.builder().isco(IscoCode.of("2512"))
            .escoUri("http://data.europa.eu/esco/isco/C2512").title("Software developer").build())
        .addFlexibility(FlexibilityProvision.of(FlexibilityAspect.EMPLOYER_CHANGE))
        .addObjective(Objective.builder().statement("Fill ICT vacancies in the destination")
            .horizon(Horizon.LONG_TERM).addBeneficiary(Beneficiary.EMPLOYERS).addBeneficiary(Beneficiary.MIGRANTS)
            .addSdgTarget(SdgTarget.of("10.7")).addSdgTarget(SdgTarget.of("4.4"))
            .addGcmObjective(GcmObjective.of(18)).addGcmObjective(GcmObjective.of(5)).published(true).build())
        .addStakeholder(Stakeholder.builder().name("Enterprise Lithuania").type(StakeholderType.OTHER_MINISTRY)
            .country(LT).addRole(StakeholderRole.LEAD).addRole(StakeholderRole.IMPLEMENTER)
            .addMigrationPhase(MigrationPhase.ARRIVAL).addSkillsPhase(SkillsPhase.UTILIZATION).build())
        .addStakeholder(Stakeholder.builder().name("IOM").type(StakeholderType.INTERNATIONAL_ORGANISATION)
            .addRole(StakeholderRole.IMPLEMENTER).description("International, no country").build())
        .governance(Governance.builder().lead("IOM")
            .addBody(GovernanceBody.builder().name("Steering committee").layer(GovernanceLayer.DECISION_MAKING)
                .addMember("IOM").addMember("Enterprise Lithuania").build())
            .addWorkingGroup(WorkingGroup.builder().name("Selection").topic("Selecting trainees")
                .addMember("IOM").build())
            .build())
        .addAssessment(Assessment.builder().kind(AssessmentKind.SKILLS_NEEDS).scope(AssessmentScope.JOINT)
            .completed(PartialDate.ofYear(2018)).build())
        .addDataSource(DataSource.of(DataSourceKind.EMPLOYER_SURVEY))
        .monitoring(MonitoringFramework.builder()
            .addIndicator(Indicator.builder().name("Trainees certified").category(ImpactCategory.SKILLS)
                .addMeasurementPoint(MeasurementPoint.END_OF_TRAINING).sexDisaggregated(true).build())
            .addEvaluation(EvaluationKind.FINAL).build())
        .addDevelopmentLink(DevelopmentLink.builder().kind(DevelopmentLinkKind.SKILLS_TRANSFER)
            .description("Returnees mentor").build())
        .addRecognition(RecognitionArrangement.builder().mechanism(RecognitionMechanism.DOUBLE_CERTIFICATION)
            .direction(RecognitionDirection.HORIZONTAL).addCountry(NG).addCountry(LT)
            .addOccupation(IscoCode.of("2512")).build())
        .addTraining(TrainingComponent.builder().name("Coding bootcamp").location(TrainingLocation.ORIGIN)
            .country(NG).provider(ProviderType.PRIVATE).providerName("A bootcamp")
            .addContent(TrainingContent.TECHNICAL).addContent(TrainingContent.SOFT_SKILLS)
            .modality(TrainingModality.BLENDED).addTiming(TrainingTiming.PRE_DEPARTURE)
            .duration(Period.ofMonths(6))
            .qualification(QualificationLevel.builder().eqf(EqfLevel.of(5)).isced(IscedLevel.of(4)).build())
            .track(Track.AWAY).addCurriculumCoDesigner(StakeholderType.EMPLOYER).genderResponsive(true).build())
        .addSocialProvision(SocialProvision.of(SocialProvisionKind.SOFT_LANDING))
        .addPathway(LegalPathway.builder().destination(LT).permitCategory("Temporary residence permit")
            .employerTied(true).changeOfEmployerAllowed(true).renewable(false).processingDays(30).build())
        .addProcedure(Procedure.builder().phase(MigrationPhase.PRE_DEPARTURE).kind(ProcedureKind.VISA_AND_PERMIT)
            .responsible("Migration Department").build())
        .addFundingSource(FundingSource.builder().name("EU fund").type(Payer.DONOR)
            .amount(Money.of("EUR", "1500000.00")).build())
        .addFinancingMechanism(FinancingMechanism.of(MechanismKind.IN_KIND))
        .addCost(CostItem.builder().item(CostItemKind.TRAINING_PROVIDER).basis(CostBasis.PER_MIGRANT)
            .amount(Money.of("EUR", 2500))
            .addShare(PayerShare.of(Payer.DONOR, new BigDecimal("66.67")))
            .addShare(PayerShare.of(Payer.EMPLOYER, new BigDecimal("33.33"))).build())
        .sustainabilityPlan("Employers pay after the pilot.")
        .addRecruitmentProvision(RecruitmentProvision.of(RecruitmentSafeguard.EMPLOYER_PAYS))
        .addParticipant(ParticipantFigure.builder().kind(FigureKind.SELECTED).planned(Count.between(100, 120))
            .actual(Count.about(105)).build())
        .addParticipant(ParticipantFigure.builder().kind(FigureKind.MIGRATED).actual(Count.atLeast(30))
            .womenOnly(true).track(Track.AWAY).country(NG).asOf(PartialDate.ofMonth(2021, 3)).build())
        .addParticipant(ParticipantFigure.builder().kind(FigureKind.APPLICANTS).planned(Count.atMost(500))
            .actual(Count.exactly(420)).build())
        .addCitation(Citation.builder().key("example-2021").title("An example report").publisher("Example")
            .published(PartialDate.ofYear(2021)).url("https://example.org/report")
            .accessed(LocalDate.of(2024, 5, 1)).supports("counts").build())
        .notes("Illustrative data; not a catalogue entry.")
        .build();
  }
}
