package io.github.smpkit.rules;

import static io.github.smpkit.rules.RecognitionRulesTest.assertBreach;
import static io.github.smpkit.rules.RecognitionRulesTest.assertOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.typology.AgreementScope;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of element 8, regular pathways, admission procedures and visas (ch. 10): each outcome they can reach. */
class PathwayRulesTest {

  private static Partnership exemplary() {
    return GoodPractice.exemplary();
  }

  private static Partnership remote() {
    return exemplary().withMobilityModes(MobilityMode.REMOTE);
  }

  private static Partnership noPathways() {
    return exemplary().withPathways(List.of());
  }

  @Test
  void path001APathwayForEachDestination() {
    String id = "SMP-PATH-001";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, noPathways());
    assertOutcome(Outcome.MET, id, remote());
    assertOutcome(Outcome.GAP, id, remote().withPathways(List.of()));
  }

  @Test
  void path002BreachesOnlyOnARecordedTiedPermitThatForbidsAChangeOfEmployer() {
    String id = "SMP-PATH-002";
    assertOutcome(Outcome.MET, id, exemplary());
    Partnership tied = Edits.pathways(exemplary(), w -> w.withEmployerTied(true));
    assertOutcome(Outcome.MET, id, tied); // change of employer allowed
    assertBreach(id, Edits.pathways(tied, w -> w.withChangeOfEmployerAllowed(false)), Severity.WARNING,
        "/pathways/0/employerTied", "/pathways/0/changeOfEmployerAllowed");
    // nz-rse: employer-tied, whether a change is allowed not recorded: an open question
    assertOutcome(Outcome.GAP, id, Edits.pathways(tied, w -> w.withChangeOfEmployerAllowed(Optional.empty())));
    assertOutcome(Outcome.GAP, id, Edits.pathways(exemplary(),
        w -> w.withEmployerTied(Optional.empty()).withChangeOfEmployerAllowed(Optional.empty())));
    assertOutcome(Outcome.MET, id, Edits.pathways(exemplary(), w -> w.withChangeOfEmployerAllowed(Optional.empty())));
    assertOutcome(Outcome.GAP, id, noPathways());
    assertOutcome(Outcome.NOT_APPLICABLE, id, remote());
    assertEquals(Severity.WARNING, PartnershipValidator.catalogue().stream().filter(r -> r.id().equals(id))
        .findFirst().orElseThrow().severity());
  }

  @Test
  void path003PermitAuthoritiesTakePart() {
    String id = "SMP-PATH-003";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.noStakeholder(exemplary(), StakeholderType.MIGRATION_AGENCY));
    assertOutcome(Outcome.NOT_APPLICABLE, id, remote());
  }

  @Test
  void path004ThePermitAllowsTheStayTheSchemeOffers() {
    String id = "SMP-PATH-004";
    assertOutcome(Outcome.MET, id, exemplary());
    Partnership shortPermit = Edits.pathways(exemplary(), w -> w.withRenewable(false).withRouteToLongTermResidence(false));
    assertOutcome(Outcome.NOT_APPLICABLE, id, shortPermit); // circular migration: a short permit fits
    assertBreach(id, shortPermit.withMigrationTypes(MigrationType.LONGER_TERM), Severity.WARNING, "/migrationTypes",
        "/pathways/0/renewable", "/pathways/0/routeToLongTermResidence");
    assertOutcome(Outcome.GAP, id, shortPermit.withMigrationTypes(List.of()));
    assertOutcome(Outcome.GAP, id, Edits.pathways(shortPermit, w -> w.withRenewable(Optional.empty()))
        .withMigrationTypes(MigrationType.LONGER_TERM));
    assertOutcome(Outcome.GAP, id, noPathways());
    assertOutcome(Outcome.NOT_APPLICABLE, id, remote());
  }

  @Test
  void path005ProcessingTimeAndFastTrack() {
    String id = "SMP-PATH-005";
    assertOutcome(Outcome.MET, id, exemplary());
    Partnership noFastTrack = Edits.pathways(exemplary(), w -> w.withFastTrack(false));
    assertOutcome(Outcome.MET, id, noFastTrack); // 30 days
    assertBreach(id, Edits.pathways(noFastTrack, w -> w.withProcessingDays(120)), Severity.INFO,
        "/pathways/0/processingDays", "/pathways/0/fastTrack");
    assertOutcome(Outcome.GAP, id, Edits.pathways(exemplary(), w -> w.withFastTrack(Optional.empty())
        .withProcessingDays(120)));
    assertOutcome(Outcome.GAP, id, Edits.pathways(noFastTrack, w -> w.withProcessingDays(Optional.empty())));
    assertOutcome(Outcome.GAP, id, noPathways());
    assertOutcome(Outcome.NOT_APPLICABLE, id, remote());
  }

  @Test
  void path006ProceduresAlongTheContinuum() {
    String id = "SMP-PATH-006";
    assertOutcome(Outcome.MET, id, exemplary());
    assertOutcome(Outcome.GAP, id, Edits.noProcedurePhase(exemplary(), MigrationPhase.ARRIVAL));
    assertOutcome(Outcome.GAP, id, exemplary().withProcedures(List.of()));
    assertOutcome(Outcome.NOT_APPLICABLE, id, remote());
  }

  @Test
  void path007JobSearchVisa() {
    String id = "SMP-PATH-007";
    assertOutcome(Outcome.MET, id, exemplary());
    assertBreach(id, Edits.pathways(exemplary(), w -> w.withJobSearchVisa(false)), Severity.INFO,
        "/pathways/0/jobSearchVisa");
    assertOutcome(Outcome.GAP, id, Edits.pathways(exemplary(), w -> w.withJobSearchVisa(Optional.empty())));
    assertOutcome(Outcome.GAP, id, noPathways());
    assertOutcome(Outcome.NOT_APPLICABLE, id, remote());
  }

  @Test
  void path008RemoteWorkRules() {
    String id = "SMP-PATH-008";
    assertOutcome(Outcome.NOT_APPLICABLE, id, exemplary());
    Partnership hybrid = exemplary().withMobilityModes(MobilityMode.PHYSICAL, MobilityMode.HYBRID);
    assertOutcome(Outcome.MET, id, hybrid);
    assertOutcome(Outcome.GAP, id, Edits.noSafeguard(hybrid, RecruitmentSafeguard.WRITTEN_CONTRACT));
    assertOutcome(Outcome.GAP, id, exemplary().withMobilityModes(List.of()));
  }

  @Test
  void theRetiredIdsAreGone() {
    for (String id : List.of("SMP-PATH-000", "SMP-BLMA-005", "SMP-RECOG-000", "SMP-SOC-000")) {
      assertEquals(false, PartnershipValidator.catalogue().stream().anyMatch(r -> r.id().equals(id)), id);
    }
  }

  // --- every finding pinned (PIT: the pathway each finding points at, the arguments, the boundaries) ---

  /** How the messages name the exemplary permit. */
  private static final String PERMIT = "'Skilled worker permit' (BE)";

  private static List<String> lines(Partnership p, String id) {
    return FindingLines.of(p, id);
  }

  private static LegalPathway permit() {
    return exemplary().pathways().get(0);
  }

  /** NG to BE and DE. */
  private static Partnership twoDestinations() {
    return Partnership.builder().from(exemplary()).scope(AgreementScope.MULTILATERAL)
        .parties(List.of(Party.origin(Country.of("NG")), Party.destination(Country.of("BE")),
            Party.destination(Country.of("DE")))).build();
  }

  @Test
  void path001PointsAtTheFirstPathwayOfEachDestination() {
    String id = "SMP-PATH-001";
    assertEquals(List.of("met /pathways/0 [BE]"), lines(exemplary(), id));
    LegalPathway de = permit().withDestination(Country.of("DE"));
    assertEquals(List.of("met /pathways/1 [BE]", "met /pathways/0 [DE]"), lines(twoDestinations().withPathways(de,
        permit(), permit().withPermitCategory("Second permit")), id));
    assertEquals(List.of("met /pathways/0 [BE]", "gap.destination /pathways [DE]"), lines(twoDestinations(), id));
    assertEquals(List.of("met /pathways/0 [BE]"), lines(exemplary().withPathways(permit(), permit()
        .withPermitCategory("Second permit")), id));
    assertEquals(List.of("gap.destination /pathways [BE]"), lines(noPathways(), id));
    assertEquals(List.of("gap.remote /pathways [BE]"), lines(remote().withPathways(List.of()), id));
  }

  @Test
  void path002JudgesEachPermit() {
    String id = "SMP-PATH-002";
    assertEquals(List.of("met.change /pathways/0/changeOfEmployerAllowed [" + PERMIT + "]"), lines(exemplary(), id));
    LegalPathway open = permit().withChangeOfEmployerAllowed(Optional.empty());
    LegalPathway tied = open.withEmployerTied(true);
    assertEquals(List.of("met.untied /pathways/0/employerTied [" + PERMIT + "]",
        "gap.tied /pathways/1/employerTied [" + PERMIT + "]",
        "gap.change /pathways/2/changeOfEmployerAllowed [" + PERMIT + "]",
        "breach WARNING /pathways/3/changeOfEmployerAllowed [" + PERMIT + "] [/pathways/3/employerTied = true,"
            + " /pathways/3/changeOfEmployerAllowed = false]"),
        lines(exemplary().withPathways(open, open.withEmployerTied(Optional.empty()), tied,
            tied.withChangeOfEmployerAllowed(false)), id));
    assertEquals(List.of("gap.pathways /pathways []"), lines(noPathways(), id));
  }

  @Test
  void path003LooksForAPermitAuthorityInEachDestination() {
    String id = "SMP-PATH-003";
    assertEquals(List.of("met /stakeholders/5 [GP migration agency BE, BE]"), lines(exemplary(), id));
    Partnership noAgency = Edits.noStakeholder(exemplary(), StakeholderType.MIGRATION_AGENCY);
    List<Stakeholder> actors = new ArrayList<>(noAgency.stakeholders());
    actors.add(GoodPractice.stakeholder("NG agency", StakeholderType.MIGRATION_AGENCY, Country.of("NG"),
        StakeholderRole.IMPLEMENTER));
    actors.add(GoodPractice.stakeholder("BE interior", StakeholderType.INTERIOR_MINISTRY, Country.of("BE"),
        StakeholderRole.IMPLEMENTER));
    assertEquals(List.of("met /stakeholders/12 [BE interior, BE]"), lines(noAgency.withStakeholders(actors), id));
    assertEquals(List.of("gap /stakeholders [BE]"), lines(noAgency.withStakeholders(actors.subList(0,
        actors.size() - 1)), id));
    assertEquals(List.of("met /stakeholders/5 [GP migration agency BE, BE]", "gap /stakeholders [DE]"),
        lines(twoDestinations(), id));
  }

  @Test
  void path004AsksForWhatIsNotRecordedAndBreachesOnlyForLongStays() {
    String id = "SMP-PATH-004";
    assertEquals(List.of("met /pathways/0 [" + PERMIT + "]"), lines(exemplary(), id));
    LegalPathway shortPermit = permit().withRenewable(false).withRouteToLongTermResidence(false);
    assertEquals(List.of("met /pathways/0 [" + PERMIT + "]", "met /pathways/1 [" + PERMIT + "]",
        "gap.renewable /pathways/2/renewable [" + PERMIT + "]",
        "gap.renewable /pathways/3/routeToLongTermResidence [" + PERMIT + "]"),
        lines(exemplary().withPathways(shortPermit.withRenewable(true), shortPermit.withRouteToLongTermResidence(true),
            shortPermit.withRenewable(Optional.empty()), shortPermit.withRouteToLongTermResidence(Optional.empty())),
            id));
    Partnership longStay = exemplary().withPathways(shortPermit).withMigrationTypes(MigrationType.LONGER_TERM,
        MigrationType.PERMANENT);
    assertEquals(List.of("breach WARNING /pathways/0 [longer-term and permanent, " + PERMIT + "] [/migrationTypes ="
        + " [LONGER_TERM, PERMANENT], /pathways/0/renewable = false, /pathways/0/routeToLongTermResidence = false]"),
        lines(longStay, id));
    assertEquals(List.of("gap.temporary /migrationTypes [" + PERMIT + "]"), lines(longStay.withMigrationTypes(
        List.of()), id));
    assertOutcome(Outcome.NOT_APPLICABLE, id, longStay.withMigrationTypes(MigrationType.CIRCULAR,
        MigrationType.LONGER_TERM));
    assertEquals(List.of("gap.pathways /pathways []"), lines(noPathways(), id));
  }

  @Test
  void path005NinetyDaysIsNotSlow() {
    String id = "SMP-PATH-005";
    assertEquals(List.of("met.fast /pathways/0/fastTrack [" + PERMIT + "]"), lines(exemplary(), id));
    LegalPathway noFastTrack = permit().withFastTrack(false);
    assertEquals(List.of("met.days /pathways/0/processingDays [" + PERMIT + ", 90]"), lines(exemplary()
        .withPathways(noFastTrack.withProcessingDays(90)), id));
    assertEquals(List.of("breach INFO /pathways/0/processingDays [" + PERMIT + ", 91] [/pathways/0/processingDays"
        + " = 91, /pathways/0/fastTrack = false]"), lines(exemplary().withPathways(noFastTrack.withProcessingDays(91)),
        id));
    assertEquals(List.of("gap.fast /pathways/0/fastTrack [" + PERMIT + ", 91]"), lines(exemplary().withPathways(
        noFastTrack.withProcessingDays(91).withFastTrack(Optional.empty())), id));
    assertEquals(List.of("met.fast /pathways/0/fastTrack [" + PERMIT + "]", "gap.days /pathways/1/processingDays ["
        + PERMIT + "]"), lines(exemplary().withPathways(permit(), noFastTrack.withProcessingDays(Optional.empty())),
        id));
    assertEquals(List.of("gap.pathways /pathways []"), lines(noPathways(), id));
  }

  @Test
  void path006NamesTheMissingPhasesAndTheLastOneNeeded() {
    String id = "SMP-PATH-006";
    assertEquals(List.of("met /procedures [return and reintegration]"), lines(exemplary(), id));
    assertEquals(List.of("met /procedures [stay and integration]"), lines(exemplary().withMigrationTypes(
        MigrationType.LONGER_TERM), id));
    assertEquals(List.of("gap /procedures [1, ARRIVAL]"), lines(Edits.noProcedurePhase(exemplary(),
        MigrationPhase.ARRIVAL), id));
    assertEquals(List.of("gap /procedures [4, PRE_DEPARTURE, ARRIVAL, STAY_AND_INTEGRATION, RETURN_AND_REINTEGRATION]"),
        lines(exemplary().withProcedures(List.of()), id));
  }

  @Test
  void path007BreachesOnlyWhenEveryPermitIsRecordedWithoutAJobSearchVisa() {
    String id = "SMP-PATH-007";
    assertEquals(List.of("met /pathways/0/jobSearchVisa [BE]"), lines(exemplary(), id));
    LegalPathway no = permit().withJobSearchVisa(false);
    assertEquals(List.of("met /pathways/1/jobSearchVisa [BE]"), lines(exemplary().withPathways(no, permit()), id));
    assertEquals(List.of("breach INFO /pathways/0/jobSearchVisa [] [/pathways/0/jobSearchVisa = false,"
        + " /pathways/1/jobSearchVisa = false]"), lines(exemplary().withPathways(no, no), id));
    assertEquals(List.of("gap /pathways []"), lines(exemplary().withPathways(no, no.withJobSearchVisa(
        Optional.empty())), id));
    assertEquals(List.of("gap.pathways /pathways []"), lines(noPathways(), id));
  }

  @Test
  void path008AsksAboutContractsAndSocialSecurityForRemoteWork() {
    String id = "SMP-PATH-008";
    Partnership remote = remote();
    assertEquals(List.of("met.recruitment /recruitmentProvisions []", "met.social /socialProvisions []"),
        lines(remote, id));
    assertEquals(List.of("met.recruitment /recruitmentProvisions []", "met.social /socialProvisions []"),
        lines(Edits.noSocial(remote, SocialProvisionKind.SOCIAL_SECURITY_PORTABILITY), id));
    assertEquals(List.of("met.recruitment /recruitmentProvisions []", "met.social /socialProvisions []"),
        lines(Edits.noSocial(remote, SocialProvisionKind.DOUBLE_TAXATION_AGREEMENT), id));
    assertEquals(List.of("gap.recruitment /recruitmentProvisions []", "gap.social /socialProvisions []"),
        lines(Edits.noSafeguard(Edits.noSocial(remote, SocialProvisionKind.SOCIAL_SECURITY_PORTABILITY,
            SocialProvisionKind.DOUBLE_TAXATION_AGREEMENT), RecruitmentSafeguard.WRITTEN_CONTRACT), id));
    assertEquals(List.of("gap.modes /mobilityModes []"), lines(exemplary().withMobilityModes(List.of()), id));
    assertOutcome(Outcome.NOT_APPLICABLE, id, exemplary().withMobilityModes(MobilityMode.PHYSICAL));
  }
}
