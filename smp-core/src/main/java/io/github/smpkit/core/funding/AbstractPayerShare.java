package io.github.smpkit.core.funding;

import io.github.smpkit.core.internal.Invariants;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.immutables.value.Value;

/**
 * The share, in per cent, of a cost item that one payer carries (IOM SMP Guidance 2023, ch. 11,
 * Table 3: who pays).
 *
 * <p>Invariant: the share is more than 0 and at most 100, with at most {@value #MAX_DECIMALS}
 * decimals. The percent is copied, so a {@link BigDecimal} subclass cannot change it afterwards.
 */
@Value.Immutable
abstract class AbstractPayerShare {

  /** The most decimals a share has, for example 33.333333. */
  public static final int MAX_DECIMALS = 6;

  /**
   * The form of a share in text, which only valid shares have: more than 0 and at most 100, with
   * at most {@value #MAX_DECIMALS} decimals, for example {@code 60} or {@code 33.33}.
   */
  public static final String PERCENT_PATTERN = "(?!0{1,2}(\\.0{1," + MAX_DECIMALS + "})?(?![\\s\\S]))"
      + "(100(\\.0{1," + MAX_DECIMALS + "})?|[0-9]{1,2}(\\.[0-9]{1," + MAX_DECIMALS + "})?)";

  /** Who pays. */
  @Value.Parameter
  abstract Payer payer();

  /** The share in per cent, an exact decimal above 0 and at most 100. */
  @Value.Parameter
  @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
  @DecimalMax(value = "100", message = "must be at most 100")
  abstract BigDecimal percent();

  /** A payer's share given in whole per cent. */
  public static PayerShare of(Payer payer, int percent) {
    return PayerShare.of(payer, BigDecimal.valueOf(percent));
  }

  /** The whole cost carried by one payer. */
  public static PayerShare all(Payer payer) {
    return of(payer, 100);
  }

  @Value.Check
  AbstractPayerShare check() {
    if (percent().getClass() != BigDecimal.class) {
      // a subclass could answer differently later: keep a plain copy (which is checked when built)
      return PayerShare.of(payer(), new BigDecimal(new BigInteger(percent().unscaledValue().toByteArray()),
          percent().scale()));
    }
    boolean inRange = percent().signum() > 0 && percent().compareTo(BigDecimal.valueOf(100)) <= 0;
    Invariants.require(inRange, "PayerShare", "percent", shortForm(percent()),
        "must be more than 0 and at most 100");
    Invariants.require(percent().scale() <= MAX_DECIMALS, "PayerShare", "percent", shortForm(percent()),
        "has " + percent().scale() + " decimals; at most " + MAX_DECIMALS + " are allowed");
    return this;
  }

  /** The percent for a message: plain when short, else in scientific notation. */
  private static String shortForm(BigDecimal percent) {
    return Math.abs((long) percent.scale()) <= 40 && percent.precision() <= 40 ? percent.toPlainString()
        : percent.precision() <= 40 ? percent.toString() : "a number of " + percent.precision() + " digits";
  }

  /** For example {@code EMPLOYER 60%}. */
  @Override
  public String toString() {
    return payer() + " " + shortForm(percent()) + "%";
  }
}
