package io.github.smpkit.rules;

import static io.github.smpkit.rules.RecognitionRulesTest.assertBreach;
import static io.github.smpkit.rules.RecognitionRulesTest.assertOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
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
}
