package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.COSTS;
import static io.github.smpkit.rules.Severity.ERROR;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;
import static io.github.smpkit.rules.internal.Rules.rule;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.funding.CostCategory;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.FinancingMechanism;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.MechanismKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules of element 9, cost reduction and sharing (IOM SMP Guidance 2023, ch. 11, Table 3). */
final class CostRules {

  private static final Set<MechanismKind> CO_FINANCING = EnumSet.of(MechanismKind.LEVY,
      MechanismKind.RESULTS_BASED_FINANCING, MechanismKind.PUBLIC_PRIVATE_TRAINING_FUND,
      MechanismKind.CONCESSIONAL_LOAN, MechanismKind.GUARANTEE_FUND);

  private CostRules() {
  }

  static boolean mechanism(Partnership p, Set<MechanismKind> kinds) {
    return p.financingMechanisms().stream().map(FinancingMechanism::kind).anyMatch(kinds::contains);
  }

  /** The destination side pays part of the training: a training cost share or a destination-government funder. */
  static boolean destinationFundsTraining(Partnership p) {
    return p.costs().stream().filter(ci -> ci.category() == CostCategory.TRAINING).anyMatch(ci ->
        ci.shareOf(Payer.DESTINATION_GOVERNMENT).signum() > 0 || ci.shareOf(Payer.EMPLOYER).signum() > 0)
        || p.fundingSources().stream().anyMatch(f -> f.type() == Payer.DESTINATION_GOVERNMENT);
  }

  static List<Rule> rules() {
    return List.of(
        Rules.notDescribed("SMP-COST-000", COSTS, "its costs, funders or financing",
            "List the cost items with who pays them (Table 3 of ch. 11), the funders and the financing mechanisms."),
        rule("SMP-COST-001", COSTS, ERROR, 11, "Migrants pay no recruitment fees or related costs",
            "Under the employer-pays principle, workers pay nothing for being recruited and deployed: the employer"
                + " or the public side bears fees, tests, documents, visas and travel (ch. 11 and 12).",
            (p, c) -> {
              for (int i = 0; i < p.costs().size(); i++) {
                CostItem item = p.costs().get(i);
                for (int j = 0; j < item.shares().size(); j++) {
                  PayerShare share = item.shares().get(j);
                  if (share.payer() != Payer.MIGRANT) {
                    continue;
                  }
                  if (item.item().isRecruitmentRelated()) {
                    c.report(Finding.pointer("costs", i, "shares", j), "Migrants pay " + share.percent()
                        .toPlainString() + " % of " + item.item() + ", a recruitment-related cost; under the"
                        + " employer-pays principle they should pay none of it.", "Move the migrants' share to the"
                        + " employer, the destination government or another funder.");
                  } else if (item.category() == CostCategory.TRAINING) {
                    c.report(WARNING, Finding.pointer("costs", i, "shares", j), "Migrants pay "
                        + share.percent().toPlainString() + " % of " + item.item() + "; if the training is a"
                        + " condition of being recruited, this is a hidden recruitment cost.", "Have the employer or"
                        + " public funds cover training that recruitment requires.");
                  }
                }
              }
            }),
        rule("SMP-COST-002", COSTS, WARNING, 11, "The cost structure is mapped",
            "Fixed and per-migrant costs of each step should be listed and followed during implementation.",
            (p, c) -> {
              if (p.costs().isEmpty()) {
                c.report(p.status() == PartnershipStatus.PLANNED ? INFO : WARNING, "/costs", "No cost items are"
                    + " listed, so it is unclear what the partnership costs in total or per migrant.",
                    "List the cost items by category, mark each fixed or per migrant, and name who pays.");
                return;
              }
              Set<CostCategory> covered = p.costs().stream().map(CostItem::category).collect(Collectors.toSet());
              List<CostCategory> missing = EnumSet.allOf(CostCategory.class).stream()
                  .filter(cat -> cat.isEssential() && !covered.contains(cat)).collect(Collectors.toList());
              if (!missing.isEmpty()) {
                c.report(INFO, "/costs", "No cost item is listed for the essential categor" + (missing.size() > 1
                    ? "ies " : "y ") + missing.stream().map(Enum::name).collect(Collectors.joining(", ")) + ".",
                    "Add the missing categories, even if someone pays them in kind.");
              }
              if (p.costs().stream().allMatch(ci -> ci.basis().isEmpty())) {
                c.report(INFO, "/costs", "No cost item says whether it is fixed or per migrant.",
                    "Mark each cost item FIXED or PER_MIGRANT.");
              }
            }),
        rule("SMP-COST-003", COSTS, WARNING, 11, "A publicly funded pilot has a financial sustainability plan",
            "A pilot paid with public money should plan from the start how it will be financed once the subsidy"
                + " ends.",
            (p, c) -> {
              if (Facts.pilot(p) && Facts.publiclyFunded(p) && p.sustainabilityPlan().isEmpty()) {
                c.report("/sustainabilityPlan", "This publicly funded pilot has no plan for financing itself after"
                    + " the public funding ends.", "Say which costs move to employers, national budgets or a"
                    + " financing mechanism, and by when.");
              }
            }),
        rule("SMP-COST-004", COSTS, WARNING, 11, "Costs are shared among several beneficiaries",
            "Costs should be spread over the actors that benefit, both governments and employers, and written into"
                + " the agreement.",
            (p, c) -> {
              Set<Payer> payers = p.costs().stream().flatMap(ci -> ci.shares().stream()).map(PayerShare::payer)
                  .collect(Collectors.toCollection(() -> EnumSet.noneOf(Payer.class)));
              payers.addAll(p.fundingSources().stream().map(FundingSource::type).collect(Collectors.toSet()));
              payers.remove(Payer.MIGRANT);
              if (payers.size() < 2 && !(p.costs().stream().allMatch(ci -> ci.shares().isEmpty())
                  && p.fundingSources().isEmpty())) {
                c.report("/costs", payers.isEmpty() ? "Only the migrants pay; no one else shares the costs."
                    : "All costs fall on " + payers.iterator().next() + "; no cost sharing is described.",
                    "Describe how employers, the other government and other funders contribute, in money or in"
                        + " kind.");
              }
            }),
        rule("SMP-COST-005", COSTS, WARNING, 11, "Every cost item says who pays it",
            "For each cost item it should be clear who pays and how much.",
            (p, c) -> {
              for (int i = 0; i < p.costs().size(); i++) {
                if (p.costs().get(i).shares().isEmpty()) {
                  c.report(Finding.pointer("costs", i, "shares"), "The cost item " + p.costs().get(i).item()
                      + " does not say who pays it.", "Add payer shares adding up to 100 %.");
                }
              }
            }),
        rule("SMP-COST-006", COSTS, WARNING, 11, "Employers who take part contribute to the costs",
            "Employers gain from the scheme and should share its costs, helped by a clear business case and"
                + " instruments that limit their risk.",
            (p, c) -> {
              if (!Facts.hasStakeholder(p, StakeholderType.EMPLOYER, StakeholderType.EMPLOYERS_ORGANISATION)) {
                return;
              }
              boolean pays = p.fundingSources().stream().anyMatch(f -> f.type() == Payer.EMPLOYER)
                  || p.costs().stream().anyMatch(ci -> ci.shareOf(Payer.EMPLOYER).signum() > 0)
                  || mechanism(p, EnumSet.of(MechanismKind.LEVY, MechanismKind.PUBLIC_PRIVATE_TRAINING_FUND));
              if (!pays) {
                c.report("/costs", "Employers take part but contribute nothing to the costs.", "Agree an employer"
                    + " contribution (training, recruitment, in kind, or through a levy or training fund).");
              }
              if (p.assessments().stream().noneMatch(a -> a.kind() == AssessmentKind.COST_BENEFIT)) {
                c.report(INFO, "/assessments", "No cost-benefit analysis shows employers the business case.",
                    "Estimate the costs and returns for employers.");
              }
            }),
        rule("SMP-COST-007", COSTS, INFO, 11, "The destination side co-finances training in the origin",
            "When origin institutions train people for both labour markets, the destination side should pay its"
                + " part of that training.",
            (p, c) -> {
              if (Facts.originTraining(p) && !destinationFundsTraining(p)) {
                c.report("/costs", "Training in the origin is not co-financed by the destination side.",
                    "Record the destination government's or employers' share of training costs.");
              }
            }),
        rule("SMP-COST-008", COSTS, INFO, 11, "Public funding is complemented by a financing mechanism",
            "Sustainable financing needs more than grants: levies, training funds, results-based financing, loans"
                + " or guarantees.",
            (p, c) -> {
              if (Facts.publiclyFunded(p) && !mechanism(p, CO_FINANCING)) {
                c.report("/financingMechanisms", "The partnership relies on grants only; no co-financing mechanism"
                    + " is foreseen.", "Consider a levy, a public-private training fund, results-based financing or a"
                    + " guarantee fund.");
              }
            }),
        rule("SMP-GSP-002", COSTS, ERROR, 2, "A declared Global Skill Partnership has the destination finance"
                + " training in the origin",
            "In the Global Skill Partnership model the destination pays for training in the origin; a design"
                + " without that contradicts its own label.",
            (p, c) -> {
              if (p.models().contains(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP) && Facts.originTraining(p)
                  && !destinationFundsTraining(p)) {
                c.report("/costs", "The partnership calls itself a Global Skill Partnership, but the destination"
                    + " side does not pay for training in the origin.", "Record the destination's share of"
                    + " training costs, or drop the GLOBAL_SKILL_PARTNERSHIP model.");
              }
            }));
  }
}
