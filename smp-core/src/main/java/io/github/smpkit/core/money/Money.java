package io.github.smpkit.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in an ISO 4217 currency, as budgets and cost items of a partnership
 * state it (IOM SMP Guidance 2023, ch. 11, cost reduction and sharing). The amount is a
 * {@link BigDecimal} whose scale may not exceed the currency's minor unit (two decimals for EUR,
 * none for JPY); nothing is ever rounded and no floating point is involved.
 *
 * <p>Equality follows the amount's value, not its scale: {@code EUR 1500000} equals
 * {@code EUR 1500000.00}. {@link #toString()} prints {@code EUR 1500000.00}, which
 * {@link #parse(String)} reads back.
 */
public final class Money implements Comparable<Money> {

  private final Currency currency;
  private final BigDecimal amount;

  private Money(Currency currency, BigDecimal amount) {
    this.currency = currency;
    this.amount = amount;
  }

  /**
   * Money of an amount in a currency.
   *
   * @throws IllegalArgumentException when the amount has more decimals than the currency's
   *     minor unit, naming both
   */
  public static Money of(Currency currency, BigDecimal amount) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    int digits = currency.getDefaultFractionDigits();
    BigDecimal stripped = amount.stripTrailingZeros();
    if (digits >= 0 && stripped.scale() > digits) {
      throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more decimals than "
          + currency.getCurrencyCode() + " allows (" + digits + ")");
    }
    return new Money(currency, digits >= 0 ? amount.setScale(digits) : amount);
  }

  /**
   * Money from an ISO 4217 code and a decimal amount, for example {@code of("EUR", "1500000.00")}.
   *
   * @throws IllegalArgumentException for an unknown currency code (naming it) or an amount that
   *     is not a plain decimal number or has too many decimals
   */
  public static Money of(String currencyCode, String amount) {
    return of(currency(currencyCode), decimal(amount));
  }

  /** Money from an ISO 4217 code and a whole amount, for example {@code of("EUR", 1_500_000)}. */
  public static Money of(String currencyCode, long amount) {
    return of(currency(currencyCode), BigDecimal.valueOf(amount));
  }

  /**
   * Reads the form {@link #toString()} writes: the currency code, a space and the amount,
   * for example {@code "EUR 1500000.00"}.
   *
   * @throws IllegalArgumentException when the text is not of that form
   */
  public static Money parse(String text) {
    Objects.requireNonNull(text, "text");
    int space = text.indexOf(' ');
    if (space != 3 || text.indexOf(' ', space + 1) >= 0) {
      throw new IllegalArgumentException("expected money as 'CUR amount', for example 'EUR 1500.00', but found '"
          + text + "'");
    }
    return of(text.substring(0, 3), text.substring(4));
  }

  private static Currency currency(String code) {
    Objects.requireNonNull(code, "currency");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown ISO 4217 currency code '" + code + "'", e);
    }
  }

  private static BigDecimal decimal(String amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw new IllegalArgumentException("expected a plain decimal amount such as '1500.00', but found '"
          + amount + "'");
    }
    return new BigDecimal(amount);
  }

  /** The currency. */
  public Currency currency() {
    return currency;
  }

  /** The amount, at the scale of the currency's minor unit. */
  public BigDecimal amount() {
    return amount;
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * The sum of this and {@code other}.
   *
   * @throws IllegalArgumentException when the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(currency, amount.add(other.amount));
  }

  /** This amount multiplied by a whole number, for example a per-migrant cost by a cohort size. */
  public Money multipliedBy(long factor) {
    return new Money(currency, amount.multiply(BigDecimal.valueOf(factor)));
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("currencies differ: " + currency.getCurrencyCode() + " and "
          + other.currency.getCurrencyCode());
    }
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws IllegalArgumentException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Money)) {
      return false;
    }
    Money other = (Money) o;
    return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, amount.stripTrailingZeros());
  }

  /** For example {@code EUR 1500000.00}; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
