package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.PATHWAYS;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.RuleContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** Rules of element 8, regular pathways, admission procedures and visas (IOM SMP Guidance 2023, ch. 10). */
final class PathwayRules {

  /**
   * Processing time above which a fast track is worth considering, in days: our own threshold; the
   * guidance asks for shorter processing times without giving a figure.
   */
  static final int SLOW_PROCESSING_DAYS = 90;
  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);
  private static final Set<StakeholderType> PERMIT_AUTHORITIES = EnumSet.of(StakeholderType.MIGRATION_AGENCY,
      StakeholderType.INTERIOR_MINISTRY, StakeholderType.FOREIGN_AFFAIRS_MINISTRY);

  private PathwayRules() {
  }

  /** Reports not applicable when no one moves (remote work only); returns whether it did. */
  private static boolean remoteOnly(Partnership p, RuleContext c) {
    if (!Facts.physical(p)) {
      c.notApplicable();
      return true;
    }
    return false;
  }

  /** Asks for the legal pathways ({@code <id>.gap.pathways}) when none is recorded; returns whether it did. */
  private static boolean noPathway(Partnership p, RuleContext c) {
    if (p.pathways().isEmpty()) {
      Messages.gap(c, "/pathways", "pathways");
      return true;
    }
    return false;
  }

  private static String permit(LegalPathway w) {
    return "'" + w.permitCategory() + "' (" + w.destination().code() + ")";
  }

  static List<Rule> rules() {
    return List.of(
        Rules.define("SMP-PATH-001", PATHWAYS, WARNING)
            .reads("/mobilityModes", "/parties/*/country", "/parties/*/role", "/pathways/*/destination")
            .check((p, c) -> {
              boolean remote = !Facts.physical(p);
              for (Country d : Facts.destinations(c)) {
                int at = -1;
                for (int i = 0; i < p.pathways().size() && at < 0; i++) {
                  if (p.pathways().get(i).destination().equals(d)) {
                    at = i;
                  }
                }
                if (at >= 0) {
                  Messages.met(c, Finding.pointer("pathways", at), "", d.code());
                } else if (remote) {
                  Messages.gap(c, "/pathways", "remote", d.code());
                } else {
                  Messages.gap(c, "/pathways", "destination", d.code());
                }
              }
            }).build(),
        Rules.define("SMP-PATH-002", PATHWAYS, WARNING)
            .source("IOM SMP Guidance 2023, ch. 10 (visas and work permits) and ch. 12")
            .reads("/mobilityModes", "/pathways/*/employerTied", "/pathways/*/changeOfEmployerAllowed",
                "/pathways/*/permitCategory", "/pathways/*/destination")
            .check((p, c) -> {
              if (remoteOnly(p, c) || noPathway(p, c)) {
                return;
              }
              for (int i = 0; i < p.pathways().size(); i++) {
                LegalPathway w = p.pathways().get(i);
                String tied = Finding.pointer("pathways", i, "employerTied");
                String change = Finding.pointer("pathways", i, "changeOfEmployerAllowed");
                if (w.changeOfEmployerAllowed().equals(YES)) {
                  Messages.met(c, change, "change", permit(w));
                } else if (w.employerTied().equals(NO)) {
                  Messages.met(c, tied, "untied", permit(w));
                } else if (w.employerTied().isEmpty()) {
                  Messages.gap(c, tied, "tied", permit(w));
                } else if (w.changeOfEmployerAllowed().isEmpty()) {
                  Messages.gap(c, change, "change", permit(w));
                } else {
                  Messages.breach(c, change, "", List.of(Evidence.of(tied, true), Evidence.of(change, false)),
                      permit(w));
                }
              }
            }).build(),
        Rules.define("SMP-PATH-003", PATHWAYS, WARNING)
            .reads("/mobilityModes", "/parties/*/country", "/parties/*/role", "/stakeholders/*/type",
                "/stakeholders/*/country", "/stakeholders/*/countries", "/stakeholders/*/name")
            .check((p, c) -> {
              if (remoteOnly(p, c)) {
                return;
              }
              for (Country d : Facts.destinations(c)) {
                Optional<Stakeholder> authority = Facts.in(p, Facts.one(d)).stream()
                    .filter(s -> PERMIT_AUTHORITIES.contains(s.type())).findFirst();
                if (authority.isPresent()) {
                  Messages.met(c, "/stakeholders/" + p.stakeholders().indexOf(authority.get()), "",
                      authority.get().name(), d.code());
                } else {
                  Messages.gap(c, "/stakeholders", "", d.code());
                }
              }
            }).build(),
        Rules.define("SMP-PATH-004", PATHWAYS, WARNING)
            .reads("/mobilityModes", "/migrationTypes", "/pathways/*/renewable", "/pathways/*/routeToLongTermResidence",
                "/pathways/*/permitCategory", "/pathways/*/destination")
            .check((p, c) -> {
              if (remoteOnly(p, c) || noPathway(p, c)) {
                return;
              }
              boolean longStayOnly = !p.migrationTypes().isEmpty() && !Facts.temporary(p);
              for (int i = 0; i < p.pathways().size(); i++) {
                LegalPathway w = p.pathways().get(i);
                String renewable = Finding.pointer("pathways", i, "renewable");
                String route = Finding.pointer("pathways", i, "routeToLongTermResidence");
                if (w.renewable().equals(YES) || w.routeToLongTermResidence().equals(YES)) {
                  Messages.met(c, Finding.pointer("pathways", i), "", permit(w));
                } else if (!w.renewable().equals(NO) || !w.routeToLongTermResidence().equals(NO)) {
                  Messages.gap(c, w.renewable().isEmpty() ? renewable : route, "renewable", permit(w));
                } else if (longStayOnly) {
                  Messages.breach(c, Finding.pointer("pathways", i), "", List.of(Evidence.of("/migrationTypes",
                      p.migrationTypes()), Evidence.of(renewable, false), Evidence.of(route, false)),
                          p.migrationTypes().stream()
                      .map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                      .collect(Collectors.joining(" and ")), permit(w));
                } else if (p.migrationTypes().isEmpty()) {
                  Messages.gap(c, "/migrationTypes", "temporary", permit(w));
                } else {
                  c.notApplicable();
                }
              }
            }).build(),
        Rules.define("SMP-PATH-005", PATHWAYS, INFO)
            .reads("/mobilityModes", "/pathways/*/processingDays", "/pathways/*/fastTrack",
                "/pathways/*/permitCategory", "/pathways/*/destination")
            .check((p, c) -> {
              if (remoteOnly(p, c) || noPathway(p, c)) {
                return;
              }
              for (int i = 0; i < p.pathways().size(); i++) {
                LegalPathway w = p.pathways().get(i);
                String days = Finding.pointer("pathways", i, "processingDays");
                String fast = Finding.pointer("pathways", i, "fastTrack");
                if (w.fastTrack().equals(YES)) {
                  Messages.met(c, fast, "fast", permit(w));
                } else if (w.processingDays().isPresent() && w.processingDays().get() <= SLOW_PROCESSING_DAYS) {
                  Messages.met(c, days, "days", permit(w), w.processingDays().get());
                } else if (w.processingDays().isEmpty()) {
                  Messages.gap(c, days, "days", permit(w));
                } else if (w.fastTrack().isEmpty()) {
                  Messages.gap(c, fast, "fast", permit(w), w.processingDays().get());
                } else {
                  Messages.breach(c, days, "", List.of(Evidence.of(days, w.processingDays().get()),
                      Evidence.of(fast, false)), permit(w), w.processingDays().get());
                }
              }
            }).build(),
        Rules.define("SMP-PATH-006", PATHWAYS, WARNING)
            .source("IOM SMP Guidance 2023, ch. 10, Box 27")
            .reads("/mobilityModes", "/migrationTypes", "/procedures/*/phase")
            .check((p, c) -> {
              if (remoteOnly(p, c)) {
                return;
              }
              Set<MigrationPhase> phases = EnumSet.noneOf(MigrationPhase.class);
              for (Procedure procedure : p.procedures()) {
                phases.add(procedure.phase());
              }
              List<MigrationPhase> needed = new ArrayList<>(List.of(MigrationPhase.PRE_DEPARTURE,
                  MigrationPhase.ARRIVAL, MigrationPhase.STAY_AND_INTEGRATION));
              if (Facts.temporary(p)) {
                needed.add(MigrationPhase.RETURN_AND_REINTEGRATION);
              }
              List<MigrationPhase> missing = new ArrayList<>(needed);
              missing.removeAll(phases);
              if (missing.isEmpty()) {
                Messages.met(c, "/procedures", "",
                    Messages.words(needed.get(needed.size() - 1)));
              } else {
                StringJoiner names = new StringJoiner(", ");
                for (MigrationPhase phase : missing) {
                  names.add(phase.name());
                }
                Messages.gap(c, "/procedures", "", missing.size(), names.toString());
              }
            }).build(),
        Rules.define("SMP-PATH-007", PATHWAYS, INFO)
            .reads("/mobilityModes", "/pathways/*/jobSearchVisa", "/pathways/*/permitCategory",
                "/pathways/*/destination")
            .check((p, c) -> {
              if (remoteOnly(p, c) || noPathway(p, c)) {
                return;
              }
              List<Integer> without = new ArrayList<>();
              for (int i = 0; i < p.pathways().size(); i++) {
                LegalPathway w = p.pathways().get(i);
                if (w.jobSearchVisa().equals(YES)) {
                  Messages.met(c, Finding.pointer("pathways", i, "jobSearchVisa"), "", w.destination().code());
                  return;
                }
                if (w.jobSearchVisa().equals(NO)) {
                  without.add(i);
                }
              }
              if (without.size() == p.pathways().size()) {
                List<Evidence> evidence = without.stream().map(i -> Evidence.of(Finding.pointer("pathways", i,
                    "jobSearchVisa"), false)).collect(Collectors.toList());
                Messages.breach(c, Finding.pointer("pathways", without.get(0), "jobSearchVisa"), "", evidence);
              } else {
                Messages.gap(c, "/pathways", "");
              }
            }).build(),
        Rules.define("SMP-PATH-008", PATHWAYS, WARNING)
            .source("IOM SMP Guidance 2023, ch. 10, Box 31")
            .reads("/mobilityModes", "/recruitmentProvisions/*/safeguard", "/socialProvisions/*/kind")
            .check((p, c) -> {
              if (p.mobilityModes().isEmpty()) {
                Messages.gap(c, "/mobilityModes", "modes");
                return;
              }
              if (!p.mobilityModes().contains(MobilityMode.REMOTE) && !p.mobilityModes().contains(MobilityMode.HYBRID)) {
                c.notApplicable();
                return;
              }
              if (Facts.hasSafeguard(p, RecruitmentSafeguard.WRITTEN_CONTRACT)) {
                Messages.met(c, "/recruitmentProvisions", "recruitment");
              } else {
                Messages.gap(c, "/recruitmentProvisions", "recruitment");
              }
              if (Facts.hasSocial(p, SocialProvisionKind.SOCIAL_SECURITY_PORTABILITY)
                  || Facts.hasSocial(p, SocialProvisionKind.DOUBLE_TAXATION_AGREEMENT)) {
                Messages.met(c, "/socialProvisions", "social");
              } else {
                Messages.gap(c, "/socialProvisions", "social");
              }
            }).build());
  }
}
