package io.github.smpkit.rules;

import static io.github.smpkit.rules.RecognitionRulesTest.assertBreach;
import static io.github.smpkit.rules.RecognitionRulesTest.assertOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.training.ProviderType;
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
}
