package io.github.smpkit.core.money;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when amounts in two different currencies meet where one currency is needed: adding or
 * comparing {@link Money} of different currencies, or an interval whose ends are in different
 * currencies. Nothing is ever converted silently; converting needs exchange rates the caller
 * gives (smp-portfolio's {@code ExchangeRates}). After Joda-Money's exception of the same name,
 * it is an {@link IllegalArgumentException}, so code that catches that keeps working.
 *
 * <p>The message names both currencies: {@code currencies differ: EUR and USD}.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final Currency first;
  private final Currency second;

  /**
   * Creates the exception.
   *
   * @param first the currency of the first amount (for example this one in {@code a.plus(b)})
   * @param second the currency of the other amount, different from {@code first}
   */
  public CurrencyMismatchException(Currency first, Currency second) {
    super("currencies differ: " + Objects.requireNonNull(first, "first").getCurrencyCode() + " and "
        + Objects.requireNonNull(second, "second").getCurrencyCode());
    this.first = first;
    this.second = second;
  }

  /** The currency of the first amount. */
  public Currency first() {
    return first;
  }

  /** The currency of the other amount. */
  public Currency second() {
    return second;
  }
}
