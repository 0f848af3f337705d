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
import io.github.smpkit.core.governance.Governance;
import io.github.smpkit.core.governance.GovernanceBody;
import io.github.smpkit.core.governance.GovernanceLayer;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.typology.AgreementScope;
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
}
