package io.github.smpkit.rules;

import static io.github.smpkit.rules.RecognitionRulesTest.assertBreach;
import static io.github.smpkit.rules.RecognitionRulesTest.assertOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.training.ProviderType;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.training.TrainingTiming;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.PartnershipModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of element 6, skills development and training (ch. 8): each outcome they can reach. */
class TrainingRulesTest {

  private static Partnership exemplary() {
    return GoodPractice.exemplary();
  }

  private static Partnership without(Partnership p, TrainingContent content) {
    return Edits.training(p, t -> t.withContents(Edits.minus(t.contents(), content)));
  }

  @Test
  void train002SomeTrainingInTheOrigin() {
    String id = "SMP-TRAIN-002";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.training(exemplary(), t -> t.withLocation(TrainingLocation.DESTINATION)));
    assertOutcome(Outcome.GAP, id, exemplary().withTraining(List.of()));
  }

  @Test
  void train003EmployersHelpDesignTheCurricula() {
    String id = "SMP-TRAIN-003";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.training(exemplary(),
        t -> t.withCurriculumCoDesigners(StakeholderType.PUBLIC_TRAINING_INSTITUTION)));
    assertOutcome(Outcome.GAP, id, exemplary().withTraining(List.of()));
  }

  @Test
  void aDeclaredGlobalSkillPartnershipNeverImplementedIsAskedNotAccused() {
    // issue 9: SMP-GSP-004 reported an error on yes-kosovo, a dual-track plan never implemented
    Partnership p = Edits.training(exemplary(), t -> t.withCurriculumCoDesigners(List.of()))
        .withModels(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP).withStatus(PartnershipStatus.NOT_IMPLEMENTED);
    assertOutcome(Outcome.GAP, "SMP-TRAIN-003", p);
    assertOutcome(Outcome.MET, "SMP-TRAIN-002", p);
    assertEquals(List.of(), PartnershipValidator.catalogue().stream().map(Rule::id)
        .filter(i -> i.equals("SMP-GSP-003") || i.equals("SMP-GSP-004") || i.equals("SMP-TRAIN-000"))
        .collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void train004MigrantsHelpDesignTheTraining() {
    String id = "SMP-TRAIN-004";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.training(exemplary(), t -> t.withCurriculumCoDesigners(StakeholderType.EMPLOYER)));
    assertOutcome(Outcome.GAP, id, exemplary().withTraining(List.of()));
  }

  @Test
  void train005OrientationAndRightsBeforeDepartureAndOnArrival() {
    String id = "SMP-TRAIN-005";
    assertOutcome(Outcome.MET, id, exemplary());
    Partnership noOrientationContent = without(exemplary(), TrainingContent.PRE_DEPARTURE_ORIENTATION);
    assertOutcome(Outcome.MET, id, noOrientationContent); // the ORIENTATION procedure still counts
    assertOutcome(Outcome.GAP, id, Edits.noProcedureKind(noOrientationContent, ProcedureKind.ORIENTATION));
    assertOutcome(Outcome.GAP, id, without(exemplary(), TrainingContent.RIGHTS_AWARENESS));
    assertOutcome(Outcome.GAP, id, exemplary().withTraining(List.of()).withProcedures(List.of()));
    assertOutcome(Outcome.NOT_APPLICABLE, id, exemplary().withMobilityModes(MobilityMode.REMOTE));
    // the former SMP-BLMA-005 is merged into this rule, which the blma set names
    assertEquals(List.of(), PartnershipValidator.ruleSet("blma").stream()
        .filter(i -> i.equals("SMP-BLMA-005") || i.equals("SMP-BLMA-004")).collect(java.util.stream.Collectors.toList()));
    assertEquals(true, PartnershipValidator.ruleSet("blma").containsAll(List.of(id, "SMP-SOC-007")));
  }

  @Test
  void train006TrainingContinuesAfterDeparture() {
    String id = "SMP-TRAIN-006";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.training(exemplary(), t -> t.withTimings(TrainingTiming.PRE_DEPARTURE)));
    assertOutcome(Outcome.GAP, id, Edits.training(exemplary(), t -> t.withTimings(List.of())));
    assertOutcome(Outcome.GAP, id, exemplary().withTraining(List.of()));
  }

  @Test
  void train007PublicInstitutionsInTheOrigin() {
    String id = "SMP-TRAIN-007";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.training(exemplary(), t -> t.withProvider(ProviderType.PRIVATE)));
    assertOutcome(Outcome.GAP, id, Edits.training(exemplary(), t -> t.withProvider(Optional.empty())));
    assertOutcome(Outcome.NOT_APPLICABLE, id, Edits.training(exemplary(),
        t -> t.withLocation(TrainingLocation.DESTINATION)));
    assertOutcome(Outcome.GAP, id, exemplary().withTraining(List.of()));
  }

  @Test
  void train008GenderResponsiveTraining() {
    String id = "SMP-TRAIN-008";
    assertOutcome(Outcome.MET, id, exemplary());
    assertBreach(id, Edits.training(exemplary(), t -> t.withGenderResponsive(false)), Severity.WARNING,
        "/training/0/genderResponsive");
    // not recorded is an open question, not a "no" (issue 9)
    assertOutcome(Outcome.GAP, id, Edits.training(exemplary(), t -> t.withGenderResponsive(Optional.empty())));
    assertOutcome(Outcome.GAP, id, exemplary().withTraining(List.of()));
  }

  // --- SMP-TRAIN-009 ------------------------------------------------------------------------------

  @Test
  void employerOrientationIsMetOrAnOpenQuestion() {
    Partnership good = GoodPractice.exemplary();
    assertOutcome(Outcome.MET, "SMP-TRAIN-009", good);
    assertOutcome(Outcome.GAP, "SMP-TRAIN-009", Edits.training(good, t -> t.withContents(Edits.minus(t.contents(),
        io.github.smpkit.core.training.TrainingContent.EMPLOYER_ORIENTATION))));
  }

  // --- every finding pinned (PIT: the component each rule points at, its name and the arguments) ------

  private static List<String> lines(Partnership p, String id) {
    return FindingLines.of(p, id);
  }

  private static TrainingComponent course() {
    return exemplary().training().get(0);
  }

  /** The exemplary partnership with these components. */
  private static Partnership training(TrainingComponent... components) {
    return exemplary().withTraining(components);
  }

  @Test
  void train002PointsAtTheFirstComponentInTheOrigin() {
    String id = "SMP-TRAIN-002";
    assertEquals(List.of("met /training/0/location [GP dual-track course]"), lines(exemplary(), id));
    assertEquals(List.of("met /training/1/location [Second]"), lines(training(course().withLocation(
        TrainingLocation.DESTINATION), course().withName("Second")), id));
    assertEquals(List.of("gap /training []"), lines(training(course().withLocation(TrainingLocation.THIRD_COUNTRY)),
        id));
    assertEquals(List.of("gap.training /training []"), lines(exemplary().withTraining(List.of()), id));
  }

  @Test
  void train003And004PointAtTheFirstComponentTheRightPeopleHelpedDesign() {
    TrainingComponent byTrainers = course().withCurriculumCoDesigners(StakeholderType.PUBLIC_TRAINING_INSTITUTION);
    assertEquals(List.of("met /training/0/curriculumCoDesigners [GP dual-track course]"), lines(exemplary(),
        "SMP-TRAIN-003"));
    assertEquals(List.of("met /training/1/curriculumCoDesigners [Second]"), lines(training(byTrainers,
        course().withName("Second").withCurriculumCoDesigners(StakeholderType.EMPLOYERS_ORGANISATION)),
        "SMP-TRAIN-003"));
    assertEquals(List.of("gap /training []"), lines(training(byTrainers), "SMP-TRAIN-003"));
    assertEquals(List.of("gap.training /training []"), lines(exemplary().withTraining(List.of()), "SMP-TRAIN-003"));
    assertEquals(List.of("met /training/0/curriculumCoDesigners [GP dual-track course]"), lines(exemplary(),
        "SMP-TRAIN-004"));
    assertEquals(List.of("met /training/1/curriculumCoDesigners [Second]"), lines(training(byTrainers,
        course().withName("Second").withCurriculumCoDesigners(StakeholderType.TRADE_UNION)), "SMP-TRAIN-004"));
    assertEquals(List.of("gap /training []"), lines(training(byTrainers), "SMP-TRAIN-004"));
    assertEquals(List.of("gap.training /training []"), lines(exemplary().withTraining(List.of()), "SMP-TRAIN-004"));
  }

  @Test
  void train005ReportsOrientationAndRightsEachWithTheirComponentOrProcedure() {
    String id = "SMP-TRAIN-005";
    assertEquals(List.of("met.orientation /training/0/contents [GP dual-track course]",
        "met.rights /training/0/contents [GP dual-track course]"), lines(exemplary(), id));
    TrainingComponent nothing = course().withContents(TrainingContent.TECHNICAL);
    assertEquals(List.of("met.orientation /training/1/contents [Second]", "met.rights /training/2/contents [Third]"),
        lines(training(nothing, course().withName("Second").withContents(TrainingContent.PRE_DEPARTURE_ORIENTATION),
            course().withName("Third").withContents(TrainingContent.RIGHTS_AWARENESS)), id));
    Partnership noContents = training(nothing);
    assertEquals(List.of("met.procedure /procedures/1 []", "gap.rights /training []"), lines(noContents, id));
    Procedure arrival = Procedure.builder().phase(MigrationPhase.ARRIVAL).kind(ProcedureKind.ORIENTATION).build();
    Procedure recruitment = Procedure.builder().phase(MigrationPhase.PRE_DEPARTURE).kind(ProcedureKind.RECRUITMENT)
        .build();
    assertEquals(List.of("met.procedure /procedures/1 []", "gap.rights /training []"), lines(noContents
        .withProcedures(recruitment, arrival, arrival.withPhase(MigrationPhase.PRE_DEPARTURE)), id));
    assertEquals(List.of("met.procedure /procedures/0 []", "gap.rights /training []"), lines(noContents
        .withProcedures(arrival, recruitment, arrival.withPhase(MigrationPhase.PRE_DEPARTURE)), id));
    assertEquals(List.of("gap.orientation /procedures []", "gap.rights /training []"), lines(noContents
        .withProcedures(recruitment), id));
  }

  @Test
  void train006NamesTheFirstTimingAfterDeparture() {
    String id = "SMP-TRAIN-006";
    assertEquals(List.of("met /training/0/timings [GP dual-track course, after arrival]"), lines(exemplary(), id));
    TrainingComponent before = course().withTimings(TrainingTiming.PRE_DEPARTURE);
    TrainingComponent unknown = course().withName("Unknown").withTimings(List.of());
    assertEquals(List.of("met /training/1/timings [Second, during employment]"), lines(training(before,
        course().withName("Second").withTimings(TrainingTiming.PRE_DEPARTURE, TrainingTiming.DURING_EMPLOYMENT)),
        id));
    assertEquals(List.of("gap.departure /training []"), lines(training(before, unknown), id));
    assertEquals(List.of("gap.departure /training []"), lines(training(unknown, before), id));
    assertEquals(List.of("gap /training []"), lines(training(unknown), id));
    assertEquals(List.of("gap.training /training []"), lines(exemplary().withTraining(List.of()), id));
  }

  @Test
  void train007AsksWhoTrainsInTheOriginUnlessAPublicProviderIsRecorded() {
    String id = "SMP-TRAIN-007";
    assertEquals(List.of("met /training/0/provider [GP dual-track course, public]"), lines(exemplary(), id));
    assertEquals(List.of("met /training/1/provider [Second, public-private]"), lines(training(course()
        .withLocation(TrainingLocation.DESTINATION), course().withName("Second").withProvider(
            ProviderType.PUBLIC_PRIVATE)), id));
    TrainingComponent privately = course().withProvider(ProviderType.PRIVATE);
    TrainingComponent unknown = course().withProvider(Optional.empty());
    assertEquals(List.of("gap.private /training []"), lines(training(privately), id));
    assertEquals(List.of("gap /training []"), lines(training(unknown, privately), id));
    assertEquals(List.of("gap /training []"), lines(training(privately, unknown), id));
    assertEquals(List.of("gap.private /training []"), lines(training(privately, unknown.withLocation(
        TrainingLocation.DESTINATION)), id));
    assertEquals(List.of("gap.training /training []"), lines(exemplary().withTraining(List.of()), id));
  }

  @Test
  void train008JudgesEachComponentOnItsOwn() {
    String id = "SMP-TRAIN-008";
    assertEquals(List.of("met /training/0/genderResponsive [GP dual-track course]",
        "breach WARNING /training/1/genderResponsive [Second] [/training/1/genderResponsive = false]",
        "gap /training/2/genderResponsive [Third]"), lines(training(course(), course().withName("Second")
            .withGenderResponsive(false), course().withName("Third").withGenderResponsive(Optional.empty())), id));
    assertEquals(List.of("gap.training /training []"), lines(exemplary().withTraining(List.of()), id));
  }

  @Test
  void train009PointsAtTheComponentThatPreparesEmployers() {
    String id = "SMP-TRAIN-009";
    assertEquals(List.of("met /training/0/contents [GP dual-track course]"), lines(exemplary(), id));
    assertEquals(List.of("met /training/1/contents [Second]"), lines(training(course().withContents(
        TrainingContent.TECHNICAL), course().withName("Second").withContents(TrainingContent.EMPLOYER_ORIENTATION)),
        id));
    assertEquals(List.of("gap /training []"), lines(training(course().withContents(TrainingContent.TECHNICAL)), id));
  }
}
