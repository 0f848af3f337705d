package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.PLANNING;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;
import static io.github.smpkit.rules.internal.Rules.rule;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.GcmObjective;
import io.github.smpkit.core.code.SdgTarget;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.planning.Beneficiary;
import io.github.smpkit.core.planning.Horizon;
import io.github.smpkit.core.planning.Objective;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.typology.FlexibilityAspect;
import io.github.smpkit.core.typology.FlexibilityProvision;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules of element 1, long- and mid-term planning (IOM SMP Guidance 2023, ch. 3; time frame ch. 4). */
final class PlanningRules {

  /** SDG targets the guidance relates SMPs to (ch. 3; 3.c for health workers, ch. 12). */
  private static final Set<String> SDG = Set.of("3.c", "4.3", "4.4", "4.5", "4.7", "8.6", "8.8", "10.7", "13.1",
      "13.3");
  /** Global Compact objectives on pathways (5), fair recruitment (6) and skills (18). */
  private static final Set<Integer> GCM = Set.of(5, 6, 18);
  /** One typical donor funding cycle, in months (ch. 4, Box 4). */
  static final long DONOR_CYCLE_MONTHS = 36;

  private PlanningRules() {
  }

  static List<Rule> rules() {
    return List.of(
        Rules.notDescribed("SMP-PLAN-000", PLANNING, "its objectives, time frame or flexibility",
            "Describe the long-term objectives, when the partnership runs and what may change while it runs."),
        rule("SMP-PLAN-001", PLANNING, WARNING, 3, "A long-term objective is stated",
            "Partners should agree from the start what the partnership is meant to achieve in the long run.",
            (p, c) -> {
              if (p.objectives().stream().noneMatch(o -> o.horizon().equals(Optional.of(Horizon.LONG_TERM)))) {
                c.report("/objectives", p.objectives().isEmpty() ? "No objectives are stated."
                    : "None of the objectives is marked as long-term.",
                    "Add an objective with horizon LONG_TERM that origin and destination both agree on.");
              }
            }),
        rule("SMP-PLAN-002", PLANNING, WARNING, 3, "Objectives are linked to SDG targets",
            "Objectives should name the Sustainable Development Goal targets they serve, so that monitoring can"
                + " follow them.",
            (p, c) -> {
              Set<SdgTarget> targets = p.objectives().stream().flatMap(o -> o.sdgTargets().stream())
                  .collect(Collectors.toSet());
              if (p.objectives().isEmpty()) {
                return;
              }
              if (targets.isEmpty()) {
                c.report(milder(p), "/objectives", "No objective is linked to an SDG target.",
                    "Name the targets the partnership serves, typically 4.4, 8.8 and 10.7.");
              } else if (targets.stream().noneMatch(t -> SDG.contains(t.code()) || t.goal() == 17)) {
                c.report(INFO, "/objectives", "The SDG targets named (" + targets.stream().map(SdgTarget::code)
                    .sorted().collect(Collectors.joining(", ")) + ") are not those usually served by skills"
                    + " mobility.", "Check whether targets such as 4.4, 8.8 or 10.7 apply as well.");
              }
            }),
        rule("SMP-PLAN-003", PLANNING, WARNING, 3, "Objectives reference Global Compact for Migration objectives",
            "Skills partnerships put the Global Compact into practice (objectives 5, 6 and 18) and should say"
                + " which objectives they pursue.",
            (p, c) -> {
              Set<GcmObjective> objectives = p.objectives().stream().flatMap(o -> o.gcmObjectives().stream())
                  .collect(Collectors.toSet());
              if (p.objectives().isEmpty()) {
                return;
              }
              if (objectives.isEmpty()) {
                c.report(milder(p), "/objectives", "No objective refers to the Global Compact for Migration.",
                    "Refer to objective 18 (skills) and, where they apply, 5 (regular pathways) and 6 (fair"
                        + " recruitment).");
              } else if (objectives.stream().noneMatch(o -> GCM.contains(o.number()))) {
                c.report(INFO, "/objectives", "None of the Global Compact objectives named is 5, 6 or 18, the ones"
                    + " closest to skills mobility.", "Consider adding objective 18 on skills development.");
              }
            }),
        rule("SMP-PLAN-004", PLANNING, WARNING, 3, "Flexibility provisions exist",
            "A long-lived partnership needs room to change sectors, skill levels, stays or employers when"
                + " conditions change.",
            (p, c) -> {
              Set<FlexibilityAspect> aspects = p.flexibility().stream().map(FlexibilityProvision::aspect)
                  .collect(Collectors.toSet());
              if (aspects.isEmpty()) {
                c.report("/flexibility", "Nothing says what may be adapted if labour demand or conditions change.",
                    "State what can change while the partnership runs (sectors, skill levels, length of stay,"
                        + " employer).");
              } else if (aspects.stream().noneMatch(EnumSet.of(FlexibilityAspect.SECTOR, FlexibilityAspect.OCCUPATION,
                  FlexibilityAspect.SKILL_LEVEL)::contains)) {
                c.report(INFO, "/flexibility", "The flexibility provisions do not allow a change of sector,"
                    + " occupation or skill level.", "Consider allowing the occupations trained for to change"
                    + " with demand.");
              }
            }),
        rule("SMP-PLAN-005", PLANNING, WARNING, 3, "A feasibility analysis checked the objectives against each other",
            "Before starting, the objectives of all sides should be mapped against each other so that tensions"
                + " (such as shortages at home) show early.",
            (p, c) -> {
              if (p.assessments().stream().noneMatch(a -> a.kind() == AssessmentKind.FEASIBILITY)) {
                Set<Beneficiary> b = beneficiaries(p);
                boolean bothSides = (b.contains(Beneficiary.ORIGIN_COUNTRY) || b.contains(Beneficiary.MIGRANTS))
                    && (b.contains(Beneficiary.DESTINATION_COUNTRY) || b.contains(Beneficiary.EMPLOYERS));
                c.report(bothSides ? WARNING : INFO, "/assessments", "No feasibility analysis is recorded, so"
                    + " conflicts between the partners' objectives may have gone unnoticed.",
                    "Record a feasibility analysis that maps each side's objectives and known tensions.");
              }
            }),
        rule("SMP-PLAN-006", PLANNING, WARNING, 3, "Objectives benefit the country of origin and the migrants",
            "A skills partnership is meant to benefit all sides: origin, destination, employers and migrants.",
            (p, c) -> {
              Set<Beneficiary> b = beneficiaries(p);
              if (p.objectives().isEmpty()) {
                return;
              }
              if (b.isEmpty()) {
                c.report(INFO, "/objectives", "The objectives do not say whom they benefit.",
                    "Name the beneficiaries of each objective.");
                return;
              }
              for (Beneficiary side : List.of(Beneficiary.ORIGIN_COUNTRY, Beneficiary.MIGRANTS)) {
                if (!b.contains(side)) {
                  c.report("/objectives", "No objective names " + (side == Beneficiary.MIGRANTS ? "the migrants"
                      : "the country of origin") + " as a beneficiary.", "Add an objective stating what "
                      + (side == Beneficiary.MIGRANTS ? "participants gain (skills, earnings, rights)"
                      : "the origin gains (skills at home, stronger training systems)") + ".");
                }
              }
            }),
        rule("SMP-PLAN-007", PLANNING, WARNING, 3, "Training for work abroad has a legal route into each destination",
            "Check which regular labour pathways exist before investing in training people for work abroad.",
            (p, c) -> {
              if (!Facts.awayTraining(p)) {
                return;
              }
              for (Country d : p.destinations()) {
                if (p.pathways().stream().map(LegalPathway::destination).noneMatch(d::equals)) {
                  c.report("/pathways", "Training prepares people to work in " + d.code() + ", but no visa or"
                      + " permit route into " + d.code() + " is described.", "Name the permit category used for "
                      + d.code() + ", or mark the training as home track only.");
                }
              }
            }),
        rule("SMP-PLAN-008", PLANNING, WARNING, 4, "The time frame is longer than one donor cycle (36 months)",
            "Trust and system change take longer than a three-year project cycle; partnerships born of donor"
                + " funding should plan beyond it.",
            (p, c) -> p.timeFrame().flatMap(PlanningRules::months).ifPresent(months -> {
              if (months <= DONOR_CYCLE_MONTHS) {
                Severity s = (Facts.publiclyFunded(p) || Facts.pilot(p)) && p.sustainabilityPlan().isEmpty()
                    ? WARNING : INFO;
                c.report(s, "/timeFrame", "The partnership runs for at most " + months + " months, no longer"
                    + " than one typical donor cycle of " + DONOR_CYCLE_MONTHS + " months.",
                    "Plan a longer horizon (phases, follow-on funding, handover to national budgets) or say how"
                        + " it continues after the cycle.");
              }
            })),
        rule("SMP-PLAN-009", PLANNING, WARNING, 3, "A time frame is given",
            "Mid- and long-term planning needs a start and an expected end, or at least a funding cycle.",
            (p, c) -> {
              Optional<TimeFrame> t = p.timeFrame();
              if (t.isEmpty()) {
                c.report("/timeFrame", "No time frame is given.", "State when the partnership starts and"
                    + " ends (an open end is allowed) or how long its funding cycle is.");
              } else if (t.get().start().isEmpty() && t.get().end().isEmpty()
                  && t.get().fundingCycleMonths().isEmpty()) {
                c.report(INFO, "/timeFrame", "The time frame gives neither start, end nor funding cycle.",
                    "Add at least the start date.");
              }
            }));
  }

  /** The longest possible duration: start to end, or the funding cycle when the end is open. */
  static Optional<Long> months(TimeFrame t) {
    if (t.longestMonths().isPresent()) {
      return t.longestMonths();
    }
    return t.end().isEmpty() ? t.fundingCycleMonths().map(Integer::longValue) : Optional.empty();
  }

  private static Set<Beneficiary> beneficiaries(Partnership p) {
    return p.objectives().stream().map(Objective::beneficiaries).flatMap(Set::stream)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Beneficiary.class)));
  }

  private static Severity milder(Partnership p) {
    return p.status() == PartnershipStatus.PLANNED ? INFO : WARNING;
  }
}
