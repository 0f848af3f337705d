package io.github.smpkit.portfolio;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.outcome.Outcome;
import io.github.smpkit.core.outcome.OutcomeKind;
import io.github.smpkit.core.party.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * SDG indicator 10.7.1 for one partnership: the recruitment cost borne by the worker as a
 * proportion of the monthly earnings in the country of destination, after the ILO-World Bank
 * method (ILO and World Bank, <i>Statistics for SDG indicator 10.7.1: Guidelines for their
 * collection</i>, KNOMAD; see docs/costing.md), which counts fees to recruiters, the costs of
 * documents, medical checks, visas and permits, and travel, and divides them by the first month's
 * earnings. A value of 1.5 means the worker needs a month and a half of pay to cover them
 * (IOM SMP Guidance 2023, ch. 3 on SDG target 10.7, ch. 11 and ch. 12 on the employer-pays
 * principle).
 *
 * <p>The ILO-World Bank statistic is measured on surveyed workers; here it is computed from what a
 * partnership records about its design: the recruitment-related cost items (Table 3's
 * pre-selection and travel categories, which include recruitment fees and health checks) the worker
 * bears per participant, as {@link Costing} reads them, divided by an {@link OutcomeKind#EARNINGS}
 * outcome's amount. The model records no period for earnings, so the amount is read as monthly;
 * an earnings outcome limited to one track, or to a country that is not a destination, is not used.
 *
 * <p>When it cannot be computed, {@link #reason()} says why, for example {@code "no earnings
 * recorded"}; the worker's cost that is known is still given. Immutable.
 */
public final class RecruitmentCostIndicator {

  private final String partnershipId;
  private final MoneyRange workerCost;
  private final boolean workerCostRecorded;
  private final Optional<MoneyRange> monthlyEarnings;
  private final Optional<Costing.Percent> months;
  private final Optional<String> reason;

  private RecruitmentCostIndicator(String partnershipId, MoneyRange workerCost, boolean workerCostRecorded,
      Optional<MoneyRange> monthlyEarnings, Optional<Costing.Percent> months, Optional<String> reason) {
    this.partnershipId = partnershipId;
    this.workerCost = workerCost;
    this.workerCostRecorded = workerCostRecorded;
    this.monthlyEarnings = monthlyEarnings;
    this.months = months;
    this.reason = reason;
  }

  /**
   * The indicator of a partnership from its costing.
   *
   * @param costing the partnership's costing
   * @return the indicator, or the reason it cannot be computed
   */
  public static RecruitmentCostIndicator of(Costing costing) {
    Objects.requireNonNull(costing, "costing");
    Partnership p = costing.partnership();
    Currency currency = costing.currency();
    MoneyRange zero = MoneyRange.exactly(currency, BigDecimal.ZERO);
    boolean recorded = p.costs().stream().anyMatch(c -> c.item().isRecruitmentRelated());
    MoneyRange cost = zero;
    for (Costing.Line l : costing.lines()) {
      if (l.item().isRecruitmentRelated() && l.side().equals(Optional.of(Side.MIGRANT))) {
        Costing.ItemCost item = costing.items().get(l.itemIndex());
        cost = cost.plus(item.basis() == io.github.smpkit.core.funding.CostBasis.PER_MIGRANT ? l.borne()
            : l.borne().dividedBy(costing.participants().count()));
      }
    }
    List<Money> earnings = p.outcomes().stream()
        .filter(o -> o.kind() == OutcomeKind.EARNINGS && o.track().isEmpty()
            && o.country().map(c -> p.destinations().contains(c)).orElse(true))
        .map(Outcome::amount).flatMap(Optional::stream).toList();
    if (earnings.isEmpty()) {
      return new RecruitmentCostIndicator(p.id(), cost, recorded, Optional.empty(), Optional.empty(),
          Optional.of("no earnings recorded"));
    }
    Optional<ExchangeRates> rates = costing.rates();
    MoneyRange monthly = null;
    for (Money e : earnings) {
      if (!e.currency().equals(currency) && (rates.isEmpty() || !rates.get().converts(e.currency(), currency))) {
        return new RecruitmentCostIndicator(p.id(), cost, recorded, Optional.empty(), Optional.empty(),
            Optional.of("earnings are in " + e.currency() + ", costs in " + currency + ": no exchange rate given"));
      }
      BigDecimal amount = rates.map(r -> r.convert(e.currency(), e.amount(), currency)).orElse(e.amount());
      MoneyRange one = MoneyRange.exactly(currency, amount);
      monthly = monthly == null ? one : MoneyRange.range(currency, monthly.low().min(amount),
          monthly.high().orElseThrow().max(amount));
    }
    if (!recorded) {
      return new RecruitmentCostIndicator(p.id(), cost, false, Optional.of(monthly), Optional.empty(),
          Optional.of("no recruitment-related cost recorded"));
    }
    if (cost.high().isEmpty()) {
      return new RecruitmentCostIndicator(p.id(), cost, true, Optional.of(monthly), Optional.empty(),
          Optional.of("the amount of the recruitment cost the worker bears is not recorded"));
    }
    if (monthly.low().signum() == 0) {
      return new RecruitmentCostIndicator(p.id(), cost, true, Optional.of(monthly), Optional.empty(),
          Optional.of("recorded earnings are zero"));
    }
    BigDecimal lo = cost.low().divide(monthly.high().orElseThrow(), 2, RoundingMode.DOWN);
    BigDecimal hi = cost.high().get().divide(monthly.low(), 2, RoundingMode.UP);
    return new RecruitmentCostIndicator(p.id(), cost, true, Optional.of(monthly),
        Optional.of(new Costing.Percent(lo, hi.max(lo))), Optional.empty());
  }

  /** {@return the partnership's id} */
  public String partnershipId() {
    return partnershipId;
  }

  /** {@return whether the indicator could be computed} */
  public boolean isComputed() {
    return months.isPresent();
  }

  /**
   * The indicator: the worker's recruitment cost in months of earnings (0.5 is half a month's pay),
   * to two decimals, the lower bound rounded down and the upper up.
   *
   * @return the value; empty when it cannot be computed ({@link #reason()})
   */
  public Optional<Costing.Percent> monthsOfEarnings() {
    return months;
  }

  /** {@return why the indicator cannot be computed; empty when it is} */
  public Optional<String> reason() {
    return reason;
  }

  /** {@return the recruitment cost the worker bears per participant, as far as it is recorded} */
  public MoneyRange workerCost() {
    return workerCost;
  }

  /** {@return whether the partnership records any recruitment-related cost item} */
  public boolean workerCostRecorded() {
    return workerCostRecorded;
  }

  /** {@return the monthly earnings used, converted to the costing's currency; empty when none is recorded} */
  public Optional<MoneyRange> monthlyEarnings() {
    return monthlyEarnings;
  }

  /** For example {@code 0.50 months of earnings} or {@code cannot be computed: no earnings recorded}. */
  @Override
  public String toString() {
    return months.map(m -> m.toString().replace(" %", "") + " months of earnings")
        .orElseGet(() -> "cannot be computed: " + reason.orElseThrow());
  }
}
