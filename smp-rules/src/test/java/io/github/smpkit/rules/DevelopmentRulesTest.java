package io.github.smpkit.rules;

import static io.github.smpkit.rules.RuleOutcomes.assertOutcome;
import static io.github.smpkit.rules.RuleOutcomes.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.development.DevelopmentLinkKind;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.training.TrainingTiming;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.PartnershipModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of element 4, local development and job creation (IOM SMP Guidance 2023, ch. 6). */
class DevelopmentRulesTest {

  private static final PartnershipValidator VALIDATOR = PartnershipValidator.builder().ruleSets("iom-smp", "blma")
      .build();
  private static final Partnership GOOD = GoodPractice.exemplary();



  private static Partnership awayOnly(Partnership p) {
    return Edits.training(p, t -> t.withTrack(Track.AWAY));
  }

  @Test
  void theNotDescribedRuleAndTheGlobalSkillPartnershipDuplicateAreRetired() {
    Set<String> ids = PartnershipValidator.catalogue().stream().map(Rule::id).collect(Collectors.toSet());
    assertFalse(ids.contains("SMP-DEV-000"));
    assertFalse(ids.contains("SMP-GSP-001"), "merged into SMP-DEV-004");
    assertTrue(PartnershipValidator.ruleSet("global-skill-partnership").contains("SMP-DEV-004"));
  }

  @Test
  void noRuleOfTheElementIsAnErrorForNoneCitesAnIloOrWhoStandard() {
    PartnershipValidator.catalogue().stream().filter(r -> r.element().equals(Optional.of(EssentialElement.LOCAL_DEVELOPMENT)))
        .forEach(r -> assertTrue(r.severity().compareTo(Severity.WARNING) <= 0, r::toString));
  }

  @Test
  void programmes() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DEV-001");
    assertOutcome(Outcome.GAP, Edits.noLink(GOOD, DevelopmentLinkKind.INVESTMENT_PROGRAMME), "SMP-DEV-001");
  }

  @Test
  void originSystems() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DEV-002");
    Partnership noLink = Edits.noLink(GOOD, DevelopmentLinkKind.ORIGIN_SYSTEM_STRENGTHENING);
    assertOutcome(Outcome.GAP, noLink, "SMP-DEV-002");
    assertOutcome(Outcome.NOT_APPLICABLE, Edits.training(noLink, t -> t.withLocation(TrainingLocation.DESTINATION)
        .withCountry(Optional.empty())), "SMP-DEV-002");
    assertOutcome(Outcome.GAP, noLink.withTraining(List.of()), "SMP-DEV-002");
  }

  @Test
  void brainDrain() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DEV-003");
    Partnership noLink = Edits.noLink(GOOD, DevelopmentLinkKind.BRAIN_DRAIN_SAFEGUARD);
    assertOutcome(Outcome.MET, noLink, "SMP-DEV-003");
    Partnership noSafeguard = Edits.noSafeguard(noLink, RecruitmentSafeguard.BRAIN_DRAIN_LIMITS);
    assertOutcome(Outcome.MET, noSafeguard, "SMP-DEV-003");
    assertOutcome(Outcome.GAP, awayOnly(noSafeguard), "SMP-DEV-003");
  }

  @Test
  void homeTrack() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DEV-004");
    assertOutcome(Outcome.GAP, awayOnly(GOOD), "SMP-DEV-004");
    assertOutcome(Outcome.GAP, GOOD.withTraining(List.of()), "SMP-DEV-004");
  }

  @Test
  void aDeclaredGlobalSkillPartnershipWithoutARecordedHomeTrackIsAskedNotCalledABreach() {
    Partnership gsp = awayOnly(GOOD).withModels(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP);
    Evaluation e = eval(gsp, "SMP-DEV-004");
    assertEquals(Outcome.GAP, e.outcome(), e::toString);
    assertTrue(e.findings().get(0).message().contains("Global Skill Partnership"), e::toString);
  }

  @Test
  void skillsTransfer() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DEV-005");
    Partnership noLinks = Edits.noLink(GOOD, DevelopmentLinkKind.SKILLS_TRANSFER,
        DevelopmentLinkKind.CIRCULARITY_INCENTIVE);
    assertOutcome(Outcome.MET, noLinks, "SMP-DEV-005");
    assertOutcome(Outcome.GAP, Edits.training(noLinks, t -> t.withTimings(TrainingTiming.PRE_DEPARTURE)),
        "SMP-DEV-005");
  }

  @Test
  void trainingScheduledOnReturnCountsAsBringingSkillsBack() {
    // issue 9: training on return used to be ignored by the return rules
    Partnership noLinks = Edits.noLink(GOOD, DevelopmentLinkKind.SKILLS_TRANSFER,
        DevelopmentLinkKind.CIRCULARITY_INCENTIVE);
    Evaluation e = eval(Edits.training(noLinks, t -> t.withTimings(TrainingTiming.ON_RETURN)), "SMP-DEV-005");
    assertEquals(Outcome.MET, e.outcome(), e::toString);
    assertEquals("/training/0/timings", e.findings().get(0).path());
  }

  @Test
  void diaspora() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DEV-006");
    Partnership noLink = Edits.noLink(GOOD, DevelopmentLinkKind.DIASPORA_ENGAGEMENT);
    assertOutcome(Outcome.MET, noLink, "SMP-DEV-006");
    assertOutcome(Outcome.GAP, Edits.noStakeholder(noLink, StakeholderType.DIASPORA_ORGANISATION), "SMP-DEV-006");
  }

  @Test
  void originEmployers() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DEV-007");
    assertOutcome(Outcome.NOT_APPLICABLE, awayOnly(GOOD), "SMP-DEV-007");
    assertOutcome(Outcome.GAP, Edits.noStakeholder(GOOD, StakeholderType.EMPLOYERS_ORGANISATION), "SMP-DEV-007");
    assertOutcome(Outcome.GAP, Edits.noStakeholder(GOOD, StakeholderType.EMPLOYERS_ORGANISATION)
        .withTraining(List.of()), "SMP-DEV-007");
  }

  @Test
  void localAuthorities() {
    assertOutcome(Outcome.MET, GOOD, "SMP-DEV-008");
    Partnership none = Edits.noStakeholder(GOOD, StakeholderType.LOCAL_AUTHORITY);
    assertOutcome(Outcome.GAP, none, "SMP-DEV-008");
    assertOutcome(Outcome.MET, none.withFormsOfEngagement(FormOfEngagement.of(
        EngagementForm.CITY_TO_CITY_COOPERATION)), "SMP-DEV-008");
  }
}
