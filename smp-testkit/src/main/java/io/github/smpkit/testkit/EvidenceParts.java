package io.github.smpkit.testkit;

import io.github.smpkit.core.development.DevelopmentLink;
import io.github.smpkit.core.development.DevelopmentLinkKind;
import io.github.smpkit.core.evidence.Assessment;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.evidence.AssessmentScope;
import io.github.smpkit.core.evidence.DataSource;
import io.github.smpkit.core.evidence.DataSourceKind;
import io.github.smpkit.core.evidence.EvaluationKind;
import io.github.smpkit.core.evidence.ImpactCategory;
import io.github.smpkit.core.evidence.Indicator;
import io.github.smpkit.core.evidence.MeasurementPoint;
import io.github.smpkit.core.evidence.MonitoringFramework;
import io.github.smpkit.core.planning.Beneficiary;
import io.github.smpkit.core.planning.Horizon;
import io.github.smpkit.core.planning.Objective;
import java.math.BigDecimal;
import java.util.List;

/**
 * The generator's part for smp-core's {@code planning}, {@code evidence} and {@code development}
 * packages: objectives, assessments, data sources, monitoring and links to development.
 */
final class EvidenceParts {

  /** The kinds of release 0.1, drawn from the first source; the others are reached in {@link #withResults}. */
  private static final List<AssessmentKind> FIRST_KINDS = List.of(AssessmentKind.LABOUR_MARKET_NEEDS,
      AssessmentKind.SKILLS_NEEDS, AssessmentKind.FEASIBILITY, AssessmentKind.GENDER_ANALYSIS,
      AssessmentKind.COST_BENEFIT, AssessmentKind.OTHER);
  private static final List<AssessmentKind> LATER_KINDS = List.of(AssessmentKind.LEGAL_INSTITUTIONAL,
      AssessmentKind.CAPACITY_MAPPING, AssessmentKind.DIASPORA_MAPPING, AssessmentKind.ASPIRATIONS);

  private final Draws d;
  private final CodeParts codes;
  private final TimeParts time;

  EvidenceParts(Draws d, CodeParts codes, TimeParts time) {
    this.d = d;
    this.codes = codes;
    this.time = time;
  }

  Objective objective() {
    return Objective.builder()
        .statement(d.sentence(4, 25))
        .horizon(d.maybe(() -> d.oneOf(Horizon.class)))
        .beneficiaries(d.enumSet(Beneficiary.class))
        .sdgTargets(d.setOf(3, codes::sdgTarget))
        .gcmObjectives(d.setOf(3, codes::gcmObjective))
        .published(d.maybe(d.random()::nextBoolean))
        .build();
  }

  /** An assessment standing alone, with its author and results. */
  Assessment assessment() {
    Assessment base = baseAssessment();
    return d.later(() -> withResults(base));
  }

  /** Adds what came after release 0.1: the later kinds, the author and the results. */
  Assessment withResults(Assessment a) {
    AssessmentKind kind = a.kind() != AssessmentKind.OTHER && d.random().nextInt(3) == 0
        ? d.pick(LATER_KINDS) : a.kind();
    return Assessment.builder().from(a)
        .kind(kind)
        .author(d.maybe(() -> d.pick(Text.ORGANISATIONS)))
        .findings(d.maybe(() -> d.sentence(4, 25)))
        .benefitCostRatio(d.maybe(() -> BigDecimal.valueOf(1 + d.random().nextInt(500), 2)))
        .build();
  }

  /** An assessment of release 0.1. */
  Assessment baseAssessment() {
    AssessmentKind kind = d.pick(FIRST_KINDS);
    return Assessment.builder().kind(kind).scope(d.oneOf(AssessmentScope.class)).description(d.described(kind))
        .completed(d.maybe(time::partialDate)).build();
  }

  /** A data source standing alone. */
  DataSource dataSource() {
    DataSource base = baseDataSource();
    return d.later(() -> withLabourMigration(base));
  }

  /** A data source of release 0.1 (never a labour market information system: that came later). */
  DataSource baseDataSource() {
    DataSourceKind kind = d.firstOf(DataSourceKind.class);
    return DataSource.builder().kind(kind).description(d.described(kind)).build();
  }

  /** Adds what issue 9 brought: labour market information systems and whether labour migration is included. */
  DataSource withLabourMigration(DataSource source) {
    DataSourceKind kind = source.kind() != DataSourceKind.OTHER && d.random().nextInt(3) == 0
        ? DataSourceKind.LABOUR_MARKET_INFORMATION_SYSTEM : source.kind();
    return DataSource.builder().from(source).kind(kind).includesLabourMigration(d.maybe(d.random()::nextBoolean))
        .build();
  }

  MonitoringFramework monitoringFramework() {
    return MonitoringFramework.builder()
        .indicators(d.listOf(4, this::indicator))
        .evaluations(d.enumSet(EvaluationKind.class))
        .build();
  }

  Indicator indicator() {
    return Indicator.builder().name(Draws.cut(d.sentence(2, 8), 500)).category(d.oneOf(ImpactCategory.class))
        .measurementPoints(d.enumSet(MeasurementPoint.class)).sexDisaggregated(d.maybe(d.random()::nextBoolean))
        .build();
  }

  DevelopmentLink developmentLink() {
    DevelopmentLinkKind kind = d.oneOf(DevelopmentLinkKind.class);
    return DevelopmentLink.builder().kind(kind).description(d.described(kind)).build();
  }
}
