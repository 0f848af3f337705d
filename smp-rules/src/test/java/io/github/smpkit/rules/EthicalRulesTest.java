package io.github.smpkit.rules;

import static io.github.smpkit.rules.CostRulesTest.evaluate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.PartnershipModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules of element 10, ethical recruitment (IOM SMP Guidance 2023, ch. 12, and the standards it
 * points to): each outcome each rule can reach, and the false positives of issue 9.
 */
class EthicalRulesTest {

  private static final PartnershipValidator STANDARD = PartnershipValidator.standard();
  private static final PartnershipValidator BLMA = PartnershipValidator.builder().ruleSets("blma").build();
  private static final Partnership GOOD = GoodPractice.exemplary();

  private static void assertOutcome(Outcome expected, Partnership p, String id) {
    Evaluation e = evaluate(id.equals("SMP-ETHIC-010") ? BLMA : STANDARD, p, id);
    assertEquals(expected, e.outcome(), e.findings()::toString);
  }

  /** An exemplary partnership between two other countries, in other sectors and occupations. */
  private static Partnership exemplary(String origin, String destination, String sector, String isco) {
    return GoodPractice.apply(Partnership.builder().id("health").title("A health partnership")
        .status(PartnershipStatus.ACTIVE)
        .addParties(Party.origin(Country.of(origin)), Party.destination(Country.of(destination)))
        .addModels(PartnershipModel.SKILLS_MOBILITY_PARTNERSHIP)
        .addMigrationTypes(MigrationType.CIRCULAR).addMobilityModes(MobilityMode.PHYSICAL)
        .addSectors(IsicCode.of(sector)).addOccupations(Occupation.of(IscoCode.of(isco)))
        .build());
  }

  private static Partnership with(Partnership p, Stakeholder... more) {
    List<Stakeholder> all = new ArrayList<>(p.stakeholders());
    all.addAll(List.of(more));
    return p.withStakeholders(all);
  }

  @Test
  void theExemplaryPartnershipMeetsTheEthicalRules() {
    Report report = STANDARD.validate(GOOD);
    for (String id : List.of("SMP-ETHIC-001", "SMP-ETHIC-003", "SMP-ETHIC-004", "SMP-ETHIC-005", "SMP-ETHIC-006",
        "SMP-ETHIC-008", "SMP-ETHIC-009")) {
      assertEquals(Outcome.MET, report.evaluation(id).orElseThrow().outcome(), id);
    }
    assertEquals(Outcome.MET, evaluate(BLMA, GOOD, "SMP-ETHIC-010").outcome());
    // Nigeria is on the WHO list, but ICT work is not health work.
    assertEquals(Outcome.NOT_APPLICABLE, report.evaluation("SMP-ETHIC-002").orElseThrow().outcome());
  }

  @Test
  void retiredAndMovedIds() {
    List<String> ids = PartnershipValidator.catalogue().stream().map(Rule::id).collect(Collectors.toList());
    assertFalse(ids.contains("SMP-ETHIC-000"));
    assertFalse(ids.contains("SMP-ETHIC-007"), "merged into SMP-PATH-002");
    assertTrue(PartnershipValidator.ruleSet("ethical-recruitment").contains("SMP-PATH-002"));
    assertFalse(PartnershipValidator.ruleSet("iom-smp").contains("SMP-ETHIC-010"), "not an SMP-guidance rule");
    assertTrue(PartnershipValidator.ruleSet("blma").contains("SMP-ETHIC-010"));
    Rule documents = PartnershipValidator.catalogue().stream().filter(r -> r.id().equals("SMP-ETHIC-010"))
        .findFirst().orElseThrow();
    assertTrue(documents.source().startsWith("ILO General principles"), documents.source());
  }

  @Test
  void everyCostAndEthicalRuleHasAShortTitleARationaleAndAChapterOfTheGuidance() {
    PartnershipValidator.catalogue().stream().filter(r -> r.id().matches("SMP-(COST|ETHIC)-.*")).forEach(r -> {
      assertTrue(r.title().length() <= 100, r.id());
      assertTrue(r.rationale().isPresent(), r.id());
      assertTrue(r.chapter() == 10 || r.chapter() == 11 || r.chapter() == 12, r.id());
    });
  }

  @Test
  void safeguardsRecordedAreMetAndUnrecordedOnesAreOpenQuestions() {
    Object[][] cases = {
        {"SMP-ETHIC-001", RecruitmentSafeguard.EMPLOYER_PAYS},
        {"SMP-ETHIC-004", RecruitmentSafeguard.GRIEVANCE_MECHANISM},
        {"SMP-ETHIC-005", RecruitmentSafeguard.CONSULAR_ACCESS},
        {"SMP-ETHIC-006", RecruitmentSafeguard.WRITTEN_CONTRACT},
        {"SMP-ETHIC-010", RecruitmentSafeguard.RETENTION_OF_DOCUMENTS_BY_WORKER}};
    for (Object[] c : cases) {
      Partnership without = Edits.noSafeguard(GOOD, (RecruitmentSafeguard) c[1]);
      assertOutcome(Outcome.GAP, without, (String) c[0]);
    }
    assertOutcome(Outcome.GAP, Edits.noSocial(GOOD, SocialProvisionKind.EQUAL_TREATMENT), "SMP-ETHIC-008");
  }

  @Test
  void remoteWorkNeedsNoConsulateContractBeforeDepartureOrDocumentSafeguard() {
    Partnership remote = GOOD.withMobilityModes(MobilityMode.REMOTE);
    assertOutcome(Outcome.NOT_APPLICABLE, Edits.noSafeguard(remote, RecruitmentSafeguard.CONSULAR_ACCESS),
        "SMP-ETHIC-005");
    assertOutcome(Outcome.NOT_APPLICABLE, Edits.noSafeguard(remote, RecruitmentSafeguard.WRITTEN_CONTRACT),
        "SMP-ETHIC-006");
    assertOutcome(Outcome.NOT_APPLICABLE, Edits.noSafeguard(remote,
        RecruitmentSafeguard.RETENTION_OF_DOCUMENTS_BY_WORKER), "SMP-ETHIC-010");
  }

  @Test
  void boxTwentySevenRulesCiteTheirBox() {
    for (String id : List.of("SMP-ETHIC-006", "SMP-ETHIC-008")) {
      Rule rule = evaluate(GOOD, id).rule();
      assertEquals(10, rule.chapter(), id);
      assertEquals("IOM SMP Guidance 2023, ch. 10, Box 27", rule.source(), id);
    }
  }

  @Test
  void recruiterRulesApplyWhereIntermediariesRecruit() {
    Partnership none = Edits.noSafeguard(GOOD, RecruitmentSafeguard.LICENSED_RECRUITERS,
        RecruitmentSafeguard.IRIS_CERTIFICATION);
    // Nobody is recorded as recruiting: an open question.
    assertOutcome(Outcome.GAP, none, "SMP-ETHIC-003");
    assertOutcome(Outcome.GAP, none, "SMP-ETHIC-009");
    // A private agency recruits: an open question whether it is licensed and certified.
    Partnership agency = with(none, GoodPractice.stakeholder("GP agency", StakeholderType.PRIVATE_RECRUITMENT_AGENCY,
        Country.of("NG"), StakeholderRole.RECRUITER));
    assertOutcome(Outcome.GAP, agency, "SMP-ETHIC-003");
    assertOutcome(Outcome.GAP, agency, "SMP-ETHIC-009");
    // Only public employment services recruit: licensing of private recruiters does not concern it.
    Partnership publicOnly = with(none, GoodPractice.stakeholder("GP employment service",
        StakeholderType.PUBLIC_EMPLOYMENT_SERVICE, Country.of("NG"), StakeholderRole.RECRUITER));
    assertOutcome(Outcome.NOT_APPLICABLE, publicOnly, "SMP-ETHIC-003");
    assertOutcome(Outcome.NOT_APPLICABLE, publicOnly, "SMP-ETHIC-009");
  }

  // --- SMP-ETHIC-002: the WHO Global Code and the safeguards list ----------------------------------

  @Test
  void vietNamNursesToGermanyAreNotAFindingBecauseVietNamIsNotOnTheList() {
    // viet-nam-nurses: nurses (ISIC 87, ISCO 3221) from Viet Nam, which the 2023 list does not name.
    Partnership p = exemplary("VN", "DE", "87", "3221");
    Evaluation e = evaluate(p, "SMP-ETHIC-002");
    assertEquals(Outcome.NOT_APPLICABLE, e.outcome(), e.findings()::toString);
    assertEquals(Severity.ERROR, e.rule().severity());
    assertTrue(e.rule().source().startsWith("WHO Global Code"), e.rule().source());
  }

  @Test
  void healthWorkersFromAListedCountryWithoutARecordedAgreementAreAnOpenQuestionNeverABreach() {
    Partnership p = exemplary("NG", "BE", "Q", "2221");
    assertTrue(p.formsOfEngagement().isEmpty());
    Evaluation e = evaluate(p, "SMP-ETHIC-002");
    assertEquals(Outcome.GAP, e.outcome(), e.findings()::toString);
    assertTrue(e.findings().get(0).message().contains("NG"), e.findings()::toString);
    // A pilot project is not an agreement between governments.
    assertOutcome(Outcome.GAP, p.withFormsOfEngagement(FormOfEngagement.of(EngagementForm.PILOT_PROJECT)),
        "SMP-ETHIC-002");
  }

  @Test
  void aGovernmentToGovernmentAgreementMeetsTheCode() {
    Partnership p = exemplary("NG", "BE", "Q", "2221");
    assertOutcome(Outcome.MET, p.withFormsOfEngagement(FormOfEngagement.of(
        EngagementForm.BILATERAL_LABOUR_MIGRATION_AGREEMENT)), "SMP-ETHIC-002");
    assertOutcome(Outcome.MET, p.withFormsOfEngagement(FormOfEngagement.of(
        EngagementForm.MEMORANDUM_OF_UNDERSTANDING)), "SMP-ETHIC-002");
    assertOutcome(Outcome.MET, p.withFormsOfEngagement(FormOfEngagement.builder().form(EngagementForm.OTHER)
        .description("Government-to-government cooperation framework agreed in 2013.").build()), "SMP-ETHIC-002");
    // Triple Win: a placement agreement under which the public employment services of both sides recruit.
    Partnership placement = with(p.withFormsOfEngagement(FormOfEngagement.of(EngagementForm.PLACEMENT_AGREEMENT)),
        GoodPractice.stakeholder("GP origin employment service", StakeholderType.PUBLIC_EMPLOYMENT_SERVICE,
            Country.of("NG"), StakeholderRole.RECRUITER),
        GoodPractice.stakeholder("GP destination employment service", StakeholderType.PUBLIC_EMPLOYMENT_SERVICE,
            Country.of("BE"), StakeholderRole.RECRUITER));
    assertOutcome(Outcome.MET, placement, "SMP-ETHIC-002");
    // Without public recruiters on both sides, a placement agreement is not enough.
    assertOutcome(Outcome.GAP, p.withFormsOfEngagement(FormOfEngagement.of(EngagementForm.PLACEMENT_AGREEMENT)),
        "SMP-ETHIC-002");
  }

  @Test
  void whetherHealthWorkersAreRecruitedIsAskedWhenSectorsAndOccupationsAreNotRecorded() {
    Partnership unknown = GOOD.withSectors(Set.of()).withOccupations(List.of());
    assertOutcome(Outcome.GAP, unknown, "SMP-ETHIC-002");
    // From an origin the list does not name, the safeguard does not apply whatever the work.
    assertOutcome(Outcome.NOT_APPLICABLE, exemplary("VN", "DE", "87", "3221").withSectors(Set.of())
        .withOccupations(List.of()), "SMP-ETHIC-002");
    // Professionals (ISCO major group 2) may or may not be health professionals.
    assertOutcome(Outcome.GAP, GOOD.withSectors(Set.of()).withOccupations(Occupation.of(IscoCode.of("2"))),
        "SMP-ETHIC-002");
    assertOutcome(Outcome.NOT_APPLICABLE, GOOD.withOccupations(Occupation.of(IscoCode.of("2"))), "SMP-ETHIC-002");
    // Care workers (ISCO 5321) count as health work.
    assertOutcome(Outcome.GAP, GOOD.withSectors(Set.of()).withOccupations(Occupation.of(IscoCode.of("5321"))),
        "SMP-ETHIC-002");
  }

  @Test
  void noEthicalRuleBreachesWhenTheRecruitmentFactsAreRemoved() {
    for (Partnership p : List.of(GOOD, exemplary("KI", "AU", "Q", "2221"), exemplary("VN", "DE", "87", "3221"))) {
      Partnership stripped = p.withRecruitmentProvisions(List.of()).withFormsOfEngagement(List.of());
      for (PartnershipValidator v : List.of(STANDARD, BLMA)) {
        Report report = v.validate(stripped);
        assertTrue(report.breaches().stream().noneMatch(f -> f.ruleId().startsWith("SMP-ETHIC-")), report::toText);
      }
    }
  }
}
