package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.STAKEHOLDERS;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.governance.Governance;
import io.github.smpkit.core.governance.GovernanceBody;
import io.github.smpkit.core.governance.GovernanceLayer;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.RuleContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** Rules of element 2, multi-stakeholder approach and policy coherence (IOM SMP Guidance 2023, ch. 4). */
final class StakeholderRules {

  /** Whole-of-society actors besides government and business (ch. 4, Box 3). */
  private static final Set<StakeholderType> SOCIETY = EnumSet.of(StakeholderType.TRADE_UNION,
      StakeholderType.MIGRANT_REPRESENTATIVES, StakeholderType.NGO, StakeholderType.DIASPORA_ORGANISATION,
      StakeholderType.COMMUNITY);

  private StakeholderRules() {
  }

  static List<Rule> rules() {
    return List.of(bothSides(), wholeOfGovernment(), employers(), wholeOfSociety(), lead(), governanceLayers(),
        publishedObjectives(), jointBody(), capacityNeeds());
  }

  private static Rule bothSides() {
    return Rules.define("SMP-STAKE-002", STAKEHOLDERS, WARNING)
        .reads("/stakeholders/*/country", "/stakeholders/*/countries", "/stakeholders/*/side", "/stakeholders/*/name",
            "/parties")
        .check((p, c) -> {
          if (p.stakeholders().isEmpty()) {
            Messages.gap(c, "/stakeholders", "");
            return;
          }
          side(p, c, Side.ORIGIN, Facts.origins(c), "origin");
          side(p, c, Side.DESTINATION, Facts.destinations(c), "destination");
        }).build();
  }

  /** Actors of one side: {@code <id>.met.<name>}, {@code <id>.gap.<name>} or {@code <id>.gap.<name>Unplaced}. */
  private static void side(Partnership p, RuleContext c, Side which, SortedSet<Country> side, String name) {
    List<Stakeholder> there = Facts.onSide(c, which);
    if (!there.isEmpty()) {
      Messages.met(c, "/stakeholders", name, there.get(0).name());
      return;
    }
    List<String> unplaced = p.stakeholders().stream().filter(Stakeholder::isInternational).map(Stakeholder::name)
        .collect(Collectors.toList());
    if (unplaced.isEmpty()) {
      Messages.gap(c, "/stakeholders", name, Facts.codes(side));
    } else {
      Messages.gap(c, "/stakeholders", name + "Unplaced", Facts.codes(side), names(unplaced), unplaced.size());
    }
  }

  private static Rule wholeOfGovernment() {
    return Rules.define("SMP-STAKE-003", STAKEHOLDERS, WARNING)
        .source("IOM SMP Guidance 2023, ch. 4, Box 3")
        .reads("/stakeholders/*/type", "/stakeholders/*/country", "/stakeholders/*/countries", "/stakeholders/*/side",
            "/parties")
        .check((p, c) -> {
          for (String side : List.of("origin", "destination")) {
            boolean origin = side.equals("origin");
            SortedSet<Country> countries = origin ? Facts.origins(c) : Facts.destinations(c);
            Set<StakeholderType> types = EnumSet.noneOf(StakeholderType.class);
            for (Stakeholder s : Facts.onSide(c, origin ? Side.ORIGIN : Side.DESTINATION)) {
              if (s.type().isGovernment()) {
                types.add(s.type());
              }
            }
            if (types.size() >= 2) {
              StringJoiner words = new StringJoiner(", ");
              for (StakeholderType type : types) {
                words.add(Messages.words(type));
              }
              Messages.met(c, "/stakeholders", side, words.toString());
            } else if (types.isEmpty()) {
              Messages.gap(c, "/stakeholders", side, Facts.codes(countries));
            } else {
              Messages.gap(c, "/stakeholders", side + "Besides", Facts.codes(countries),
                  Messages.words(types.iterator().next()));
            }
          }
        }).build();
  }

  private static Rule employers() {
    return Rules.define("SMP-STAKE-004", STAKEHOLDERS, WARNING)
        .reads("/stakeholders/*/type", "/stakeholders/*/name")
        .check((p, c) -> {
          Optional<Stakeholder> employer = p.stakeholders().stream().filter(s -> s.type() == StakeholderType.EMPLOYER
              || s.type() == StakeholderType.EMPLOYERS_ORGANISATION).findFirst();
          if (employer.isPresent()) {
            Messages.met(c, "/stakeholders", "", employer.get().name());
          } else {
            Messages.gap(c, "/stakeholders", "");
          }
        }).build();
  }

  private static Rule wholeOfSociety() {
    return Rules.define("SMP-STAKE-005", STAKEHOLDERS, WARNING)
        .source("IOM SMP Guidance 2023, ch. 4, Box 3")
        .reads("/stakeholders/*/type", "/stakeholders/*/name")
        .check((p, c) -> {
          List<String> society = new ArrayList<>();
          for (Stakeholder s : p.stakeholders()) {
            if (SOCIETY.contains(s.type())) {
              society.add(s.name());
            }
          }
          if (!society.isEmpty()) {
            Messages.met(c, "/stakeholders", "", names(society), society.size());
          } else {
            Messages.gap(c, "/stakeholders", "");
          }
        }).build();
  }

  private static Rule lead() {
    return Rules.define("SMP-STAKE-006", STAKEHOLDERS, WARNING)
        .reads("/governance/lead", "/stakeholders/*/roles", "/stakeholders/*/name")
        .check((p, c) -> {
          Optional<String> lead = p.governance().flatMap(Governance::lead);
          if (lead.isPresent()) {
            Messages.met(c, "/governance/lead", "lead", lead.get());
            return;
          }
          for (int i = 0; i < p.stakeholders().size(); i++) {
            if (p.stakeholders().get(i).roles().contains(StakeholderRole.LEAD)) {
              Messages.met(c, "/stakeholders/" + i + "/roles", "roles", p.stakeholders().get(i).name());
              return;
            }
          }
          Messages.gap(c, "/governance/lead", "");
        }).build();
  }

  private static Rule governanceLayers() {
    return Rules.define("SMP-STAKE-007", STAKEHOLDERS, WARNING)
        .reads("/governance/bodies/*/layer", "/governance/bodies/*/name")
        .check((p, c) -> {
          if (p.governance().isEmpty()) {
            Messages.gap(c, "/governance", "none");
            return;
          }
          Governance g = p.governance().get();
          for (GovernanceLayer layer : List.of(GovernanceLayer.DECISION_MAKING, GovernanceLayer.OPERATIONAL)) {
            String what = layer.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Optional<GovernanceBody> body = g.bodies().stream().filter(b -> b.layer() == layer).findFirst();
            if (body.isPresent()) {
              Messages.met(c, "/governance/bodies", "", body.get().name(), what);
            } else {
              Messages.gap(c, "/governance/bodies", layer == GovernanceLayer.DECISION_MAKING ? "deciding" : "running",
                  layer);
            }
          }
        }).build();
  }

  private static Rule publishedObjectives() {
    return Rules.define("SMP-STAKE-008", STAKEHOLDERS, WARNING)
        .reads("/objectives/*/published", "/objectives/*/statement", "/status")
        .check((p, c) -> {
          if (p.objectives().isEmpty()) {
            Messages.gap(c, "/objectives", "none");
            return;
          }
          List<Evidence> unpublished = new ArrayList<>();
          for (int i = 0; i < p.objectives().size(); i++) {
            Optional<Boolean> published = p.objectives().get(i).published();
            if (published.equals(Optional.of(true))) {
              Messages.met(c, "/objectives/" + i + "/published", "", PlanningRules.shorten(
                  p.objectives().get(i).statement()));
              return;
            }
            if (published.isPresent()) {
              unpublished.add(Evidence.of("/objectives/" + i + "/published", false));
            }
          }
          if (unpublished.size() < p.objectives().size()) {
            Messages.gap(c, "/objectives", "unknown");
            return;
          }
          boolean planning = !p.status().hasRun();
          if (planning) {
            unpublished.add(Evidence.of("/status", p.status()));
          }
          if (planning) {
            Messages.breach(c, INFO, "/objectives", "planning", unpublished, p.status());
          } else {
            Messages.breach(c, "/objectives", "", unpublished);
          }
        }).build();
  }

  private static Rule jointBody() {
    return Rules.define("SMP-BLMA-003", STAKEHOLDERS, WARNING)
        .source("UN Network on Migration, Guidance on Bilateral Labour Migration Agreements (2022), joint"
            + " committee; IOM SMP Guidance 2023, ch. 4")
        .reads("/governance/bodies/*/layer", "/governance/bodies/*/members", "/governance/bodies/*/name",
            "/stakeholders/*/name",
            "/stakeholders/*/country", "/stakeholders/*/countries", "/stakeholders/*/side", "/parties")
        .check((p, c) -> {
          List<GovernanceBody> deciding = p.governance().map(Governance::bodies).orElse(List.of()).stream()
              .filter(b -> b.layer() == GovernanceLayer.DECISION_MAKING).collect(Collectors.toList());
          List<Stakeholder> origin = Facts.onSide(c, Side.ORIGIN);
          List<Stakeholder> destination = Facts.onSide(c, Side.DESTINATION);
          for (GovernanceBody body : deciding) {
            if (joint(p, body, origin, destination)) {
              Messages.met(c, "/governance/bodies", "", body.name());
              return;
            }
          }
          if (deciding.isEmpty()) {
            Messages.gap(c, "/governance/bodies", "none");
          } else {
            Messages.gap(c, "/governance/bodies", "members", deciding.get(0).name());
          }
        }).build();
  }

  /** A body with a member of the origin side and one of the destination side (Facts#onSide). */
  private static boolean joint(Partnership p, GovernanceBody body, List<Stakeholder> origin,
      List<Stakeholder> destination) {
    List<Stakeholder> members = body.members().stream().map(p::stakeholder).flatMap(Optional::stream)
        .collect(Collectors.toList());
    return members.stream().anyMatch(origin::contains) && members.stream().anyMatch(destination::contains);
  }

  private static String names(List<String> names) {
    List<String> quoted = names.stream().limit(3).map(n -> "'" + n + "'").collect(Collectors.toList());
    return String.join(", ", quoted) + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
  }

  // --- SMP-STAKE-009 -----------------------------------------------------------------------------

  private static Rule capacityNeeds() {
    return Rules.define("SMP-STAKE-009", STAKEHOLDERS, WARNING)
        .source("IOM SMP Guidance 2023, ch. 3 and 4")
        .reads("/assessments/*/kind")
        .check((p, c) -> {
          for (int i = 0; i < p.assessments().size(); i++) {
            if (p.assessments().get(i).kind() == AssessmentKind.CAPACITY_MAPPING) {
              Messages.met(c, "/assessments/" + i, "");
              return;
            }
          }
          Messages.gap(c, "/assessments", "");
        }).build();
  }
}
