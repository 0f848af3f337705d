package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recognition.RecognitionArrangement;
import io.github.smpkit.core.recognition.RecognitionMechanism;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.typology.AgreementScope;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of element 5, skills classification and recognition (ch. 7): each outcome they can reach. */
class RecognitionRulesTest {

  private static final PartnershipValidator ALL = PartnershipValidator.builder().ruleSets("iom-smp", "blma").build();

  static Evaluation evaluate(String id, Partnership p) {
    return ALL.validate(p).evaluation(id).orElseThrow(() -> new AssertionError(id + " did not run"));
  }

  static void assertOutcome(Outcome expected, String id, Partnership p) {
    Evaluation e = evaluate(id, p);
    assertEquals(expected, e.outcome(), () -> id + ": " + e.findings());
  }

  static void assertBreach(String id, Partnership p, Severity severity, String... evidence) {
    Evaluation e = evaluate(id, p);
    assertEquals(Outcome.BREACH, e.outcome(), () -> id + ": " + e.findings());
    Finding breach = e.findings().stream().filter(f -> f.outcome() == Outcome.BREACH).findFirst().orElseThrow();
    assertEquals(Optional.of(severity), breach.severity(), breach::toString);
    assertEquals(Set.of(evidence), breach.evidence().stream().map(Evidence::pointer).collect(Collectors.toSet()),
        breach::toString);
  }

  private static Partnership exemplary() {
    return GoodPractice.exemplary();
  }

  private static Partnership recognition(Partnership p,
      java.util.function.Function<io.github.smpkit.core.recognition.RecognitionArrangement,
          io.github.smpkit.core.recognition.RecognitionArrangement> f) {
    return p.withRecognition(Edits.map(p.recognition(), f));
  }

  private static Partnership health(Partnership p) {
    return p.withSectors(List.of(IsicCode.of("Q"))).withOccupations(List.of(Occupation.of(IscoCode.of("2221"))));
  }

  @Test
  void recog001RecognitionInEachDestination() {
    String id = "SMP-RECOG-001";
    assertOutcome(Outcome.GAP, id, exemplary());
    assertOutcome(Outcome.MET, id, recognition(exemplary(), r -> r.withCountries(Country.of("BE"))));
    assertOutcome(Outcome.GAP, id, recognition(exemplary(), r -> r.withCountries(Country.of("NG"))));
    assertOutcome(Outcome.GAP, id, exemplary().withRecognition(List.of()));
  }

  @Test
  void recog002DecidesFromItsOwnFactsEvenWithoutRecognition() {
    String id = "SMP-RECOG-002";
    assertOutcome(Outcome.GAP, id, exemplary());
    assertOutcome(Outcome.MET, id, recognition(exemplary(), r -> r.withRegulatedProfession(true)));
    assertOutcome(Outcome.NOT_APPLICABLE, id, recognition(exemplary(), r -> r.withRegulatedProfession(false)));
    assertOutcome(Outcome.MET, id, health(exemplary()));
    Partnership healthNoRoute = Edits.noRecognition(health(exemplary()), RecognitionMechanism.MUTUAL_RECOGNITION_AGREEMENT,
        RecognitionMechanism.DOUBLE_CERTIFICATION, RecognitionMechanism.FAST_TRACK);
    assertOutcome(Outcome.GAP, id, healthNoRoute);
    // no recognition recorded at all: the rule still runs and asks
    assertOutcome(Outcome.GAP, id, health(exemplary()).withRecognition(List.of()));
    assertOutcome(Outcome.GAP, id, exemplary().withRecognition(List.of()));
  }

  @Test
  void recog003TechnicalTrainingLeadsToAQualification() {
    String id = "SMP-RECOG-003";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.training(exemplary(), t -> t.withQualification(Optional.empty())));
    assertOutcome(Outcome.NOT_APPLICABLE, id, Edits.training(exemplary(),
        t -> t.withContents(TrainingContent.LANGUAGE)));
    assertOutcome(Outcome.GAP, id, Edits.training(exemplary(), t -> t.withContents(List.of())));
    assertOutcome(Outcome.GAP, id, exemplary().withTraining(List.of()));
  }

  @Test
  void recog004CertificationCountsOnBothSides() {
    String id = "SMP-RECOG-004";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.noRecognition(exemplary(), RecognitionMechanism.MUTUAL_RECOGNITION_AGREEMENT,
        RecognitionMechanism.DOUBLE_CERTIFICATION));
  }

  @Test
  void recog005ACertifyingBodyTakesPart() {
    String id = "SMP-RECOG-005";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.noStakeholder(exemplary(), StakeholderType.CERTIFICATION_BODY));
  }

  @Test
  void recog006PriorLearning() {
    String id = "SMP-RECOG-006";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.noRecognition(exemplary(), RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING));
  }

  @Test
  void recog007SkillLevelsAgreeWithTheOccupations() {
    String id = "SMP-RECOG-007";
    assertOutcome(Outcome.MET, id, exemplary());
    // issue 9: the rule once ran only when recognition was described; it decides from its own facts
    assertOutcome(Outcome.MET, id, exemplary().withRecognition(List.of()));
    // classifications differ between countries (Box 17): a difference is a question, not a breach
    assertOutcome(Outcome.GAP, id, exemplary().withSkillLevels(SkillLevelRange.only(SkillLevel.LOW)));
    assertOutcome(Outcome.GAP, id, exemplary().withSkillLevels(Optional.empty()));
    assertOutcome(Outcome.GAP, id, exemplary().withOccupations(List.of()));
  }

  @Test
  void recog008SkillsGainedAbroadAreRecorded() {
    String id = "SMP-RECOG-008";
    assertOutcome(Outcome.MET, id, exemplary());
    Partnership none = Edits.noProcedureKind(Edits.noRecognition(exemplary(), RecognitionMechanism.SKILLS_PASSPORT,
        RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING), ProcedureKind.SKILLS_VERIFICATION_ON_RETURN);
    assertOutcome(Outcome.GAP, id, none);
    assertOutcome(Outcome.MET, id, none.withProcedures(Procedure.builder()
        .phase(MigrationPhase.RETURN_AND_REINTEGRATION).kind(ProcedureKind.RECOGNITION).build()));
    assertOutcome(Outcome.NOT_APPLICABLE, id, none.withMobilityModes(MobilityMode.REMOTE));
  }

  // --- SMP-RECOG-009 ------------------------------------------------------------------------------

  @Test
  void employersAskedWhichCertificatesTheyTrustReachesEveryOutcome() {
    String id = "SMP-RECOG-009";
    Partnership good = GoodPractice.exemplary();
    assertOutcome(Outcome.MET, id, good);
    assertOutcome(Outcome.GAP, id, good.withRecognition(List.of()));
    Partnership unknown = good.withRecognition(good.recognition().stream()
        .map(r -> r.withEmployersConsulted(Optional.empty())).collect(Collectors.toList()));
    assertOutcome(Outcome.GAP, id, unknown);
    Partnership no = good.withRecognition(good.recognition().subList(0, 2).stream()
        .map(r -> r.withEmployersConsulted(false)).collect(Collectors.toList()));
    assertBreach(id, no, Severity.WARNING, "/recognition/0/employersConsulted", "/recognition/1/employersConsulted");
  }

  // --- every finding pinned (PIT: the arrangement, component or stakeholder each finding points at) ---

  private static List<String> lines(Partnership p, String id) {
    return FindingLines.of(p, id);
  }

  private static RecognitionArrangement arrangement(RecognitionMechanism m) {
    return RecognitionArrangement.builder().mechanism(m).build();
  }

  /** NG to BE and DE. */
  private static Partnership twoDestinations() {
    return Partnership.builder().from(exemplary()).scope(AgreementScope.MULTILATERAL)
        .parties(List.of(Party.origin(Country.of("NG")), Party.destination(Country.of("BE")),
            Party.destination(Country.of("DE")))).build();
  }

  @Test
  void recog001LooksForAnArrangementCoveringEachDestination() {
    String id = "SMP-RECOG-001";
    RecognitionArrangement unknown = arrangement(RecognitionMechanism.DOUBLE_CERTIFICATION);
    RecognitionArrangement ng = unknown.withCountries(Country.of("NG"));
    RecognitionArrangement be = unknown.withCountries(Country.of("BE"));
    assertEquals(List.of("gap.countries /recognition [BE]"), lines(exemplary(), id));
    assertEquals(List.of("met /recognition/1/countries [BE]"), lines(exemplary().withRecognition(ng, be, be), id));
    assertEquals(List.of("gap.destination /recognition [BE]"), lines(exemplary().withRecognition(ng), id));
    assertEquals(List.of("gap.countries /recognition [BE]"), lines(exemplary().withRecognition(ng, unknown), id));
    assertEquals(List.of("gap.countries /recognition [BE]"), lines(exemplary().withRecognition(unknown, ng), id));
    assertEquals(List.of("gap.none /recognition [BE, DE]"), lines(twoDestinations().withRecognition(List.of()), id));
    assertEquals(List.of("met /recognition/0/countries [BE]", "gap.destination /recognition [DE]"),
        lines(twoDestinations().withRecognition(be), id));
  }

  @Test
  void recog002NamesTheFirstArrangementForARegulatedProfession() {
    String id = "SMP-RECOG-002";
    RecognitionArrangement regulated = arrangement(RecognitionMechanism.DOUBLE_CERTIFICATION)
        .withRegulatedProfession(true);
    RecognitionArrangement not = arrangement(RecognitionMechanism.SKILLS_PASSPORT).withRegulatedProfession(false);
    RecognitionArrangement unknown = arrangement(RecognitionMechanism.SKILLS_PASSPORT);
    assertEquals(List.of("met.regulated /recognition/1 [DOUBLE_CERTIFICATION]"), lines(exemplary().withRecognition(
        not, regulated, regulated.withMechanism(RecognitionMechanism.FAST_TRACK)), id));
    assertEquals(List.of("met.regulated /recognition/0 [DOUBLE_CERTIFICATION]"), lines(exemplary().withRecognition(
        regulated, unknown), id));
    assertEquals(List.of("met.regulated /recognition/0 [DOUBLE_CERTIFICATION]"), lines(exemplary().withRecognition(
        regulated, regulated.withMechanism(RecognitionMechanism.FAST_TRACK)), id));
    assertEquals(List.of("met.other /recognition/0 []"), lines(exemplary().withRecognition(RecognitionArrangement
        .builder().mechanism(RecognitionMechanism.OTHER).description("A licence to practise").regulatedProfession(true)
        .build()), id));
    assertOutcome(Outcome.NOT_APPLICABLE, id, exemplary().withRecognition(not, not));
    assertEquals(List.of("gap.regulated /recognition []"), lines(exemplary().withRecognition(not, unknown), id));
    assertEquals(List.of("gap.regulated /recognition []"), lines(exemplary().withRecognition(unknown, not), id));
    assertEquals(List.of("gap.regulated /recognition []"), lines(exemplary().withRecognition(List.of()), id));
  }

  @Test
  void recog002AsksAboutHealthWorkNamingItsCodes() {
    String id = "SMP-RECOG-002";
    assertEquals(List.of("met.health /recognition [mutual recognition agreement, double certification, fast track]"),
        lines(health(exemplary()), id));
    assertEquals(List.of("met.health /recognition [regional qualifications framework]"), lines(health(exemplary())
        .withRecognition(arrangement(RecognitionMechanism.SKILLS_PASSPORT), arrangement(
            RecognitionMechanism.REGIONAL_QUALIFICATIONS_FRAMEWORK)), id));
    assertEquals(List.of("gap.health /recognition [ISIC Q, ISCO 2221]"), lines(health(exemplary()).withRecognition(
        arrangement(RecognitionMechanism.SKILLS_PASSPORT)), id));
    assertEquals(List.of("gap.health /recognition [ISIC Q, ISCO 2221]"), lines(health(exemplary()).withRecognition(
        List.of()), id));
  }

  @Test
  void recog003JudgesEachTechnicalComponentAndAsksWhatOthersTeach() {
    String id = "SMP-RECOG-003";
    TrainingComponent course = exemplary().training().get(0);
    assertEquals(List.of("met /training/0/qualification [GP dual-track course]"), lines(exemplary(), id));
    assertEquals(List.of("gap.qualification /training/1/qualification [Second]", "gap.contents /training/2/contents"
        + " [Third]"), lines(exemplary().withTraining(course.withContents(TrainingContent.LANGUAGE),
            course.withName("Second").withContents(TrainingContent.TECHNICAL).withQualification(Optional.empty()),
            course.withName("Third").withContents(List.of())), id));
    assertEquals(List.of("gap.none /training []"), lines(exemplary().withTraining(List.of()), id));
  }

  @Test
  void recog004NamesThePortableMechanismsOnce() {
    String id = "SMP-RECOG-004";
    assertEquals(List.of("met /recognition [mutual recognition agreement, double certification]"),
        lines(exemplary(), id));
    assertEquals(List.of("met /recognition [accredited joint certificate]"), lines(exemplary().withRecognition(
        arrangement(RecognitionMechanism.FAST_TRACK), arrangement(RecognitionMechanism.ACCREDITED_JOINT_CERTIFICATE),
        arrangement(RecognitionMechanism.ACCREDITED_JOINT_CERTIFICATE)), id));
    assertEquals(List.of("gap /recognition []"), lines(exemplary().withRecognition(arrangement(
        RecognitionMechanism.FAST_TRACK)), id));
  }

  @Test
  void recog005IsMetByACertificationBodyOrACertifier() {
    String id = "SMP-RECOG-005";
    assertEquals(List.of("met /stakeholders/9 [GP certifier]"), lines(exemplary(), id));
    Partnership noBody = Edits.noStakeholder(exemplary(), StakeholderType.CERTIFICATION_BODY);
    assertEquals(List.of("gap /stakeholders []"), lines(noBody, id));
    List<Stakeholder> actors = new ArrayList<>(noBody.stakeholders());
    actors.add(GoodPractice.stakeholder("Skills council", StakeholderType.NGO, Country.of("BE"),
        StakeholderRole.CERTIFIER));
    assertEquals(List.of("met /stakeholders/11 [Skills council]"), lines(noBody.withStakeholders(actors), id));
    actors.set(11, GoodPractice.stakeholder("Qualifications agency", StakeholderType.CERTIFICATION_BODY,
        Country.of("BE"), StakeholderRole.ADVISORY));
    assertEquals(List.of("met /stakeholders/11 [Qualifications agency]"), lines(noBody.withStakeholders(actors), id));
  }

  @Test
  void recog006And007PinTheirFindings() {
    assertEquals(List.of("met /recognition []"), lines(exemplary(), "SMP-RECOG-006"));
    assertEquals(List.of("gap /recognition []"), lines(Edits.noRecognition(exemplary(),
        RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING), "SMP-RECOG-006"));
    String id = "SMP-RECOG-007";
    assertEquals(List.of("met /occupations/0/isco [2512, LOW..HIGH]"), lines(exemplary(), id));
    Partnership low = exemplary().withSkillLevels(SkillLevelRange.only(SkillLevel.LOW))
        .withOccupations(Occupation.of(IscoCode.of("9112")), Occupation.of(IscoCode.of("2512")));
    assertEquals(List.of("met /occupations/0/isco [9112, LOW]", "gap.level /occupations/1/isco [2512, "
        + IscoCode.of("2512").title() + ", [HIGH], LOW]"), lines(low, id));
    assertEquals(List.of("gap.skillLevels /skillLevels []"), lines(exemplary().withSkillLevels(Optional.empty()), id));
    assertEquals(List.of("gap.occupations /occupations []"), lines(exemplary().withOccupations(List.of()), id));
  }

  @Test
  void recog008IsMetByAnArrangementOrAProcedureAfterTheStay() {
    String id = "SMP-RECOG-008";
    assertEquals(List.of("met.arrangement /recognition [recognition of prior learning, skills passport]"),
        lines(exemplary(), id));
    Partnership none = Edits.noProcedureKind(Edits.noRecognition(exemplary(), RecognitionMechanism.SKILLS_PASSPORT,
        RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING), ProcedureKind.SKILLS_VERIFICATION_ON_RETURN);
    Procedure onArrival = Procedure.builder().phase(MigrationPhase.ARRIVAL).kind(ProcedureKind.RECOGNITION).build();
    assertEquals(List.of("met.arrangement /recognition [skills passport]"), lines(none.withRecognition(arrangement(
        RecognitionMechanism.SKILLS_PASSPORT)), id));
    assertEquals(List.of("met.procedure /procedures/1 []"), lines(none.withProcedures(onArrival, onArrival.withPhase(
        MigrationPhase.ONWARD_MIGRATION)), id));
    assertEquals(List.of("met.procedure /procedures/1 []"), lines(none.withProcedures(onArrival, onArrival.withKind(
        ProcedureKind.SKILLS_VERIFICATION_ON_RETURN)), id));
    assertEquals(List.of("met.procedure /procedures/1 []"), lines(none.withProcedures(onArrival.withKind(
        ProcedureKind.HEALTH).withPhase(MigrationPhase.RETURN_AND_REINTEGRATION), onArrival.withPhase(
            MigrationPhase.RETURN_AND_REINTEGRATION)), id));
    assertEquals(List.of("gap /recognition []"), lines(none.withProcedures(onArrival), id));
  }

  @Test
  void recog009BreachesOnlyWhenEveryArrangementRecordsThatEmployersWereNotAsked() {
    String id = "SMP-RECOG-009";
    RecognitionArrangement asked = arrangement(RecognitionMechanism.DOUBLE_CERTIFICATION).withEmployersConsulted(true);
    RecognitionArrangement notAsked = asked.withEmployersConsulted(false);
    RecognitionArrangement unknown = asked.withEmployersConsulted(Optional.empty());
    assertEquals(List.of("met /recognition/0/employersConsulted []"), lines(exemplary(), id));
    assertEquals(List.of("met /recognition/1/employersConsulted []"), lines(exemplary().withRecognition(notAsked,
        asked), id));
    assertEquals(List.of("breach WARNING /recognition [] [/recognition/0/employersConsulted = false,"
        + " /recognition/1/employersConsulted = false]"), lines(exemplary().withRecognition(notAsked, notAsked), id));
    assertEquals(List.of("gap /recognition []"), lines(exemplary().withRecognition(notAsked, unknown), id));
    assertEquals(List.of("gap /recognition []"), lines(exemplary().withRecognition(List.of()), id));
  }
}
