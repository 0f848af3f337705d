package io.github.smpkit.portfolio;

import io.github.smpkit.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Exchange rates the caller gives, on a stated date, to compare the costs of a partnership that
 * are recorded in several currencies (IOM SMP Guidance 2023, ch. 11: map the cost structure of
 * the whole corridor). smpkit has no rates of its own: a rate is a fact about one day and one
 * source, and choosing it is the analyst's decision, so {@link Costing} converts only with rates
 * given here.
 *
 * <p>A rate says how many units of the target currency one unit of the source currency buys:
 * {@code ExchangeRates.on(date).with("AUD", "EUR", "0.61")}. Only the directions given are used;
 * the inverse is never derived. A converted amount is rounded to the target currency's minor unit,
 * half to even, the one rounding a conversion needs; amounts already in the target currency are
 * returned unchanged. Immutable.
 */
public final class ExchangeRates {

  /** A rate as written: a plain positive decimal (no sign, exponent or grouping). */
  private static final Pattern RATE = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private final LocalDate date;
  private final Map<String, BigDecimal> rates;

  private ExchangeRates(LocalDate date, Map<String, BigDecimal> rates) {
    this.date = date;
    this.rates = Collections.unmodifiableMap(rates);
  }

  /**
   * No rates yet, for a date.
   *
   * @param date the day the rates apply to (for example the day a budget was set)
   * @return rates of that day, none given yet
   */
  public static ExchangeRates on(LocalDate date) {
    return new ExchangeRates(Objects.requireNonNull(date, "date"), new LinkedHashMap<>());
  }

  /**
   * These rates plus one.
   *
   * @param from the source currency, ISO 4217
   * @param to the target currency, ISO 4217
   * @param rate units of {@code to} per unit of {@code from}, a plain decimal above zero
   * @return a copy with the rate
   * @throws IllegalArgumentException for an unknown currency, the same currency twice, or a rate that
   *     is not a positive decimal
   */
  public ExchangeRates with(String from, String to, String rate) {
    Objects.requireNonNull(rate, "rate");
    if (rate.length() > 40 || !RATE.matcher(rate).matches()) {
      throw new IllegalArgumentException("expected a rate as a plain positive decimal such as '0.61', but found '"
          + rate + "'");
    }
    return with(currency(from), currency(to), new BigDecimal(rate));
  }

  /**
   * These rates plus one.
   *
   * @param from the source currency
   * @param to the target currency
   * @param rate units of {@code to} per unit of {@code from}, above zero
   * @return a copy with the rate
   * @throws IllegalArgumentException when the currencies are the same, one has no minor unit (such as
   *     XAU or XXX), or the rate is not above zero
   */
  public ExchangeRates with(Currency from, Currency to, BigDecimal rate) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rate, "rate");
    if (from.equals(to)) {
      throw new IllegalArgumentException("a rate converts between two currencies, but both are "
          + from.getCurrencyCode());
    }
    for (Currency c : List.of(from, to)) {
      if (c.getDefaultFractionDigits() < 0) {
        throw new IllegalArgumentException("currency " + c.getCurrencyCode() + " has no minor unit, so costs"
            + " cannot be given in it");
      }
    }
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("a rate from " + from.getCurrencyCode() + " to " + to.getCurrencyCode()
          + " must be above zero, but is " + rate.toPlainString());
    }
    Map<String, BigDecimal> copy = new LinkedHashMap<>(rates);
    copy.put(key(from, to), rate);
    return new ExchangeRates(date, copy);
  }

  /** {@return the day the rates apply to} */
  public LocalDate date() {
    return date;
  }

  /**
   * Whether {@code money} can be converted to {@code to}: it is already in it, or a rate is given.
   *
   * @param from the source currency
   * @param to the target currency
   * @return whether a conversion is possible
   */
  public boolean converts(Currency from, Currency to) {
    return from.equals(to) || rates.containsKey(key(from, to));
  }

  /**
   * An amount in another currency.
   *
   * @param money the amount
   * @param to the target currency
   * @return the amount converted and rounded to the minor unit of {@code to}, half to even
   * @throws IllegalArgumentException when no rate from the amount's currency to {@code to} is given,
   *     naming both and the date
   */
  public Money convert(Money money, Currency to) {
    Objects.requireNonNull(money, "money");
    Objects.requireNonNull(to, "to");
    return Money.of(to, convert(money.currency(), money.amount(), to)
        .setScale(Math.max(0, to.getDefaultFractionDigits()), RoundingMode.HALF_EVEN));
  }

  /** The exact product, not rounded. */
  BigDecimal convert(Currency from, BigDecimal amount, Currency to) {
    if (from.equals(to)) {
      return amount;
    }
    BigDecimal rate = rates.get(key(from, to));
    if (rate == null) {
      throw new IllegalArgumentException("no exchange rate from " + from.getCurrencyCode() + " to "
          + to.getCurrencyCode() + " was given for " + date + "; add it with with(\"" + from.getCurrencyCode()
          + "\", \"" + to.getCurrencyCode() + "\", rate)");
    }
    return amount.multiply(rate);
  }

  private static String key(Currency from, Currency to) {
    return from.getCurrencyCode() + "/" + to.getCurrencyCode();
  }

  private static Currency currency(String code) {
    Objects.requireNonNull(code, "currency");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown ISO 4217 currency code '" + code + "'", e);
    }
  }

  /** For example {@code rates of 2024-01-31: AUD/EUR 0.61, NZD/EUR 0.56}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("rates of ").append(date).append(':');
    if (rates.isEmpty()) {
      return s.append(" none").toString();
    }
    String sep = " ";
    for (Map.Entry<String, BigDecimal> e : rates.entrySet()) {
      s.append(sep).append(e.getKey()).append(' ').append(e.getValue().toPlainString());
      sep = ", ";
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExchangeRates && date.equals(((ExchangeRates) o).date) && rates.equals(((ExchangeRates) o).rates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, rates);
  }
}
