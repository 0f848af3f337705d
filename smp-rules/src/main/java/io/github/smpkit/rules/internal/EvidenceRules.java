package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.EVIDENCE;
import static io.github.smpkit.rules.Severity.ERROR;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;
import static io.github.smpkit.rules.internal.Rules.rule;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.evidence.Assessment;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.evidence.AssessmentScope;
import io.github.smpkit.core.evidence.ImpactCategory;
import io.github.smpkit.core.evidence.Indicator;
import io.github.smpkit.core.evidence.MeasurementPoint;
import io.github.smpkit.core.evidence.MonitoringFramework;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.rules.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules of element 3, data and information for evidence-based design (IOM SMP Guidance 2023, ch. 5). */
final class EvidenceRules {

  private static final Set<PartnershipStatus> FINISHED_OR_SCALING = EnumSet.of(PartnershipStatus.COMPLETED,
      PartnershipStatus.DISCONTINUED, PartnershipStatus.SCALING_UP);
  private static final Set<PartnershipStatus> RUNNING_OR_RUN = EnumSet.of(PartnershipStatus.ACTIVE,
      PartnershipStatus.SCALING_UP, PartnershipStatus.COMPLETED, PartnershipStatus.DISCONTINUED);

  private EvidenceRules() {
  }

  static List<Rule> rules() {
    return List.of(
        Rules.notDescribed("SMP-DATA-000", EVIDENCE, "the assessments, data or monitoring behind its design",
            "Record the needs assessments and data sources used and the monitoring framework."),
        rule("SMP-DATA-001", EVIDENCE, WARNING, 5, "Labour-market and skills needs were assessed on both sides",
            "Partners, sectors and skill levels should rest on an analysis of needs in both countries, ideally a"
                + " joint one with employers.",
            (p, c) -> {
              List<Assessment> needs = p.assessments().stream().filter(a -> a.kind() == AssessmentKind.LABOUR_MARKET_NEEDS
                  || a.kind() == AssessmentKind.SKILLS_NEEDS).collect(Collectors.toList());
              if (needs.isEmpty()) {
                c.report("/assessments", "No labour-market or skills needs assessment is recorded.",
                    "Record the needs assessments used, covering both countries; a joint one is best.");
                return;
              }
              Set<AssessmentScope> scopes = needs.stream().map(Assessment::scope).collect(Collectors.toSet());
              if (!scopes.contains(AssessmentScope.JOINT)
                  && !(scopes.contains(AssessmentScope.ORIGIN) && scopes.contains(AssessmentScope.DESTINATION))) {
                c.report(INFO, "/assessments", "Needs were assessed in the country of " + (scopes.contains(
                    AssessmentScope.ORIGIN) ? "origin" : "destination") + " only.",
                    "Assess needs on the other side too, or jointly.");
              }
            }),
        rule("SMP-DATA-002", EVIDENCE, WARNING, 5, "The data sources used are named",
            "Say which statistics, administrative data, surveys or forecasts informed the design, and where the"
                + " gaps are.",
            (p, c) -> {
              if (p.dataSources().isEmpty()) {
                c.report(p.status() == PartnershipStatus.PLANNED ? INFO : WARNING, "/dataSources",
                    "The description does not say which data informed the design.",
                    "List the data sources (labour force survey, administrative data, employer survey, forecast).");
              }
            }),
        rule("SMP-DATA-003", EVIDENCE, WARNING, 5, "A monitoring, evaluation and learning framework has indicators",
            "Measurable indicators, derived from the objectives, show impact and allow corrections on the way.",
            (p, c) -> {
              if (p.monitoring().map(m -> m.indicators().isEmpty()).orElse(true)) {
                c.report(p.monitoring().isEmpty() ? "/monitoring" : "/monitoring/indicators",
                    "No monitoring indicators are defined.", "Define a small set of indicators derived from the"
                    + " objectives, with the points at which they are measured.");
              }
            }),
        rule("SMP-DATA-004", EVIDENCE, WARNING, 5, "Outcomes are measured during employment or after return",
            "Data should be collected at several points, following people into their jobs and, for temporary"
                + " schemes, after they come home.",
            (p, c) -> {
              Optional<MonitoringFramework> m = p.monitoring().filter(f -> !f.indicators().isEmpty());
              if (m.isEmpty()) {
                return;
              }
              if (!m.get().measuresAt(MeasurementPoint.DURING_EMPLOYMENT) && !m.get().measuresAt(MeasurementPoint.AFTER_RETURN)) {
                c.report("/monitoring/indicators", "Indicators stop at the end of training: nothing is measured"
                    + " during employment or after return.", "Add measurement points during employment and"
                    + " after return (for example a tracer study a year later).");
              } else if (Facts.temporary(p) && !m.get().measuresAt(MeasurementPoint.AFTER_RETURN)) {
                c.report("/monitoring/indicators", "Migration is temporary, but no indicator is measured after"
                    + " return.", "Follow returnees, for example with a tracer study.");
              }
              if (!m.get().measuresAt(MeasurementPoint.BEFORE_TRAINING)) {
                c.report(INFO, "/monitoring/indicators", "No indicator is measured before training, so there is no"
                    + " baseline.", "Measure a baseline before training starts.");
              }
            }),
        rule("SMP-DATA-005", EVIDENCE, WARNING, 5, "Indicators are broken down by sex",
            "Results should be disaggregated by sex so that gaps between women and men show.",
            (p, c) -> {
              List<Indicator> indicators = p.monitoring().map(MonitoringFramework::indicators).orElse(List.of());
              if (!indicators.isEmpty() && indicators.stream().noneMatch(i -> i.sexDisaggregated().orElse(false))) {
                c.report("/monitoring/indicators", "None of the indicators is broken down by sex.",
                    "Disaggregate participant indicators (trained, placed, migrated, returned, earnings) by sex.");
              }
            }),
        rule("SMP-DATA-006", EVIDENCE, INFO, 5, "Indicators cover systems and economies, not only individuals",
            "Indicators should capture effects on training systems, economies and businesses in both countries,"
                + " while staying few enough to manage.",
            (p, c) -> {
              List<Indicator> indicators = p.monitoring().map(MonitoringFramework::indicators).orElse(List.of());
              if (indicators.isEmpty()) {
                return;
              }
              Set<ImpactCategory> categories = indicators.stream().map(Indicator::category).collect(Collectors.toSet());
              if (!categories.contains(ImpactCategory.SYSTEMS) && !categories.contains(ImpactCategory.ECONOMIC_DEVELOPMENT)) {
                c.report("/monitoring/indicators", "No indicator tracks effects on training or migration systems or"
                    + " on economic development.", "Add at least one system-level or economy-level indicator.");
              }
              if (indicators.size() > 30) {
                c.report("/monitoring/indicators", indicators.size() + " indicators are many to collect and use.",
                    "Keep the set small and focused on the objectives.");
              }
            }),
        rule("SMP-DATA-007", EVIDENCE, WARNING, 5, "A finished or scaled-up scheme has been evaluated",
            "Lessons from evaluations should inform new and scaled-up schemes; few pilots have been evaluated in"
                + " depth.",
            (p, c) -> {
              if (FINISHED_OR_SCALING.contains(p.status())
                  && p.monitoring().map(m -> m.evaluations().isEmpty()).orElse(true)) {
                c.report("/monitoring/evaluations", "The scheme is " + p.status() + " but no evaluation is"
                    + " recorded.", "Record the evaluation carried out (mid-term, final or impact), or plan one.");
              }
            }),
        rule("SMP-DATA-008", EVIDENCE, ERROR, 5, "Participant numbers are recorded and consistent",
            "Once a scheme runs it should report how many people were actually selected, trained, migrated and"
                + " returned, kept apart from plans; the figures must not contradict each other.",
            (p, c) -> {
              if (RUNNING_OR_RUN.contains(p.status())) {
                if (p.participants().isEmpty()) {
                  c.report(INFO, "/participants", "No participant figures are given for a scheme that has started.",
                      "Record how many people were selected, trained, migrated and returned.");
                } else if (p.participants().stream().allMatch(f -> f.actual().isEmpty())) {
                  c.report(WARNING, "/participants", "Only planned participant numbers are given for a scheme that"
                      + " has started.", "Record the actual numbers (bounds are fine) with their source.");
                }
              }
              consistent(p, c, FigureKind.MIGRATED, FigureKind.SELECTED);
              consistent(p, c, FigureKind.RETURNED, FigureKind.MIGRATED);
              consistent(p, c, FigureKind.CERTIFIED, FigureKind.TRAINED);
            }));
  }

  /** ERROR when the actual count of {@code later} is surely above that of {@code earlier} (totals only). */
  private static void consistent(Partnership p, Rules.Legacy c, FigureKind later, FigureKind earlier) {
    Optional<Count> a = total(p, later);
    Optional<Count> b = total(p, earlier);
    if (a.isPresent() && b.isPresent() && b.get().upper().isPresent() && a.get().lower() > b.get().upper().get()) {
      int index = index(p, later);
      c.report(ERROR, "/participants/" + index + "/actual", "More people " + verb(later) + " (" + a.get()
          + ") than were " + verb(earlier) + " (" + b.get() + ").", "Correct one of the two figures or explain"
          + " the difference in the notes.");
    }
  }

  private static Optional<Count> total(Partnership p, FigureKind kind) {
    return totals(p, kind).findFirst().flatMap(ParticipantFigure::actual);
  }

  private static java.util.stream.Stream<ParticipantFigure> totals(Partnership p, FigureKind kind) {
    return p.participants().stream().filter(f -> f.kind() == kind && !f.womenOnly() && f.track().isEmpty()
        && f.country().isEmpty() && f.actual().isPresent());
  }

  private static int index(Partnership p, FigureKind kind) {
    ParticipantFigure first = totals(p, kind).findFirst().orElseThrow();
    return p.participants().indexOf(first);
  }

  private static String verb(FigureKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
