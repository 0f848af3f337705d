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
import io.github.smpkit.core.funding.PaymentMechanism;
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

  /**
   * {@link #how} followed by the start of the payment's description, when it has one and the
   * mechanism's words do not already hold it: "the part above AUD 300.00 through deductions from
   * their wages ('Seasonal workers: the employer may recover ...')".
   */
  private static String howNamed(Payment payment) {
    String how = how(payment);
    boolean described = payment.mechanism().map(m -> m == PaymentMechanism.OTHER).orElse(false);
    return described ? how : how + payment.description().map(d -> " ('" + shorten(d) + "')").orElse("");
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
    return Rules.define("SMP-COST-001", COSTS, ERROR)
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
              // several payments (PALM: seasonal and long-term workers) are told apart by their descriptions
              Messages.breach(c, at + "/payments/" + j, "payment", evidence, describe(item), borne.stream()
                  .map(payment -> borne.size() > 1 ? howNamed(payment) : how(payment))
                  .collect(Collectors.joining("; ")));
            } else if (recruitment && item.shares().isEmpty()) {
              Messages.gap(c, at + "/shares", "payer", describe(item));
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
              Messages.breach(c, at + "/shares/" + j, "share", evidence, percent(migrant.get()), describe(item));
            } else if (recruitment) {
              Messages.met(c, at + "/shares", "", describe(item), item.shares().stream()
                  .map(s -> s.payer() + " " + percent(s) + " %").collect(Collectors.joining(", ")));
            } else if (migrant.isPresent() && item.category() == CostCategory.TRAINING) {
              Messages.gap(c, at, "training", percent(migrant.get()), describe(item));
            } else if (migrant.isPresent() && item.item() == CostItemKind.OTHER) {
              Messages.gap(c, at, "other", describe(item), percent(migrant.get()));
            }
          }
          if (!recruitmentItem) {
            Messages.gap(c, "/costs", "items");
          }
        }).build();
  }

  // --- SMP-COST-002 ------------------------------------------------------------------------------

  private static Rule costStructure() {
    return Rules.define("SMP-COST-002", COSTS, WARNING)
        .source("IOM SMP Guidance 2023, ch. 11, Table 3")
        .reads("/costs/*/item", "/costs/*/description", "/costs/*/basis")
        .check((p, c) -> {
          if (p.costs().isEmpty()) {
            Messages.gap(c, "/costs", "none");
            return;
          }
          Set<CostCategory> covered = p.costs().stream().map(CostItem::category).collect(Collectors.toSet());
          List<String> missing = EnumSet.allOf(CostCategory.class).stream()
              .filter(cat -> cat.isEssential() && !covered.contains(cat)).map(Enum::name).collect(Collectors.toList());
          if (!missing.isEmpty()) {
            Messages.gap(c, "/costs", "categories", String.join(", ", missing));
          }
          for (int i = 0; i < p.costs().size(); i++) {
            if (p.costs().get(i).basis().isEmpty()) {
              Messages.gap(c, Finding.pointer("costs", i, "basis"), "basis", describe(p.costs().get(i)));
            }
          }
          if (missing.isEmpty()) {
            Messages.met(c, "/costs", "");
          }
        }).build();
  }

  // --- SMP-COST-003 ------------------------------------------------------------------------------

  private static Rule sustainability() {
    return Rules.define("SMP-COST-003", COSTS, WARNING)
        .reads("/sustainabilityPlan", "/fundingSources/*/type")
        .check((p, c) -> {
          if (p.sustainabilityPlan().isPresent()) {
            Messages.met(c, "/sustainabilityPlan", "");
          } else if (p.fundingSources().isEmpty()) {
            Messages.gap(c, "/fundingSources", "funders");
          } else if (Facts.publiclyFunded(p)) {
            Messages.gap(c, "/sustainabilityPlan", "plan");
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
    return Rules.define("SMP-COST-004", COSTS, WARNING)
        .reads("/costs/*/item", "/costs/*/shares/*/payer", "/fundingSources/*/type", "/fundingSources/*/side",
            "/fundingSources/*/country", "/fundingSources/*/name", "/parties")
        .check((p, c) -> {
          Map<String, List<String>> groups = beneficiaryPayers(p, c);
          if (groups.size() >= 2) {
            Messages.met(c, "/costs", "", groups.entrySet().stream().map(e -> e.getKey() + " ("
                + String.join(", ", e.getValue().subList(0, Math.min(2, e.getValue().size()))) + ")")
                .collect(Collectors.joining(" and ")));
          } else if (groups.isEmpty()) {
            Messages.gap(c, "/costs", "none");
          } else {
            String only = groups.keySet().iterator().next();
            Messages.gap(c, "/costs", only.startsWith("the") ? "side" : "group", only, String.join(", ",
                groups.get(only)));
          }
        }).build();
  }

  // --- SMP-COST-005 ------------------------------------------------------------------------------

  private static Rule payers() {
    return Rules.define("SMP-COST-005", COSTS, WARNING)
        .source("IOM SMP Guidance 2023, ch. 11, Table 3")
        .reads("/costs/*/item", "/costs/*/description", "/costs/*/shares")
        .check((p, c) -> {
          if (p.costs().isEmpty()) {
            Messages.gap(c, "/costs", "none");
            return;
          }
          for (int i = 0; i < p.costs().size(); i++) {
            if (p.costs().get(i).shares().isEmpty()) {
              Messages.gap(c, Finding.pointer("costs", i, "shares"), "shares", describe(p.costs().get(i)));
            }
          }
          Messages.met(c, "/costs", "");
        }).build();
  }

  // --- SMP-COST-006 ------------------------------------------------------------------------------

  private static Rule employers() {
    return Rules.define("SMP-COST-006", COSTS, WARNING)
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
            Messages.gap(c, "/costs", "");
          } else {
            Messages.met(c, "/costs", "", String.join(", ", contributions));
          }
        }).build();
  }

  // --- SMP-COST-007 (merges SMP-GSP-002) ---------------------------------------------------------

  private static Rule destinationTraining() {
    return Rules.define("SMP-COST-007", COSTS, WARNING)
        .reads("/training/*/location", "/costs/*/item", "/costs/*/shares/*/payer", "/costs/*/shares/*/percent",
            "/costs/*/payments/*/payer", "/costs/*/payments/*/side", "/fundingSources/*/type",
            "/fundingSources/*/side", "/fundingSources/*/country", "/fundingSources/*/name", "/parties", "/models")
        .check((p, c) -> {
          if (p.training().isEmpty()) {
            Messages.gap(c, "/training", "training");
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
            Messages.breach(c, gsp ? WARNING : INFO, "/costs", gsp ? "gsp" : "origin", evidence);
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
            Messages.gap(c, "/costs", "share");
          } else {
            Messages.met(c, "/costs", "", String.join("; ", payers));
          }
        }).build();
  }

  // --- SMP-COST-008 ------------------------------------------------------------------------------

  private static Rule financingMechanisms() {
    return Rules.define("SMP-COST-008", COSTS, INFO)
        .reads("/fundingSources/*/type", "/financingMechanisms/*/kind")
        .check((p, c) -> {
          Set<String> kinds = new LinkedHashSet<>();
          for (FinancingMechanism mechanism : p.financingMechanisms()) {
            if (CO_FINANCING.contains(mechanism.kind())) {
              kinds.add(mechanism.kind().name());
            }
          }
          if (!kinds.isEmpty()) {
            Messages.met(c, "/financingMechanisms", "", String.join(", ", kinds));
          } else if (p.fundingSources().isEmpty()) {
            Messages.gap(c, "/fundingSources", "funders");
          } else if (Facts.publiclyFunded(p)) {
            Messages.gap(c, "/financingMechanisms", "mechanism");
          } else {
            c.notApplicable();
          }
        }).build();
  }

  // --- SMP-COST-009 ------------------------------------------------------------------------------

  private static Rule costBenefit() {
    return Rules.define("SMP-COST-009", COSTS, INFO)
        .reads("/assessments/*/kind")
        .check((p, c) -> {
          if (p.assessments().stream().anyMatch(a -> a.kind() == AssessmentKind.COST_BENEFIT)) {
            Messages.met(c, "/assessments", "");
          } else {
            Messages.gap(c, "/assessments", "");
          }
        }).build();
  }

  // --- SMP-COST-010 ------------------------------------------------------------------------------

  private static Rule publicFunds() {
    return Rules.define("SMP-COST-010", COSTS, WARNING)
        .reads("/publicFundsSafeguarded", "/fundingSources/*/type")
        .check((p, c) -> {
          Optional<Boolean> safeguarded = p.publicFundsSafeguarded();
          if (safeguarded.equals(Optional.of(true))) {
            Messages.met(c, "/publicFundsSafeguarded", "");
          } else if (p.fundingSources().isEmpty()) {
            Messages.gap(c, "/fundingSources", "funders");
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
            Messages.breach(c, "/publicFundsSafeguarded", "", evidence);
          } else {
            Messages.gap(c, "/publicFundsSafeguarded", "safeguards");
          }
        }).build();
  }

  // --- SMP-COST-011 ------------------------------------------------------------------------------

  private static Rule costSharingAgreed() {
    return Rules.define("SMP-COST-011", COSTS, WARNING)
        .reads("/formsOfEngagement/*/form", "/formsOfEngagement/*/costSharing")
        .check((p, c) -> {
          List<FormOfEngagement> forms = p.formsOfEngagement();
          for (int i = 0; i < forms.size(); i++) {
            if (forms.get(i).costSharing().equals(Optional.of(true))) {
              Messages.met(c, Finding.pointer("formsOfEngagement", i, "costSharing"), "", forms.get(i).form());
              return;
            }
          }
          if (forms.isEmpty()) {
            Messages.gap(c, "/formsOfEngagement", "none");
          } else if (forms.stream().allMatch(f -> f.costSharing().isPresent())) {
            List<Evidence> evidence = new ArrayList<>();
            for (int i = 0; i < forms.size(); i++) {
              evidence.add(Evidence.of(Finding.pointer("formsOfEngagement", i, "form"), forms.get(i).form()));
              evidence.add(Evidence.of(Finding.pointer("formsOfEngagement", i, "costSharing"), false));
            }
            Messages.breach(c, "/formsOfEngagement", "", evidence, forms.stream()
                .map(f -> f.form().name()).collect(Collectors.joining(", ")));
          } else {
            Messages.gap(c, "/formsOfEngagement", "unknown");
          }
        }).build();
  }

  // --- SMP-COST-012 ------------------------------------------------------------------------------

  private static Rule employerPaymentTiming() {
    return Rules.define("SMP-COST-012", COSTS, INFO)
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
                Messages.gap(c, Finding.pointer("costs", i, "payments", j, "due"), "due", item.item());
              }
            }
          }
          if (!timed.isEmpty()) {
            Messages.met(c, "/costs", "", String.join(", ", timed));
          } else if (employerPays) {
            Messages.gap(c, "/costs", "timing");
          } else {
            Messages.gap(c, "/costs", "employers");
          }
        }).build();
  }
}
