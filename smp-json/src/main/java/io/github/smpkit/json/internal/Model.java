package io.github.smpkit.json.internal;

import static io.github.smpkit.json.internal.CodeCodecs.COUNTRY;
import static io.github.smpkit.json.internal.CodeCodecs.EQF;
import static io.github.smpkit.json.internal.CodeCodecs.GCM;
import static io.github.smpkit.json.internal.CodeCodecs.ISCED;
import static io.github.smpkit.json.internal.CodeCodecs.ISCO;
import static io.github.smpkit.json.internal.CodeCodecs.ISIC;
import static io.github.smpkit.json.internal.CodeCodecs.SDG;
import static io.github.smpkit.json.internal.Codecs.BOOLEAN;
import static io.github.smpkit.json.internal.Codecs.PERCENT;
import static io.github.smpkit.json.internal.Codecs.RATIO;
import static io.github.smpkit.json.internal.Codecs.SHARE;
import static io.github.smpkit.json.internal.Codecs.enumOf;
import static io.github.smpkit.json.internal.Codecs.text;
import static io.github.smpkit.json.internal.CountCodec.COUNT;
import static io.github.smpkit.json.internal.MoneyCodec.MONEY;
import static io.github.smpkit.json.internal.TimeCodecs.LOCAL_DATE;
import static io.github.smpkit.json.internal.TimeCodecs.PARTIAL_DATE;
import static io.github.smpkit.json.internal.TimeCodecs.PERIOD;

import io.github.smpkit.core.Citation;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.Strand;
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
import io.github.smpkit.core.funding.Payment;
import io.github.smpkit.core.funding.PaymentMechanism;
import io.github.smpkit.core.governance.Governance;
import io.github.smpkit.core.governance.GovernanceBody;
import io.github.smpkit.core.governance.GovernanceLayer;
import io.github.smpkit.core.governance.WorkingGroup;
import io.github.smpkit.core.number.WholeNumberRule;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.Outcome;
import io.github.smpkit.core.outcome.OutcomeKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.PartyRole;
import io.github.smpkit.core.party.PhasedRole;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.pathway.Cap;
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
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.time.ChangeKind;
import io.github.smpkit.core.time.DatedChange;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.training.ProviderType;
import io.github.smpkit.core.training.QualificationLevel;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.training.TrainingModality;
import io.github.smpkit.core.training.TrainingTiming;
import io.github.smpkit.core.typology.AgreementScope;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FlexibilityAspect;
import io.github.smpkit.core.typology.FlexibilityProvision;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SignatoryLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * The format, type by type: every field of every model type with its JSON name (the accessor's
 * name), its codec and its place (the accessor order of the abstract type). Writing, reading,
 * the JSON Schema and the format reference all come from this one table.
 */
public final class Model {

  /** The format version this code writes. */
  public static final String FORMAT_VERSION = "2.0";
  static final int FORMAT_MAJOR = 2;
  static final int FORMAT_MINOR = 0;
  /**
   * The older major version this reader still reads: 1.x, whose yes/no facts defaulted to false.
   * An absent yes/no fact in a 1.x document is read as not recorded, an explicit one as written.
   */
  static final int LEGACY_MAJOR = 1;

  private static final Codec<String> SHORT = text(TextRule.SHORT);
  private static final Codec<String> LONG = text(TextRule.LONG);
  private static final Codec<String> ESSAY = text(TextRule.ESSAY);
  /** A stakeholder's name where governance refers to it: the rule of the name itself. */
  private static final Codec<String> NAME = text(TextRule.SHORT);
  private static final Codec<String> URL = text(TextRule.URL);

  private Model() {}

  /** A whole number in the range its rule declares (smp-core's single definition of the range). */
  private static Codec<Integer> wholeNumber(WholeNumberRule rule) {
    return Codecs.integer(rule.min(), rule.max());
  }

  static final ObjectCodec<Party, Party.Builder> PARTY = ObjectCodec.of("Party", Party::builder,
          Party.Builder::build)
      .required("country", COUNTRY, Party::country, Party.Builder::country)
      .required("role", enumOf(PartyRole.class), Party::role, Party.Builder::role);

  static final ObjectCodec<FormOfEngagement, FormOfEngagement.Builder> FORM_OF_ENGAGEMENT = ObjectCodec.of(
          "FormOfEngagement", FormOfEngagement::builder, FormOfEngagement.Builder::build)
      .required("form", enumOf(EngagementForm.class), FormOfEngagement::form, FormOfEngagement.Builder::form)
      .optional("description", LONG, FormOfEngagement::description, FormOfEngagement.Builder::description)
      .optional("concluded", PARTIAL_DATE, FormOfEngagement::concluded, FormOfEngagement.Builder::concluded)
      .optional("signatoryLevel", enumOf(SignatoryLevel.class), FormOfEngagement::signatoryLevel,
          FormOfEngagement.Builder::signatoryLevel)
      .list("signatories", SHORT, FormOfEngagement::signatories, FormOfEngagement.Builder::signatories)
      .optional("published", BOOLEAN, FormOfEngagement::published, FormOfEngagement.Builder::published)
      .optional("costSharing", BOOLEAN, FormOfEngagement::costSharing, FormOfEngagement.Builder::costSharing)
      .optional("url", URL, FormOfEngagement::url, FormOfEngagement.Builder::url);

  static final ObjectCodec<TimeFrame, TimeFrame.Builder> TIME_FRAME = ObjectCodec.of("TimeFrame",
          TimeFrame::builder, TimeFrame.Builder::build)
      .optional("start", PARTIAL_DATE, TimeFrame::start, TimeFrame.Builder::start)
      .optional("end", PARTIAL_DATE, TimeFrame::end, TimeFrame.Builder::end)
      .optional("fundingCycleMonths", wholeNumber(WholeNumberRule.MONTHS), TimeFrame::fundingCycleMonths,
          TimeFrame.Builder::fundingCycleMonths);

  static final ObjectCodec<SkillLevelRange, SkillLevelRange.Builder> SKILL_LEVEL_RANGE = ObjectCodec.of(
          "SkillLevelRange", SkillLevelRange::builder, SkillLevelRange.Builder::build)
      .required("lowest", enumOf(SkillLevel.class), SkillLevelRange::lowest, SkillLevelRange.Builder::lowest)
      .required("highest", enumOf(SkillLevel.class), SkillLevelRange::highest, SkillLevelRange.Builder::highest);

  static final ObjectCodec<Occupation, Occupation.Builder> OCCUPATION = ObjectCodec.of("Occupation",
          Occupation::builder, Occupation.Builder::build)
      .required("isco", ISCO, Occupation::isco, Occupation.Builder::isco)
      .optional("escoUri", text(TextRule.ESCO_URI), Occupation::escoUri,
          Occupation.Builder::escoUri)
      .optional("title", SHORT, Occupation::title, Occupation.Builder::title);

  static final ObjectCodec<FlexibilityProvision, FlexibilityProvision.Builder> FLEXIBILITY = ObjectCodec.of(
          "FlexibilityProvision", FlexibilityProvision::builder, FlexibilityProvision.Builder::build)
      .required("aspect", enumOf(FlexibilityAspect.class), FlexibilityProvision::aspect,
          FlexibilityProvision.Builder::aspect)
      .optional("description", LONG, FlexibilityProvision::description, FlexibilityProvision.Builder::description);

  static final ObjectCodec<Objective, Objective.Builder> OBJECTIVE = ObjectCodec.of("Objective",
          Objective::builder, Objective.Builder::build)
      .required("statement", LONG, Objective::statement, Objective.Builder::statement)
      .optional("horizon", enumOf(Horizon.class), Objective::horizon, Objective.Builder::horizon)
      .set("beneficiaries", enumOf(Beneficiary.class), Objective::beneficiaries, Objective.Builder::beneficiaries)
      .set("sdgTargets", SDG, Objective::sdgTargets, Objective.Builder::sdgTargets)
      .set("gcmObjectives", GCM, Objective::gcmObjectives, Objective.Builder::gcmObjectives)
      .optional("published", BOOLEAN, Objective::published, Objective.Builder::published);

  static final ObjectCodec<PhasedRole, PhasedRole.Builder> PHASED_ROLE = ObjectCodec.of("PhasedRole",
          PhasedRole::builder, PhasedRole.Builder::build)
      .required("role", enumOf(StakeholderRole.class), PhasedRole::role, PhasedRole.Builder::role)
      .set("phases", enumOf(MigrationPhase.class), PhasedRole::phases, PhasedRole.Builder::phases);

  static final ObjectCodec<Stakeholder, Stakeholder.Builder> STAKEHOLDER = ObjectCodec.of("Stakeholder",
          Stakeholder::builder, Stakeholder.Builder::build)
      .required("name", SHORT, Stakeholder::name, Stakeholder.Builder::name)
      .required("type", enumOf(StakeholderType.class), Stakeholder::type, Stakeholder.Builder::type)
      .optional("country", COUNTRY, Stakeholder::country, Stakeholder.Builder::country)
      .optional("side", enumOf(Side.class), Stakeholder::side, Stakeholder.Builder::side)
      .set("countries", COUNTRY, Stakeholder::countries, Stakeholder.Builder::countries)
      .set("roles", enumOf(StakeholderRole.class), Stakeholder::roles, Stakeholder.Builder::roles)
      .set("migrationPhases", enumOf(MigrationPhase.class), Stakeholder::migrationPhases,
          Stakeholder.Builder::migrationPhases)
      .list("phasedRoles", PHASED_ROLE, Stakeholder::phasedRoles, Stakeholder.Builder::phasedRoles)
      .set("skillsPhases", enumOf(SkillsPhase.class), Stakeholder::skillsPhases, Stakeholder.Builder::skillsPhases)
      .optional("description", LONG, Stakeholder::description, Stakeholder.Builder::description);

  static final ObjectCodec<GovernanceBody, GovernanceBody.Builder> GOVERNANCE_BODY = ObjectCodec.of(
          "GovernanceBody", GovernanceBody::builder, GovernanceBody.Builder::build)
      .required("name", SHORT, GovernanceBody::name, GovernanceBody.Builder::name)
      .required("layer", enumOf(GovernanceLayer.class), GovernanceBody::layer, GovernanceBody.Builder::layer)
      .set("members", NAME, GovernanceBody::members, GovernanceBody.Builder::members);

  static final ObjectCodec<WorkingGroup, WorkingGroup.Builder> WORKING_GROUP = ObjectCodec.of("WorkingGroup",
          WorkingGroup::builder, WorkingGroup.Builder::build)
      .required("name", SHORT, WorkingGroup::name, WorkingGroup.Builder::name)
      .optional("topic", LONG, WorkingGroup::topic, WorkingGroup.Builder::topic)
      .set("members", NAME, WorkingGroup::members, WorkingGroup.Builder::members);

  static final ObjectCodec<Governance, Governance.Builder> GOVERNANCE = ObjectCodec.of("Governance",
          Governance::builder, Governance.Builder::build)
      .optional("lead", NAME, Governance::lead, Governance.Builder::lead)
      .list("bodies", GOVERNANCE_BODY, Governance::bodies, Governance.Builder::bodies)
      .list("workingGroups", WORKING_GROUP, Governance::workingGroups, Governance.Builder::workingGroups);

  static final ObjectCodec<Assessment, Assessment.Builder> ASSESSMENT = ObjectCodec.of("Assessment",
          Assessment::builder, Assessment.Builder::build)
      .required("kind", enumOf(AssessmentKind.class), Assessment::kind, Assessment.Builder::kind)
      .required("scope", enumOf(AssessmentScope.class), Assessment::scope, Assessment.Builder::scope)
      .optional("description", LONG, Assessment::description, Assessment.Builder::description)
      .optional("completed", PARTIAL_DATE, Assessment::completed, Assessment.Builder::completed)
      .optional("author", SHORT, Assessment::author, Assessment.Builder::author)
      .optional("findings", LONG, Assessment::findings, Assessment.Builder::findings)
      .optional("benefitCostRatio", RATIO, Assessment::benefitCostRatio, Assessment.Builder::benefitCostRatio);

  static final ObjectCodec<DataSource, DataSource.Builder> DATA_SOURCE = ObjectCodec.of("DataSource",
          DataSource::builder, DataSource.Builder::build)
      .required("kind", enumOf(DataSourceKind.class), DataSource::kind, DataSource.Builder::kind)
      .optional("description", LONG, DataSource::description, DataSource.Builder::description)
      .optional("includesLabourMigration", BOOLEAN, DataSource::includesLabourMigration,
          DataSource.Builder::includesLabourMigration);

  static final ObjectCodec<Indicator, Indicator.Builder> INDICATOR = ObjectCodec.of("Indicator",
          Indicator::builder, Indicator.Builder::build)
      .required("name", text(TextRule.MEDIUM), Indicator::name, Indicator.Builder::name)
      .required("category", enumOf(ImpactCategory.class), Indicator::category, Indicator.Builder::category)
      .set("measurementPoints", enumOf(MeasurementPoint.class), Indicator::measurementPoints,
          Indicator.Builder::measurementPoints)
      .optional("sexDisaggregated", BOOLEAN, Indicator::sexDisaggregated, Indicator.Builder::sexDisaggregated);

  static final ObjectCodec<MonitoringFramework, MonitoringFramework.Builder> MONITORING = ObjectCodec.of(
          "MonitoringFramework", MonitoringFramework::builder, MonitoringFramework.Builder::build)
      .list("indicators", INDICATOR, MonitoringFramework::indicators, MonitoringFramework.Builder::indicators)
      .set("evaluations", enumOf(EvaluationKind.class), MonitoringFramework::evaluations,
          MonitoringFramework.Builder::evaluations);

  static final ObjectCodec<DevelopmentLink, DevelopmentLink.Builder> DEVELOPMENT_LINK = ObjectCodec.of(
          "DevelopmentLink", DevelopmentLink::builder, DevelopmentLink.Builder::build)
      .required("kind", enumOf(DevelopmentLinkKind.class), DevelopmentLink::kind, DevelopmentLink.Builder::kind)
      .optional("description", LONG, DevelopmentLink::description, DevelopmentLink.Builder::description);

  static final ObjectCodec<RecognitionArrangement, RecognitionArrangement.Builder> RECOGNITION = ObjectCodec.of(
          "RecognitionArrangement", RecognitionArrangement::builder, RecognitionArrangement.Builder::build)
      .required("mechanism", enumOf(RecognitionMechanism.class), RecognitionArrangement::mechanism,
          RecognitionArrangement.Builder::mechanism)
      .optional("direction", enumOf(RecognitionDirection.class), RecognitionArrangement::direction,
          RecognitionArrangement.Builder::direction)
      .set("countries", COUNTRY, RecognitionArrangement::countries, RecognitionArrangement.Builder::countries)
      .set("occupations", ISCO, RecognitionArrangement::occupations, RecognitionArrangement.Builder::occupations)
      .set("skillsPhases", enumOf(SkillsPhase.class), RecognitionArrangement::skillsPhases,
          RecognitionArrangement.Builder::skillsPhases)
      .optional("regulatedProfession", BOOLEAN, RecognitionArrangement::regulatedProfession,
          RecognitionArrangement.Builder::regulatedProfession)
      .optional("employersConsulted", BOOLEAN, RecognitionArrangement::employersConsulted,
          RecognitionArrangement.Builder::employersConsulted)
      .optional("description", LONG, RecognitionArrangement::description,
          RecognitionArrangement.Builder::description);

  static final ObjectCodec<QualificationLevel, QualificationLevel.Builder> QUALIFICATION = ObjectCodec.of(
          "QualificationLevel", QualificationLevel::builder, QualificationLevel.Builder::build)
      .optional("eqf", EQF, QualificationLevel::eqf, QualificationLevel.Builder::eqf)
      .optional("isced", ISCED, QualificationLevel::isced, QualificationLevel.Builder::isced)
      .optional("nationalFramework", text(TextRule.FRAMEWORK), QualificationLevel::nationalFramework,
          QualificationLevel.Builder::nationalFramework)
      .optional("nationalLevel", text(TextRule.LEVEL), QualificationLevel::nationalLevel,
          QualificationLevel.Builder::nationalLevel);

  static final ObjectCodec<TrainingComponent, TrainingComponent.Builder> TRAINING = ObjectCodec.of(
          "TrainingComponent", TrainingComponent::builder, TrainingComponent.Builder::build)
      .required("name", SHORT, TrainingComponent::name, TrainingComponent.Builder::name)
      .required("location", enumOf(TrainingLocation.class), TrainingComponent::location,
          TrainingComponent.Builder::location)
      .optional("country", COUNTRY, TrainingComponent::country, TrainingComponent.Builder::country)
      .optional("provider", enumOf(ProviderType.class), TrainingComponent::provider,
          TrainingComponent.Builder::provider)
      .optional("providerName", SHORT, TrainingComponent::providerName, TrainingComponent.Builder::providerName)
      .set("contents", enumOf(TrainingContent.class), TrainingComponent::contents,
          TrainingComponent.Builder::contents)
      .optional("otherContent", LONG, TrainingComponent::otherContent, TrainingComponent.Builder::otherContent)
      .optional("modality", enumOf(TrainingModality.class), TrainingComponent::modality,
          TrainingComponent.Builder::modality)
      .set("timings", enumOf(TrainingTiming.class), TrainingComponent::timings, TrainingComponent.Builder::timings)
      .optional("duration", PERIOD, TrainingComponent::duration, TrainingComponent.Builder::duration)
      .optional("qualification", QUALIFICATION, TrainingComponent::qualification,
          TrainingComponent.Builder::qualification)
      .required("track", enumOf(Track.class), TrainingComponent::track, TrainingComponent.Builder::track)
      .set("curriculumCoDesigners", enumOf(StakeholderType.class), TrainingComponent::curriculumCoDesigners,
          TrainingComponent.Builder::curriculumCoDesigners)
      .optional("genderResponsive", BOOLEAN, TrainingComponent::genderResponsive,
          TrainingComponent.Builder::genderResponsive)
      .set("skillsPhases", enumOf(SkillsPhase.class), TrainingComponent::skillsPhases,
          TrainingComponent.Builder::skillsPhases);

  static final ObjectCodec<SocialProvision, SocialProvision.Builder> SOCIAL_PROVISION = ObjectCodec.of(
          "SocialProvision", SocialProvision::builder, SocialProvision.Builder::build)
      .required("kind", enumOf(SocialProvisionKind.class), SocialProvision::kind, SocialProvision.Builder::kind)
      .optional("description", LONG, SocialProvision::description, SocialProvision.Builder::description);

  static final ObjectCodec<Cap, Cap.Builder> CAP = ObjectCodec.of("Cap", Cap::builder, Cap.Builder::build)
      .required("limit", COUNT, Cap::limit, Cap.Builder::limit)
      .optional("periodMonths", wholeNumber(WholeNumberRule.MONTHS), Cap::periodMonths, Cap.Builder::periodMonths)
      .optional("side", enumOf(Side.class), Cap::side, Cap.Builder::side)
      .optional("since", PARTIAL_DATE, Cap::since, Cap.Builder::since)
      .optional("description", LONG, Cap::description, Cap.Builder::description);

  static final ObjectCodec<LegalPathway, LegalPathway.Builder> LEGAL_PATHWAY = ObjectCodec.of("LegalPathway",
          LegalPathway::builder, LegalPathway.Builder::build)
      .required("destination", COUNTRY, LegalPathway::destination, LegalPathway.Builder::destination)
      .required("permitCategory", SHORT, LegalPathway::permitCategory, LegalPathway.Builder::permitCategory)
      .optional("employerTied", BOOLEAN, LegalPathway::employerTied, LegalPathway.Builder::employerTied)
      .optional("changeOfEmployerAllowed", BOOLEAN, LegalPathway::changeOfEmployerAllowed,
          LegalPathway.Builder::changeOfEmployerAllowed)
      .optional("jobSearchVisa", BOOLEAN, LegalPathway::jobSearchVisa, LegalPathway.Builder::jobSearchVisa)
      .optional("renewable", BOOLEAN, LegalPathway::renewable, LegalPathway.Builder::renewable)
      .optional("routeToLongTermResidence", BOOLEAN, LegalPathway::routeToLongTermResidence,
          LegalPathway.Builder::routeToLongTermResidence)
      .optional("fastTrack", BOOLEAN, LegalPathway::fastTrack, LegalPathway.Builder::fastTrack)
      .optional("labourMarketTest", BOOLEAN, LegalPathway::labourMarketTest, LegalPathway.Builder::labourMarketTest)
      .optional("registeredEmployers", BOOLEAN, LegalPathway::registeredEmployers,
          LegalPathway.Builder::registeredEmployers)
      .optional("multipleEntry", BOOLEAN, LegalPathway::multipleEntry, LegalPathway.Builder::multipleEntry)
      .list("caps", CAP, LegalPathway::caps, LegalPathway.Builder::caps)
      .optional("processingDays", wholeNumber(WholeNumberRule.DAYS), LegalPathway::processingDays,
          LegalPathway.Builder::processingDays)
      .optional("description", LONG, LegalPathway::description, LegalPathway.Builder::description);

  static final ObjectCodec<Procedure, Procedure.Builder> PROCEDURE = ObjectCodec.of("Procedure",
          Procedure::builder, Procedure.Builder::build)
      .required("phase", enumOf(MigrationPhase.class), Procedure::phase, Procedure.Builder::phase)
      .required("kind", enumOf(ProcedureKind.class), Procedure::kind, Procedure.Builder::kind)
      .optional("responsible", SHORT, Procedure::responsible, Procedure.Builder::responsible)
      .optional("description", LONG, Procedure::description, Procedure.Builder::description);

  static final ObjectCodec<FundingSource, FundingSource.Builder> FUNDING_SOURCE = ObjectCodec.of(
          "FundingSource", FundingSource::builder, FundingSource.Builder::build)
      .required("name", SHORT, FundingSource::name, FundingSource.Builder::name)
      .required("type", enumOf(Payer.class), FundingSource::type, FundingSource.Builder::type)
      .optional("side", enumOf(Side.class), FundingSource::side, FundingSource.Builder::side)
      .optional("country", COUNTRY, FundingSource::country, FundingSource.Builder::country)
      .optional("amount", MONEY, FundingSource::amount, FundingSource.Builder::amount);

  static final ObjectCodec<FinancingMechanism, FinancingMechanism.Builder> FINANCING_MECHANISM = ObjectCodec.of(
          "FinancingMechanism", FinancingMechanism::builder, FinancingMechanism.Builder::build)
      .required("kind", enumOf(MechanismKind.class), FinancingMechanism::kind, FinancingMechanism.Builder::kind)
      .optional("description", LONG, FinancingMechanism::description, FinancingMechanism.Builder::description);

  static final ObjectCodec<PayerShare, PayerShare.Builder> PAYER_SHARE = ObjectCodec.of("PayerShare",
          PayerShare::builder, PayerShare.Builder::build)
      .required("payer", enumOf(Payer.class), PayerShare::payer, PayerShare.Builder::payer)
      .required("percent", PERCENT, PayerShare::percent, PayerShare.Builder::percent);

  static final ObjectCodec<Payment, Payment.Builder> PAYMENT = ObjectCodec.of("Payment", Payment::builder,
          Payment.Builder::build)
      .required("payer", enumOf(Payer.class), Payment::payer, Payment.Builder::payer)
      .optional("side", enumOf(Side.class), Payment::side, Payment.Builder::side)
      .optional("country", COUNTRY, Payment::country, Payment.Builder::country)
      .optional("mechanism", enumOf(PaymentMechanism.class), Payment::mechanism, Payment.Builder::mechanism)
      .optional("amount", MONEY, Payment::amount, Payment.Builder::amount)
      .optional("percent", PERCENT, Payment::percent, Payment.Builder::percent)
      .optional("above", MONEY, Payment::above, Payment.Builder::above)
      .optional("due", enumOf(MigrationPhase.class), Payment::due, Payment.Builder::due)
      .optional("description", LONG, Payment::description, Payment.Builder::description);

  static final ObjectCodec<CostItem, CostItem.Builder> COST_ITEM = ObjectCodec.of("CostItem", CostItem::builder,
          CostItem.Builder::build)
      .required("item", enumOf(CostItemKind.class), CostItem::item, CostItem.Builder::item)
      .optional("description", LONG, CostItem::description, CostItem.Builder::description)
      .optional("basis", enumOf(CostBasis.class), CostItem::basis, CostItem.Builder::basis)
      .optional("amount", MONEY, CostItem::amount, CostItem.Builder::amount)
      .list("shares", PAYER_SHARE, CostItem::shares, CostItem.Builder::shares)
      .list("payments", PAYMENT, CostItem::payments, CostItem.Builder::payments);

  static final ObjectCodec<RecruitmentProvision, RecruitmentProvision.Builder> RECRUITMENT = ObjectCodec.of(
          "RecruitmentProvision", RecruitmentProvision::builder, RecruitmentProvision.Builder::build)
      .required("safeguard", enumOf(RecruitmentSafeguard.class), RecruitmentProvision::safeguard,
          RecruitmentProvision.Builder::safeguard)
      .optional("description", LONG, RecruitmentProvision::description, RecruitmentProvision.Builder::description);

  static final ObjectCodec<ParticipantFigure, ParticipantFigure.Builder> PARTICIPANT_FIGURE = ObjectCodec.of(
          "ParticipantFigure", ParticipantFigure::builder, ParticipantFigure.Builder::build)
      .required("kind", enumOf(FigureKind.class), ParticipantFigure::kind, ParticipantFigure.Builder::kind)
      .optional("planned", COUNT, ParticipantFigure::planned, ParticipantFigure.Builder::planned)
      .optional("actual", COUNT, ParticipantFigure::actual, ParticipantFigure.Builder::actual)
      .flag("womenOnly", ParticipantFigure::womenOnly, ParticipantFigure.Builder::womenOnly)
      .optional("track", enumOf(Track.class), ParticipantFigure::track, ParticipantFigure.Builder::track)
      .optional("country", COUNTRY, ParticipantFigure::country, ParticipantFigure.Builder::country)
      .optional("asOf", PARTIAL_DATE, ParticipantFigure::asOf, ParticipantFigure.Builder::asOf)
      .optional("description", LONG, ParticipantFigure::description, ParticipantFigure.Builder::description);

  static final ObjectCodec<Outcome, Outcome.Builder> OUTCOME = ObjectCodec.of("Outcome", Outcome::builder,
          Outcome.Builder::build)
      .required("kind", enumOf(OutcomeKind.class), Outcome::kind, Outcome.Builder::kind)
      .optional("count", COUNT, Outcome::count, Outcome.Builder::count)
      .optional("percent", SHARE, Outcome::percent, Outcome.Builder::percent)
      .optional("amount", MONEY, Outcome::amount, Outcome.Builder::amount)
      .optional("skillsPhase", enumOf(SkillsPhase.class), Outcome::skillsPhase, Outcome.Builder::skillsPhase)
      .optional("track", enumOf(Track.class), Outcome::track, Outcome.Builder::track)
      .optional("country", COUNTRY, Outcome::country, Outcome.Builder::country)
      .optional("asOf", PARTIAL_DATE, Outcome::asOf, Outcome.Builder::asOf)
      .optional("description", LONG, Outcome::description, Outcome.Builder::description);

  static final ObjectCodec<DatedChange, DatedChange.Builder> DATED_CHANGE = ObjectCodec.of("DatedChange",
          DatedChange::builder, DatedChange.Builder::build)
      .required("date", PARTIAL_DATE, DatedChange::date, DatedChange.Builder::date)
      .required("kind", enumOf(ChangeKind.class), DatedChange::kind, DatedChange.Builder::kind)
      .optional("country", COUNTRY, DatedChange::country, DatedChange.Builder::country)
      .required("description", LONG, DatedChange::description, DatedChange.Builder::description);

  static final ObjectCodec<Strand, Strand.Builder> STRAND = ObjectCodec.of("Strand", Strand::builder,
          Strand.Builder::build)
      .required("name", SHORT, Strand::name, Strand.Builder::name)
      .set("origins", COUNTRY, Strand::origins, Strand.Builder::origins)
      .set("destinations", COUNTRY, Strand::destinations, Strand.Builder::destinations)
      .optional("implementer", SHORT, Strand::implementer, Strand.Builder::implementer)
      .optional("description", LONG, Strand::description, Strand.Builder::description)
      .optional("timeFrame", TIME_FRAME, Strand::timeFrame, Strand.Builder::timeFrame)
      .set("sectors", ISIC, Strand::sectors, Strand.Builder::sectors)
      .list("occupations", OCCUPATION, Strand::occupations, Strand.Builder::occupations)
      .list("pathways", LEGAL_PATHWAY, Strand::pathways, Strand.Builder::pathways)
      .list("training", TRAINING, Strand::training, Strand.Builder::training)
      .list("participants", PARTICIPANT_FIGURE, Strand::participants, Strand.Builder::participants);

  static final ObjectCodec<Citation, Citation.Builder> CITATION = ObjectCodec.of("Citation", Citation::builder,
          Citation.Builder::build)
      .required("key", text(TextRule.KEY),
          Citation::key, Citation.Builder::key)
      .required("title", text(TextRule.MEDIUM), Citation::title, Citation.Builder::title)
      .optional("publisher", SHORT, Citation::publisher, Citation.Builder::publisher)
      .optional("published", PARTIAL_DATE, Citation::published, Citation.Builder::published)
      .optional("url", URL, Citation::url, Citation.Builder::url)
      .optional("accessed", LOCAL_DATE, Citation::accessed, Citation.Builder::accessed)
      .optional("supports", LONG, Citation::supports, Citation.Builder::supports);

  /** The root: a whole partnership document. */
  static final ObjectCodec<Partnership, Partnership.Builder> PARTNERSHIP = ObjectCodec.root("Partnership",
          Partnership::builder, Partnership.Builder::build)
      .required("id", text(TextRule.ID),
          Partnership::id, Partnership.Builder::id)
      .required("title", SHORT, Partnership::title, Partnership.Builder::title)
      .optional("summary", ESSAY, Partnership::summary, Partnership.Builder::summary)
      .required("status", enumOf(PartnershipStatus.class), Partnership::status, Partnership.Builder::status)
      .optional("asOf", PARTIAL_DATE, Partnership::asOf, Partnership.Builder::asOf)
      .set("models", enumOf(PartnershipModel.class), Partnership::models, Partnership.Builder::models)
      .requiredList("parties", PARTY, Partnership::parties, Partnership.Builder::parties)
      .defaulted("scope", enumOf(AgreementScope.class), Partnership::scope, Partnership.Builder::scope)
      .list("strands", STRAND, Partnership::strands, Partnership.Builder::strands)
      .list("formsOfEngagement", FORM_OF_ENGAGEMENT, Partnership::formsOfEngagement,
          Partnership.Builder::formsOfEngagement)
      .set("migrationTypes", enumOf(MigrationType.class), Partnership::migrationTypes,
          Partnership.Builder::migrationTypes)
      .set("mobilityModes", enumOf(MobilityMode.class), Partnership::mobilityModes,
          Partnership.Builder::mobilityModes)
      .optional("timeFrame", TIME_FRAME, Partnership::timeFrame, Partnership.Builder::timeFrame)
      .optional("skillLevels", SKILL_LEVEL_RANGE, Partnership::skillLevels, Partnership.Builder::skillLevels)
      .optional("jobSkillLevels", SKILL_LEVEL_RANGE, Partnership::jobSkillLevels,
          Partnership.Builder::jobSkillLevels)
      .optional("workerSkillLevels", SKILL_LEVEL_RANGE, Partnership::workerSkillLevels,
          Partnership.Builder::workerSkillLevels)
      .set("sectors", ISIC, Partnership::sectors, Partnership.Builder::sectors)
      .list("occupations", OCCUPATION, Partnership::occupations, Partnership.Builder::occupations)
      .list("flexibility", FLEXIBILITY, Partnership::flexibility, Partnership.Builder::flexibility)
      .list("objectives", OBJECTIVE, Partnership::objectives, Partnership.Builder::objectives)
      .list("stakeholders", STAKEHOLDER, Partnership::stakeholders, Partnership.Builder::stakeholders)
      .optional("governance", GOVERNANCE, Partnership::governance, Partnership.Builder::governance)
      .list("assessments", ASSESSMENT, Partnership::assessments, Partnership.Builder::assessments)
      .list("dataSources", DATA_SOURCE, Partnership::dataSources, Partnership.Builder::dataSources)
      .optional("monitoring", MONITORING, Partnership::monitoring, Partnership.Builder::monitoring)
      .list("developmentLinks", DEVELOPMENT_LINK, Partnership::developmentLinks,
          Partnership.Builder::developmentLinks)
      .list("recognition", RECOGNITION, Partnership::recognition, Partnership.Builder::recognition)
      .list("training", TRAINING, Partnership::training, Partnership.Builder::training)
      .list("socialProvisions", SOCIAL_PROVISION, Partnership::socialProvisions,
          Partnership.Builder::socialProvisions)
      .optional("uncertaintyDisclosed", BOOLEAN, Partnership::uncertaintyDisclosed,
          Partnership.Builder::uncertaintyDisclosed)
      .list("pathways", LEGAL_PATHWAY, Partnership::pathways, Partnership.Builder::pathways)
      .list("procedures", PROCEDURE, Partnership::procedures, Partnership.Builder::procedures)
      .list("fundingSources", FUNDING_SOURCE, Partnership::fundingSources, Partnership.Builder::fundingSources)
      .list("financingMechanisms", FINANCING_MECHANISM, Partnership::financingMechanisms,
          Partnership.Builder::financingMechanisms)
      .list("costs", COST_ITEM, Partnership::costs, Partnership.Builder::costs)
      .optional("sustainabilityPlan", ESSAY, Partnership::sustainabilityPlan,
          Partnership.Builder::sustainabilityPlan)
      .optional("publicFundsSafeguarded", BOOLEAN, Partnership::publicFundsSafeguarded,
          Partnership.Builder::publicFundsSafeguarded)
      .list("recruitmentProvisions", RECRUITMENT, Partnership::recruitmentProvisions,
          Partnership.Builder::recruitmentProvisions)
      .optional("governmentToGovernment", BOOLEAN, Partnership::governmentToGovernment,
          Partnership.Builder::governmentToGovernment)
      .list("participants", PARTICIPANT_FIGURE, Partnership::participants, Partnership.Builder::participants)
      .list("outcomes", OUTCOME, Partnership::outcomes, Partnership.Builder::outcomes)
      .list("changes", DATED_CHANGE, Partnership::changes, Partnership.Builder::changes)
      .list("citations", CITATION, Partnership::citations, Partnership.Builder::citations)
      .optional("notes", ESSAY, Partnership::notes, Partnership.Builder::notes);

  /** Writes {@code partnership} as a document (formatVersion first). */
  public static void write(Partnership partnership, JsonGenerator out) {
    PARTNERSHIP.encode(partnership, out);
  }

  /** Every object type of the format, root first, for the format reference. */
  static List<ObjectCodec<?, ?>> types() {
    return List.of(PARTNERSHIP, PARTY, STRAND, FORM_OF_ENGAGEMENT, TIME_FRAME, SKILL_LEVEL_RANGE, OCCUPATION,
        FLEXIBILITY, OBJECTIVE, STAKEHOLDER, PHASED_ROLE, GOVERNANCE, GOVERNANCE_BODY, WORKING_GROUP, ASSESSMENT,
        DATA_SOURCE, MONITORING, INDICATOR, DEVELOPMENT_LINK, RECOGNITION, TRAINING, QUALIFICATION, SOCIAL_PROVISION,
        LEGAL_PATHWAY, CAP, PROCEDURE, FUNDING_SOURCE, FINANCING_MECHANISM, COST_ITEM, PAYER_SHARE, PAYMENT,
        RECRUITMENT, PARTICIPANT_FIGURE, OUTCOME, DATED_CHANGE, CITATION);
  }
}
