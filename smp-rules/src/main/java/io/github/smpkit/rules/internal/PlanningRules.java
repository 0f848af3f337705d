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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
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
    return Rules.define("SMP-PLAN-001", PLANNING, WARNING)
        .reads("/objectives/*/horizon", "/objectives/*/statement")
        .check((p, c) -> {
          if (p.objectives().isEmpty()) {
            Messages.gap(c, "/objectives", "none");
            return;
          }
          for (int i = 0; i < p.objectives().size(); i++) {
            if (p.objectives().get(i).horizon().equals(Optional.of(Horizon.LONG_TERM))) {
              Messages.met(c, "/objectives/" + i + "/horizon", "", shorten(p.objectives().get(i).statement()));
              return;
            }
          }
          Messages.gap(c, "/objectives", "horizon");
        }).build();
  }

  private static Rule sdgTargets() {
    return Rules.define("SMP-PLAN-002", PLANNING, WARNING)
        .reads("/objectives/*/sdgTargets")
        .check((p, c) -> {
          Set<String> targets = new TreeSet<>();
          for (Objective o : p.objectives()) {
            for (SdgTarget target : o.sdgTargets()) {
              targets.add(target.code());
            }
          }
          if (targets.isEmpty()) {
            Messages.gap(c, "/objectives", "");
          } else {
            Messages.met(c, "/objectives", "", String.join(", ", targets));
          }
        }).build();
  }

  private static Rule gcmObjectives() {
    return Rules.define("SMP-PLAN-003", PLANNING, WARNING)
        .reads("/objectives/*/gcmObjectives")
        .check((p, c) -> {
          Set<Integer> named = new TreeSet<>();
          for (Objective o : p.objectives()) {
            for (GcmObjective objective : o.gcmObjectives()) {
              named.add(objective.number());
            }
          }
          Set<Integer> core = new TreeSet<>();
          for (Integer number : named) {
            if (GCM.contains(number)) {
              core.add(number);
            }
          }
          if (!core.isEmpty()) {
            Messages.met(c, "/objectives", "", core.size(),
                core.stream().map(String::valueOf).collect(Collectors.joining(" and ")));
          } else if (named.isEmpty()) {
            Messages.gap(c, "/objectives", "none");
          } else {
            Messages.gap(c, "/objectives", "core", named.stream()
                .map(String::valueOf).collect(Collectors.joining(", ")));
          }
        }).build();
  }

  private static Rule flexibility() {
    return Rules.define("SMP-PLAN-004", PLANNING, WARNING)
        .reads("/flexibility/*/aspect")
        .check((p, c) -> {
          if (p.flexibility().isEmpty()) {
            Messages.gap(c, "/flexibility", "");
          } else {
            // the aspects in the order recorded, each once
            Set<FlexibilityAspect> aspects = new LinkedHashSet<>();
            for (FlexibilityProvision provision : p.flexibility()) {
              aspects.add(provision.aspect());
            }
            StringJoiner words = new StringJoiner(", ");
            for (FlexibilityAspect aspect : aspects) {
              words.add(Messages.words(aspect));
            }
            Messages.met(c, "/flexibility", "", words.toString());
          }
        }).build();
  }

  private static Rule feasibility() {
    return Rules.define("SMP-PLAN-005", PLANNING, WARNING)
        .reads("/assessments/*/kind")
        .check((p, c) -> {
          for (int i = 0; i < p.assessments().size(); i++) {
            if (p.assessments().get(i).kind() == AssessmentKind.FEASIBILITY) {
              Messages.met(c, "/assessments/" + i, "");
              return;
            }
          }
          Messages.gap(c, "/assessments", "");
        }).build();
  }

  private static Rule beneficiaries() {
    return Rules.define("SMP-PLAN-006", PLANNING, WARNING)
        .reads("/objectives/*/beneficiaries")
        .check((p, c) -> {
          Set<Beneficiary> b = EnumSet.noneOf(Beneficiary.class);
          for (Objective o : p.objectives()) {
            b.addAll(o.beneficiaries());
          }
          if (p.objectives().isEmpty()) {
            Messages.gap(c, "/objectives", "none");
            return;
          }
          for (Beneficiary side : List.of(Beneficiary.ORIGIN_COUNTRY, Beneficiary.MIGRANTS)) {
            String who = side == Beneficiary.MIGRANTS ? "migrants" : "origin";
            if (b.contains(side)) {
              Messages.met(c, "/objectives", who);
            } else {
              Messages.gap(c, "/objectives", who);
            }
          }
        }).build();
  }

  private static Rule legalRoute() {
    return Rules.define("SMP-PLAN-007", PLANNING, WARNING)
        .reads("/training/*/track", "/pathways/*/destination", "/parties")
        .check((p, c) -> {
          if (!p.training().isEmpty() && !Facts.awayTraining(p)) {
            c.notApplicable();
            return;
          }
          Set<Country> covered = new HashSet<>();
          for (LegalPathway pathway : p.pathways()) {
            covered.add(pathway.destination());
          }
          for (Country d : Facts.destinations(c)) {
            if (covered.contains(d)) {
              Messages.met(c, "/pathways", "", d.code());
            } else {
              Messages.gap(c, "/pathways", "", d.code());
            }
          }
        }).build();
  }

  private static Rule beyondDonorCycle() {
    return Rules.define("SMP-PLAN-008", PLANNING, WARNING)
        .chapter(4).source("IOM SMP Guidance 2023, ch. 4 and Box 4")
        .reads("/timeFrame", "/fundingSources/*/type", "/status", "/formsOfEngagement/*/form",
            "/sustainabilityPlan")
        .check((p, c) -> {
          if (p.timeFrame().isEmpty()) {
            Messages.gap(c, "/timeFrame", "none");
            return;
          }
          TimeFrame t = p.timeFrame().get();
          if (t.longestMonths().isPresent()) {
            long months = t.longestMonths().get();
            if (months > DONOR_CYCLE_MONTHS) {
              Messages.met(c, "/timeFrame", "long", months);
              return;
            }
            int funder = publicFunder(p);
            if (funder < 0) {
              Messages.gap(c, "/fundingSources", "funders", months);
              return;
            }
            if (Facts.pilot(p)) {
              // A pilot is a first phase by design (ch. 4): what matters is whether the partnership plans
              // beyond it, which is what a sustainability plan records (see also SMP-COST-003).
              if (p.sustainabilityPlan().isPresent()) {
                Messages.met(c, "/sustainabilityPlan", "pilot", months);
              } else {
                Messages.gap(c, "/sustainabilityPlan", "pilot", months);
              }
              return;
            }
            // The evidence is built only for a breach: the dates' texts are not cheap to make.
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidence.of("/timeFrame/start", t.start().get().toString()));
            evidence.add(Evidence.of("/timeFrame/end", t.end().get().toString()));
            evidence.add(Evidence.of("/fundingSources/" + funder + "/type", p.fundingSources().get(funder).type()));
            if (p.sustainabilityPlan().isPresent()) {
              evidence.add(Evidence.of("/sustainabilityPlan", p.sustainabilityPlan().get()));
            }
            boolean planned = p.sustainabilityPlan().isPresent();
            Messages.breach(c, planned ? INFO : WARNING, "/timeFrame", planned ? "planned" : "", evidence, months,
                DONOR_CYCLE_MONTHS);
            return;
          }
          Optional<Integer> cycle = t.fundingCycleMonths();
          if (cycle.isPresent() && cycle.get() > DONOR_CYCLE_MONTHS) {
            Messages.met(c, "/timeFrame/fundingCycleMonths", "cycle", cycle.get());
          } else if (t.start().isPresent() && t.end().isEmpty() && cycle.isEmpty()) {
            Messages.gap(c, "/timeFrame/end", "end");
          } else {
            if (cycle.isPresent()) {
              Messages.gap(c, "/timeFrame", "cycle", cycle.get());
            } else {
              Messages.gap(c, "/timeFrame", "dates");
            }
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

  static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
