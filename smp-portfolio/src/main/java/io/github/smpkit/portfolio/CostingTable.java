package io.github.smpkit.portfolio;

import io.github.smpkit.core.Partnership;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What each partnership of a portfolio costs per participant, how much of it the worker bears and
 * its SDG indicator 10.7.1, one row per partnership that records cost items (IOM SMP Guidance 2023,
 * ch. 11, Table 3; ch. 12 on the employer-pays principle). Partnerships without cost items are
 * counted in {@link #withoutCosts()}; those whose amounts are in several currencies need rates
 * ({@link Portfolio#costings(ExchangeRates, Currency)}) and are listed with the reason otherwise.
 * Immutable.
 */
public final class CostingTable {

  /**
   * One partnership's costing and its SDG indicator 10.7.1 (ch. 11, Table 3; ch. 3 on SDG target 10.7).
   *
   * @param partnershipId the partnership
   * @param costing its costing; empty when it could not be made (see {@code problem})
   * @param indicator its SDG indicator 10.7.1, or why not; empty with the costing
   * @param problem why no costing could be made, for example amounts in several currencies
   */
  public record Row(String partnershipId, Optional<Costing> costing, Optional<RecruitmentCostIndicator> indicator,
      Optional<String> problem) {
    /**
     * Checks the components.
     *
     * @param partnershipId the partnership
     * @param costing its costing
     * @param indicator its indicator
     * @param problem why no costing could be made
     */
    public Row {
      Objects.requireNonNull(partnershipId, "partnershipId");
      Objects.requireNonNull(costing, "costing");
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(problem, "problem");
    }
  }

  private final List<Row> rows;
  private final List<String> withoutCosts;

  private CostingTable(List<Row> rows, List<String> withoutCosts) {
    this.rows = List.copyOf(rows);
    this.withoutCosts = List.copyOf(withoutCosts);
  }

  static CostingTable of(Collection<Partnership> partnerships, Optional<ExchangeRates> rates, Optional<Currency> in) {
    List<Row> rows = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (Partnership p : partnerships) {
      if (p.costs().isEmpty()) {
        without.add(p.id());
        continue;
      }
      try {
        Costing c = rates.isPresent() ? Costing.of(p, rates.get(), in.orElseThrow()) : Costing.of(p);
        rows.add(new Row(p.id(), Optional.of(c), Optional.of(RecruitmentCostIndicator.of(c)), Optional.empty()));
      } catch (IllegalArgumentException e) {
        rows.add(new Row(p.id(), Optional.empty(), Optional.empty(), Optional.of(e.getMessage())));
      }
    }
    return new CostingTable(rows, without);
  }

  /** {@return one row per partnership that records cost items, in portfolio order} */
  public List<Row> rows() {
    return rows;
  }

  /** {@return the ids of the partnerships that record no cost item} */
  public List<String> withoutCosts() {
    return withoutCosts;
  }

  /** {@return the rows whose SDG indicator 10.7.1 could be computed} */
  public List<Row> withIndicator() {
    return rows.stream().filter(r -> r.indicator().map(RecruitmentCostIndicator::isComputed).orElse(false)).toList();
  }

  /** {@return the rows whose SDG indicator 10.7.1 lacks data, each with its reason} */
  public List<Row> lackingIndicator() {
    return rows.stream().filter(r -> !r.indicator().map(RecruitmentCostIndicator::isComputed).orElse(false)).toList();
  }

  /** The table: items, cost per participant and whom it is divided by, what the worker bears, SDG 10.7.1. */
  @Override
  public String toString() {
    TextTable t = new TextTable("partnership", "items", "per participant", "divided by", "worker bears",
        "worker share", "SDG 10.7.1").right(1, 2, 4, 5);
    for (Row r : rows) {
      if (r.costing().isEmpty()) {
        t.row(r.partnershipId(), "-", "-", "-", "-", "-", r.problem().orElseThrow());
        continue;
      }
      Costing c = r.costing().get();
      t.row(r.partnershipId(), c.items().size(), c.perParticipant(), c.participants(), workerBears(c),
          c.workerShare().map(Object::toString).orElse("-"), r.indicator().orElseThrow());
    }
    return t.render("") + "\n" + rows.size() + " partnerships record cost items; " + withoutCosts.size() + " record none. "
        + "SDG 10.7.1 computed for " + withIndicator().size() + ".\n";
  }

  /** What the worker bears: the amount when known, otherwise the items and shares recorded for the worker. */
  static String workerBears(Costing c) {
    MoneyRange amount = c.borneByWorkerPerParticipant();
    if (amount.isZero() && !c.hasAmounts()) {
      return "none of the items recorded";
    }
    if (!amount.isUnknown() || c.workerLines().isEmpty()) {
      return amount.toString();
    }
    return c.workerLines().stream().map(l -> l.item() + l.percent().map(p -> " " + p.toPlainString() + " %")
        .orElse(" (" + l.how() + ")")).distinct().collect(Collectors.joining(", "));
  }

  /**
   * RFC 4180 CSV, one row per partnership: per participant and worker's part as text and bounds
   * (an empty upper bound is open), the divisor, the worker's share and the indicator.
   *
   * @return the CSV text
   */
  public String toCsv() {
    CsvWriter w = new CsvWriter().row("partnership", "currency", "items", "per_participant",
        "per_participant_low", "per_participant_high", "divided_by_kind", "divided_by_actual", "divided_by_count",
        "worker_bears", "worker_bears_low", "worker_bears_high", "worker_share_low", "worker_share_high",
        "sdg_10_7_1_low", "sdg_10_7_1_high", "sdg_10_7_1_reason", "problem");
    for (Row r : rows) {
      if (r.costing().isEmpty()) {
        w.row(r.partnershipId(), "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", r.problem().orElseThrow());
        continue;
      }
      Costing c = r.costing().get();
      MoneyRange pp = c.perParticipant();
      MoneyRange wb = c.borneByWorkerPerParticipant();
      RecruitmentCostIndicator ind = r.indicator().orElseThrow();
      w.row(r.partnershipId(), c.currency().getCurrencyCode(), String.valueOf(c.items().size()), pp.toString(),
          pp.low().toPlainString(), pp.high().map(java.math.BigDecimal::toPlainString).orElse(""),
          c.participants().kind().map(Enum::name).orElse(""), String.valueOf(c.participants().actual()),
          c.participants().count().toString(), workerBears(c), wb.low().toPlainString(),
          wb.high().map(java.math.BigDecimal::toPlainString).orElse(""),
          c.workerShare().map(s -> s.low().toPlainString()).orElse(""),
          c.workerShare().map(s -> s.high().toPlainString()).orElse(""),
          ind.monthsOfEarnings().map(m -> m.low().toPlainString()).orElse(""),
          ind.monthsOfEarnings().map(m -> m.high().toPlainString()).orElse(""), ind.reason().orElse(""), "");
    }
    return w.toString();
  }
}
