package io.github.smpkit.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.InvariantViolationException;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Extreme decimals are refused at once with short messages; what is kept cannot change. */
class ExtremeNumbersTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  /** Refused quickly (the timeout only stops a regression from hanging: it measures nothing) with a short message. */
  private static <T extends Throwable> T refusedBriefly(Class<T> type, Executable build) {
    T e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(type, build));
    assertTrue(e.getMessage().length() < 300, e.getMessage());
    return e;
  }

  @Test
  void hugeAndTinyAmountsAreRefused() {
    refusedBriefly(IllegalArgumentException.class, () -> Money.of(EUR, new BigDecimal("1e999999999")));
    IllegalArgumentException tiny = refusedBriefly(IllegalArgumentException.class,
        () -> Money.of(EUR, new BigDecimal("1e-999999999")));
    assertEquals("amount 1E-999999999 has more decimals than EUR allows (2)", tiny.getMessage());
    refusedBriefly(IllegalArgumentException.class, () -> Money.of(EUR, new BigDecimal("9".repeat(100_000))));
    refusedBriefly(IllegalArgumentException.class, () -> Money.of("EUR", "1" + "0".repeat(100_000)));
  }

  @Test
  void amountsHaveAtMostEighteenWholeDigits() {
    assertEquals("999999999999999999.00", Money.of("EUR", "999999999999999999").amount().toPlainString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Money.of("EUR", "1000000000000000000"));
    assertEquals("amount 1000000000000000000 has more than 18 digits before the decimal point", e.getMessage());
    Money big = Money.of("EUR", "999999999999999999");
    assertThrows(IllegalArgumentException.class, () -> big.plus(Money.of("EUR", 1)));
    assertThrows(IllegalArgumentException.class, () -> big.multipliedBy(10));
  }

  @Test
  void currenciesWithoutAMinorUnitAreRefused() {
    for (String code : new String[] {"XXX", "XAU", "XAG", "XTS", "XDR"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of(code, "1.5"), code);
      assertTrue(e.getMessage().startsWith("currency " + code + " has no minor unit"), e.getMessage());
      assertTrue(!Money.accepts(Currency.getInstance(code)));
    }
    assertTrue(Money.accepts(Currency.getInstance("JPY")));
  }

  @Test
  void equalAmountsAreKeptAtOneScale() {
    assertEquals(Money.of("EUR", "1.5").amount().toPlainString(), Money.of("EUR", "1.50").amount().toPlainString());
    assertEquals(Money.of("JPY", "150").toString(), Money.of("JPY", "150.00").toString());
  }

  /** Says 50 when compared, but is 5,000 when its digits are read. */
  private static final class LyingDecimal extends BigDecimal {
    private static final long serialVersionUID = 1L;

    LyingDecimal() {
      super("50");
    }

    @Override
    public int compareTo(BigDecimal other) {
      return BigDecimal.valueOf(50).compareTo(other);
    }

    @Override
    public int signum() {
      return 1;
    }

    @Override
    public BigInteger unscaledValue() {
      return BigInteger.valueOf(5000);
    }

    @Override
    public int scale() {
      return 0;
    }
  }

  @Test
  void aDecimalSubclassCannotLiePastTheChecks() {
    InvariantViolationException e = assertThrows(InvariantViolationException.class,
        () -> PayerShare.of(Payer.MIGRANT, new LyingDecimal()));
    assertEquals("5000", e.value());
    Money m = Money.of(EUR, new LyingDecimal());
    assertEquals(BigDecimal.class, m.amount().getClass());
    assertEquals("5000.00", m.amount().toPlainString());
  }

  @Test
  void hugeAndTinySharesAreRefused() {
    InvariantViolationException huge = refusedBriefly(InvariantViolationException.class,
        () -> PayerShare.of(Payer.MIGRANT, new BigDecimal("1e999999999")));
    assertEquals("percent", huge.field());
    InvariantViolationException tiny = refusedBriefly(InvariantViolationException.class,
        () -> PayerShare.of(Payer.MIGRANT, new BigDecimal("1e-999999999")));
    assertEquals("PayerShare /percent has 999999999 decimals; at most 6 are allowed (given: 1E-999999999)",
        tiny.getMessage());
    assertEquals(new BigDecimal("33.333333"), PayerShare.of(Payer.EMPLOYER, new BigDecimal("33.333333")).percent());
    assertThrows(InvariantViolationException.class, () -> PayerShare.of(Payer.EMPLOYER, new BigDecimal("33.3333333")));
  }
}
