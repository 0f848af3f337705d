package io.github.smpkit.portfolio;

import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.outcome.Count;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of money that may be known only within bounds, as the costs of a partnership often
 * are: exactly EUR 9,500, between EUR 9,500 and 17,000 per placement, at least EUR 1.3 million
 * when some items have no amount, or not known at all (IOM SMP Guidance 2023, ch. 11, Table 3).
 * It is the result type of {@link Costing}: an unknown amount is never read as zero.
 *
 * <p>Bounds are exact decimals in one currency; their scale may exceed the currency's minor unit
 * (a 33.33 % share of EUR 1.01), since nothing is rounded while adding, taking shares and
 * multiplying by a number of participants. Only {@link #dividedBy(Count)} rounds, to the minor
 * unit, the lower bound down and the upper bound up, so that the range still holds the true value.
 * An approximate range comes from an approximate participant count ("about 105").
 *
 * <p>Invariants: {@code 0 <= low <= high}; an open range ({@code high} empty) has no upper bound.
 * Immutable.
 */
public final class MoneyRange {

  private final Currency currency;
  private final BigDecimal low;
  private final BigDecimal high;
  private final boolean approximate;

  private MoneyRange(Currency currency, BigDecimal low, BigDecimal high, boolean approximate) {
    this.currency = Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(low, "low");
    if (low.signum() < 0) {
      throw new IllegalArgumentException("a cost must not be negative, but the lower bound is " + low.toPlainString());
    }
    if (high != null && high.compareTo(low) < 0) {
      throw new IllegalArgumentException("the upper bound " + high.toPlainString() + " is below the lower bound "
          + low.toPlainString());
    }
    this.low = low;
    this.high = high;
    this.approximate = approximate;
  }

  /**
   * Exactly an amount.
   *
   * @param money the amount, not negative
   * @return the range holding only that amount
   */
  public static MoneyRange exactly(Money money) {
    return exactly(money.currency(), money.amount());
  }

  /**
   * Exactly an amount.
   *
   * @param currency the currency
   * @param amount the amount, not negative
   * @return the range holding only that amount
   */
  public static MoneyRange exactly(Currency currency, BigDecimal amount) {
    return new MoneyRange(currency, amount, amount, false);
  }

  /**
   * Between two amounts, both included.
   *
   * @param low the lower bound
   * @param high the upper bound, in the same currency, not below {@code low}
   * @return the range
   */
  public static MoneyRange between(Money low, Money high) {
    if (!low.currency().equals(high.currency())) {
      throw new IllegalArgumentException("currencies differ: " + low.currency() + " and " + high.currency());
    }
    return new MoneyRange(low.currency(), low.amount(), high.amount(), false);
  }

  /**
   * At least an amount, with no upper bound: what is known when some parts are not.
   *
   * @param currency the currency
   * @param low the lower bound, not negative
   * @return the open range
   */
  public static MoneyRange atLeast(Currency currency, BigDecimal low) {
    return new MoneyRange(currency, low, null, false);
  }

  /**
   * Not known: from zero, with no upper bound.
   *
   * @param currency the currency the amount would be in
   * @return the unknown amount
   */
  public static MoneyRange unknown(Currency currency) {
    return atLeast(currency, BigDecimal.ZERO);
  }

  /** From {@code low} to {@code high} (empty: no upper bound), exact. */
  static MoneyRange range(Currency currency, BigDecimal low, BigDecimal high) {
    return new MoneyRange(currency, low, high, false);
  }

  /** {@return the currency} */
  public Currency currency() {
    return currency;
  }

  /** {@return the lower bound, exact} */
  public BigDecimal low() {
    return low;
  }

  /** {@return the upper bound, exact; empty when there is none} */
  public Optional<BigDecimal> high() {
    return Optional.ofNullable(high);
  }

  /** {@return whether the amount is known exactly (and not approximate)} */
  public boolean isExact() {
    return high != null && high.compareTo(low) == 0 && !approximate;
  }

  /** {@return whether nothing is known: from zero with no upper bound} */
  public boolean isUnknown() {
    return high == null && low.signum() == 0;
  }

  /** {@return whether the range comes from an approximate participant count} */
  public boolean isApproximate() {
    return approximate;
  }

  /** {@return whether the only value in the range is zero} */
  public boolean isZero() {
    return high != null && high.signum() == 0;
  }

  /**
   * The sum of two ranges.
   *
   * @param other a range in the same currency
   * @return the range of the sum
   * @throws IllegalArgumentException when the currencies differ
   */
  public MoneyRange plus(MoneyRange other) {
    same(other);
    return new MoneyRange(currency, low.add(other.low), high == null || other.high == null ? null : high.add(other.high),
        approximate || other.approximate);
  }

  /**
   * What is left of this range when {@code other} is taken away, never below zero: the part a
   * payer still bears after part of its payment is recovered.
   *
   * @param other a range in the same currency
   * @return {@code [max(0, low - other.high), high - other.low]}
   */
  public MoneyRange minus(MoneyRange other) {
    same(other);
    BigDecimal lo = other.high == null ? BigDecimal.ZERO : low.subtract(other.high).max(BigDecimal.ZERO);
    BigDecimal hi = high == null ? null : high.subtract(other.low).max(BigDecimal.ZERO);
    return new MoneyRange(currency, lo, hi == null ? null : hi.max(lo), approximate || other.approximate);
  }

  /**
   * This range scaled by an exact factor, for example a share of 50 % as {@code 0.5}.
   *
   * @param factor a factor, not negative
   * @return the scaled range
   */
  public MoneyRange times(BigDecimal factor) {
    if (factor.signum() < 0) {
      throw new IllegalArgumentException("a factor must not be negative, but is " + factor.toPlainString());
    }
    return new MoneyRange(currency, low.multiply(factor), high == null ? null : high.multiply(factor), approximate);
  }

  /**
   * This range for a number of people: a per-migrant cost times the participants.
   *
   * @param count how many, with its bounds
   * @return the range of the product, approximate when the count is
   */
  public MoneyRange times(Count count) {
    BigDecimal lo = low.multiply(BigDecimal.valueOf(count.lower()));
    BigDecimal hi = high == null || count.upper().isEmpty() ? null
        : high.multiply(BigDecimal.valueOf(count.upper().get()));
    if (isZero()) {
      hi = BigDecimal.ZERO;
    }
    return new MoneyRange(currency, lo, hi, approximate || count.isApproximate());
  }

  /**
   * This range per person: a fixed cost divided by the participants. The one rounding of a
   * costing: to the currency's minor unit, half to even for an exact amount and an exact or
   * approximate count; otherwise the lower bound down and the upper bound up.
   *
   * @param count how many, with its bounds; a count that may be zero leaves no upper bound
   * @return the range per person, approximate when the count is
   */
  public MoneyRange dividedBy(Count count) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    if (high != null && high.compareTo(low) == 0 && count.upper().isPresent() && count.upper().get() == count.lower()
        && count.lower() > 0) {
      BigDecimal each = low.divide(BigDecimal.valueOf(count.lower()), digits, RoundingMode.HALF_EVEN);
      return new MoneyRange(currency, each, each, approximate || count.isApproximate());
    }
    BigDecimal lo = count.upper().isEmpty() ? BigDecimal.ZERO
        : count.upper().get() == 0 ? low : low.divide(BigDecimal.valueOf(count.upper().get()), digits, RoundingMode.DOWN);
    BigDecimal hi = high == null || count.lower() == 0 ? null
        : high.divide(BigDecimal.valueOf(count.lower()), digits, RoundingMode.UP);
    if (isZero()) {
      hi = BigDecimal.ZERO;
    }
    return new MoneyRange(currency, lo, hi == null ? null : hi.max(lo), approximate || count.isApproximate());
  }

  private void same(MoneyRange other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("currencies differ: " + currency.getCurrencyCode() + " and "
          + other.currency.getCurrencyCode() + "; convert with ExchangeRates first");
    }
  }

  /** The amount as the currency writes it, at least to its minor unit, never rounded. */
  static String plain(Currency currency, BigDecimal amount) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    BigDecimal stripped = amount.stripTrailingZeros();
    return (stripped.scale() < digits ? amount.setScale(digits, RoundingMode.UNNECESSARY) : stripped).toPlainString();
  }

  /**
   * For example {@code EUR 9500.00}, {@code EUR 9500.00 to 17000.00}, {@code about EUR 120.00},
   * {@code at least EUR 1300.00} or {@code unknown}.
   */
  @Override
  public String toString() {
    if (isUnknown()) {
      return "unknown";
    }
    String code = currency.getCurrencyCode() + " ";
    String about = approximate ? "about " : "";
    if (high == null) {
      return about + "at least " + code + plain(currency, low);
    }
    if (high.compareTo(low) == 0) {
      return about + code + plain(currency, low);
    }
    return about + code + plain(currency, low) + " to " + plain(currency, high);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MoneyRange)) {
      return false;
    }
    MoneyRange r = (MoneyRange) o;
    return currency.equals(r.currency) && low.compareTo(r.low) == 0 && approximate == r.approximate
        && (high == null ? r.high == null : r.high != null && high.compareTo(r.high) == 0);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, low.stripTrailingZeros(), high == null ? null : high.stripTrailingZeros(), approximate);
  }
}
