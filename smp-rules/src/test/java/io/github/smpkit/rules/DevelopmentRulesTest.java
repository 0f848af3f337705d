package io.github.smpkit.rules;

import static io.github.smpkit.rules.RuleOutcomes.assertOutcome;
import static io.github.smpkit.rules.RuleOutcomes.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.development.DevelopmentLink;
import io.github.smpkit.core.development.DevelopmentLinkKind;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.training.TrainingTiming;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.PartnershipModel;
import java.util.ArrayList;
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

  // --- every finding pinned (PIT: the link, provision or component each rule points at) ----------------

  private static List<String> lines(Partnership p, String id) {
    return FindingLines.of(p, id);
  }

  private static Partnership links(DevelopmentLinkKind... kinds) {
    return GOOD.withDevelopmentLinks(java.util.Arrays.stream(kinds).map(DevelopmentLink::of)
        .collect(Collectors.toList()));
  }

  private static TrainingComponent course() {
    return GOOD.training().get(0);
  }

  @Test
  void programmesPointAtTheFirstProgrammeLink() {
    String id = "SMP-DEV-001";
    assertEquals(List.of("met.link /developmentLinks/0 [investment programme]"), lines(GOOD, id));
    assertEquals(List.of("met.link /developmentLinks/1 [job creation]"), lines(links(DevelopmentLinkKind.SKILLS_TRANSFER,
        DevelopmentLinkKind.JOB_CREATION, DevelopmentLinkKind.DEVELOPMENT_PROGRAMME), id));
    assertEquals(List.of("met.link /developmentLinks/0 [development programme]"), lines(links(
        DevelopmentLinkKind.DEVELOPMENT_PROGRAMME), id));
    assertEquals(List.of("gap /developmentLinks []"), lines(links(DevelopmentLinkKind.SKILLS_TRANSFER), id));
  }

  @Test
  void originSystemsAskAboutTrainingInTheOrigin() {
    String id = "SMP-DEV-002";
    assertEquals(List.of("met.link /developmentLinks/1 [origin system strengthening]"), lines(GOOD, id));
    Partnership none = Edits.noLink(GOOD, DevelopmentLinkKind.ORIGIN_SYSTEM_STRENGTHENING);
    assertEquals(List.of("gap.strengthening /developmentLinks []"), lines(none, id));
    assertEquals(List.of("gap.training /training []"), lines(none.withTraining(List.of()), id));
    assertEquals(List.of("gap.strengthening /developmentLinks []"), lines(none.withTraining(course().withLocation(
        TrainingLocation.DESTINATION), course().withName("Second")), id));
    assertOutcome(Outcome.NOT_APPLICABLE, Edits.training(none, t -> t.withLocation(TrainingLocation.DESTINATION)), id);
  }

  @Test
  void brainDrainIsMetByALinkARecruitmentLimitOrAHomeTrack() {
    String id = "SMP-DEV-003";
    assertEquals(List.of("met.link /developmentLinks/2 [brain drain safeguard]"), lines(GOOD, id));
    Partnership noLink = Edits.noLink(GOOD, DevelopmentLinkKind.BRAIN_DRAIN_SAFEGUARD);
    assertEquals(List.of("met.limit /recruitmentProvisions/6 []"), lines(noLink, id));
    Partnership noLimit = Edits.noSafeguard(noLink, RecruitmentSafeguard.BRAIN_DRAIN_LIMITS);
    assertEquals(List.of("met.track /training/0/track [GP dual-track course]"), lines(noLimit, id));
    assertEquals(List.of("met.track /training/1/track [Second]"), lines(noLimit.withTraining(course()
        .withTrack(Track.AWAY), course().withName("Second").withTrack(Track.HOME)), id));
    assertEquals(List.of("gap /developmentLinks []"), lines(awayOnly(noLimit), id));
  }

  @Test
  void theHomeTrackIsAskedForMorePointedlyInAGlobalSkillPartnership() {
    String id = "SMP-DEV-004";
    assertEquals(List.of("met /training/0/track [GP dual-track course]"), lines(GOOD, id));
    assertEquals(List.of("met /training/1/track [Second]"), lines(GOOD.withTraining(course().withTrack(Track.AWAY),
        course().withName("Second").withTrack(Track.HOME)), id));
    assertEquals(List.of("gap /training []"), lines(awayOnly(GOOD), id));
    assertEquals(List.of("gap.gsp /training []"), lines(awayOnly(GOOD).withModels(PartnershipModel.SKILLS_MOBILITY_PARTNERSHIP,
        PartnershipModel.GLOBAL_SKILL_PARTNERSHIP), id));
  }

  @Test
  void skillsTransferIsMetByALinkOrTrainingOnReturn() {
    String id = "SMP-DEV-005";
    assertEquals(List.of("met.link /developmentLinks/3 [skills transfer]"), lines(GOOD, id));
    Partnership noTransfer = Edits.noLink(GOOD, DevelopmentLinkKind.SKILLS_TRANSFER);
    assertEquals(List.of("met.link /developmentLinks/3 [circularity incentive]"), lines(noTransfer, id));
    Partnership noLinks = Edits.noLink(noTransfer, DevelopmentLinkKind.CIRCULARITY_INCENTIVE);
    assertEquals(List.of("met /training/0/timings [GP dual-track course]"), lines(noLinks, id));
    TrainingComponent before = course().withTimings(TrainingTiming.PRE_DEPARTURE);
    assertEquals(List.of("met /training/1/timings [Second]"), lines(noLinks.withTraining(before, course()
        .withName("Second").withTimings(TrainingTiming.ON_RETURN)), id));
    assertEquals(List.of("gap /developmentLinks []"), lines(noLinks.withTraining(before), id));
  }

  @Test
  void theDiasporaIsMetByALinkOrAStakeholder() {
    String id = "SMP-DEV-006";
    assertEquals(List.of("met.link /developmentLinks/5 [diaspora engagement]"), lines(GOOD, id));
    Partnership noLink = Edits.noLink(GOOD, DevelopmentLinkKind.DIASPORA_ENGAGEMENT);
    assertEquals(List.of("met /stakeholders [GP diaspora]"), lines(noLink, id));
    assertEquals(List.of("gap /developmentLinks []"), lines(Edits.noStakeholder(noLink,
        StakeholderType.DIASPORA_ORGANISATION), id));
  }

  @Test
  void originEmployersAreEmployersOrTheirOrganisationsInTheOrigin() {
    String id = "SMP-DEV-007";
    assertEquals(List.of("met /stakeholders [GP chamber NG]"), lines(GOOD, id));
    Partnership noChamber = Edits.noStakeholder(GOOD, StakeholderType.EMPLOYERS_ORGANISATION);
    assertEquals(List.of("gap.employers /stakeholders []"), lines(noChamber, id));
    List<Stakeholder> actors = new ArrayList<>(noChamber.stakeholders());
    actors.add(GoodPractice.stakeholder("NG employer", StakeholderType.EMPLOYER, Country.of("NG"),
        StakeholderRole.EMPLOYS));
    assertEquals(List.of("met /stakeholders [NG employer]"), lines(noChamber.withStakeholders(actors), id));
    assertEquals(List.of("gap.track /training []"), lines(noChamber.withTraining(List.of()), id));
    assertEquals(List.of("met /stakeholders [GP chamber NG]"), lines(GOOD.withTraining(List.of()), id));
    assertOutcome(Outcome.NOT_APPLICABLE, awayOnly(GOOD), id);
  }

  @Test
  void localAuthoritiesOrCityToCityCooperation() {
    String id = "SMP-DEV-008";
    assertEquals(List.of("met.authority /stakeholders [GP city]"), lines(GOOD, id));
    Partnership noCity = Edits.noStakeholder(GOOD, StakeholderType.LOCAL_AUTHORITY);
    assertEquals(List.of("met.cities /formsOfEngagement []"), lines(noCity.withFormsOfEngagement(
        FormOfEngagement.of(EngagementForm.MEMORANDUM_OF_UNDERSTANDING), FormOfEngagement.of(
            EngagementForm.CITY_TO_CITY_COOPERATION)), id));
    assertEquals(List.of("gap /stakeholders []"), lines(noCity, id));
  }
}
