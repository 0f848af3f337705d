package io.github.smpkit.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of money in an ISO 4217 currency, as budgets and cost items of a partnership
 * state it (IOM SMP Guidance 2023, ch. 11, cost reduction and sharing). The amount is a
 * {@link BigDecimal} whose scale may not exceed the currency's minor unit (two decimals for EUR,
 * none for JPY); nothing is ever rounded and no floating point is involved.
 *
 * <p>Equality follows the amount's value, not its scale: {@code EUR 1500000} equals
 * {@code EUR 1500000.00}. {@link #toString()} prints {@code EUR 1500000.00}, which
 * {@link #parse(String)} reads back.
 *
 * <p>Limits: at most {@value #MAX_WHOLE_DIGITS} digits before the decimal point (a quintillion
 * is far above any budget); only currencies with a minor unit, so not the ISO 4217 codes for
 * precious metals, funds, testing or "no currency" ({@code XAU}, {@code XDR}, {@code XTS},
 * {@code XXX}, ...), whose amounts have no defined scale and could not be written one way only.
 * The amount is copied, so a {@link BigDecimal} subclass cannot change it afterwards.
 */
public final class Money implements Comparable<Money> {

  /** The most digits an amount has before the decimal point. */
  public static final int MAX_WHOLE_DIGITS = 18;

  /** The form of an amount in text: digits, then a point and decimals (as many as the currency allows). */
  public static final String AMOUNT_PATTERN = "[0-9]{1," + MAX_WHOLE_DIGITS + "}(\\.[0-9]{1,4})?";

  private final Currency currency;
  private final BigDecimal amount;

  private Money(Currency currency, BigDecimal amount) {
    this.currency = currency;
    this.amount = amount;
  }

  /**
   * Money of an amount in a currency.
   *
   * @throws IllegalArgumentException when the currency has no minor unit, or the amount has more
   *     decimals than the currency's minor unit or more than {@value #MAX_WHOLE_DIGITS} digits
   *     before the point, naming the problem in a short message
   */
  public static Money of(Currency currency, BigDecimal amount) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    BigDecimal exact = copy(amount);
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException(noMinorUnit(currency));
    }
    if ((long) exact.precision() - exact.scale() > MAX_WHOLE_DIGITS) {
      throw new IllegalArgumentException("amount " + describe(exact) + " has more than " + MAX_WHOLE_DIGITS
          + " digits before the decimal point");
    }
    if (exact.scale() > digits && exact.stripTrailingZeros().scale() > digits) {
      throw new IllegalArgumentException("amount " + describe(exact) + " has more decimals than "
          + currency.getCurrencyCode() + " allows (" + digits + ")");
    }
    return new Money(currency, exact.setScale(digits));
  }

  /**
   * Whether amounts can be given in {@code currency}: it has a minor unit (two decimals for EUR,
   * none for JPY), which the ISO 4217 codes for precious metals, funds, testing and "no
   * currency" ({@code XAU}, {@code XDR}, {@code XTS}, {@code XXX}, ...) lack.
   *
   * @param currency the currency
   * @return whether {@link #of(Currency, BigDecimal)} accepts it
   */
  public static boolean accepts(Currency currency) {
    return currency.getDefaultFractionDigits() >= 0;
  }

  private static String noMinorUnit(Currency currency) {
    return "currency " + currency.getCurrencyCode() + " has no minor unit (precious metals, funds, testing and"
        + " 'no currency' codes are not accepted)";
  }

  /** A plain BigDecimal of the same value: subclasses cannot change what is kept. */
  private static BigDecimal copy(BigDecimal amount) {
    return amount.getClass() == BigDecimal.class ? amount
        : new BigDecimal(new java.math.BigInteger(amount.unscaledValue().toByteArray()), amount.scale());
  }

  /** The amount for a message: plain when short, else in scientific notation, never long. */
  static String describe(BigDecimal amount) {
    if (Math.abs((long) amount.scale()) <= 40 && amount.precision() <= 40) {
      return amount.toPlainString();
    }
    String s = amount.toString();
    return s.length() <= 60 ? s : s.substring(0, 30) + "..." + s.substring(s.length() - 20)
        + " (" + amount.precision() + " digits)";
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
      throw new IllegalArgumentException("unknown ISO 4217 currency code '"
          + (code.length() > 10 ? code.substring(0, 10) + "...' (" + code.length() + " characters)" : code + "'"), e);
    }
  }

  /** The form {@link #decimal} reads, compiled once ({@code String.matches} compiled it per amount). */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private static BigDecimal decimal(String amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.length() > 100 || !PLAIN_DECIMAL.matcher(amount).matches()) {
      throw new IllegalArgumentException("expected a plain decimal amount such as '1500.00', but found '"
          + (amount.length() > 100 ? amount.substring(0, 100) + "...' (" + amount.length() + " characters)"
              : amount + "'"));
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
   * @throws CurrencyMismatchException when the currencies differ
   * @throws IllegalArgumentException when the sum has more than {@value #MAX_WHOLE_DIGITS} digits
   *     before the point
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return of(currency, amount.add(other.amount));
  }

  /**
   * This amount multiplied by a whole number, for example a per-migrant cost by a cohort size.
   *
   * @throws IllegalArgumentException when the product has more than {@value #MAX_WHOLE_DIGITS}
   *     digits before the point
   */
  public Money multipliedBy(long factor) {
    return of(currency, amount.multiply(BigDecimal.valueOf(factor)));
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws CurrencyMismatchException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(@Nullable Object o) {
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
