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
import java.util.TreeSet;
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
    return Rules.define("SMP-STAKE-002", STAKEHOLDERS, WARNING, "Actors from both the origin and the destination"
            + " take part",
        "Public and private actors of the countries of origin and destination should design and drive the"
            + " partnership together, from the start. Stakeholders recorded without a country may be from either"
            + " side, so a side with no actor recorded is an open question.")
        .reads("/stakeholders/*/country", "/stakeholders/*/name", "/parties")
        .check((p, c) -> {
          if (p.stakeholders().isEmpty()) {
            c.gap("/stakeholders", "Which institutions of the origin and of the destination side take part?",
                "Record the stakeholders with their type, country and roles.");
            return;
          }
          side(p, c, Facts.origins(c), "origin");
          side(p, c, Facts.destinations(c), "destination");
        }).build();
  }

  private static void side(Partnership p, RuleContext c, SortedSet<Country> side,
      String name) {
    List<Stakeholder> there = Facts.in(p, side);
    if (!there.isEmpty()) {
      c.met("/stakeholders", "Actors of the " + name + " side take part, such as " + there.get(0).name() + ".");
      return;
    }
    List<String> unplaced = p.stakeholders().stream().filter(Stakeholder::isInternational).map(Stakeholder::name)
        .collect(Collectors.toList());
    c.gap("/stakeholders", "Which institutions of the " + name + " side (" + Facts.codes(side) + ") take part?"
        + (unplaced.isEmpty() ? "" : " No stakeholder is recorded in " + Facts.codes(side) + "; "
        + names(unplaced) + (unplaced.size() == 1 ? " carries" : " carry") + " no country and may be from there."),
        "Record the " + name + "-side institutions (ministries, training institutions, employment services,"
            + " employers) with their country, or give the country of those already listed.");
  }

  private static Rule wholeOfGovernment() {
    return Rules.define("SMP-STAKE-003", STAKEHOLDERS, WARNING, "Several government bodies take part on each side",
        "Skills, labour, education and migration policy sit with different ministries and agencies; a"
            + " whole-of-government approach brings them together on each side.")
        .source("IOM SMP Guidance 2023, ch. 4, Box 3")
        .reads("/stakeholders/*/type", "/stakeholders/*/country", "/parties")
        .check((p, c) -> {
          for (String side : List.of("origin", "destination")) {
            SortedSet<Country> countries = side.equals("origin") ? Facts.origins(c) : Facts.destinations(c);
            Set<StakeholderType> types = Facts.in(p, countries).stream().map(Stakeholder::type)
                .filter(StakeholderType::isGovernment).collect(Collectors.toCollection(TreeSet::new));
            if (types.size() >= 2) {
              c.met("/stakeholders", "On the " + side + " side, " + types.stream().map(StakeholderRules::words)
                  .collect(Collectors.joining(", ")) + " take part.");
            } else {
              c.gap("/stakeholders", "Which ministries and public agencies of the " + side + " side ("
                  + Facts.codes(countries) + ") take part" + (types.isEmpty() ? "?" : ", besides the "
                  + words(types.iterator().next()) + "?"), "Record the labour, education or training and"
                  + " migration authorities involved, with their country.");
            }
          }
        }).build();
  }

  private static Rule employers() {
    return Rules.define("SMP-STAKE-004", STAKEHOLDERS, WARNING, "Employers or their organisations take part",
        "Employers, business and employers' associations should take part early (choosing sectors, skills and"
            + " job profiles), advise or steer, and ideally invest.")
        .reads("/stakeholders/*/type", "/stakeholders/*/name")
        .check((p, c) -> {
          Optional<Stakeholder> employer = p.stakeholders().stream().filter(s -> s.type() == StakeholderType.EMPLOYER
              || s.type() == StakeholderType.EMPLOYERS_ORGANISATION).findFirst();
          if (employer.isPresent()) {
            c.met("/stakeholders", employer.get().name() + " takes part for employers.");
          } else {
            c.gap("/stakeholders", "Which employers or employers' organisations take part, and in what role?",
                "Record the employers, chambers or business associations involved and their roles.");
          }
        }).build();
  }

  private static Rule wholeOfSociety() {
    return Rules.define("SMP-STAKE-005", STAKEHOLDERS, WARNING, "Workers, migrants or civil society take part",
        "A whole-of-society approach brings in social partners, migrants and diaspora, communities and civil"
            + " society, not only governments and business, for example in an advisory committee.")
        .source("IOM SMP Guidance 2023, ch. 4, Box 3")
        .reads("/stakeholders/*/type", "/stakeholders/*/name")
        .check((p, c) -> {
          List<String> society = p.stakeholders().stream().filter(s -> SOCIETY.contains(s.type()))
              .map(Stakeholder::name).collect(Collectors.toList());
          if (!society.isEmpty()) {
            c.met("/stakeholders", names(society) + " take" + (society.size() == 1 ? "s" : "") + " part.");
          } else {
            c.gap("/stakeholders", "Do trade unions, migrants' representatives, diaspora or civil-society"
                + " organisations take part?", "Record them, for example as members of an advisory body.");
          }
        }).build();
  }

  private static Rule lead() {
    return Rules.define("SMP-STAKE-006", STAKEHOLDERS, WARNING, "A lead institution is named",
        "Who instigates and leads a partnership shapes its design and whom it involves; that role should be"
            + " clear to every partner.")
        .reads("/governance/lead", "/stakeholders/*/roles", "/stakeholders/*/name")
        .check((p, c) -> {
          Optional<String> lead = p.governance().flatMap(Governance::lead);
          if (lead.isPresent()) {
            c.met("/governance/lead", lead.get() + " leads the partnership.");
            return;
          }
          for (int i = 0; i < p.stakeholders().size(); i++) {
            if (p.stakeholders().get(i).roles().contains(StakeholderRole.LEAD)) {
              c.met("/stakeholders/" + i + "/roles", p.stakeholders().get(i).name() + " leads the partnership.");
              return;
            }
          }
          c.gap("/governance/lead", "Who leads the partnership?", "Name the lead in the governance, or give the"
              + " leading stakeholder the role LEAD.");
        }).build();
  }

  private static Rule governanceLayers() {
    return Rules.define("SMP-STAKE-007", STAKEHOLDERS, WARNING, "Governance has a decision-making and an"
            + " operational layer",
        "Well-structured governance separates strategic decisions from day-to-day operation, with thematic or"
            + " sectoral working groups where useful.")
        .reads("/governance/bodies/*/layer", "/governance/bodies/*/name")
        .check((p, c) -> {
          if (p.governance().isEmpty()) {
            c.gap("/governance", "How is the partnership governed: who decides, and who runs it day to day?",
                "Record the governance structure: a decision-making body and an operational body.");
            return;
          }
          Governance g = p.governance().get();
          for (GovernanceLayer layer : List.of(GovernanceLayer.DECISION_MAKING, GovernanceLayer.OPERATIONAL)) {
            String what = layer.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Optional<GovernanceBody> body = g.bodies().stream().filter(b -> b.layer() == layer).findFirst();
            if (body.isPresent()) {
              c.met("/governance/bodies", body.get().name() + " is the " + what + " body.");
            } else {
              c.gap("/governance/bodies", "Which body " + (layer == GovernanceLayer.DECISION_MAKING
                  ? "takes the strategic decisions?" : "runs the partnership day to day?"),
                  "Record it as a governance body of layer " + layer + ".");
            }
          }
        }).build();
  }

  private static Rule publishedObjectives() {
    return Rules.define("SMP-STAKE-008", STAKEHOLDERS, WARNING, "The objectives are published",
        "Being open about all the partners' goals, for example by publishing the MoU or agreement, keeps"
            + " everyone's expectations clear. A partnership still being planned is a milder case.")
        .reads("/objectives/*/published", "/objectives/*/statement", "/status")
        .check((p, c) -> {
          if (p.objectives().isEmpty()) {
            c.gap("/objectives", "Are the partnership's objectives published, for example in a public MoU or"
                + " agreement?", "Record the objectives, each with whether it is published.");
            return;
          }
          List<Evidence> unpublished = new ArrayList<>();
          for (int i = 0; i < p.objectives().size(); i++) {
            Optional<Boolean> published = p.objectives().get(i).published();
            if (published.equals(Optional.of(true))) {
              c.met("/objectives/" + i + "/published", "The objective '" + PlanningRules.shorten(
                  p.objectives().get(i).statement()) + "' is published.");
              return;
            }
            if (published.isPresent()) {
              unpublished.add(Evidence.of("/objectives/" + i + "/published", false));
            }
          }
          if (unpublished.size() < p.objectives().size()) {
            c.gap("/objectives", "Are the partnership's objectives published?", "Record for each objective"
                + " whether it is published (true or false).");
            return;
          }
          boolean planning = !p.status().hasRun();
          if (planning) {
            unpublished.add(Evidence.of("/status", p.status()));
          }
          c.breach(planning ? INFO : WARNING, "/objectives", "None of the objectives is published"
              + (planning ? " (the partnership is " + p.status() + ")." : "."),
              "Publish the agreement or a summary of its objectives, and record them as published.",
              unpublished.toArray(new Evidence[0]));
        }).build();
  }

  private static Rule jointBody() {
    return Rules.define("SMP-BLMA-003", STAKEHOLDERS, WARNING, "A joint decision-making body has members from both"
            + " sides",
        "A labour migration agreement is reviewed by a joint body, such as a joint committee, with members"
            + " from the origin and the destination.")
        .source("UN Network on Migration, Guidance on Bilateral Labour Migration Agreements (2022), joint"
            + " committee; IOM SMP Guidance 2023, ch. 4")
        .reads("/governance/bodies/*/layer", "/governance/bodies/*/members", "/governance/bodies/*/name",
            "/stakeholders/*/name",
            "/stakeholders/*/country", "/parties")
        .check((p, c) -> {
          List<GovernanceBody> deciding = p.governance().map(Governance::bodies).orElse(List.of()).stream()
              .filter(b -> b.layer() == GovernanceLayer.DECISION_MAKING).collect(Collectors.toList());
          for (GovernanceBody body : deciding) {
            if (joint(p, body)) {
              c.met("/governance/bodies", body.name() + " has members from both the origin and the destination.");
              return;
            }
          }
          c.gap("/governance/bodies", deciding.isEmpty()
              ? "Which joint body, with members from both sides, reviews how the agreement is implemented?"
              : "Do members of both the origin and the destination sit on " + deciding.get(0).name() + "?",
              "Record the joint decision-making body with its members, and the country of each member.");
        }).build();
  }

  private static boolean joint(Partnership p, GovernanceBody body) {
    Set<Country> countries = body.members().stream().map(p::stakeholder).flatMap(Optional::stream)
        .flatMap(s -> s.country().stream()).collect(Collectors.toSet());
    return countries.stream().anyMatch(p.origins()::contains)
        && countries.stream().anyMatch(p.destinations()::contains);
  }

  private static String names(List<String> names) {
    List<String> quoted = names.stream().limit(3).map(n -> "'" + n + "'").collect(Collectors.toList());
    return String.join(", ", quoted) + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
  }

  private static String words(StakeholderType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  // --- SMP-STAKE-009 -----------------------------------------------------------------------------

  private static Rule capacityNeeds() {
    return Rules.define("SMP-STAKE-009", STAKEHOLDERS, WARNING, "The partners' capacity needs are mapped",
        "Partners start with different knowledge, data and capacity: their needs should be known and their"
            + " capacities strengthened, and research or a pilot before the partnership helps find what capacity"
            + " is still missing (ch. 3; ch. 4, recommendations).")
        .source("IOM SMP Guidance 2023, ch. 3 and 4")
        .reads("/assessments/*/kind")
        .check((p, c) -> {
          for (int i = 0; i < p.assessments().size(); i++) {
            if (p.assessments().get(i).kind() == AssessmentKind.CAPACITY_MAPPING) {
              c.met("/assessments/" + i, "The capacities of the partners and institutions were mapped.");
              return;
            }
          }
          c.gap("/assessments", "Which capacities do the partners need to build (skills recognition, matching,"
              + " ethical recruitment, orientation...), and has this been mapped?", "Record the mapping as an"
              + " assessment of kind CAPACITY_MAPPING.");
        }).build();
  }
}
