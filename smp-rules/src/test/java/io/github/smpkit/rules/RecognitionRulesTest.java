package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recognition.RecognitionMechanism;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
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
}
