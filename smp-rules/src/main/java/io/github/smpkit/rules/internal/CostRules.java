package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.COSTS;
import static io.github.smpkit.rules.Severity.ERROR;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.funding.CostCategory;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.FinancingMechanism;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.MechanismKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.funding.Payment;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.RuleContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules of element 9, cost reduction and sharing (IOM SMP Guidance 2023, ch. 11, Table 3), and the
 * employer-pays principle of the ILO's fair-recruitment guidelines that ch. 11 and 12 rely on.
 */
final class CostRules {

  /** The ILO standard behind SMP-COST-001, which ch. 11 ("protect migrant workers from costs") and ch. 12 cite. */
  static final String ILO_FAIR_RECRUITMENT = "ILO General principles and operational guidelines for fair recruitment"
      + " and Definition of recruitment fees and related costs (2019): no recruitment fees or related costs for"
      + " workers; IOM SMP Guidance 2023, ch. 11 and 12";

  /** Mechanisms that bring money from other sources than grants (ch. 11, "Financing SMPs"). */
  private static final Set<MechanismKind> CO_FINANCING = EnumSet.of(MechanismKind.LEVY,
      MechanismKind.RESULTS_BASED_FINANCING, MechanismKind.PUBLIC_PRIVATE_TRAINING_FUND,
      MechanismKind.CONCESSIONAL_LOAN, MechanismKind.GUARANTEE_FUND);

  /** Mechanisms financed by employers: a levy on their payroll, a training fund they pay into (ch. 11). */
  private static final Set<MechanismKind> EMPLOYER_FINANCED = EnumSet.of(MechanismKind.LEVY,
      MechanismKind.PUBLIC_PRIVATE_TRAINING_FUND);

  /**
   * The 27 member states of the European Union (EU-27, as listed at
   * https://westernbalkans-infohub.eu/glossary/eu-member-states, retrieved 2026-11-30): EU funds
   * spent for a partnership with an EU destination are destination-side money.
   */
  static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
      "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  /** A funder's name that names the European Union or one of its funds (AMIF, the EU Trust Fund for Africa). */
  private static final Pattern EU_NAME = Pattern.compile(
      "\\b(EU|European Union|European Commission|AMIF|EUTF)\\b");

  /**
   * A cost description that names a recruitment fee or charge: "recruitment fee" or "recruitment
   * costs", "placement fee", "agency fees", "broker's commission", "brokerage"... Only an {@code OTHER} cost item is read this
   * way, because its kind says nothing; the words must name a fee or charge, not recruitment alone.
   */
  static final Pattern RECRUITMENT_FEE = Pattern.compile("(?i)\\brecruit(ment|er|ers|er's|ing)?\\s+(fees?|charges?"
      + "|costs?|commissions?)\\b|\\b(placement|agency|agent|agents|agent's|broker|brokers|broker's)\\s+(fees?"
      + "|charges?|commissions?)\\b|\\bbrokerage\\b");

  private CostRules() {
  }

  static boolean mechanism(Partnership p, Set<MechanismKind> kinds) {
    return p.financingMechanisms().stream().map(FinancingMechanism::kind).anyMatch(kinds::contains);
  }

  /** Whether a funder is the EU or one of its funds (named so, with no country). */
  static boolean euFunder(FundingSource f) {
    return f.country().isEmpty() && f.type() == Payer.DONOR && EU_NAME.matcher(f.name()).find();
  }

  /**
   * Whether a funder's money comes from the destination side: the side recorded for it when there
   * is one; otherwise a destination government, a donor, development agency or development bank
   * based in a destination country, or the EU when a destination is an EU member state.
   */
  static boolean destinationSide(SortedSet<Country> destinations, FundingSource f) {
    if (f.side().isPresent()) {
      return f.side().get() == Side.DESTINATION;
    }
    if (f.type() == Payer.DESTINATION_GOVERNMENT) {
      return true;
    }
    if (f.type() == Payer.DONOR || f.type() == Payer.DEVELOPMENT_BANK) {
      if (f.country().isPresent()) {
        return destinations.contains(f.country().get());
      }
      if (!euFunder(f)) {
        return false;
      }
      for (Country d : destinations) {
        if (EU_MEMBERS.contains(d.code())) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * Whether a payment comes from the destination side: its recorded side, or, when none is
   * recorded, a destination government or an employer paying.
   */
  static boolean destinationSide(Payment payment) {
    return payment.side().map(x -> x == Side.DESTINATION)
        .orElse(payment.payer() == Payer.DESTINATION_GOVERNMENT || payment.payer() == Payer.EMPLOYER);
  }

  /**
   * Whether a funder's money comes from the origin side: the side recorded for it when there is
   * one; otherwise an origin government, or a donor or bank based there.
   */
  static boolean originSide(SortedSet<Country> origins, FundingSource f) {
    if (f.side().isPresent()) {
      return f.side().get() == Side.ORIGIN;
    }
    boolean donor = f.type() == Payer.DONOR || f.type() == Payer.DEVELOPMENT_BANK;
    return f.type() == Payer.ORIGIN_GOVERNMENT
        || donor && f.country().isPresent() && origins.contains(f.country().get());
  }

  /** Whether the cost item is a recruitment fee or related cost: by its kind, or an OTHER item described as a fee. */
  static boolean recruitmentCost(CostItem item) {
    return item.item() == CostItemKind.OTHER ? item.description().map(d -> RECRUITMENT_FEE.matcher(d).find())
        .orElse(false) : item.item().isRecruitmentRelated();
  }

  private static String describe(CostItem item) {
    return item.item() + item.description().map(d -> " ('" + shorten(d) + "')").orElse("");
  }

  private static String shorten(String text) {
    return text.length() > 90 ? text.substring(0, 87) + "..." : text;
  }

  private static String percent(PayerShare s) {
    return s.percent().stripTrailingZeros().toPlainString();
  }

  /** The facts of a payment that show the worker bears it, and how much, as evidence. */
  private static List<Evidence> paymentEvidence(String at, Payment payment) {
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.of(at + "/payer", payment.payer()));
    payment.side().ifPresent(x -> evidence.add(Evidence.of(at + "/side", x)));
    payment.mechanism().ifPresent(x -> evidence.add(Evidence.of(at + "/mechanism", x)));
    payment.percent().ifPresent(x -> evidence.add(Evidence.of(at + "/percent", x.stripTrailingZeros().toPlainString())));
    payment.amount().ifPresent(x -> evidence.add(Evidence.of(at + "/amount", x.toString())));
    payment.above().ifPresent(x -> evidence.add(Evidence.of(at + "/above", x.toString())));
    return evidence;
  }

  /** How the worker bears a payment, in words: "through wage deductions of the part above AUD 300.00". */
  private static String how(Payment payment) {
    StringBuilder s = new StringBuilder();
    payment.percent().ifPresent(x -> s.append(x.stripTrailingZeros().toPlainString()).append(" % of it"));
    payment.amount().ifPresent(x -> s.append(s.length() > 0 ? ", " : "").append(x));
    payment.above().ifPresent(x -> s.append(s.length() > 0 ? ", " : "").append("the part above ").append(x));
    if (s.length() == 0) {
      s.append("part of it");
    }
    payment.mechanism().ifPresent(m -> s.append(switch (m) {
      case WAGE_DEDUCTION -> " through deductions from their wages";
      case WORKER_LOAN -> " through a loan they repay";
      case UPFRONT -> ", paid upfront";
      case REIMBURSEMENT -> ", as a reimbursement";
      case OTHER -> " (" + payment.description().orElse("another mechanism") + ")";
    }));
    return s.toString();
  }

  static List<Rule> rules() {
    return List.of(employerPays(), costStructure(), sustainability(), costSharing(), payers(), employers(),
        destinationTraining(), financingMechanisms(), costBenefit(), publicFunds(), costSharingAgreed(),
        employerPaymentTiming());
  }

  // --- SMP-COST-001 ------------------------------------------------------------------------------

  private static Rule employerPays() {
    return Rules.define("SMP-COST-001", COSTS, ERROR, "Migrants pay no recruitment fees or related costs",
        "Under the employer-pays principle, workers are charged nothing for being recruited and deployed: fees,"
            + " tests, medical checks, documents, visas and travel, including the return journey, fall on the employer"
            + " or the public side. The guidance asks partnerships to protect migrants from such costs.")
        .source(ILO_FAIR_RECRUITMENT)
        .reads("/costs/*/item", "/costs/*/description", "/costs/*/shares/*/payer", "/costs/*/shares/*/percent",
            "/costs/*/payments/*/payer", "/costs/*/payments/*/side", "/costs/*/payments/*/mechanism",
            "/costs/*/payments/*/percent", "/costs/*/payments/*/amount", "/costs/*/payments/*/above")
        .check((p, c) -> {
          boolean recruitmentItem = false;
          for (int i = 0; i < p.costs().size(); i++) {
            CostItem item = p.costs().get(i);
            String at = Finding.pointer("costs", i);
            boolean recruitment = recruitmentCost(item);
            recruitmentItem |= recruitment;
            Optional<PayerShare> migrant = item.shares().stream().filter(s -> s.payer() == Payer.MIGRANT).findFirst();
            List<Payment> borne = item.borneByWorker();
            if (recruitment && migrant.isEmpty() && !borne.isEmpty()) {
              // the worker bears it through a payment: a wage deduction, a loan, the migrant's own share
              Payment first = borne.get(0);
              int j = item.payments().indexOf(first);
              List<Evidence> evidence = new ArrayList<>();
              evidence.add(Evidence.of(at + "/item", item.item()));
              if (item.item() == CostItemKind.OTHER) {
                evidence.add(Evidence.of(at + "/description", item.description().orElseThrow()));
              }
              for (Payment payment : borne) {
                evidence.addAll(paymentEvidence(at + "/payments/" + item.payments().indexOf(payment), payment));
              }
              c.breach(at + "/payments/" + j, "Migrants bear " + describe(item) + ": " + borne.stream()
                  .map(CostRules::how).collect(Collectors.joining("; ")) + ". It is a recruitment fee or related"
                  + " cost; under the employer-pays principle they should bear none of it, whoever pays first.",
                  "Have the employer or public funds bear the cost without recovering it from the workers' pay.",
                  evidence.toArray(new Evidence[0]));
            } else if (recruitment && item.shares().isEmpty()) {
              c.gap(at + "/shares", "Who pays for " + describe(item) + "? Under the employer-pays principle migrants"
                  + " should pay none of it.", "Record the payers' shares of this cost.");
            } else if (recruitment && migrant.isPresent()) {
              int j = item.shares().indexOf(migrant.get());
              List<Evidence> evidence = new ArrayList<>();
              evidence.add(Evidence.of(at + "/item", item.item()));
              if (item.item() == CostItemKind.OTHER) {
                evidence.add(Evidence.of(at + "/description", item.description().orElseThrow()));
              }
              evidence.add(Evidence.of(at + "/shares/" + j + "/payer", Payer.MIGRANT));
              evidence.add(Evidence.of(at + "/shares/" + j + "/percent", percent(migrant.get())));
              for (Payment payment : borne) {
                evidence.addAll(paymentEvidence(at + "/payments/" + item.payments().indexOf(payment), payment));
              }
              c.breach(at + "/shares/" + j, "Migrants pay " + percent(migrant.get()) + " % of " + describe(item)
                  + ", a recruitment fee or related cost; under the employer-pays principle they should pay none"
                  + " of it.", "Move the migrants' share to the employer, the destination government or another"
                  + " funder.", evidence.toArray(new Evidence[0]));
            } else if (recruitment) {
              c.met(at + "/shares", "Migrants pay none of " + describe(item) + ": " + item.shares().stream()
                  .map(s -> s.payer() + " " + percent(s) + " %").collect(Collectors.joining(", ")) + ".");
            } else if (migrant.isPresent() && item.category() == CostCategory.TRAINING) {
              c.gap(at, "Is the training migrants pay " + percent(migrant.get()) + " % of (" + describe(item)
                  + ") required for being recruited? Then it is a related cost they should not carry.",
                  "Record whether the training is a condition of recruitment; if it is, move the migrants' share to"
                      + " the employer or public funds.");
            } else if (migrant.isPresent() && item.item() == CostItemKind.OTHER) {
              c.gap(at, "Is " + describe(item) + ", of which migrants pay " + percent(migrant.get()) + " %, a"
                  + " recruitment fee or related cost?", "Record the cost under its Table 3 item (for example"
                  + " RECRUITMENT_FEES, TRANSPORT or VISA_AND_IMMIGRATION), or describe what it covers.");
            }
          }
          if (!recruitmentItem) {
            c.gap("/costs", "Who pays the recruitment fees and related costs (screening, tests, medical checks,"
                + " visas, travel there and back)? Migrants should pay none of them.", "Record these cost items"
                + " with the payers' shares.");
          }
        }).build();
  }

  // --- SMP-COST-002 ------------------------------------------------------------------------------

  private static Rule costStructure() {
    return Rules.define("SMP-COST-002", COSTS, WARNING, "The cost structure is mapped",
        "The guidance recommends mapping the fixed and the per-migrant costs of each step (the essential items of"
            + " Table 3: project implementation, pre-selection, training, travel) and following them during"
            + " implementation.")
        .source("IOM SMP Guidance 2023, ch. 11, Table 3")
        .reads("/costs/*/item", "/costs/*/description", "/costs/*/basis")
        .check((p, c) -> {
          if (p.costs().isEmpty()) {
            c.gap("/costs", "What does the partnership cost, item by item, and which costs are fixed or per"
                + " migrant?", "List the cost items by Table 3 item, each marked FIXED or PER_MIGRANT.");
            return;
          }
          Set<CostCategory> covered = p.costs().stream().map(CostItem::category).collect(Collectors.toSet());
          List<String> missing = EnumSet.allOf(CostCategory.class).stream()
              .filter(cat -> cat.isEssential() && !covered.contains(cat)).map(Enum::name).collect(Collectors.toList());
          if (!missing.isEmpty()) {
            c.gap("/costs", "What do the essential cost categories " + String.join(", ", missing) + " cost, and"
                + " who pays them?", "Add cost items for these categories, even when someone pays them in kind.");
          }
          for (int i = 0; i < p.costs().size(); i++) {
            if (p.costs().get(i).basis().isEmpty()) {
              c.gap(Finding.pointer("costs", i, "basis"), "Is " + describe(p.costs().get(i)) + " a fixed cost or a"
                  + " cost per migrant?", "Mark it FIXED or PER_MIGRANT.");
            }
          }
          if (missing.isEmpty()) {
            c.met("/costs", "The essential cost categories of Table 3 are mapped, each item fixed or per migrant.");
          }
        }).build();
  }

  // --- SMP-COST-003 ------------------------------------------------------------------------------

  private static Rule sustainability() {
    return Rules.define("SMP-COST-003", COSTS, WARNING,
        "A publicly funded partnership has a plan for financial sustainability",
        "A pilot or intervention subsidised with public money should plan from the start how it will be financed"
            + " once the subsidy ends, with cost-sharing mechanisms tested and expectations communicated.")
        .reads("/sustainabilityPlan", "/fundingSources/*/type")
        .check((p, c) -> {
          if (p.sustainabilityPlan().isPresent()) {
            c.met("/sustainabilityPlan", "A plan says how the partnership will be financed once its initial"
                + " funding ends.");
          } else if (p.fundingSources().isEmpty()) {
            c.gap("/fundingSources", "Who funds the partnership, and how will it be financed once its initial"
                + " (often public) funding ends?", "Record the funders, and the plan for financial sustainability.");
          } else if (Facts.publiclyFunded(p)) {
            c.gap("/sustainabilityPlan", "How will the partnership be financed once its public funding ends?",
                "Record the plan: which costs move to employers, national budgets or a financing mechanism, and by"
                    + " when.");
          } else {
            c.notApplicable();
          }
        }).build();
  }

  // --- SMP-COST-004 ------------------------------------------------------------------------------

  /** The beneficiaries among whom the guidance asks costs to be shared, and who of them pays what is recorded. */
  static Map<String, List<String>> beneficiaryPayers(Partnership p, RuleContext c) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (int i = 0; i < p.fundingSources().size(); i++) {
      FundingSource f = p.fundingSources().get(i);
      String who = "'" + f.name() + "'";
      if (destinationSide(Facts.destinations(c), f)) {
        groups.computeIfAbsent("the destination side", k -> new ArrayList<>()).add(who);
      } else if (originSide(Facts.origins(c), f)) {
        groups.computeIfAbsent("the origin side", k -> new ArrayList<>()).add(who);
      } else if (f.type() == Payer.EMPLOYER) {
        groups.computeIfAbsent("employers", k -> new ArrayList<>()).add(who);
      } else if (f.type() == Payer.PRIVATE_INVESTOR) {
        groups.computeIfAbsent("investors", k -> new ArrayList<>()).add(who);
      }
    }
    for (CostItem item : p.costs()) {
      for (PayerShare s : item.shares()) {
        String group = s.payer() == Payer.DESTINATION_GOVERNMENT ? "the destination side"
            : s.payer() == Payer.ORIGIN_GOVERNMENT ? "the origin side" : s.payer() == Payer.EMPLOYER ? "employers"
            : s.payer() == Payer.PRIVATE_INVESTOR ? "investors" : null;
        if (group != null) {
          groups.computeIfAbsent(group, k -> new ArrayList<>()).add(s.payer() + " (" + item.item() + ")");
        }
      }
    }
    return groups;
  }

  private static Rule costSharing() {
    return Rules.define("SMP-COST-004", COSTS, WARNING, "Costs are shared among the actors that benefit",
        "Costs should be spread fairly over the actors that benefit: the countries of origin and destination,"
            + " employers and investors. Migrants' own payments are not cost sharing in this sense (under the"
            + " employer-pays principle they should carry no recruitment costs), and donors whose side is not known"
            + " are not counted.")
        .reads("/costs/*/item", "/costs/*/shares/*/payer", "/fundingSources/*/type", "/fundingSources/*/side",
            "/fundingSources/*/country", "/fundingSources/*/name", "/parties")
        .check((p, c) -> {
          Map<String, List<String>> groups = beneficiaryPayers(p, c);
          if (groups.size() >= 2) {
            c.met("/costs", "Costs are shared by " + groups.entrySet().stream().map(e -> e.getKey() + " ("
                + String.join(", ", e.getValue().subList(0, Math.min(2, e.getValue().size()))) + ")")
                .collect(Collectors.joining(" and ")) + ".");
          } else if (groups.isEmpty()) {
            c.gap("/costs", "Who among the governments of origin and destination, employers and investors pays"
                + " for the partnership?", "Record the funders (with their country) and the payers of each cost"
                + " item.");
          } else {
            String only = groups.keySet().iterator().next();
            c.gap("/costs", "Only " + only + (only.startsWith("the") ? " is" : " are") + " recorded as paying ("
                + String.join(", ", groups.get(only)) + "). Do the other beneficiaries (origin and destination"
                + " governments, employers, investors) share the costs, in money or in kind?",
                "Record the other payers and their shares.");
          }
        }).build();
  }

  // --- SMP-COST-005 ------------------------------------------------------------------------------

  private static Rule payers() {
    return Rules.define("SMP-COST-005", COSTS, WARNING, "Every cost item says who pays it",
        "For each cost item it should be clear who pays and how much (Table 3: who pays).")
        .source("IOM SMP Guidance 2023, ch. 11, Table 3")
        .reads("/costs/*/item", "/costs/*/description", "/costs/*/shares")
        .check((p, c) -> {
          if (p.costs().isEmpty()) {
            c.gap("/costs", "Which costs does the partnership have, and who pays each of them?", "List the cost"
                + " items with the payers' shares.");
            return;
          }
          for (int i = 0; i < p.costs().size(); i++) {
            if (p.costs().get(i).shares().isEmpty()) {
              c.gap(Finding.pointer("costs", i, "shares"), "Who pays " + describe(p.costs().get(i)) + ", and what"
                  + " share each?", "Add payer shares adding up to 100 %.");
            }
          }
          c.met("/costs", "Each recorded cost item names its payers.");
        }).build();
  }

  // --- SMP-COST-006 ------------------------------------------------------------------------------

  private static Rule employers() {
    return Rules.define("SMP-COST-006", COSTS, WARNING, "Employers contribute to the partnership's costs",
        "Employers gain from the scheme and the guidance finds cost sharing with them promising, helped by a clear"
            + " business case and instruments that limit their risk. Paying wages for the work done is not such a"
            + " contribution: Table 3 counts the costs of running the partnership, selecting, training and moving"
            + " people, not wages.")
        .reads("/costs/*/item", "/costs/*/shares/*/payer", "/costs/*/shares/*/percent", "/fundingSources/*/type",
            "/fundingSources/*/name", "/financingMechanisms/*/kind", "/stakeholders/*/name", "/stakeholders/*/type",
            "/stakeholders/*/roles")
        .check((p, c) -> {
          Set<String> contributions = new LinkedHashSet<>();
          for (CostItem item : p.costs()) {
            if (item.shareOf(Payer.EMPLOYER).signum() > 0) {
              contributions.add(item.shareOf(Payer.EMPLOYER).stripTrailingZeros().toPlainString() + " % of "
                  + item.item());
            }
          }
          p.fundingSources().stream().filter(f -> f.type() == Payer.EMPLOYER).forEach(f -> contributions.add(
              "'" + f.name() + "' (a funder)"));
          p.financingMechanisms().stream().map(FinancingMechanism::kind).filter(EMPLOYER_FINANCED::contains)
              .forEach(k -> contributions.add("a " + k));
          for (Stakeholder s : p.stakeholders()) {
            if ((s.type() == StakeholderType.EMPLOYER || s.type() == StakeholderType.EMPLOYERS_ORGANISATION)
                && s.roles().contains(StakeholderRole.FUNDER)) {
              contributions.add("'" + s.name() + "' (a funder)");
            }
          }
          if (contributions.isEmpty()) {
            c.gap("/costs", "Do employers contribute to the partnership's costs (recruitment, training, travel, in"
                + " kind, or through a levy or training fund)? Paying wages does not count.", "Record the"
                + " employers' shares of cost items, or employers as funders.");
          } else {
            c.met("/costs", "Employers contribute: " + String.join(", ", contributions) + ".");
          }
        }).build();
  }

  // --- SMP-COST-007 (merges SMP-GSP-002) ---------------------------------------------------------

  private static Rule destinationTraining() {
    return Rules.define("SMP-COST-007", COSTS, WARNING, "The destination side co-finances training in the origin",
        "When origin institutions train people for both labour markets, the guidance expects resources to flow to"
            + " the origin for that training; the Global Skill Partnership model (ch. 2, Table 1) makes destination"
            + " financing of origin training its defining feature. Destination-side money is the destination"
            + " government's, employers', a development agency or bank based in a destination, or the EU's for an"
            + " EU destination. A breach is a WARNING for a declared Global Skill Partnership and INFO otherwise.")
        .reads("/training/*/location", "/costs/*/item", "/costs/*/shares/*/payer", "/costs/*/shares/*/percent",
            "/costs/*/payments/*/payer", "/costs/*/payments/*/side", "/fundingSources/*/type",
            "/fundingSources/*/side", "/fundingSources/*/country", "/fundingSources/*/name", "/parties", "/models")
        .check((p, c) -> {
          if (p.training().isEmpty()) {
            c.gap("/training", "Does training take place in the origin, and does the destination side pay for it?",
                "Record the training components with their location, and who pays for training.");
            return;
          }
          if (!Facts.originTraining(p)) {
            c.notApplicable();
            return;
          }
          boolean gsp = p.models().contains(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP);
          List<Integer> trainingItems = new ArrayList<>();
          for (int i = 0; i < p.costs().size(); i++) {
            if (p.costs().get(i).category() == CostCategory.TRAINING) {
              trainingItems.add(i);
            }
          }
          boolean allInOrigin = p.training().stream().map(TrainingComponent::location)
              .allMatch(l -> l == TrainingLocation.ORIGIN);
          boolean originPaysAll = !trainingItems.isEmpty() && trainingItems.stream().map(p.costs()::get)
              .allMatch(ci -> !ci.shares().isEmpty() && ci.shares().stream()
                  .allMatch(s -> s.payer() == Payer.ORIGIN_GOVERNMENT || s.payer() == Payer.MIGRANT));
          List<String> destinationPayments = new ArrayList<>();
          for (int i : trainingItems) {
            CostItem item = p.costs().get(i);
            for (Payment payment : item.payments()) {
              if (destinationSide(payment)) {
                destinationPayments.add(payment.payer() + payment.side().map(x -> " (" + x + " side)").orElse("")
                    + " pays for " + item.item());
              }
            }
          }
          if (allInOrigin && originPaysAll && destinationPayments.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>();
            for (int i = 0; i < p.training().size(); i++) {
              evidence.add(Evidence.of(Finding.pointer("training", i, "location"), TrainingLocation.ORIGIN));
            }
            for (int i : trainingItems) {
              CostItem item = p.costs().get(i);
              evidence.add(Evidence.of(Finding.pointer("costs", i, "item"), item.item()));
              for (int j = 0; j < item.shares().size(); j++) {
                evidence.add(Evidence.of(Finding.pointer("costs", i, "shares", j, "payer"), item.shares().get(j)
                    .payer()));
              }
            }
            if (gsp) {
              evidence.add(Evidence.of("/models", p.models()));
            }
            c.breach(gsp ? WARNING : INFO, "/costs", "All training takes place in the origin, and its recorded"
                + " costs are paid wholly by the origin government and the migrants; the destination side pays"
                + " none of it" + (gsp ? ", although the partnership declares itself a Global Skill Partnership."
                : "."), "Agree a destination share of the training costs (government, employers or a"
                + " destination-based development agency)" + (gsp ? ", or drop the GLOBAL_SKILL_PARTNERSHIP model."
                : "."), evidence.toArray(new Evidence[0]));
            return;
          }
          List<String> payers = new ArrayList<>();
          for (int i : trainingItems) {
            CostItem item = p.costs().get(i);
            for (Payer payer : List.of(Payer.DESTINATION_GOVERNMENT, Payer.EMPLOYER)) {
              if (item.shareOf(payer).signum() > 0) {
                payers.add(payer + " pays " + item.shareOf(payer).stripTrailingZeros().toPlainString() + " % of "
                    + item.item());
              }
            }
          }
          payers.addAll(destinationPayments);
          for (FundingSource f : p.fundingSources()) {
            if (destinationSide(Facts.destinations(c), f)) {
              payers.add("'" + f.name() + "' (" + f.type() + (f.side().isPresent() ? ", " + f.side().get() + " side"
                  : f.country().map(x -> " " + x).orElse(euFunder(f) ? ", EU funds for an EU destination" : ""))
                  + ") funds the partnership");
            }
          }
          if (payers.isEmpty()) {
            c.gap("/costs", "Does the destination side (government, employers, a development agency of the"
                + " destination, EU funds for an EU destination) pay part of the training in the origin?",
                "Record the destination side's share of the training costs, or the destination-side funders.");
          } else {
            c.met("/costs", "The destination side co-finances training in the origin: " + String.join("; ", payers)
                + ".");
          }
        }).build();
  }

  // --- SMP-COST-008 ------------------------------------------------------------------------------

  private static Rule financingMechanisms() {
    return Rules.define("SMP-COST-008", COSTS, INFO, "Public funding is complemented by a financing mechanism",
        "Beyond grants, the guidance points to levies, results-based financing, public-private training funds,"
            + " concessional loans and guarantee funds to share costs and make the partnership sustainable.")
        .reads("/fundingSources/*/type", "/financingMechanisms/*/kind")
        .check((p, c) -> {
          List<String> kinds = p.financingMechanisms().stream().map(FinancingMechanism::kind)
              .filter(CO_FINANCING::contains).map(Enum::name).distinct().collect(Collectors.toList());
          if (!kinds.isEmpty()) {
            c.met("/financingMechanisms", "Financing mechanisms complement grants: " + String.join(", ", kinds)
                + ".");
          } else if (p.fundingSources().isEmpty()) {
            c.gap("/fundingSources", "Who funds the partnership, and does a financing mechanism (levy, training"
                + " fund, results-based financing, loans, guarantees) complement grants?", "Record the funders and"
                + " any financing mechanism.");
          } else if (Facts.publiclyFunded(p)) {
            c.gap("/financingMechanisms", "Is a levy, a public-private training fund, results-based financing, a"
                + " concessional loan or a guarantee fund used or planned besides public grants?", "Record the"
                + " financing mechanisms, or that none is planned in the notes.");
          } else {
            c.notApplicable();
          }
        }).build();
  }

  // --- SMP-COST-009 ------------------------------------------------------------------------------

  private static Rule costBenefit() {
    return Rules.define("SMP-COST-009", COSTS, INFO, "A cost-benefit analysis sets the price of the outcomes",
        "The guidance recommends defining the outcomes and their price, with a wider economic cost-benefit"
            + " analysis to justify public investment and to show each business its expected return (ch. 11,"
            + " recommendations; Box 32 gives Digital Explorers as an example).")
        .reads("/assessments/*/kind")
        .check((p, c) -> {
          if (p.assessments().stream().anyMatch(a -> a.kind() == AssessmentKind.COST_BENEFIT)) {
            c.met("/assessments", "A cost-benefit analysis weighs the partnership's costs against its returns.");
          } else {
            c.gap("/assessments", "Has a cost-benefit analysis weighed the costs against the expected outcomes, for"
                + " the public funders and for employers?", "Record the analysis as an assessment of kind"
                + " COST_BENEFIT.");
          }
        }).build();
  }

  // --- SMP-COST-010 ------------------------------------------------------------------------------

  private static Rule publicFunds() {
    return Rules.define("SMP-COST-010", COSTS, WARNING, "Public money does not subsidise employers' commercial aims",
        "A partnership paid for with public money needs safeguards so that it does not give participating"
            + " employers a business or cost advantage, for example by training one company's future staff at"
            + " public cost; funding agencies may have their own rules on co-financing with private actors.")
        .reads("/publicFundsSafeguarded", "/fundingSources/*/type")
        .check((p, c) -> {
          Optional<Boolean> safeguarded = p.publicFundsSafeguarded();
          if (safeguarded.equals(Optional.of(true))) {
            c.met("/publicFundsSafeguarded", "Safeguards keep public money from subsidising the commercial aims of"
                + " participating employers.");
          } else if (p.fundingSources().isEmpty()) {
            c.gap("/fundingSources", "Who funds the partnership? If public money does, what keeps it from"
                + " subsidising the commercial aims of participating employers?", "Record the funders, and"
                + " publicFundsSafeguarded.");
          } else if (!Facts.publiclyFunded(p)) {
            c.notApplicable();
          } else if (safeguarded.isPresent()) {
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidence.of("/publicFundsSafeguarded", false));
            for (int i = 0; i < p.fundingSources().size(); i++) {
              if (p.fundingSources().get(i).type().isPublic()) {
                evidence.add(Evidence.of(Finding.pointer("fundingSources", i, "type"), p.fundingSources().get(i)
                    .type()));
              }
            }
            c.breach("/publicFundsSafeguarded", "The partnership is publicly funded and records no safeguard"
                + " against public money subsidising the commercial aims of participating employers.", "Agree"
                + " safeguards: open selection of employers, employers' own share of the training of their future"
                + " staff, the funding agency's co-financing rules.", evidence.toArray(new Evidence[0]));
          } else {
            c.gap("/publicFundsSafeguarded", "What keeps the public money in the partnership from subsidising the"
                + " commercial aims of participating employers (for example training one company's future staff"
                + " at public cost)?", "Record publicFundsSafeguarded, and the safeguards in the notes.");
          }
        }).build();
  }

  // --- SMP-COST-011 ------------------------------------------------------------------------------

  private static Rule costSharingAgreed() {
    return Rules.define("SMP-COST-011", COSTS, WARNING, "The agreement sets out how costs are shared",
        "The cost-sharing model should be written, openly, into the agreement the partnership rests on (an MoU,"
            + " a bilateral or multilateral skills and labour migration agreement), with several of the actors"
            + " that benefit sharing the costs.")
        .reads("/formsOfEngagement/*/form", "/formsOfEngagement/*/costSharing")
        .check((p, c) -> {
          List<FormOfEngagement> forms = p.formsOfEngagement();
          for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i).costSharing().equals(Optional.of(true))) {
              c.met(Finding.pointer("formsOfEngagement", i, "costSharing"), "The " + forms.get(i).form() + " sets"
                  + " out how the costs are shared.");
              return;
            }
          }
          if (forms.isEmpty()) {
            c.gap("/formsOfEngagement", "Which agreement does the partnership rest on, and does it set out how the"
                + " costs are shared?", "Record the forms of engagement, with costSharing.");
          } else if (forms.stream().allMatch(f -> f.costSharing().isPresent())) {
            List<Evidence> evidence = new ArrayList<>();
            for (int i = 0; i < forms.size(); i++) {
              evidence.add(Evidence.of(Finding.pointer("formsOfEngagement", i, "form"), forms.get(i).form()));
              evidence.add(Evidence.of(Finding.pointer("formsOfEngagement", i, "costSharing"), false));
            }
            c.breach("/formsOfEngagement", "None of the recorded instruments (" + forms.stream()
                .map(f -> f.form().name()).collect(Collectors.joining(", ")) + ") sets out how the costs are"
                + " shared.", "Write the cost-sharing model into the agreement: who pays what, from when.",
                evidence.toArray(new Evidence[0]));
          } else {
            c.gap("/formsOfEngagement", "Does the agreement the partnership rests on set out how the costs are"
                + " shared?", "Record costSharing on the forms of engagement.");
          }
        }).build();
  }

  // --- SMP-COST-012 ------------------------------------------------------------------------------

  private static Rule employerPaymentTiming() {
    return Rules.define("SMP-COST-012", COSTS, INFO, "Employers know when they are asked to pay",
        "Employers asked to pay upfront for training, before they know whether the trainees will qualify and"
            + " obtain permits, carry a risk; when they pay matters for whether they share costs at all, and the"
            + " business case for each employer includes the timing of its costs.")
        .reads("/costs/*/item", "/costs/*/shares/*/payer", "/costs/*/payments/*/payer", "/costs/*/payments/*/due")
        .check((p, c) -> {
          List<String> timed = new ArrayList<>();
          boolean employerPays = false;
          for (int i = 0; i < p.costs().size(); i++) {
            CostItem item = p.costs().get(i);
            employerPays |= item.shares().stream().anyMatch(s -> s.payer() == Payer.EMPLOYER);
            for (int j = 0; j < item.payments().size(); j++) {
              Payment payment = item.payments().get(j);
              if (payment.payer() != Payer.EMPLOYER) {
                continue;
              }
              employerPays = true;
              if (payment.due().isPresent()) {
                timed.add(item.item() + " (" + payment.due().get() + ")");
              } else {
                c.gap(Finding.pointer("costs", i, "payments", j, "due"), "When does the employer pay its part of "
                    + item.item() + "?", "Record the phase in which the payment falls due.");
              }
            }
          }
          if (!timed.isEmpty()) {
            c.met("/costs", "The phase in which employers pay is recorded: " + String.join(", ", timed) + ".");
          } else if (employerPays) {
            c.gap("/costs", "When are employers asked to pay their share: upfront, before they know whether the"
                + " trainees qualify and obtain permits, or later?", "Record the employers' payments with the phase"
                + " in which each falls due.");
          } else {
            c.gap("/costs", "Do employers pay part of the costs, and when: upfront or once workers are placed?",
                "Record the employers' payments with the phase in which each falls due.");
          }
        }).build();
  }
}
