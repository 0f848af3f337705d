package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.PATHWAYS;
import static io.github.smpkit.rules.Severity.ERROR;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;
import static io.github.smpkit.rules.internal.Rules.rule;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules of element 8, regular pathways, admission procedures and visas (IOM SMP Guidance 2023, ch. 10). */
final class PathwayRules {

  /** Processing time above which a fast track is expected, in days: our own threshold, not the guidance's. */
  static final int SLOW_PROCESSING_DAYS = 90;
  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);

  private PathwayRules() {
  }

  static List<Rule> rules() {
    return List.of(
        Rules.notDescribed("SMP-PATH-000", PATHWAYS, "the legal pathways or admission procedures participants use",
            "Name the visa or permit category for each destination and map the procedures along the migration"
                + " continuum."),
        rule("SMP-PATH-001", PATHWAYS, WARNING, 10, "Each destination has a stated legal pathway",
            "Each destination must offer a known visa or permit route that people trained under the scheme can"
                + " actually use.",
            (p, c) -> {
              if (!Facts.physical(p)) {
                return;
              }
              for (Country d : p.destinations()) {
                if (p.pathways().stream().noneMatch(w -> w.destination().equals(d))) {
                  c.report("/pathways", "No visa or work-permit route is given for " + d.code() + ".",
                      "Name the permit category for " + d.code() + ", whether it ties the worker to one employer,"
                          + " can be renewed and how long it takes.");
                }
              }
            }),
        rule("SMP-PATH-002", PATHWAYS, ERROR, 10, "Employer-tied permits allow a change of employer",
            "A worker who loses the right to stay by leaving an abusive employer is not free; pathways should let"
                + " workers change employer (ch. 10 and 12).",
            (p, c) -> {
              for (int i = 0; i < p.pathways().size(); i++) {
                LegalPathway w = p.pathways().get(i);
                if (!w.employerTied().equals(YES)) {
                  continue;
                }
                if (w.changeOfEmployerAllowed().equals(NO)) {
                  c.report(Finding.pointer("pathways", i, "changeOfEmployerAllowed"), "The permit '"
                      + w.permitCategory() + "' for " + w.destination().code() + " ties the worker to one employer"
                      + " and does not allow a change of employer.", "Allow a change of employer (at least after a"
                      + " set period or in case of abuse, with time to find new work), or use a permit not tied to"
                      + " one employer.");
                } else if (w.changeOfEmployerAllowed().isEmpty()) {
                  c.report(WARNING, Finding.pointer("pathways", i, "changeOfEmployerAllowed"), "The permit '"
                      + w.permitCategory() + "' ties the worker to one employer; whether a change of employer is"
                      + " allowed is not stated.", "State whether and when workers may change employer.");
                }
              }
            }),
        rule("SMP-PATH-003", PATHWAYS, WARNING, 10, "The authorities issuing visas and permits take part",
            "The agencies that issue visas and permits should be involved from the planning stage.",
            (p, c) -> {
              if (!Facts.physical(p) || p.stakeholders().isEmpty()) {
                return;
              }
              for (Country d : p.destinations()) {
                boolean involved = Facts.in(p, Facts.one(d)).stream().anyMatch(s -> s.type() == StakeholderType.MIGRATION_AGENCY
                    || s.type() == StakeholderType.INTERIOR_MINISTRY || s.type() == StakeholderType.FOREIGN_AFFAIRS_MINISTRY);
                if (!involved) {
                  c.report("/stakeholders", "No authority that issues visas or permits in " + d.code()
                      + " takes part.", "Involve the migration agency (and the consulates issuing visas) from the"
                      + " design stage.");
                }
              }
            }),
        rule("SMP-PATH-004", PATHWAYS, ERROR, 10, "The permit allows the length of stay the scheme promises",
            "Permits must allow the stay the scheme offers; longer stays also help employers who invest in training.",
            (p, c) -> {
              boolean longStay = p.migrationTypes().contains(MigrationType.LONGER_TERM)
                  || p.migrationTypes().contains(MigrationType.PERMANENT);
              for (int i = 0; i < p.pathways().size(); i++) {
                LegalPathway w = p.pathways().get(i);
                if (longStay && w.renewable().equals(NO) && w.routeToLongTermResidence().equals(NO)) {
                  c.report(Finding.pointer("pathways", i), "The scheme offers longer-term or permanent migration,"
                      + " but the permit '" + w.permitCategory() + "' can neither be renewed nor lead to long-term"
                      + " residence.", "Use a renewable permit or one leading to long-term residence, or correct the"
                      + " migration types.");
                }
              }
              if (!p.pathways().isEmpty() && p.pathways().stream().noneMatch(w -> w.renewable().equals(YES)
                  || w.routeToLongTermResidence().equals(YES))) {
                c.report(INFO, "/pathways", "No permit is known to be renewable or to lead to long-term residence.",
                    "Consider options for a longer stay.");
              }
            }),
        rule("SMP-PATH-005", PATHWAYS, WARNING, 10, "Permits are processed quickly or through a fast track",
            "Long and uncertain processing deters candidates and employers; fast-track or trusted-sponsor schemes"
                + " help (the 90-day threshold is ours).",
            (p, c) -> {
              for (int i = 0; i < p.pathways().size(); i++) {
                LegalPathway w = p.pathways().get(i);
                if (w.processingDays().isEmpty()) {
                  c.report(INFO, Finding.pointer("pathways", i, "processingDays"), "The processing time of the permit"
                      + " '" + w.permitCategory() + "' is not known.", "State the usual processing time.");
                } else if (w.processingDays().get() > SLOW_PROCESSING_DAYS && !w.fastTrack().equals(YES)) {
                  c.report(Finding.pointer("pathways", i, "processingDays"), "The permit '" + w.permitCategory()
                      + "' takes about " + w.processingDays().get() + " days and no fast track applies.",
                      "Agree a fast-track or registered-sponsor procedure, or e-visas.");
                }
              }
            }),
        rule("SMP-PATH-006", PATHWAYS, WARNING, 10, "Procedures are mapped along the migration continuum",
            "Mapping each phase's procedures (recruitment, visa, orientation, registration, family, portability,"
                + " return) finds barriers early.",
            (p, c) -> {
              if (!Facts.physical(p)) {
                return;
              }
              Set<MigrationPhase> phases = p.procedures().stream().map(Procedure::phase)
                  .collect(Collectors.toCollection(() -> EnumSet.noneOf(MigrationPhase.class)));
              List<MigrationPhase> needed = new ArrayList<>(List.of(MigrationPhase.PRE_DEPARTURE,
                  MigrationPhase.ARRIVAL, MigrationPhase.STAY_AND_INTEGRATION));
              if (Facts.temporary(p)) {
                needed.add(MigrationPhase.RETURN_AND_REINTEGRATION);
              }
              needed.removeAll(phases);
              if (!needed.isEmpty()) {
                c.report("/procedures", "No procedures are mapped for the phase" + (needed.size() > 1 ? "s " : " ")
                    + needed.stream().map(Enum::name).collect(Collectors.joining(", ")) + ".",
                    "List the procedures of each phase of the migration continuum and who is responsible.");
              }
            }),
        rule("SMP-PATH-007", PATHWAYS, INFO, 10, "Graduates can look for work without a pre-arranged employer",
            "A job-search visa lets trained graduates look for work in the destination instead of depending on one"
                + " employer.",
            (p, c) -> {
              if (Facts.awayTraining(p) && !p.pathways().isEmpty()
                  && p.pathways().stream().allMatch(w -> w.employerTied().equals(YES))
                  && p.pathways().stream().noneMatch(w -> w.jobSearchVisa().equals(YES))) {
                c.report("/pathways", "Graduates can migrate only with a pre-arranged employer; there is no"
                    + " job-search option.", "Consider a job-search visa for graduates of the training.");
              }
            }),
        rule("SMP-PATH-008", PATHWAYS, WARNING, 10, "Remote or hybrid work has contract, tax and social-security rules",
            "Work across borders without moving needs clear rules on contracts, applicable labour law, taxes and"
                + " social contributions from the start.",
            (p, c) -> {
              if (!p.mobilityModes().contains(MobilityMode.REMOTE) && !p.mobilityModes().contains(MobilityMode.HYBRID)) {
                return;
              }
              boolean contract = Facts.hasSafeguard(p, RecruitmentSafeguard.WRITTEN_CONTRACT);
              boolean social = Facts.hasSocial(p, SocialProvisionKind.SOCIAL_SECURITY_PORTABILITY)
                  || Facts.hasSocial(p, SocialProvisionKind.DOUBLE_TAXATION_AGREEMENT);
              if (!contract || !social) {
                c.report("/mobilityModes", "Remote or hybrid work is foreseen, but the rules for its "
                    + (!contract ? "contracts" : "taxes and social security") + " are not set out.",
                    "State the employing entity, the labour law that applies, tax residence and social-security"
                        + " affiliation of remote workers.");
              }
            }),
        rule("SMP-BLMA-005", PATHWAYS, WARNING, 10, "Workers are informed about rights and procedures before"
                + " departure",
            "Workers should receive clear information at recruitment, before departure and on arrival, in a"
                + " language they understand.",
            (p, c) -> {
              boolean informed = p.procedures().stream().anyMatch(pr -> pr.kind() == ProcedureKind.ORIENTATION)
                  || p.training().stream().anyMatch(t -> t.contents().contains(TrainingContent.PRE_DEPARTURE_ORIENTATION));
              if (Facts.physical(p) && !informed) {
                c.report("/procedures", "Workers get no structured information on their rights and the procedures"
                    + " before or after departure.", "Plan a pre-departure information session and a welcome"
                    + " package on arrival (rights, contacts, complaint channels).");
              }
            }));
  }
}
