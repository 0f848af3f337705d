package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.EVIDENCE;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.evidence.Assessment;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.evidence.AssessmentScope;
import io.github.smpkit.core.evidence.DataSource;
import io.github.smpkit.core.evidence.DataSourceKind;
import io.github.smpkit.core.evidence.ImpactCategory;
import io.github.smpkit.core.evidence.Indicator;
import io.github.smpkit.core.evidence.MeasurementPoint;
import io.github.smpkit.core.evidence.MonitoringFramework;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
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
import java.util.stream.Collectors;

/** Rules of element 3, data and information for evidence-based design (IOM SMP Guidance 2023, ch. 5). */
final class EvidenceRules {

  private static final Set<PartnershipStatus> FINISHED_OR_SCALING = EnumSet.of(PartnershipStatus.COMPLETED,
      PartnershipStatus.DISCONTINUED, PartnershipStatus.SCALING_UP);
  /** Impact categories that count people, whose data can be broken down by sex (ch. 5, Box 14). */
  private static final Set<ImpactCategory> PEOPLE = EnumSet.of(ImpactCategory.EARNINGS_AND_REMITTANCES,
      ImpactCategory.SKILLS, ImpactCategory.SATISFACTION, ImpactCategory.OUTPUTS);
  /** Impact categories beyond the individual: economies, systems and businesses (ch. 5, Box 14). */
  private static final Set<ImpactCategory> BEYOND_INDIVIDUALS = EnumSet.of(ImpactCategory.ECONOMIC_DEVELOPMENT,
      ImpactCategory.SYSTEMS, ImpactCategory.BUSINESSES);

  private EvidenceRules() {
  }

  static List<Rule> rules() {
    return List.of(needsAssessed(), dataSources(), indicators(), measurementPoints(), sexDisaggregated(),
        systemIndicators(), evaluated(), participants(), matchingProcess(), labourMarketInformation(),
        socialPartnersOnSkillNeeds());
  }

  private static Rule needsAssessed() {
    return Rules.define("SMP-DATA-001", EVIDENCE, WARNING)
        .reads("/assessments/*/kind", "/assessments/*/scope")
        .check((p, c) -> {
          boolean anyNeeds = false;
          Set<AssessmentScope> scopes = EnumSet.noneOf(AssessmentScope.class);
          for (Assessment a : p.assessments()) {
            if (a.kind() == AssessmentKind.LABOUR_MARKET_NEEDS || a.kind() == AssessmentKind.SKILLS_NEEDS) {
              anyNeeds = true;
              scopes.add(a.scope());
            }
          }
          if (scopes.contains(AssessmentScope.JOINT)) {
            Messages.met(c, "/assessments", "joint");
          } else if (scopes.contains(AssessmentScope.ORIGIN) && scopes.contains(AssessmentScope.DESTINATION)) {
            Messages.met(c, "/assessments", "both");
          } else if (!anyNeeds) {
            Messages.gap(c, "/assessments", "none");
          } else {
            Messages.gap(c, "/assessments", scopes.contains(AssessmentScope.ORIGIN) ? "destination" : "origin");
          }
        }).build();
  }

  private static Rule dataSources() {
    return Rules.define("SMP-DATA-002", EVIDENCE, WARNING)
        .reads("/dataSources/*/kind")
        .check((p, c) -> {
          if (p.dataSources().isEmpty()) {
            Messages.gap(c, "/dataSources", "");
          } else {
            Messages.met(c, "/dataSources", "", p.dataSources().stream().map(DataSource::kind)
                .distinct().map(Messages::words).collect(Collectors.joining(", ")));
          }
        }).build();
  }

  private static Rule indicators() {
    return Rules.define("SMP-DATA-003", EVIDENCE, WARNING)
        .source("IOM SMP Guidance 2023, ch. 5, Box 14")
        .reads("/monitoring/indicators")
        .check((p, c) -> {
          List<Indicator> indicators = p.monitoring().map(MonitoringFramework::indicators).orElse(List.of());
          if (indicators.isEmpty()) {
            Messages.gap(c, p.monitoring().isEmpty() ? "/monitoring" : "/monitoring/indicators", "");
          } else {
            Messages.met(c, "/monitoring/indicators", "", indicators.size());
          }
        }).build();
  }

  private static Rule measurementPoints() {
    return Rules.define("SMP-DATA-004", EVIDENCE, WARNING)
        .source("IOM SMP Guidance 2023, ch. 5, Box 14")
        .reads("/monitoring/indicators/*/measurementPoints", "/migrationTypes")
        .check((p, c) -> {
          Optional<MonitoringFramework> m = p.monitoring().filter(f -> !f.indicators().isEmpty());
          if (m.isEmpty()) {
            Messages.gap(c, "/monitoring/indicators", "none");
            return;
          }
          String at = "/monitoring/indicators";
          if (m.get().measuresAt(MeasurementPoint.BEFORE_TRAINING)) {
            Messages.met(c, at, "baseline");
          } else {
            Messages.gap(c, at, "baseline");
          }
          boolean afterReturn = m.get().measuresAt(MeasurementPoint.AFTER_RETURN);
          if (m.get().measuresAt(MeasurementPoint.DURING_EMPLOYMENT) || afterReturn) {
            Messages.met(c, at, afterReturn ? "return" : "employment");
          } else {
            Messages.gap(c, at, "followed");
          }
          if (!afterReturn) {
            if (Facts.temporary(p)) {
              Messages.gap(c, at, "return");
            } else if (p.migrationTypes().isEmpty()) {
              Messages.gap(c, "/migrationTypes", "temporary");
            }
          }
        }).build();
  }

  private static Rule sexDisaggregated() {
    return Rules.define("SMP-DATA-005", EVIDENCE, WARNING)
        .chapter(9)
        .reads("/monitoring/indicators/*/category", "/monitoring/indicators/*/sexDisaggregated",
            "/monitoring/indicators/*/name")
        .check((p, c) -> {
          List<Indicator> indicators = p.monitoring().map(MonitoringFramework::indicators).orElse(List.of());
          List<Evidence> no = new ArrayList<>();
          int people = 0;
          for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (!PEOPLE.contains(indicator.category())) {
              continue;
            }
            people++;
            String at = "/monitoring/indicators/" + i + "/sexDisaggregated";
            if (indicator.sexDisaggregated().equals(Optional.of(true))) {
              Messages.met(c, at, "", indicator.name());
              return;
            }
            if (indicator.sexDisaggregated().isPresent()) {
              no.add(Evidence.of("/monitoring/indicators/" + i + "/category", indicator.category()));
              no.add(Evidence.of(at, false));
            }
          }
          if (people == 0) {
            Messages.gap(c, "/monitoring/indicators", "none");
          } else if (no.size() / 2 < people) {
            Messages.gap(c, "/monitoring/indicators", "unknown");
          } else {
            Messages.breach(c, "/monitoring/indicators", "", no, people);
          }
        }).build();
  }

  private static Rule systemIndicators() {
    return Rules.define("SMP-DATA-006", EVIDENCE, INFO)
        .source("IOM SMP Guidance 2023, ch. 5, Box 14")
        .reads("/monitoring/indicators/*/category", "/monitoring/indicators/*/name")
        .check((p, c) -> {
          List<Indicator> indicators = p.monitoring().map(MonitoringFramework::indicators).orElse(List.of());
          for (int i = 0; i < indicators.size(); i++) {
            if (BEYOND_INDIVIDUALS.contains(indicators.get(i).category())) {
              Messages.met(c, "/monitoring/indicators/" + i + "/category", "", indicators.get(i).name(),
                  Messages.words(indicators.get(i).category()));
              return;
            }
          }
          Messages.gap(c, "/monitoring/indicators", "");
        }).build();
  }

  private static Rule evaluated() {
    return Rules.define("SMP-DATA-007", EVIDENCE, WARNING)
        .source("IOM SMP Guidance 2023, ch. 5, Box 14")
        .reads("/status", "/monitoring/evaluations")
        .check((p, c) -> {
          if (!FINISHED_OR_SCALING.contains(p.status())) {
            c.notApplicable();
            return;
          }
          Set<?> evaluations = p.monitoring().map(MonitoringFramework::evaluations).orElse(Set.of());
          if (evaluations.isEmpty()) {
            Messages.gap(c, "/monitoring/evaluations", "", Messages.words(p.status()));
          } else {
            Messages.met(c, "/monitoring/evaluations", "", evaluations.stream().map(String::valueOf)
                .map(s -> s.toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", ")));
          }
        }).build();
  }

  private static Rule participants() {
    return Rules.define("SMP-DATA-008", EVIDENCE, WARNING)
        .source("IOM SMP Guidance 2023, ch. 5, Box 14")
        .reads("/status", "/participants")
        .check((p, c) -> {
          if (!p.status().hasRun()) {
            c.notApplicable();
            return;
          }
          long actual = p.participants().stream().filter(f -> f.actual().isPresent()).count();
          if (actual > 0) {
            Messages.met(c, "/participants", "", actual);
          } else {
            Messages.gap(c, "/participants", p.participants().isEmpty() ? "none" : "planned");
          }
          consistent(p, c, FigureKind.MIGRATED, FigureKind.SELECTED);
          consistent(p, c, FigureKind.RETURNED, FigureKind.MIGRATED);
          consistent(p, c, FigureKind.CERTIFIED, FigureKind.TRAINED);
        }).build();
  }

  /**
   * An open question when the actual total of {@code later} surely exceeds that of {@code earlier} on one date
   * (estimates such as "about 100" are not compared).
   */
  private static void consistent(Partnership p, RuleContext c, FigureKind later, FigureKind earlier) {
    List<ParticipantFigure> figures = p.participants();
    for (int i = 0; i < figures.size(); i++) {
      ParticipantFigure a = figures.get(i);
      if (a.kind() != later || !total(a)) {
        continue;
      }
      for (ParticipantFigure b : figures) {
        if (b.kind() != earlier || !total(b) || !b.asOf().equals(a.asOf())) {
          continue;
        }
        Count more = a.actual().get();
        Count fewer = b.actual().get();
        if (!more.isApproximate() && !fewer.isApproximate() && fewer.upper().isPresent()
            && more.lower() > fewer.upper().get()) {
          Messages.gap(c, "/participants/" + i + "/actual", "figures", Messages.words(later), more, Messages.words(earlier), fewer);
          return;
        }
      }
    }
  }

  /** A total figure: actual, for everyone (not women only, not one track or country). */
  private static boolean total(ParticipantFigure f) {
    return f.actual().isPresent() && !f.womenOnly() && f.track().isEmpty() && f.country().isEmpty();
  }

  private static Rule matchingProcess() {
    return Rules.define("SMP-DATA-009", EVIDENCE, WARNING)
        .reads("/procedures/*/kind", "/procedures/*/responsible")
        .check((p, c) -> {
          List<Procedure> procedures = p.procedures();
          int unassigned = -1;
          for (int i = 0; i < procedures.size(); i++) {
            if (procedures.get(i).kind() != ProcedureKind.JOB_MATCHING) {
              continue;
            }
            if (procedures.get(i).responsible().isPresent()) {
              Messages.met(c, "/procedures/" + i, "", procedures.get(i).responsible().get());
              return;
            }
            unassigned = unassigned < 0 ? i : unassigned;
          }
          if (unassigned >= 0) {
            Messages.gap(c, "/procedures/" + unassigned + "/responsible", "responsible");
          } else {
            Messages.gap(c, "/procedures", "none");
          }
        }).build();
  }

  // --- SMP-DATA-010 ------------------------------------------------------------------------------

  private static Rule labourMarketInformation() {
    return Rules.define("SMP-DATA-010", EVIDENCE, WARNING)
        .reads("/dataSources/*/kind", "/dataSources/*/includesLabourMigration")
        .check((p, c) -> {
          List<Integer> systems = new ArrayList<>();
          for (int i = 0; i < p.dataSources().size(); i++) {
            DataSource d = p.dataSources().get(i);
            if (d.kind() != DataSourceKind.LABOUR_MARKET_INFORMATION_SYSTEM) {
              continue;
            }
            if (d.includesLabourMigration().equals(Optional.of(true))) {
              Messages.met(c, "/dataSources/" + i, "");
              return;
            }
            systems.add(i);
          }
          if (!systems.isEmpty() && systems.stream().allMatch(i -> p.dataSources().get(i).includesLabourMigration()
              .isPresent())) {
            List<Evidence> evidence = new ArrayList<>();
            for (int i : systems) {
              evidence.add(Evidence.of("/dataSources/" + i + "/kind", DataSourceKind.LABOUR_MARKET_INFORMATION_SYSTEM));
              evidence.add(Evidence.of("/dataSources/" + i + "/includesLabourMigration", false));
            }
            Messages.breach(c, "/dataSources", "", evidence, systems.size());
          } else {
            Messages.gap(c, "/dataSources", "");
          }
        }).build();
  }

  // --- SMP-DATA-011 ------------------------------------------------------------------------------

  /** Social partners in the ILO's sense: employers' and workers' organisations. */
  private static final Set<StakeholderType> SOCIAL_PARTNERS = EnumSet.of(StakeholderType.EMPLOYERS_ORGANISATION,
      StakeholderType.TRADE_UNION);

  private static Rule socialPartnersOnSkillNeeds() {
    return Rules.define("SMP-DATA-011", EVIDENCE, WARNING)
        .chapter(10).source("IOM SMP Guidance 2023, ch. 10, Box 27; ch. 5")
        .reads("/stakeholders/*/type", "/stakeholders/*/roles", "/stakeholders/*/name")
        .check((p, c) -> {
          for (int i = 0; i < p.stakeholders().size(); i++) {
            Stakeholder s = p.stakeholders().get(i);
            if (SOCIAL_PARTNERS.contains(s.type()) && s.roles().contains(StakeholderRole.SKILL_NEEDS_IDENTIFICATION)) {
              Messages.met(c, "/stakeholders/" + i, "", s.name(), Messages.words(s.type()));
              return;
            }
          }
          Messages.gap(c, "/stakeholders", "");
        }).build();
  }
}
