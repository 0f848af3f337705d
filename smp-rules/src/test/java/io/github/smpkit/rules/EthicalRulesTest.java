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
    // the exemplary partnership's only instrument is a placement agreement, with no public recruiters
    assertTrue(p.formsOfEngagement().stream().allMatch(f -> f.form()
        == io.github.smpkit.core.typology.EngagementForm.PLACEMENT_AGREEMENT), p.formsOfEngagement()::toString);
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
  void healthWorkersRecruitedFromAListedCountryWithNoAgreementRecordedAsSuchAreABreach() {
    // ICT work beside it (ISIC 62) is not part of the evidence
    Partnership p = exemplary("NG", "BE", "Q", "2221").withGovernmentToGovernment(false)
        .withSectors(Set.of(IsicCode.of("Q"), IsicCode.of("62")));
    Evaluation e = evaluate(p, "SMP-ETHIC-002");
    assertEquals(Outcome.BREACH, e.outcome(), e.findings()::toString);
    Finding f = e.findings().get(0);
    assertEquals(java.util.Optional.of(Severity.ERROR), f.severity());
    assertEquals("/governmentToGovernment", f.path());
    assertTrue(f.message().contains("NG (Nigeria)") && f.message().contains("ISIC Q, ISCO 2221")
        && f.message().contains("records that no government-to-government agreement"), f::toString);
    // proved by what is recorded: the "no", the health sector and occupation, the origin party
    assertEquals(List.of("/governmentToGovernment=false", "/sectors=Q", "/occupations/0/isco=2221", "/parties/0/country=NG"),
        f.evidence().stream().map(x -> x.pointer() + "=" + x.value()).collect(Collectors.toList()));
    // a recorded form of engagement does not outweigh the recorded "no": it may govern other things
    assertOutcome(Outcome.BREACH, p.withFormsOfEngagement(FormOfEngagement.of(
        EngagementForm.MEMORANDUM_OF_UNDERSTANDING)), "SMP-ETHIC-002");
  }

  @Test
  void anAgreementRecordedAsGoverningRecruitmentMeetsTheCodeAndAnUnrecordedOneIsAQuestion() {
    Partnership p = exemplary("NG", "BE", "Q", "2221");
    Evaluation recorded = evaluate(p.withGovernmentToGovernment(true), "SMP-ETHIC-002");
    assertEquals(Outcome.MET, recorded.outcome(), recorded.findings()::toString);
    assertEquals("/governmentToGovernment", recorded.findings().get(0).path());
    // the same partnership without the fact: an open question (its placement agreement has no public recruiters)
    assertOutcome(Outcome.GAP, p, "SMP-ETHIC-002");
    // a "no" from a country not on the list, or for work that is not health work, is no finding
    assertOutcome(Outcome.NOT_APPLICABLE, exemplary("VN", "DE", "87", "3221").withGovernmentToGovernment(false),
        "SMP-ETHIC-002");
    assertOutcome(Outcome.NOT_APPLICABLE, exemplary("NG", "BE", "J", "2512").withGovernmentToGovernment(false),
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

  // --- every finding pinned (PIT: the agreements named, the recruiters, the coarse occupations) --------

  private static List<String> lines(Partnership p, String id) {
    return FindingLines.of(p, id);
  }

  private static Stakeholder recruiter(String name, StakeholderType type, String country) {
    return GoodPractice.stakeholder(name, type, Country.of(country), StakeholderRole.RECRUITER);
  }

  @Test
  void theWhoCodeRuleNamesEachAgreementWithWhereItIsRecorded() {
    Partnership p = exemplary("NG", "BE", "Q", "2221");
    String health = "ISIC Q, ISCO 2221";
    assertEquals(List.of("met /formsOfEngagement [" + health + ", NG, 2023, BILATERAL_LABOUR_MIGRATION_AGREEMENT"
        + " (/formsOfEngagement/1), TALENT_PARTNERSHIP (/formsOfEngagement/2)]"), lines(p.withFormsOfEngagement(
            FormOfEngagement.of(EngagementForm.PILOT_PROJECT), FormOfEngagement.of(
                EngagementForm.BILATERAL_LABOUR_MIGRATION_AGREEMENT), FormOfEngagement.of(
                    EngagementForm.TALENT_PARTNERSHIP)), "SMP-ETHIC-002"));
    for (String description : List.of("A government to government scheme", "Signed G2G in 2019",
        "GOVERNMENT-TO-GOVERNMENT arrangement")) {
      assertEquals(List.of("met /formsOfEngagement [" + health + ", NG, 2023, OTHER, described as"
          + " government-to-government (/formsOfEngagement/0)]"), lines(p.withFormsOfEngagement(FormOfEngagement
              .builder().form(EngagementForm.OTHER).description(description).build()), "SMP-ETHIC-002"), description);
    }
    assertEquals(List.of("gap.agreement /formsOfEngagement [" + health + ", NG, Nigeria, 2023]"),
        lines(p.withFormsOfEngagement(FormOfEngagement.builder().form(EngagementForm.OTHER)
            .description("A G2Gx scheme between governments and employers").build()), "SMP-ETHIC-002"));
  }

  @Test
  void aPlacementAgreementCountsOnlyWhereGovernmentBodiesOfBothSidesRecruit() {
    Partnership placement = exemplary("NG", "BE", "Q", "2221").withFormsOfEngagement(FormOfEngagement.of(
        EngagementForm.PLACEMENT_AGREEMENT));
    Stakeholder origin = recruiter("Origin service", StakeholderType.PUBLIC_EMPLOYMENT_SERVICE, "NG");
    Stakeholder destination = recruiter("Destination service", StakeholderType.PUBLIC_EMPLOYMENT_SERVICE, "BE");
    assertEquals(List.of("met /formsOfEngagement [ISIC Q, ISCO 2221, NG, 2023, PLACEMENT_AGREEMENT between public"
        + " bodies that recruit (/formsOfEngagement/0)]"), lines(with(placement, origin, destination), "SMP-ETHIC-002"));
    assertOutcome(Outcome.GAP, with(placement, origin), "SMP-ETHIC-002");
    assertOutcome(Outcome.GAP, with(placement, destination), "SMP-ETHIC-002");
    assertOutcome(Outcome.GAP, with(placement, origin, recruiter("Agency", StakeholderType.PRIVATE_RECRUITMENT_AGENCY,
        "BE")), "SMP-ETHIC-002");
    assertOutcome(Outcome.GAP, with(placement, origin, GoodPractice.stakeholder("Destination service",
        StakeholderType.PUBLIC_EMPLOYMENT_SERVICE, Country.of("BE"), StakeholderRole.IMPLEMENTER)), "SMP-ETHIC-002");
    assertOutcome(Outcome.GAP, with(placement, origin, Stakeholder.builder().name("Somewhere").type(
        StakeholderType.PUBLIC_EMPLOYMENT_SERVICE).addRoles(StakeholderRole.RECRUITER).build()), "SMP-ETHIC-002");
  }

  @Test
  void theWhoCodeRuleJudgesEachListedOrigin() {
    Partnership two = Partnership.builder().from(exemplary("NG", "BE", "Q", "2221"))
        .scope(io.github.smpkit.core.typology.AgreementScope.MULTILATERAL)
        .parties(List.of(Party.origin(Country.of("GH")), Party.origin(Country.of("NG")),
            Party.destination(Country.of("BE")))).build()
        .withFormsOfEngagement(FormOfEngagement.of(EngagementForm.PLACEMENT_AGREEMENT));
    Partnership nigerianRecruiters = with(two, recruiter("Origin service", StakeholderType.LABOUR_MINISTRY, "NG"),
        recruiter("Destination service", StakeholderType.MIGRATION_AGENCY, "BE"));
    assertEquals(List.of("gap.agreement /formsOfEngagement [ISIC Q, ISCO 2221, GH, Ghana, 2023]",
        "met /formsOfEngagement [ISIC Q, ISCO 2221, NG, 2023, PLACEMENT_AGREEMENT between public bodies that"
            + " recruit (/formsOfEngagement/0)]"), lines(nigerianRecruiters, "SMP-ETHIC-002"));
  }

  @Test
  void theWhoCodeRuleAsksAboutSectorsAndBroadOccupations() {
    assertEquals(List.of("gap.sectors /sectors [NG, 2023]"), lines(GOOD.withSectors(Set.of())
        .withOccupations(List.of()), "SMP-ETHIC-002"));
    assertEquals(List.of("gap.occupations /occupations [ISCO 3, ISCO 53]"), lines(GOOD.withSectors(Set.of())
        .withOccupations(Occupation.of(IscoCode.of("3")), Occupation.of(IscoCode.of("25")),
            Occupation.of(IscoCode.of("53"))), "SMP-ETHIC-002"));
    assertEquals(List.of("gap.occupations /occupations [ISCO 5]"), lines(GOOD.withSectors(Set.of())
        .withOccupations(Occupation.of(IscoCode.of("5"))), "SMP-ETHIC-002"));
    assertOutcome(Outcome.NOT_APPLICABLE, GOOD.withSectors(Set.of()).withOccupations(Occupation.of(IscoCode.of("25"))),
        "SMP-ETHIC-002");
    assertOutcome(Outcome.NOT_APPLICABLE, GOOD.withOccupations(List.of()), "SMP-ETHIC-002");
  }

  @Test
  void whoRecruitsDecidesWhetherLicensingAndCertificationConcernThePartnership() {
    Partnership none = Edits.noSafeguard(GOOD, RecruitmentSafeguard.LICENSED_RECRUITERS,
        RecruitmentSafeguard.IRIS_CERTIFICATION);
    Stakeholder service = recruiter("Service", StakeholderType.PUBLIC_EMPLOYMENT_SERVICE, "NG");
    for (String id : List.of("SMP-ETHIC-003", "SMP-ETHIC-009")) {
      assertEquals(List.of("met /recruitmentProvisions []"), lines(GOOD, id), id);
      assertEquals(List.of("gap.unknown /recruitmentProvisions []"), lines(none, id), id);
      assertOutcome(Outcome.NOT_APPLICABLE, with(none, recruiter("IOM", StakeholderType.INTERNATIONAL_ORGANISATION,
          "NG")), id);
      assertOutcome(Outcome.NOT_APPLICABLE, with(none, recruiter("Hospital", StakeholderType.EMPLOYER, "BE")), id);
      // a public training institution that selects its trainees is a public body (hand-in-hand, y-med)
      assertOutcome(Outcome.NOT_APPLICABLE, with(none, recruiter("College", StakeholderType.PUBLIC_TRAINING_INSTITUTION,
          "NG")), id);
      assertEquals(List.of("gap.agencies /recruitmentProvisions []"), lines(with(none, recruiter("Academy",
          StakeholderType.PRIVATE_TRAINING_PROVIDER, "NG")), id), id);
      assertEquals(List.of("gap.agencies /recruitmentProvisions []"), lines(with(none, service, recruiter("Charity",
          StakeholderType.NGO, "NG")), id), id);
      assertEquals(List.of("gap.agencies /recruitmentProvisions []"), lines(with(none, service, GoodPractice
          .stakeholder("Agency", StakeholderType.PRIVATE_RECRUITMENT_AGENCY, Country.of("NG"),
              StakeholderRole.ADVISORY)), id), id);
      assertEquals(List.of("met /recruitmentProvisions []"), lines(with(GOOD, recruiter("Charity",
          StakeholderType.NGO, "NG")), id), id);
    }
  }

  @Test
  void onlyAllRemoteModesMakeTheMovingSafeguardsNotApplicable() {
    for (Object[] c : new Object[][] {{"SMP-ETHIC-005", RecruitmentSafeguard.CONSULAR_ACCESS},
        {"SMP-ETHIC-006", RecruitmentSafeguard.WRITTEN_CONTRACT},
        {"SMP-ETHIC-010", RecruitmentSafeguard.RETENTION_OF_DOCUMENTS_BY_WORKER}}) {
      String id = (String) c[0];
      Partnership without = Edits.noSafeguard(GOOD, (RecruitmentSafeguard) c[1]);
      assertEquals(List.of("met /recruitmentProvisions []"), lines(GOOD.withMobilityModes(MobilityMode.REMOTE), id),
          id);
      assertEquals(List.of("gap /recruitmentProvisions []"), lines(without.withMobilityModes(List.of()), id), id);
      assertEquals(List.of("gap /recruitmentProvisions []"), lines(without.withMobilityModes(MobilityMode.HYBRID), id),
          id);
      assertEquals(List.of("gap /recruitmentProvisions []"), lines(without.withMobilityModes(MobilityMode.REMOTE,
          MobilityMode.PHYSICAL), id), id);
      assertOutcome(Outcome.NOT_APPLICABLE, without.withMobilityModes(MobilityMode.REMOTE), id);
    }
  }

  @Test
  void theOtherSafeguardsPinTheirFindings() {
    for (Object[] c : new Object[][] {{"SMP-ETHIC-001", RecruitmentSafeguard.EMPLOYER_PAYS},
        {"SMP-ETHIC-004", RecruitmentSafeguard.GRIEVANCE_MECHANISM}}) {
      String id = (String) c[0];
      assertEquals(List.of("met /recruitmentProvisions []"), lines(GOOD, id), id);
      assertEquals(List.of("gap /recruitmentProvisions []"), lines(Edits.noSafeguard(GOOD, (RecruitmentSafeguard) c[1]),
          id), id);
    }
    assertEquals(List.of("met /socialProvisions []"), lines(GOOD, "SMP-ETHIC-008"));
    assertEquals(List.of("gap /socialProvisions []"), lines(Edits.noSocial(GOOD, SocialProvisionKind.EQUAL_TREATMENT),
        "SMP-ETHIC-008"));
  }
}
