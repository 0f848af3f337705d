package io.github.smpkit.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void amountsTakeTheScaleOfTheCurrency() {
    assertEquals(new BigDecimal("1500000.00"), Money.of("EUR", 1_500_000).amount());
    assertEquals(new BigDecimal("2500"), Money.of("JPY", 2500).amount());
    assertEquals(new BigDecimal("1.500"), Money.of("KWD", "1.5").amount());
  }

  @Test
  void moreDecimalsThanTheCurrencyAllowsAreRejectedNamingBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of("EUR", "10.005"));
    assertTrue(e.getMessage().contains("10.005") && e.getMessage().contains("EUR"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Money.of("JPY", "10.5"));
  }

  @Test
  void trailingZerosBeyondTheScaleAreHarmless() {
    assertEquals(Money.of("EUR", "10.50"), Money.of("EUR", "10.5000"));
  }

  @Test
  void equalityNeedsTheSameCurrencyAndAmount() {
    assertEquals(Money.of("EUR", "10"), Money.of("EUR", "10.00"));
    assertEquals(Money.of("EUR", "10").hashCode(), Money.of("EUR", "10.00").hashCode());
    assertNotEquals(Money.of("EUR", 10), Money.of("USD", 10));
    assertNotEquals(Money.of("EUR", 10), Money.of("EUR", 11));
  }

  @Test
  void toStringIsReadBackByParse() {
    for (Money m : new Money[] {Money.of("EUR", "1500000.00"), Money.of("JPY", 7), Money.of("KWD", "0.125"),
        Money.of("USD", "-3.10")}) {
      assertEquals(m, Money.parse(m.toString()));
    }
    assertEquals("EUR 1500000.00", Money.of("EUR", 1_500_000).toString());
  }

  @Test
  void malformedTextIsRejectedWithTheExpectedForm() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("1500 EUR"));
    assertTrue(e.getMessage().contains("'1500 EUR'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Money.of("EUR", "1e3"));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Money.of("EUX", 1));
    assertTrue(unknown.getMessage().contains("EUX"), unknown.getMessage());
  }

  @Test
  void sumsAndMultiplesStayExact() {
    assertEquals(Money.of("EUR", "0.30"), Money.of("EUR", "0.10").plus(Money.of("EUR", "0.20")));
    assertEquals(Money.of("EUR", "3750.00"), Money.of("EUR", "125.00").multipliedBy(30));
    assertTrue(Money.of("EUR", -1).isNegative());
    assertTrue(Money.of("EUR", 1).compareTo(Money.of("EUR", 2)) < 0);
    assertEquals(Currency.getInstance("EUR"), Money.of("EUR", 1).currency());
  }

  @Test
  void addingDifferentCurrenciesNamesBoth() {
    CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class,
        () -> Money.of("EUR", 1).plus(Money.of("USD", 1)));
    assertEquals(Currency.getInstance("EUR"), e.first());
    assertEquals(Currency.getInstance("USD"), e.second());
    assertEquals("currencies differ: EUR and USD", e.getMessage());
  }

  @Test
  void comparingDifferentCurrenciesNamesBoth() {
    CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class,
        () -> Money.of("JPY", 1).compareTo(Money.of("EUR", 1)));
    assertEquals(Currency.getInstance("JPY"), e.first());
    assertEquals(Currency.getInstance("EUR"), e.second());
  }

  @Test
  void aCurrencyMismatchIsAnIllegalArgumentForCallersThatCatchThat() {
    assertThrows(IllegalArgumentException.class, () -> Money.of("EUR", 1).plus(Money.of("GBP", 1)));
  }

  @Test
  void amountsOfDifferentCurrenciesAreUnequalWithoutThrowing() {
    assertFalse(Money.of("EUR", 1).equals(Money.of("USD", 1)));
  }

  @Test
  void noDoubleOrFloatAppearsInTheApi() {
    for (Method m : Money.class.getMethods()) {
      assertTrue(m.getReturnType() != double.class && m.getReturnType() != float.class, m.toString());
      assertTrue(Arrays.stream(m.getParameterTypes()).noneMatch(t -> t == double.class || t == float.class
          || t == Double.class || t == Float.class), m.toString());
    }
  }
}
