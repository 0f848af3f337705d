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

  /** Asks for the legal pathways when none is recorded; returns whether it did. */
  private static boolean noPathway(Partnership p, RuleContext c, String question) {
    if (p.pathways().isEmpty()) {
      c.gap("/pathways", question, "Record the visa or permit category for each destination, whether it ties the"
          + " worker to one employer, can be renewed and how long it takes.");
      return true;
    }
    return false;
  }

  private static String permit(LegalPathway w) {
    return "'" + w.permitCategory() + "' (" + w.destination().code() + ")";
  }

  static List<Rule> rules() {
    return List.of(
        Rules.define("SMP-PATH-001", PATHWAYS, WARNING, "Each destination has a stated legal pathway",
            "The regular pathways by which people trained under the scheme can enter each destination and work"
                + " there should be mapped, and mobility connected to clear pathways and procedures.")
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
                  c.met(Finding.pointer("pathways", at), "A legal pathway to " + d.code() + " is stated.");
                } else if (remote) {
                  c.gap("/pathways", "Participants work remotely: do they travel to " + d.code() + " for training or"
                      + " duty (ch. 10, Box 31), and on which visa?", "Record the visa or permit used for stays in "
                      + d.code() + ", if any.");
                } else {
                  c.gap("/pathways", "Which visa or work permit do participants use to work in " + d.code() + "?",
                      "Record the permit category for " + d.code() + ", whether it ties the worker to one employer,"
                          + " can be renewed and how long it takes.");
                }
              }
            }).build(),
        Rules.define("SMP-PATH-002", PATHWAYS, WARNING, "A permit tied to one employer comes with a way to change"
                + " employer",
            "The guidance singles out permits tied to one employer as a worry: workers who cannot leave without"
                + " losing their status become dependent and open to exploitation (ch. 10). It asks partnerships to"
                + " look at whether workers may change employer, to decide safeguards within the law and to"
                + " consider reform (ch. 12); it does not forbid such permits.")
            .source("IOM SMP Guidance 2023, ch. 10 (visas and work permits) and ch. 12")
            .reads("/mobilityModes", "/pathways/*/employerTied", "/pathways/*/changeOfEmployerAllowed",
                "/pathways/*/permitCategory", "/pathways/*/destination")
            .check((p, c) -> {
              if (remoteOnly(p, c) || noPathway(p, c, "Which permit do participants hold, and does it tie them to"
                  + " one employer?")) {
                return;
              }
              for (int i = 0; i < p.pathways().size(); i++) {
                LegalPathway w = p.pathways().get(i);
                String tied = Finding.pointer("pathways", i, "employerTied");
                String change = Finding.pointer("pathways", i, "changeOfEmployerAllowed");
                if (w.changeOfEmployerAllowed().equals(YES)) {
                  c.met(change, "Holders of " + permit(w) + " may change employer.");
                } else if (w.employerTied().equals(NO)) {
                  c.met(tied, permit(w) + " does not tie the worker to one employer.");
                } else if (w.employerTied().isEmpty()) {
                  c.gap(tied, "Does " + permit(w) + " tie the worker to one employer?", "Record employerTied and,"
                      + " if it is tied, changeOfEmployerAllowed.");
                } else if (w.changeOfEmployerAllowed().isEmpty()) {
                  c.gap(change, permit(w) + " ties the worker to one employer: may workers change employer, and"
                      + " on what conditions?", "Record changeOfEmployerAllowed once known.");
                } else {
                  c.breach(change, permit(w) + " ties the worker to one employer and does not allow a change of"
                      + " employer.", "Decide safeguards within the law (a change of employer in case of abuse,"
                      + " with time to find new work; complaint channels) and consider a permit not tied to one"
                      + " employer.", Evidence.of(tied, true), Evidence.of(change, false));
                }
              }
            }).build(),
        Rules.define("SMP-PATH-003", PATHWAYS, WARNING, "The authorities issuing visas and permits take part",
            "Bring the agencies that decide on visas and permits into the design early, together with the others"
                + " who take decisions in migration procedures.")
            .reads("/mobilityModes", "/parties/*/country", "/parties/*/role", "/stakeholders/*/type",
                "/stakeholders/*/country", "/stakeholders/*/name")
            .check((p, c) -> {
              if (remoteOnly(p, c)) {
                return;
              }
              for (Country d : Facts.destinations(c)) {
                Optional<Stakeholder> authority = Facts.in(p, Facts.one(d)).stream()
                    .filter(s -> PERMIT_AUTHORITIES.contains(s.type())).findFirst();
                if (authority.isPresent()) {
                  c.met("/stakeholders/" + p.stakeholders().indexOf(authority.get()), authority.get().name()
                      + " issues visas or permits for " + d.code() + " and takes part.");
                } else {
                  c.gap("/stakeholders", "Does the authority that issues visas and work permits in " + d.code()
                      + " (migration agency, interior or foreign ministry) take part?", "Record it as a stakeholder"
                      + " with its country.");
                }
              }
            }).build(),
        Rules.define("SMP-PATH-004", PATHWAYS, WARNING, "The permit allows the length of stay the scheme offers",
            "Permits should allow the stay the scheme offers: flexibility for longer stays, through visa options"
                + " and renewals, suits employers who invest in training and respects migrants' own decisions.")
            .reads("/mobilityModes", "/migrationTypes", "/pathways/*/renewable", "/pathways/*/routeToLongTermResidence",
                "/pathways/*/permitCategory", "/pathways/*/destination")
            .check((p, c) -> {
              if (remoteOnly(p, c) || noPathway(p, c, "Which permit do participants hold, and can it be renewed or"
                  + " lead to long-term residence?")) {
                return;
              }
              boolean longStayOnly = !p.migrationTypes().isEmpty() && !Facts.temporary(p);
              for (int i = 0; i < p.pathways().size(); i++) {
                LegalPathway w = p.pathways().get(i);
                String renewable = Finding.pointer("pathways", i, "renewable");
                String route = Finding.pointer("pathways", i, "routeToLongTermResidence");
                if (w.renewable().equals(YES) || w.routeToLongTermResidence().equals(YES)) {
                  c.met(Finding.pointer("pathways", i), permit(w) + " can be renewed or leads to long-term"
                      + " residence.");
                } else if (!w.renewable().equals(NO) || !w.routeToLongTermResidence().equals(NO)) {
                  c.gap(w.renewable().isEmpty() ? renewable : route, "Can " + permit(w) + " be renewed, or lead to"
                      + " long-term residence?", "Record renewable and routeToLongTermResidence.");
                } else if (longStayOnly) {
                  c.breach(Finding.pointer("pathways", i), "The scheme offers " + p.migrationTypes().stream()
                      .map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                      .collect(Collectors.joining(" and ")) + " migration, but " + permit(w) + " can neither be"
                      + " renewed nor lead to long-term residence.", "Use a renewable permit or one leading to"
                      + " long-term residence, or correct the migration types.",
                      Evidence.of("/migrationTypes", p.migrationTypes()), Evidence.of(renewable, false),
                      Evidence.of(route, false));
                } else if (p.migrationTypes().isEmpty()) {
                  c.gap("/migrationTypes", permit(w) + " can neither be renewed nor lead to long-term residence:"
                      + " how long are participants meant to stay?", "Record the migration types.");
                } else {
                  c.notApplicable();
                }
              }
            }).build(),
        Rules.define("SMP-PATH-005", PATHWAYS, INFO, "Permits are processed quickly or through a fast track",
            "Long and uncertain processing deters candidates and employers; shorter processing, fast tracks and"
                + " registered-sponsor schemes help. The guidance gives no figure: the 90-day threshold is ours,"
                + " so a slow permit is only worth considering.")
            .reads("/mobilityModes", "/pathways/*/processingDays", "/pathways/*/fastTrack",
                "/pathways/*/permitCategory", "/pathways/*/destination")
            .check((p, c) -> {
              if (remoteOnly(p, c) || noPathway(p, c, "Which permit do participants hold, and how long does it"
                  + " take to obtain?")) {
                return;
              }
              for (int i = 0; i < p.pathways().size(); i++) {
                LegalPathway w = p.pathways().get(i);
                String days = Finding.pointer("pathways", i, "processingDays");
                String fast = Finding.pointer("pathways", i, "fastTrack");
                if (w.fastTrack().equals(YES)) {
                  c.met(fast, "A fast track or registered-sponsor scheme applies to " + permit(w) + ".");
                } else if (w.processingDays().isPresent() && w.processingDays().get() <= SLOW_PROCESSING_DAYS) {
                  c.met(days, permit(w) + " takes about " + w.processingDays().get() + " days.");
                } else if (w.processingDays().isEmpty()) {
                  c.gap(days, "How long does " + permit(w) + " take to obtain, and is there a fast track?",
                      "Record the usual processing time and whether a fast track applies.");
                } else if (w.fastTrack().isEmpty()) {
                  c.gap(fast, permit(w) + " takes about " + w.processingDays().get() + " days: does a fast track"
                      + " or registered-sponsor scheme apply?", "Record fastTrack once known.");
                } else {
                  c.breach(days, permit(w) + " takes about " + w.processingDays().get() + " days and no fast track"
                      + " applies.", "Consider a fast-track or registered-sponsor procedure, or e-visas.",
                      Evidence.of(days, w.processingDays().get()), Evidence.of(fast, false));
                }
              }
            }).build(),
        Rules.define("SMP-PATH-006", PATHWAYS, WARNING, "Procedures are mapped along the migration continuum",
            "Mapping each phase's policies and procedures (recruitment, visa, orientation, registration, family,"
                + " portability, return) in the initial stages finds obstacles early.")
            .source("IOM SMP Guidance 2023, ch. 10, Box 27")
            .reads("/mobilityModes", "/migrationTypes", "/procedures/*/phase")
            .check((p, c) -> {
              if (remoteOnly(p, c)) {
                return;
              }
              Set<MigrationPhase> phases = p.procedures().stream().map(Procedure::phase)
                  .collect(Collectors.toCollection(() -> EnumSet.noneOf(MigrationPhase.class)));
              List<MigrationPhase> needed = new ArrayList<>(List.of(MigrationPhase.PRE_DEPARTURE,
                  MigrationPhase.ARRIVAL, MigrationPhase.STAY_AND_INTEGRATION));
              if (Facts.temporary(p)) {
                needed.add(MigrationPhase.RETURN_AND_REINTEGRATION);
              }
              List<MigrationPhase> missing = new ArrayList<>(needed);
              missing.removeAll(phases);
              if (missing.isEmpty()) {
                c.met("/procedures", "Procedures are mapped for every phase from pre-departure to "
                    + needed.get(needed.size() - 1).name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ".");
              } else {
                c.gap("/procedures", "Which procedures apply in the phase" + (missing.size() > 1 ? "s " : " ")
                    + missing.stream().map(Enum::name).collect(Collectors.joining(", ")) + ", and who is"
                    + " responsible?", "Map the procedures of each phase of the migration continuum.");
              }
            }).build(),
        Rules.define("SMP-PATH-007", PATHWAYS, INFO, "Graduates can look for work without a pre-arranged employer",
            "Job-search visas let some groups, graduates for instance, travel to the destination and find work"
                + " there; the guidance counts them as good practice, worth considering.")
            .reads("/mobilityModes", "/pathways/*/jobSearchVisa", "/pathways/*/permitCategory",
                "/pathways/*/destination")
            .check((p, c) -> {
              if (remoteOnly(p, c) || noPathway(p, c, "Which permits can participants use, and is there a"
                  + " job-search visa?")) {
                return;
              }
              List<Integer> without = new ArrayList<>();
              for (int i = 0; i < p.pathways().size(); i++) {
                LegalPathway w = p.pathways().get(i);
                if (w.jobSearchVisa().equals(YES)) {
                  c.met(Finding.pointer("pathways", i, "jobSearchVisa"), "A job-search visa is available ("
                      + w.destination().code() + ").");
                  return;
                }
                if (w.jobSearchVisa().equals(NO)) {
                  without.add(i);
                }
              }
              if (without.size() == p.pathways().size()) {
                List<Evidence> evidence = without.stream().map(i -> Evidence.of(Finding.pointer("pathways", i,
                    "jobSearchVisa"), false)).collect(Collectors.toList());
                c.breach(Finding.pointer("pathways", without.get(0), "jobSearchVisa"), "No job-search visa is"
                    + " available: participants can migrate only with a job already arranged.", "Consider a"
                    + " job-search visa for graduates of the training.", evidence.toArray(new Evidence[0]));
              } else {
                c.gap("/pathways", "Is there a job-search visa that lets participants (for example graduates of"
                    + " the training) come and look for work?", "Record jobSearchVisa for each pathway.");
              }
            }).build(),
        Rules.define("SMP-PATH-008", PATHWAYS, WARNING, "Remote or hybrid work has contract, tax and social-security"
                + " rules",
            "Where people work across borders without moving, who issues the contract, which labour law applies,"
                + " taxation and social contributions need to be settled from the start.")
            .source("IOM SMP Guidance 2023, ch. 10, Box 31")
            .reads("/mobilityModes", "/recruitmentProvisions/*/safeguard", "/socialProvisions/*/kind")
            .check((p, c) -> {
              if (p.mobilityModes().isEmpty()) {
                c.gap("/mobilityModes", "Do participants move, work remotely, or both?", "Record the mobility"
                    + " modes.");
                return;
              }
              if (!p.mobilityModes().contains(MobilityMode.REMOTE) && !p.mobilityModes().contains(MobilityMode.HYBRID)) {
                c.notApplicable();
                return;
              }
              if (Facts.hasSafeguard(p, RecruitmentSafeguard.WRITTEN_CONTRACT)) {
                c.met("/recruitmentProvisions", "Written contracts are provided for.");
              } else {
                c.gap("/recruitmentProvisions", "Remote or hybrid work is foreseen: who issues the contract and"
                    + " which labour law applies?", "Record the written-contract safeguard and the employing"
                    + " entity.");
              }
              if (Facts.hasSocial(p, SocialProvisionKind.SOCIAL_SECURITY_PORTABILITY)
                  || Facts.hasSocial(p, SocialProvisionKind.DOUBLE_TAXATION_AGREEMENT)) {
                c.met("/socialProvisions", "Social security or taxation across borders is addressed.");
              } else {
                c.gap("/socialProvisions", "Remote or hybrid work is foreseen: where are remote workers taxed and"
                    + " insured?", "Record the social-security and tax arrangements for remote workers.");
              }
            }).build());
  }
}
