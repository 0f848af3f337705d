package io.github.smpkit.core.funding;

import io.github.smpkit.core.internal.Invariants;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The share, in per cent, of a cost item that one payer carries (IOM SMP Guidance 2023, ch. 11,
 * Table 3: who pays).
 *
 * <p>Invariant: the share is more than 0 and at most 100.
 */
@Value.Immutable
abstract class AbstractPayerShare {

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
  void check() {
    Invariants.require(percent().signum() > 0 && percent().compareTo(BigDecimal.valueOf(100)) <= 0,
        "PayerShare", "percent", percent().toPlainString(), "must be more than 0 and at most 100");
  }

  /** For example {@code EMPLOYER 60%}. */
  @Override
  public String toString() {
    return payer() + " " + percent().toPlainString() + "%";
  }
}
