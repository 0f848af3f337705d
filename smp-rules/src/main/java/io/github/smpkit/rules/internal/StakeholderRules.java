package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.STAKEHOLDERS;
import static io.github.smpkit.rules.Severity.ERROR;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;
import static io.github.smpkit.rules.internal.Rules.rule;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.governance.Governance;
import io.github.smpkit.core.governance.GovernanceBody;
import io.github.smpkit.core.governance.GovernanceLayer;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.rules.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/** Rules of element 2, multi-stakeholder approach and policy coherence (IOM SMP Guidance 2023, ch. 4). */
final class StakeholderRules {

  private static final Set<StakeholderType> SOCIETY = EnumSet.of(StakeholderType.TRADE_UNION,
      StakeholderType.MIGRANT_REPRESENTATIVES, StakeholderType.NGO, StakeholderType.DIASPORA_ORGANISATION,
      StakeholderType.COMMUNITY);

  private StakeholderRules() {
  }

  static List<Rule> rules() {
    return List.of(
        Rules.notDescribed("SMP-STAKE-000", STAKEHOLDERS, "who takes part or how it is governed",
            "List the stakeholders on both sides with their roles, and the governance structure."),
        rule("SMP-STAKE-002", STAKEHOLDERS, ERROR, 4, "Actors from both the origin and the destination take part",
            "Public and private actors in both countries should design and run the partnership together; a"
                + " scheme driven from one side only is not a partnership.",
            (p, c) -> {
              if (p.stakeholders().isEmpty()) {
                return;
              }
              Set<Country> based = p.stakeholders().stream().flatMap(s -> s.country().stream())
                  .collect(Collectors.toSet());
              if (based.isEmpty()) {
                c.report(WARNING, "/stakeholders", "Only international actors are listed; no actor of a partner"
                    + " country is named.", "Add the ministries, agencies, training institutions and employers"
                    + " of the partner countries.");
                return;
              }
              side(c, based, p.origins(), "origin");
              side(c, based, p.destinations(), "destination");
            }),
        rule("SMP-STAKE-003", STAKEHOLDERS, WARNING, 4, "Several government bodies take part on each side",
            "Skills, labour and migration policy sit with different ministries; a whole-of-government approach"
                + " brings them together on each side.",
            (p, c) -> {
              if (p.stakeholders().isEmpty()) {
                return;
              }
              for (String side : List.of("origin", "destination")) {
                SortedSet<Country> countries = side.equals("origin") ? p.origins() : p.destinations();
                Set<StakeholderType> types = Facts.in(p, countries).stream().map(Stakeholder::type)
                    .filter(StakeholderType::isGovernment).collect(Collectors.toSet());
                if (types.size() < 2) {
                  c.report("/stakeholders", "On the " + side + " side (" + Facts.codes(countries) + ") "
                      + (types.isEmpty() ? "no government body takes" : "only one kind of government body takes")
                      + " part.", "Involve at least the ministries for labour and for education or training,"
                      + " and the migration authority.");
                }
              }
            }),
        rule("SMP-STAKE-004", STAKEHOLDERS, WARNING, 4, "Employers or their organisations take part",
            "Employers should help choose sectors and curricula, sit in steering bodies and ideally invest.",
            (p, c) -> {
              if (!p.stakeholders().isEmpty()
                  && !Facts.hasStakeholder(p, StakeholderType.EMPLOYER, StakeholderType.EMPLOYERS_ORGANISATION)) {
                c.report("/stakeholders", "No employer or employers' organisation takes part.",
                    "Involve employers or chambers of commerce and record their role.");
              }
            }),
        rule("SMP-STAKE-005", STAKEHOLDERS, WARNING, 4, "Workers, migrants and civil society take part",
            "A whole-of-society approach involves social partners, migrants' representatives, diaspora and civil"
                + " society, not only governments and business.",
            (p, c) -> {
              if (p.stakeholders().isEmpty()) {
                return;
              }
              Set<StakeholderType> types = p.stakeholders().stream().map(Stakeholder::type)
                  .collect(Collectors.toSet());
              if (types.stream().noneMatch(SOCIETY::contains)) {
                c.report("/stakeholders", "No trade union, migrants' representative, diaspora or civil-society"
                    + " organisation takes part.", "Involve workers' organisations and migrant or diaspora"
                    + " representatives, for example in an advisory body.");
              } else if (!types.contains(StakeholderType.TRADE_UNION)) {
                c.report(INFO, "/stakeholders", "No trade union takes part, so workers are not represented in"
                    + " social dialogue.", "Consider involving trade unions of both countries.");
              }
            }),
        rule("SMP-STAKE-006", STAKEHOLDERS, WARNING, 4, "A lead institution is named",
            "Someone has to be visibly responsible for instigating and steering the partnership.",
            (p, c) -> {
              boolean lead = p.governance().flatMap(Governance::lead).isPresent()
                  || p.stakeholders().stream().anyMatch(s -> s.roles().contains(StakeholderRole.LEAD));
              if (!lead) {
                c.report("/governance/lead", "No lead institution is named.",
                    "Name the ministry, agency or intermediary that leads the partnership.");
              }
            }),
        rule("SMP-STAKE-007", STAKEHOLDERS, WARNING, 4, "Governance has a decision-making and an operational layer",
            "Well-structured governance separates steering from day-to-day operation and adds working groups.",
            (p, c) -> {
              if (p.governance().isEmpty()) {
                c.report("/governance", "No governance structure is described.",
                    "Describe a steering (decision-making) body and an operational body.");
                return;
              }
              Governance g = p.governance().get();
              for (GovernanceLayer layer : List.of(GovernanceLayer.DECISION_MAKING, GovernanceLayer.OPERATIONAL)) {
                if (!g.hasLayer(layer)) {
                  c.report("/governance/bodies", "The governance structure has no " + layer.name().toLowerCase(
                      java.util.Locale.ROOT).replace('_', '-') + " body.", "Add a body at that layer with members"
                      + " from both sides.");
                }
              }
              if (g.workingGroups().isEmpty() && p.stakeholders().size() >= 5) {
                c.report(INFO, "/governance/workingGroups", "Many stakeholders take part but there are no"
                    + " thematic working groups.", "Consider working groups per sector or topic.");
              }
            }),
        rule("SMP-STAKE-008", STAKEHOLDERS, WARNING, 4, "The objectives are published",
            "Transparency about all goals keeps every partner's expectations clear.",
            (p, c) -> {
              if (!p.objectives().isEmpty() && p.objectives().stream().noneMatch(o -> o.published().orElse(false))) {
                c.report(p.status() == PartnershipStatus.PLANNED ? INFO : WARNING, "/objectives",
                    "None of the objectives is published.", "Publish the agreement or a summary of its"
                    + " objectives, and mark them as published.");
              }
            }),
        rule("SMP-BLMA-003", STAKEHOLDERS, WARNING, 4, "A joint decision-making body has members from both sides",
            "A formal agreement needs a joint body, with members from origin and destination, that reviews how it"
                + " is implemented.",
            (p, c) -> {
              if (p.governance().isEmpty()) {
                return;
              }
              boolean joint = p.governance().get().bodies().stream()
                  .filter(b -> b.layer() == GovernanceLayer.DECISION_MAKING).anyMatch(b -> joint(p, b));
              if (!joint) {
                boolean formal = Facts.hasForm(p, EngagementForm.BILATERAL_LABOUR_MIGRATION_AGREEMENT)
                    || Facts.hasForm(p, EngagementForm.MEMORANDUM_OF_UNDERSTANDING);
                c.report(formal ? WARNING : INFO, "/governance/bodies", "No decision-making body has members from"
                    + " both the origin and the destination side to review the agreement jointly.",
                    "Set up a joint committee with members from both sides and a review schedule.");
              }
            }));
  }

  private static boolean joint(Partnership p, GovernanceBody body) {
    Set<Country> countries = body.members().stream().map(p::stakeholder).flatMap(Optional::stream)
        .flatMap(s -> s.country().stream()).collect(Collectors.toSet());
    return countries.stream().anyMatch(p.origins()::contains) && countries.stream().anyMatch(p.destinations()::contains);
  }

  private static void side(Rules.Legacy c, Set<Country> based, SortedSet<Country> side,
      String name) {
    if (based.stream().noneMatch(side::contains)) {
      c.report("/stakeholders", "No actor from the " + name + " side (" + Facts.codes(side) + ") takes part; all"
          + " named actors are based in " + based.stream().map(Country::code).sorted()
          .collect(Collectors.joining(", ")) + ".", "Add the counterpart institutions of the " + name
          + " side (ministry, training institution, employment service, employers) with their roles.");
    }
  }
}
