package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.PLANNING;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;

import io.github.smpkit.core.Partnership;
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
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rules of element 1, long- and mid-term planning (IOM SMP Guidance 2023, ch. 3; the time frame
 * beyond one donor cycle comes from ch. 4 and Box 4).
 */
final class PlanningRules {

  /** The Global Compact objectives the guidance names as served by SMPs: 5 (pathways) and 18 (skills) (ch. 3). */
  private static final Set<Integer> GCM = Set.of(5, 18);
  /** One typical donor funding cycle, in months (ch. 4 and Box 4). */
  static final long DONOR_CYCLE_MONTHS = 36;

  private PlanningRules() {
  }

  static List<Rule> rules() {
    return List.of(longTermObjective(), sdgTargets(), gcmObjectives(), flexibility(), feasibility(), beneficiaries(),
        legalRoute(), beyondDonorCycle());
  }

  private static Rule longTermObjective() {
    return Rules.define("SMP-PLAN-001", PLANNING, WARNING, "A long-term objective is stated",
        "Whatever else it aims at, a partnership should be clear about what it means to achieve in the long run,"
            + " agreed with all sides.")
        .reads("/objectives/*/horizon", "/objectives/*/statement")
        .check((p, c) -> {
          if (p.objectives().isEmpty()) {
            c.gap("/objectives", "What does the partnership aim to achieve in the long run?",
                "Record its objectives, and mark the long-term ones with horizon LONG_TERM.");
            return;
          }
          for (int i = 0; i < p.objectives().size(); i++) {
            if (p.objectives().get(i).horizon().equals(Optional.of(Horizon.LONG_TERM))) {
              c.met("/objectives/" + i + "/horizon", "The objective '" + shorten(p.objectives().get(i).statement())
                  + "' is long-term.");
              return;
            }
          }
          c.gap("/objectives", "Which of the partnership's objectives are long-term, if any?",
              "Mark the long-term objectives with horizon LONG_TERM, or add the long-term objective the partners"
                  + " agreed on.");
        }).build();
  }

  private static Rule sdgTargets() {
    return Rules.define("SMP-PLAN-002", PLANNING, WARNING, "Objectives are linked to SDG targets",
        "Objectives should say which Sustainable Development Goal targets they serve, so that monitoring can"
            + " follow them; 4.3, 4.4, 4.5, 8.6, 8.8, 10.7, 13.1 and 13.3 are the ones the guidance names, others"
            + " may apply by sector.")
        .reads("/objectives/*/sdgTargets")
        .check((p, c) -> {
          Set<String> targets = p.objectives().stream().flatMap(o -> o.sdgTargets().stream()).map(SdgTarget::code)
              .collect(Collectors.toCollection(TreeSet::new));
          if (targets.isEmpty()) {
            c.gap("/objectives", "Which SDG targets does the partnership serve?",
                "Name the SDG targets of each objective (for example 4.4, 8.8 or 10.7).");
          } else {
            c.met("/objectives", "The objectives name SDG targets " + String.join(", ", targets) + ".");
          }
        }).build();
  }

  private static Rule gcmObjectives() {
    return Rules.define("SMP-PLAN-003", PLANNING, WARNING,
        "Objectives reference the Global Compact for Migration objectives they serve",
        "Skills partnerships put the Global Compact for Migration into practice, notably its objectives 5"
            + " (regular pathways) and 18 (skills development and recognition), and should say so when their"
            + " objectives are agreed.")
        .reads("/objectives/*/gcmObjectives")
        .check((p, c) -> {
          Set<Integer> named = p.objectives().stream().flatMap(o -> o.gcmObjectives().stream())
              .map(GcmObjective::number).collect(Collectors.toCollection(TreeSet::new));
          Set<Integer> core = named.stream().filter(GCM::contains).collect(Collectors.toCollection(TreeSet::new));
          if (!core.isEmpty()) {
            c.met("/objectives", "The objectives refer to Global Compact objective" + (core.size() > 1 ? "s " : " ")
                + core.stream().map(String::valueOf).collect(Collectors.joining(" and ")) + ".");
          } else if (named.isEmpty()) {
            c.gap("/objectives", "Which Global Compact for Migration objectives does the partnership serve?",
                "Name them in the objectives: usually 18 (skills) and 5 (regular pathways).");
          } else {
            c.gap("/objectives", "The objectives refer to Global Compact objective(s) " + named.stream()
                .map(String::valueOf).collect(Collectors.joining(", ")) + "; do they also serve objective 18 (skills)"
                + " or 5 (regular pathways)?", "Add objective 18 or 5 where the partnership serves it.");
          }
        }).build();
  }

  private static Rule flexibility() {
    return Rules.define("SMP-PLAN-004", PLANNING, WARNING, "Flexibility provisions exist",
        "A partnership meant to last should be able to adjust when demand or conditions change: redirect funds,"
            + " change sectors, skill levels or mobility options.")
        .reads("/flexibility/*/aspect")
        .check((p, c) -> {
          if (p.flexibility().isEmpty()) {
            c.gap("/flexibility", "What may change while the partnership runs if labour demand or conditions"
                + " change?", "Record the flexibility provisions (sectors, skill levels, length of stay, employer,"
                + " numbers).");
          } else {
            c.met("/flexibility", "It may adapt: " + p.flexibility().stream().map(FlexibilityProvision::aspect)
                .map(PlanningRules::words).distinct().collect(Collectors.joining(", ")) + ".");
          }
        }).build();
  }

  private static Rule feasibility() {
    return Rules.define("SMP-PLAN-005", PLANNING, WARNING, "A feasibility analysis checked the objectives against"
            + " each other",
        "Before starting, map the partners' objectives against each other, for example in a feasibility"
            + " analysis, so that tensions (such as shortages at home) show early.")
        .reads("/assessments/*/kind")
        .check((p, c) -> {
          for (int i = 0; i < p.assessments().size(); i++) {
            if (p.assessments().get(i).kind() == AssessmentKind.FEASIBILITY) {
              c.met("/assessments/" + i, "A feasibility analysis is recorded.");
              return;
            }
          }
          c.gap("/assessments", "Was a feasibility analysis carried out that maps the partners' objectives and"
              + " the tensions between them?", "Record it as an assessment of kind FEASIBILITY.");
        }).build();
  }

  private static Rule beneficiaries() {
    return Rules.define("SMP-PLAN-006", PLANNING, WARNING, "Objectives benefit the country of origin and the migrants",
        "A skills partnership is meant to benefit all sides, so its objectives should take in the perspectives"
            + " of the origin and of the migrants, not only those of the destination and its employers.")
        .reads("/objectives/*/beneficiaries")
        .check((p, c) -> {
          Set<Beneficiary> b = p.objectives().stream().map(Objective::beneficiaries).flatMap(Set::stream)
              .collect(Collectors.toCollection(() -> EnumSet.noneOf(Beneficiary.class)));
          if (p.objectives().isEmpty()) {
            c.gap("/objectives", "What does the partnership aim to achieve for the country of origin and for the"
                + " migrants?", "Record its objectives, each with its beneficiaries.");
            return;
          }
          for (Beneficiary side : List.of(Beneficiary.ORIGIN_COUNTRY, Beneficiary.MIGRANTS)) {
            String who = side == Beneficiary.MIGRANTS ? "the migrants" : "the country of origin";
            if (b.contains(side)) {
              c.met("/objectives", "An objective names " + who + " as a beneficiary.");
            } else {
              c.gap("/objectives", "What does the partnership aim to achieve for " + who + "?",
                  "Record the objective and name " + who + " among its beneficiaries.");
            }
          }
        }).build();
  }

  private static Rule legalRoute() {
    return Rules.define("SMP-PLAN-007", PLANNING, WARNING, "Training for work abroad has a legal route into each"
            + " destination",
        "Before investing in training people for work abroad, map which regular labour pathways they can use,"
            + " so that training does not end where migration rules block the way.")
        .reads("/training/*/track", "/pathways/*/destination", "/parties")
        .check((p, c) -> {
          if (!p.training().isEmpty() && !Facts.awayTraining(p)) {
            c.notApplicable();
            return;
          }
          Set<Country> covered = p.pathways().stream().map(LegalPathway::destination).collect(Collectors.toSet());
          for (Country d : Facts.destinations(c)) {
            if (covered.contains(d)) {
              c.met("/pathways", "A permit route into " + d.code() + " is named.");
            } else {
              c.gap("/pathways", "Which visa or permit do participants use to work in " + d.code() + "?",
                  "Record the legal pathway (permit category) into " + d.code() + ".");
            }
          }
        }).build();
  }

  private static Rule beyondDonorCycle() {
    return Rules.define("SMP-PLAN-008", PLANNING, WARNING, "A publicly funded partnership runs longer than one"
            + " donor cycle (36 months)",
        "Trust, systems and skills take longer to build than a three-year project cycle; a partnership born of"
            + " donor or public funding should plan beyond it. A pilot is a first phase by design: for a pilot"
            + " the question is how the partnership continues after it. Recording how it continues after its"
            + " funding makes a short partnership a milder case.")
        .chapter(4).source("IOM SMP Guidance 2023, ch. 4 and Box 4")
        .reads("/timeFrame", "/fundingSources/*/type", "/status", "/formsOfEngagement/*/form",
            "/sustainabilityPlan")
        .check((p, c) -> {
          if (p.timeFrame().isEmpty()) {
            c.gap("/timeFrame", "When does the partnership start, and when does it end (or is it open-ended)?",
                "Record its time frame, with the funding cycle where there is one.");
            return;
          }
          TimeFrame t = p.timeFrame().get();
          if (t.longestMonths().isPresent()) {
            long months = t.longestMonths().get();
            if (months > DONOR_CYCLE_MONTHS) {
              c.met("/timeFrame", "It runs for up to " + months + " months, beyond one donor cycle.");
              return;
            }
            int funder = publicFunder(p);
            if (funder < 0) {
              c.gap("/fundingSources", "It runs for at most " + months + " months; is it donor- or publicly"
                  + " funded, and how does it continue afterwards?", "Record its funding sources, and a"
                  + " sustainability plan if it should outlive its funding.");
              return;
            }
            if (Facts.pilot(p)) {
              // A pilot is a first phase by design (ch. 4): what matters is whether the partnership plans
              // beyond it, which is what a sustainability plan records (see also SMP-COST-003).
              if (p.sustainabilityPlan().isPresent()) {
                c.met("/sustainabilityPlan", "The pilot runs for at most " + months + " months, and a sustainability"
                    + " plan says how the partnership continues after it.");
              } else {
                c.gap("/sustainabilityPlan", "The pilot runs for at most " + months + " months, no longer than one"
                    + " donor cycle: how does the partnership continue after it?", "Record the follow-on phase or"
                    + " sustainability plan (funding, handover to national budgets or employers).");
              }
              return;
            }
            // The evidence is built only for a breach: the dates' texts are not cheap to make.
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidence.of("/timeFrame/start", Facts.text(t.start().get())));
            evidence.add(Evidence.of("/timeFrame/end", Facts.text(t.end().get())));
            evidence.add(Evidence.of("/fundingSources/" + funder + "/type", p.fundingSources().get(funder).type()));
            if (p.sustainabilityPlan().isPresent()) {
              evidence.add(Evidence.of("/sustainabilityPlan", p.sustainabilityPlan().get()));
            }
            c.breach(p.sustainabilityPlan().isPresent() ? INFO : WARNING, "/timeFrame", "The partnership is publicly"
                + " funded and runs for at most " + months + " months, no longer than one typical donor cycle of "
                + DONOR_CYCLE_MONTHS + " months" + (p.sustainabilityPlan().isPresent()
                    ? "; a sustainability plan says how it continues." : "."),
                "Plan a longer horizon (phases, follow-on funding, handover to national budgets or employers) and"
                    + " record how it continues after the cycle.", evidence.toArray(new Evidence[0]));
            return;
          }
          Optional<Integer> cycle = t.fundingCycleMonths();
          if (cycle.isPresent() && cycle.get() > DONOR_CYCLE_MONTHS) {
            c.met("/timeFrame/fundingCycleMonths", "Its funding cycle is " + cycle.get() + " months, beyond one"
                + " donor cycle.");
          } else if (t.start().isPresent() && t.end().isEmpty() && cycle.isEmpty()) {
            c.gap("/timeFrame/end", "Is the partnership open-ended, or when does it end?",
                "Record the end date, or the length of its funding cycle.");
          } else {
            c.gap("/timeFrame", cycle.map(m -> "Its funding cycle is " + m + " months; does the partnership"
                + " continue beyond it, and until when?").orElse("When does the partnership start and end?"),
                "Record the start and end of the partnership, and how it continues after its funding cycle.");
          }
        }).build();
  }

  /** The index of the first funding source of a public type, or -1. */
  static int publicFunder(Partnership p) {
    for (int i = 0; i < p.fundingSources().size(); i++) {
      if (p.fundingSources().get(i).type().isPublic()) {
        return i;
      }
    }
    return -1;
  }

  private static String words(FlexibilityAspect aspect) {
    return aspect.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
