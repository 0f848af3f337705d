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
import io.github.smpkit.core.evidence.ImpactCategory;
import io.github.smpkit.core.evidence.Indicator;
import io.github.smpkit.core.evidence.MeasurementPoint;
import io.github.smpkit.core.evidence.MonitoringFramework;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
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
        systemIndicators(), evaluated(), participants(), matchingProcess());
  }

  private static Rule needsAssessed() {
    return Rules.define("SMP-DATA-001", EVIDENCE, WARNING, "Labour-market and skills needs were assessed on both"
            + " sides",
        "Partners, sectors and skill levels should rest on an assessment of labour-market and skills needs in"
            + " both the origin and the destination, best carried out jointly and with employers.")
        .reads("/assessments/*/kind", "/assessments/*/scope")
        .check((p, c) -> {
          List<Assessment> needs = p.assessments().stream().filter(a -> a.kind() == AssessmentKind.LABOUR_MARKET_NEEDS
              || a.kind() == AssessmentKind.SKILLS_NEEDS).collect(Collectors.toList());
          Set<AssessmentScope> scopes = needs.stream().map(Assessment::scope)
              .collect(Collectors.toCollection(() -> EnumSet.noneOf(AssessmentScope.class)));
          if (scopes.contains(AssessmentScope.JOINT)) {
            c.met("/assessments", "Needs were assessed jointly by origin and destination.");
          } else if (scopes.contains(AssessmentScope.ORIGIN) && scopes.contains(AssessmentScope.DESTINATION)) {
            c.met("/assessments", "Needs were assessed in both the origin and the destination.");
          } else if (needs.isEmpty()) {
            c.gap("/assessments", "Which labour-market or skills needs assessments informed the design, in the"
                + " origin and in the destination?", "Record them as assessments, with the side each covers"
                + " (a joint one is best).");
          } else {
            String other = scopes.contains(AssessmentScope.ORIGIN) ? "destination" : "origin";
            c.gap("/assessments", "Needs were assessed in the " + (other.equals("origin") ? "destination" : "origin")
                + "; were they assessed in the " + other + " too?", "Record the " + other + "-side (or a joint)"
                + " needs assessment.");
          }
        }).build();
  }

  private static Rule dataSources() {
    return Rules.define("SMP-DATA-002", EVIDENCE, WARNING, "The data sources used are mapped",
        "Map the data and information the partnership needs, the sources it draws on (statistics, administrative"
            + " data, employer surveys, forecasts) and the gaps.")
        .reads("/dataSources/*/kind")
        .check((p, c) -> {
          if (p.dataSources().isEmpty()) {
            c.gap("/dataSources", "Which data informed the design, and where are the gaps?",
                "Record the data sources (labour force survey, administrative data, employer survey, forecast).");
          } else {
            c.met("/dataSources", "The design draws on " + p.dataSources().stream().map(DataSource::kind)
                .distinct().map(EvidenceRules::words).collect(Collectors.joining(", ")) + ".");
          }
        }).build();
  }

  private static Rule indicators() {
    return Rules.define("SMP-DATA-003", EVIDENCE, WARNING, "A monitoring, evaluation and learning framework has"
            + " indicators",
        "Specific, measurable indicators derived from the objectives show the impact and allow corrections on"
            + " the way.")
        .source("IOM SMP Guidance 2023, ch. 5, Box 14")
        .reads("/monitoring/indicators")
        .check((p, c) -> {
          List<Indicator> indicators = p.monitoring().map(MonitoringFramework::indicators).orElse(List.of());
          if (indicators.isEmpty()) {
            c.gap(p.monitoring().isEmpty() ? "/monitoring" : "/monitoring/indicators", "How is the partnership"
                + " monitored: with which indicators?", "Record the monitoring framework with a small set of"
                + " indicators derived from the objectives.");
          } else {
            c.met("/monitoring/indicators", indicators.size() + " monitoring indicator" + (indicators.size() == 1
                ? " is" : "s are") + " defined.");
          }
        }).build();
  }

  private static Rule measurementPoints() {
    return Rules.define("SMP-DATA-004", EVIDENCE, WARNING, "Indicators follow participants from a baseline into"
            + " employment or after return",
        "Data are best collected at several points: before training (a baseline), at its end, and later during"
            + " employment or, for time-limited migration, after return. This rule is about monitoring; support"
            + " for returnees is SMP-SOC-001.")
        .source("IOM SMP Guidance 2023, ch. 5, Box 14")
        .reads("/monitoring/indicators/*/measurementPoints", "/migrationTypes")
        .check((p, c) -> {
          Optional<MonitoringFramework> m = p.monitoring().filter(f -> !f.indicators().isEmpty());
          if (m.isEmpty()) {
            c.gap("/monitoring/indicators", "When are outcomes measured: before training, during employment,"
                + " after return?", "Record the indicators with their measurement points.");
            return;
          }
          String at = "/monitoring/indicators";
          point(c, m.get(), MeasurementPoint.BEFORE_TRAINING, "Is a baseline measured before training starts?",
              "Add the measurement point BEFORE_TRAINING to the indicators measured then.");
          boolean afterReturn = m.get().measuresAt(MeasurementPoint.AFTER_RETURN);
          if (m.get().measuresAt(MeasurementPoint.DURING_EMPLOYMENT) || afterReturn) {
            c.met(at, "Indicators follow participants " + (afterReturn ? "after return." : "during employment."));
          } else {
            c.gap(at, "Are participants followed after training, during employment or after return?",
                "Add the measurement points DURING_EMPLOYMENT or AFTER_RETURN (for example a tracer study a year"
                    + " later).");
          }
          if (!afterReturn) {
            if (Facts.temporary(p)) {
              c.gap(at, "Migration is temporary: are returnees followed after they come home?",
                  "Add the measurement point AFTER_RETURN, for example a tracer study a year after return.");
            } else if (p.migrationTypes().isEmpty()) {
              c.gap("/migrationTypes", "Is migration temporary, and if so, are returnees followed after they"
                  + " come home?", "Record the migration types, and AFTER_RETURN where returnees are followed.");
            }
          }
        }).build();
  }

  private static void point(RuleContext c, MonitoringFramework m, MeasurementPoint point, String question,
      String hint) {
    if (m.measuresAt(point)) {
      c.met("/monitoring/indicators", "Some indicator is measured " + words(point) + ".");
    } else {
      c.gap("/monitoring/indicators", question, hint);
    }
  }

  private static Rule sexDisaggregated() {
    return Rules.define("SMP-DATA-005", EVIDENCE, WARNING, "Indicators about people are broken down by sex",
        "Labour migration data should be disaggregated by sex, so that the scheme's different effects on women"
            + " and men show when outcomes are evaluated.")
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
              c.met(at, "'" + indicator.name() + "' is broken down by sex.");
              return;
            }
            if (indicator.sexDisaggregated().isPresent()) {
              no.add(Evidence.of("/monitoring/indicators/" + i + "/category", indicator.category()));
              no.add(Evidence.of(at, false));
            }
          }
          if (people == 0) {
            c.gap("/monitoring/indicators", "Which indicators count participants, and are they broken down by"
                + " sex?", "Record the participant indicators (trained, placed, migrated, earnings) and whether"
                + " each is disaggregated by sex.");
          } else if (no.size() / 2 < people) {
            c.gap("/monitoring/indicators", "Are the indicators about participants broken down by sex?",
                "Record for each indicator whether it is disaggregated by sex (true or false).");
          } else {
            c.breach("/monitoring/indicators", "None of the " + people + " indicators about participants is broken"
                + " down by sex.", "Disaggregate participant indicators (trained, placed, migrated, returned,"
                + " earnings) by sex.", no.toArray(new Evidence[0]));
          }
        }).build();
  }

  private static Rule systemIndicators() {
    return Rules.define("SMP-DATA-006", EVIDENCE, INFO, "Indicators cover economies, systems or businesses, not"
            + " only individuals",
        "Indicators should capture effects on economic development, on training and migration systems and on"
            + " businesses, not only on participants; few past schemes did.")
        .source("IOM SMP Guidance 2023, ch. 5, Box 14")
        .reads("/monitoring/indicators/*/category", "/monitoring/indicators/*/name")
        .check((p, c) -> {
          List<Indicator> indicators = p.monitoring().map(MonitoringFramework::indicators).orElse(List.of());
          for (int i = 0; i < indicators.size(); i++) {
            if (BEYOND_INDIVIDUALS.contains(indicators.get(i).category())) {
              c.met("/monitoring/indicators/" + i + "/category", "'" + indicators.get(i).name() + "' tracks "
                  + words(indicators.get(i).category()) + ".");
              return;
            }
          }
          c.gap("/monitoring/indicators", "How does the partnership track its effects on economic development,"
              + " training or migration systems, or businesses?", "Add an indicator of category"
              + " ECONOMIC_DEVELOPMENT, SYSTEMS or BUSINESSES.");
        }).build();
  }

  private static Rule evaluated() {
    return Rules.define("SMP-DATA-007", EVIDENCE, WARNING, "A finished or scaled-up scheme has been evaluated",
        "Few skills and mobility schemes have been evaluated in depth; evaluations should inform new and"
            + " scaled-up schemes.")
        .source("IOM SMP Guidance 2023, ch. 5, Box 14")
        .reads("/status", "/monitoring/evaluations")
        .check((p, c) -> {
          if (!FINISHED_OR_SCALING.contains(p.status())) {
            c.notApplicable();
            return;
          }
          Set<?> evaluations = p.monitoring().map(MonitoringFramework::evaluations).orElse(Set.of());
          if (evaluations.isEmpty()) {
            c.gap("/monitoring/evaluations", "The scheme is " + words(p.status()) + ": which evaluation (mid-term,"
                + " final, impact) was carried out or is planned?", "Record the evaluations.");
          } else {
            c.met("/monitoring/evaluations", "Evaluations are recorded: " + evaluations.stream().map(String::valueOf)
                .map(s -> s.toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", ")) + ".");
          }
        }).build();
  }

  private static Rule participants() {
    return Rules.define("SMP-DATA-008", EVIDENCE, WARNING, "A scheme that has run reports its actual participant"
            + " numbers",
        "Once a scheme runs, how many people were actually selected, trained, placed, migrated and returned"
            + " should be reported, apart from the plans, as the outputs its monitoring tracks. Figures that"
            + " seem to contradict each other are an open question about the record.")
        .source("IOM SMP Guidance 2023, ch. 5, Box 14")
        .reads("/status", "/participants")
        .check((p, c) -> {
          if (!p.status().hasRun()) {
            c.notApplicable();
            return;
          }
          long actual = p.participants().stream().filter(f -> f.actual().isPresent()).count();
          if (actual > 0) {
            c.met("/participants", actual + " actual participant figure" + (actual == 1 ? " is" : "s are")
                + " reported.");
          } else {
            c.gap("/participants", "How many people were actually selected, trained, migrated and returned so"
                + " far?", p.participants().isEmpty() ? "Record the actual figures (bounds are fine) with their"
                + " source." : "Only planned figures are recorded: add the actual ones (bounds are fine).");
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
          c.gap("/participants/" + i + "/actual", "More people are recorded as " + words(later) + " (" + more
              + ") than as " + words(earlier) + " (" + fewer + "); which figure is right?",
              "Correct one of the figures, or say in the notes what each counts.");
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
    return Rules.define("SMP-DATA-009", EVIDENCE, WARNING, "The skills-matching process is defined, with who runs it",
        "Matching skills supply with employers' demand is complex; the partnership should define its matching"
            + " process and give institutions or agencies in the countries involved their roles in it.")
        .reads("/procedures/*/kind", "/procedures/*/responsible")
        .check((p, c) -> {
          List<Procedure> procedures = p.procedures();
          int unassigned = -1;
          for (int i = 0; i < procedures.size(); i++) {
            if (procedures.get(i).kind() != ProcedureKind.JOB_MATCHING) {
              continue;
            }
            if (procedures.get(i).responsible().isPresent()) {
              c.met("/procedures/" + i, "Job matching is a defined procedure, run by "
                  + procedures.get(i).responsible().get() + ".");
              return;
            }
            unassigned = unassigned < 0 ? i : unassigned;
          }
          if (unassigned >= 0) {
            c.gap("/procedures/" + unassigned + "/responsible", "Who runs the matching of workers with jobs and"
                + " employers?", "Name the responsible institution or agency of the job-matching procedure.");
          } else {
            c.gap("/procedures", "How are workers matched with jobs and employers, and which institution or agency"
                + " does it?", "Record the matching process as a procedure of kind JOB_MATCHING, with who is"
                + " responsible.");
          }
        }).build();
  }

  private static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
