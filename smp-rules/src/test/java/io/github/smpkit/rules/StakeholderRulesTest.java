package io.github.smpkit.rules;

import static io.github.smpkit.rules.RuleOutcomes.assertOutcome;
import static io.github.smpkit.rules.RuleOutcomes.eval;
import static io.github.smpkit.rules.RuleOutcomes.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.governance.Governance;
import io.github.smpkit.core.governance.GovernanceBody;
import io.github.smpkit.core.governance.GovernanceLayer;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.planning.Objective;
import io.github.smpkit.core.typology.AgreementScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of element 2, multi-stakeholder approach and policy coherence (IOM SMP Guidance 2023, ch. 4). */
class StakeholderRulesTest {

  private static final PartnershipValidator VALIDATOR = PartnershipValidator.builder().ruleSets("iom-smp", "blma")
      .build();
  private static final Partnership GOOD = GoodPractice.exemplary();
  private static final Country NG = Country.of("NG");




  /** The origin-side stakeholders lose their country, as in aptc, nz-rse and palm. */
  private static Partnership originActorsWithoutCountry(Partnership p) {
    return p.withStakeholders(Edits.map(p.stakeholders(), s -> s.country().equals(Optional.of(NG))
        ? s.withCountry(Optional.empty()) : s));
  }

  @Test
  void theNotDescribedRuleIsRetired() {
    assertTrue(PartnershipValidator.catalogue().stream().noneMatch(r -> r.id().equals("SMP-STAKE-000")));
  }

  @Test
  void noRuleOfTheElementIsAnErrorForNoneCitesAnIloOrWhoStandard() {
    PartnershipValidator.catalogue().stream().filter(r -> r.element().equals(Optional.of(EssentialElement.STAKEHOLDERS)))
        .forEach(r -> assertTrue(r.severity().compareTo(Severity.WARNING) <= 0, r::toString));
  }

  @Test
  void bothSides() {
    assertOutcome(Outcome.MET, GOOD, "SMP-STAKE-002");
    assertOutcome(Outcome.GAP, GOOD.withGovernance(Optional.empty()).withStakeholders(List.of()), "SMP-STAKE-002");
  }

  @Test
  void originActorsWithoutACountryAreAnOpenQuestionNeverABreach() {
    // issue 9: "Pacific TVET partner institutions" or labour-sending units carry no country
    Evaluation e = eval(originActorsWithoutCountry(GOOD), "SMP-STAKE-002");
    assertEquals(Outcome.GAP, e.outcome(), e::toString);
    assertTrue(e.findings().stream().anyMatch(f -> f.outcome() == Outcome.GAP && f.message().contains("NG")
        && f.message().contains("carry no country")), e::toString);
    assertEquals(Severity.WARNING, e.rule().severity(), "a one-sided list is never an ERROR");
  }

  @Test
  void aListWithNoOriginActorIsAnOpenQuestion() {
    Partnership destinationOnly = GOOD.withGovernance(Optional.empty()).withStakeholders(GOOD.stakeholders()
        .stream().filter(s -> !s.country().equals(Optional.of(NG))).collect(Collectors.toList()));
    assertOutcome(Outcome.GAP, destinationOnly, "SMP-STAKE-002");
    Partnership multiOrigin = Partnership.builder().from(GOOD).scope(AgreementScope.MULTILATERAL)
        .parties(List.of(Party.origin(NG), Party.origin(Country.of("GH")), Party.destination(Country.of("BE"))))
        .build();
    assertOutcome(Outcome.MET, multiOrigin, "SMP-STAKE-002");
  }

  @Test
  void wholeOfGovernment() {
    assertOutcome(Outcome.MET, GOOD, "SMP-STAKE-003");
    Partnership oneOriginBody = GOOD.withStakeholders(GOOD.stakeholders().stream().filter(s -> !(s.country()
        .equals(Optional.of(NG)) && s.type().isGovernment() && s.type() != StakeholderType.LABOUR_MINISTRY))
        .collect(Collectors.toList()));
    assertOutcome(Outcome.GAP, oneOriginBody, "SMP-STAKE-003");
    assertOutcome(Outcome.GAP, originActorsWithoutCountry(GOOD), "SMP-STAKE-003");
  }

  @Test
  void employers() {
    assertOutcome(Outcome.MET, GOOD, "SMP-STAKE-004");
    assertOutcome(Outcome.GAP, Edits.noStakeholder(GOOD, StakeholderType.EMPLOYER,
        StakeholderType.EMPLOYERS_ORGANISATION), "SMP-STAKE-004");
  }

  @Test
  void wholeOfSociety() {
    assertOutcome(Outcome.MET, GOOD, "SMP-STAKE-005");
    assertOutcome(Outcome.MET, Edits.noStakeholder(GOOD, StakeholderType.TRADE_UNION), "SMP-STAKE-005");
    assertOutcome(Outcome.GAP, Edits.noStakeholder(GOOD, StakeholderType.TRADE_UNION,
        StakeholderType.DIASPORA_ORGANISATION), "SMP-STAKE-005");
  }

  @Test
  void lead() {
    assertOutcome(Outcome.MET, GOOD, "SMP-STAKE-006");
    Partnership noGovernanceLead = GOOD.withGovernance(GOOD.governance().orElseThrow().withLead(Optional.empty()));
    assertOutcome(Outcome.MET, noGovernanceLead, "SMP-STAKE-006");
    Partnership noLead = noGovernanceLead.withStakeholders(Edits.map(GOOD.stakeholders(),
        s -> s.withRoles(Edits.minus(s.roles(), StakeholderRole.LEAD))));
    assertOutcome(Outcome.GAP, noLead, "SMP-STAKE-006");
  }

  @Test
  void governanceLayers() {
    assertOutcome(Outcome.MET, GOOD, "SMP-STAKE-007");
    assertOutcome(Outcome.GAP, GOOD.withGovernance(Optional.empty()), "SMP-STAKE-007");
    Governance g = GOOD.governance().orElseThrow();
    Partnership noOperational = GOOD.withGovernance(g.withBodies(Edits.without(g.bodies(),
        b -> b.layer() == GovernanceLayer.OPERATIONAL)));
    assertOutcome(Outcome.GAP, noOperational, "SMP-STAKE-007");
    // working groups are welcome but their absence is not asked about
    assertOutcome(Outcome.MET, GOOD.withGovernance(g.withWorkingGroups(List.of())), "SMP-STAKE-007");
  }

  @Test
  void publishedObjectivesAreMetWhenOneIsPublished() {
    assertOutcome(Outcome.MET, GOOD, "SMP-STAKE-008");
  }

  @Test
  void objectivesWhosePublicationIsNotRecordedAreAnOpenQuestion() {
    // issue 9: published used to default to false
    assertOutcome(Outcome.GAP, Edits.objectives(GOOD, o -> o.withPublished(Optional.empty())), "SMP-STAKE-008");
    assertOutcome(Outcome.GAP, GOOD.withObjectives(List.of()), "SMP-STAKE-008");
    Partnership oneFalseOneUnknown = GOOD.withObjectives(GOOD.objectives().get(0).withPublished(false),
        GOOD.objectives().get(0).withStatement("Another objective").withPublished(Optional.empty()));
    assertOutcome(Outcome.GAP, oneFalseOneUnknown, "SMP-STAKE-008");
  }

  @Test
  void objectivesAllRecordedAsUnpublishedAreABreach() {
    Partnership unpublished = Edits.objectives(GOOD, o -> o.withPublished(false));
    Evaluation e = eval(unpublished, "SMP-STAKE-008");
    assertEquals(Outcome.BREACH, e.outcome(), e::toString);
    assertEquals(Optional.of(Severity.WARNING), e.severity());
    assertEquals(List.of("/objectives/0/published"), evidence(e));

    Evaluation planned = eval(unpublished.withStatus(PartnershipStatus.PLANNED), "SMP-STAKE-008");
    assertEquals(Outcome.BREACH, planned.outcome(), planned::toString);
    assertEquals(Optional.of(Severity.INFO), planned.severity());
    assertEquals(List.of("/objectives/0/published", "/status"), evidence(planned));
  }

  @Test
  void jointBody() {
    assertOutcome(Outcome.MET, GOOD, "SMP-BLMA-003");
    assertFalse(eval(GOOD, "SMP-BLMA-003").rule().source().startsWith("IOM"), "cites the BLMA guidance");
    assertOutcome(Outcome.GAP, GOOD.withGovernance(Optional.empty()), "SMP-BLMA-003");
    Governance g = GOOD.governance().orElseThrow();
    Partnership oneSided = GOOD.withGovernance(g.withBodies(GovernanceBody.builder().name("Steering")
        .layer(GovernanceLayer.DECISION_MAKING).addMembers(GoodPractice.DESTINATION_LABOUR).build()));
    assertOutcome(Outcome.GAP, oneSided, "SMP-BLMA-003");
  }

  // --- SMP-STAKE-009 ------------------------------------------------------------------------------

  @Test
  void capacityNeedsMappedIsMetOrAnOpenQuestion() {
    Partnership good = GoodPractice.exemplary();
    CostRulesTest.assertOutcome(Outcome.MET, good, "SMP-STAKE-009");
    CostRulesTest.assertOutcome(Outcome.GAP, Edits.noAssessment(good,
        io.github.smpkit.core.evidence.AssessmentKind.CAPACITY_MAPPING), "SMP-STAKE-009");
  }

  // --- every finding pinned (PIT: the messages' arguments, the paths and each side's own finding) -----

  private static Stakeholder actor(String name, StakeholderType type, Optional<Country> country) {
    return Stakeholder.builder().name(name).type(type).country(country).build();
  }

  /** The destination labour ministry and {@code n} actors with no country, with no governance naming others. */
  private static Partnership unplacedActors(int n) {
    List<Stakeholder> actors = new ArrayList<>();
    actors.add(GOOD.stakeholder(GoodPractice.DESTINATION_LABOUR).orElseThrow());
    for (int i = 1; i <= n; i++) {
      actors.add(actor("Actor " + i, StakeholderType.NGO, Optional.empty()));
    }
    return GOOD.withGovernance(Optional.empty()).withStakeholders(actors);
  }

  @Test
  void bothSidesNameAnActorOfEachSide() {
    assertEquals(List.of("met.origin /stakeholders [GP origin labour ministry]",
        "met.destination /stakeholders [GP destination labour ministry]"), FindingLines.of(GOOD, "SMP-STAKE-002"));
    assertEquals(List.of("gap /stakeholders []"), FindingLines.of(GOOD.withGovernance(Optional.empty())
        .withStakeholders(List.of()), "SMP-STAKE-002"));
  }

  @Test
  void bothSidesAskAboutTheMissingSideAndNameUpToThreeActorsWithNoCountry() {
    assertEquals(List.of("gap.origin /stakeholders [NG]", "met.destination /stakeholders [GP destination labour"
        + " ministry]"), FindingLines.of(unplacedActors(0), "SMP-STAKE-002"));
    assertEquals(List.of("gap.originUnplaced /stakeholders [NG, 'Actor 1', 'Actor 2', 'Actor 3', 3]",
        "met.destination /stakeholders [GP destination labour ministry]"),
        FindingLines.of(unplacedActors(3), "SMP-STAKE-002"));
    assertEquals(List.of("gap.originUnplaced /stakeholders [NG, 'Actor 1', 'Actor 2', 'Actor 3' and 1 more, 4]",
        "met.destination /stakeholders [GP destination labour ministry]"),
        FindingLines.of(unplacedActors(4), "SMP-STAKE-002"));
    assertEquals(List.of("gap.originUnplaced /stakeholders [NG, 'GP origin labour ministry', 'GP education NG',"
        + " 'GP chamber NG' and 4 more, 7]", "met.destination /stakeholders [GP destination labour ministry]"),
        FindingLines.of(originActorsWithoutCountry(GOOD), "SMP-STAKE-002"));
  }

  @Test
  void bothSidesAskAboutTheDestinationSideToo() {
    Partnership originOnly = GOOD.withGovernance(Optional.empty()).withStakeholders(List.of(
        GOOD.stakeholder(GoodPractice.ORIGIN_LABOUR).orElseThrow()));
    assertEquals(List.of("met.origin /stakeholders [GP origin labour ministry]", "gap.destination /stakeholders [BE]"),
        FindingLines.of(originOnly, "SMP-STAKE-002"));
  }

  @Test
  void wholeOfGovernmentNeedsTwoGovernmentBodiesOnEachSide() {
    assertEquals(List.of("met.origin /stakeholders [labour ministry, education ministry, local authority]",
        "met.destination /stakeholders [labour ministry, migration agency]"), FindingLines.of(GOOD, "SMP-STAKE-003"));
    Partnership oneEach = GOOD.withStakeholders(Edits.without(GOOD.stakeholders(), s -> s.type().isGovernment()
        && s.type() != StakeholderType.LABOUR_MINISTRY));
    assertEquals(List.of("gap.originBesides /stakeholders [NG, labour ministry]",
        "gap.destinationBesides /stakeholders [BE, labour ministry]"), FindingLines.of(oneEach, "SMP-STAKE-003"));
    Partnership none = GOOD.withGovernance(Optional.empty()).withStakeholders(Edits.without(GOOD.stakeholders(),
        s -> s.type().isGovernment()));
    assertEquals(List.of("gap.origin /stakeholders [NG]", "gap.destination /stakeholders [BE]"),
        FindingLines.of(none, "SMP-STAKE-003"));
  }

  @Test
  void employersAreEitherEmployersOrTheirOrganisations() {
    assertEquals(List.of("met /stakeholders [GP chamber NG]"), FindingLines.of(GOOD, "SMP-STAKE-004"));
    assertEquals(List.of("met /stakeholders [GP employer BE]"), FindingLines.of(Edits.noStakeholder(GOOD,
        StakeholderType.EMPLOYERS_ORGANISATION), "SMP-STAKE-004"));
    assertEquals(List.of("met /stakeholders [GP chamber NG]"), FindingLines.of(Edits.noStakeholder(GOOD,
        StakeholderType.EMPLOYER), "SMP-STAKE-004"));
    assertEquals(List.of("gap /stakeholders []"), FindingLines.of(Edits.noStakeholder(GOOD, StakeholderType.EMPLOYER,
        StakeholderType.EMPLOYERS_ORGANISATION), "SMP-STAKE-004"));
  }

  @Test
  void wholeOfSocietyNamesTheSocietyActors() {
    assertEquals(List.of("met /stakeholders ['GP union', 'GP diaspora', 2]"), FindingLines.of(GOOD, "SMP-STAKE-005"));
    Partnership one = Edits.noStakeholder(GOOD, StakeholderType.TRADE_UNION);
    assertEquals(List.of("met /stakeholders ['GP diaspora', 1]"), FindingLines.of(one, "SMP-STAKE-005"));
    Evaluation e = eval(one, "SMP-STAKE-005");
    assertEquals("'GP diaspora' takes part.", e.findings().get(0).message());
  }

  @Test
  void theLeadComesFromTheGovernanceOrFromTheRoleOfAStakeholder() {
    assertEquals(List.of("met.lead /governance/lead [GP origin labour ministry]"),
        FindingLines.of(GOOD, "SMP-STAKE-006"));
    Partnership destinationLeads = GOOD.withGovernance(GOOD.governance().orElseThrow().withLead(Optional.empty()))
        .withStakeholders(Edits.map(GOOD.stakeholders(), s -> s.name().equals(GoodPractice.ORIGIN_LABOUR)
            ? s.withRoles(Edits.minus(s.roles(), StakeholderRole.LEAD))
            : s.name().equals(GoodPractice.DESTINATION_LABOUR) ? s.withRoles(StakeholderRole.LEAD) : s));
    assertEquals(List.of("met.roles /stakeholders/4/roles [GP destination labour ministry]"),
        FindingLines.of(destinationLeads, "SMP-STAKE-006"));
    assertEquals(List.of("gap /governance/lead []"), FindingLines.of(destinationLeads.withGovernance(Optional.empty())
        .withStakeholders(Edits.map(destinationLeads.stakeholders(), s -> s.withRoles(Edits.minus(s.roles(),
            StakeholderRole.LEAD)))), "SMP-STAKE-006"));
  }

  @Test
  void governanceLayersAreEachMetOrAskedFor() {
    assertEquals(List.of("met /governance/bodies [Joint steering committee, decision-making]",
        "met /governance/bodies [Operational committee, operational]"), FindingLines.of(GOOD, "SMP-STAKE-007"));
    assertEquals(List.of("gap.none /governance []"), FindingLines.of(GOOD.withGovernance(Optional.empty()),
        "SMP-STAKE-007"));
    Governance g = GOOD.governance().orElseThrow();
    assertEquals(List.of("met /governance/bodies [Joint steering committee, decision-making]",
        "gap.running /governance/bodies [OPERATIONAL]"), FindingLines.of(GOOD.withGovernance(g.withBodies(
            Edits.without(g.bodies(), b -> b.layer() == GovernanceLayer.OPERATIONAL))), "SMP-STAKE-007"));
    assertEquals(List.of("gap.deciding /governance/bodies [DECISION_MAKING]",
        "met /governance/bodies [Operational committee, operational]"), FindingLines.of(GOOD.withGovernance(
            g.withBodies(Edits.without(g.bodies(), b -> b.layer() == GovernanceLayer.DECISION_MAKING))),
        "SMP-STAKE-007"));
  }

  @Test
  void publishedObjectivesPointAtThePublishedOneAndShortenItsStatement() {
    Objective first = GOOD.objectives().get(0);
    String long81 = "x".repeat(81);
    Partnership secondPublished = GOOD.withObjectives(first.withPublished(false),
        first.withStatement(long81).withPublished(true));
    assertEquals(List.of("met /objectives/1/published [" + "x".repeat(77) + "...]"),
        FindingLines.of(secondPublished, "SMP-STAKE-008"));
    String long80 = "y".repeat(80);
    assertEquals(List.of("met /objectives/0/published [" + long80 + "]"),
        FindingLines.of(GOOD.withObjectives(first.withStatement(long80)), "SMP-STAKE-008"));
    assertEquals(List.of("gap.none /objectives []"), FindingLines.of(GOOD.withObjectives(List.of()),
        "SMP-STAKE-008"));
    assertEquals(List.of("gap.unknown /objectives []"), FindingLines.of(Edits.objectives(GOOD,
        o -> o.withPublished(Optional.empty())), "SMP-STAKE-008"));
  }

  @Test
  void everyObjectiveRecordedAsUnpublishedIsEvidence() {
    Objective first = GOOD.objectives().get(0).withPublished(false);
    Partnership two = GOOD.withObjectives(first, first.withStatement("Another objective"));
    assertEquals(List.of("breach WARNING /objectives [] [/objectives/0/published = false, /objectives/1/published"
        + " = false]"), FindingLines.of(two, "SMP-STAKE-008"));
    assertEquals(List.of("breach.planning INFO /objectives [PLANNED] [/objectives/0/published = false, /objectives/1/published"
        + " = false, /status = PLANNED]"), FindingLines.of(two.withStatus(PartnershipStatus.PLANNED),
        "SMP-STAKE-008"));
  }

  @Test
  void theJointBodyIsADecidingBodyWithMembersFromBothSides() {
    assertEquals(List.of("met /governance/bodies [Joint steering committee]"), FindingLines.of(GOOD,
        "SMP-BLMA-003"));
    assertEquals(List.of("gap.none /governance/bodies []"), FindingLines.of(GOOD.withGovernance(Optional.empty()),
        "SMP-BLMA-003"));
    Governance g = GOOD.governance().orElseThrow();
    GovernanceBody originOnly = GovernanceBody.builder().name("Origin board").layer(GovernanceLayer.DECISION_MAKING)
        .addMembers(GoodPractice.ORIGIN_LABOUR).build();
    GovernanceBody destinationOnly = GovernanceBody.builder().name("Destination board")
        .layer(GovernanceLayer.DECISION_MAKING).addMembers(GoodPractice.DESTINATION_LABOUR).build();
    GovernanceBody operational = g.bodies().stream().filter(b -> b.layer() == GovernanceLayer.OPERATIONAL)
        .findFirst().orElseThrow();
    assertEquals(List.of("gap.members /governance/bodies [Origin board]"), FindingLines.of(GOOD.withGovernance(
        g.withBodies(originOnly, destinationOnly, operational)), "SMP-BLMA-003"));
    assertEquals(List.of("gap.members /governance/bodies [Destination board]"), FindingLines.of(GOOD.withGovernance(
        g.withBodies(destinationOnly, operational)), "SMP-BLMA-003"));
    GovernanceBody joint = g.bodies().get(0);
    assertEquals(List.of("met /governance/bodies [Joint steering committee]"), FindingLines.of(GOOD.withGovernance(
        g.withBodies(originOnly, operational, joint)), "SMP-BLMA-003"));
  }

  @Test
  void capacityMappingPointsAtTheAssessment() {
    assertEquals(List.of("met /assessments/4 []"), FindingLines.of(GOOD, "SMP-STAKE-009"));
    assertEquals(List.of("gap /assessments []"), FindingLines.of(Edits.noAssessment(GOOD,
        AssessmentKind.CAPACITY_MAPPING), "SMP-STAKE-009"));
  }
}
