package io.github.smpkit.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * Equal amounts are one value with one written form, in every currency Money takes (issue 13:
 * {@code XXX 1.5} and {@code XXX 1.50} were equal but written differently, because a currency
 * without a minor unit kept the scale it was given). Uses only the API of the first release, so
 * that it runs against the code before the fix too.
 */
class EqualAmountsTest {

  @Test
  void equalAmountsAreWrittenAlikeInEveryCurrencyTaken() {
    for (Currency currency : Currency.getAvailableCurrencies()) {
      String code = currency.getCurrencyCode();
      Money one;
      Money withZeros;
      try {
        one = Money.of(code, "1");
        withZeros = Money.of(code, "1.0000");
      } catch (IllegalArgumentException refused) {
        continue; // a currency Money does not take
      }
      assertEquals(one, withZeros, code);
      assertEquals(one.toString(), withZeros.toString(), code);
      assertEquals(one, Money.parse(withZeros.toString()), code);
    }
  }

  @Test
  void theEuroIsTakenAtItsTwoDecimals() {
    assertEquals("EUR 1.50", Money.of("EUR", "1.5").toString());
    assertEquals("EUR 1.50", Money.of("EUR", "1.5000").toString());
  }
}
