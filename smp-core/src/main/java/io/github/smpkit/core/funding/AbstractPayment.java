package io.github.smpkit.core.funding;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one payer pays its part of a cost item: who pays, from which side and country, by which
 * mechanism (upfront, deducted from wages, reimbursed, a loan the worker repays), how much (an
 * amount, a share, or the part above a threshold) and when (IOM SMP Guidance 2023, ch. 11,
 * Table 3, and ch. 12 on the employer-pays principle). Unlike the shares of a cost item,
 * payments need not add up to 100 %: they record what the sources say, for example that PALM
 * employers pay seasonal workers' travel upfront and may recover the part above AUD 300 through
 * wage deductions, or that RSE employers pay half of the return airfare (who pays the rest is not
 * stated, so it is left unrecorded).
 *
 * <p>Invariants: a share is above 0 and at most 100, with at most
 * 6 decimals, as a payer share's; amounts are not negative;
 * {@link PaymentMechanism#OTHER} and {@link Payer#OTHER} come with a description.
 */
@Value.Immutable
abstract class AbstractPayment {

  /** Who pays. A payment by {@link Payer#MIGRANT} is borne by the worker. */
  abstract Payer payer();

  /**
   * The side the money comes from, when the payer's kind does not say it: a donor such as the
   * EU or GIZ stands on the destination side.
   */
  abstract Optional<Side> side();

  /** The payer's country, when known. */
  abstract Optional<Country> country();

  /** How it pays. */
  abstract Optional<PaymentMechanism> mechanism();

  /** The amount it pays (per migrant for a per-migrant cost), when stated. */
  abstract Optional<Money> amount();

  /** The share of the cost it pays, in per cent, when stated (for example about half: 50). */
  abstract Optional<@DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal> percent();

  /**
   * A threshold: the payer bears only the part of the cost above this amount (PALM: seasonal
   * workers bear, through deductions, the travel costs above the first AUD 300).
   */
  abstract Optional<Money> above();

  /** When the payment falls due, as a phase of the migration continuum. */
  abstract Optional<MigrationPhase> due();

  /** Anything else the source says; required for {@code OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  /** Whether the worker bears this payment: paid by the migrant, or deducted from wages. */
  public boolean borneByWorker() {
    return payer() == Payer.MIGRANT || side().equals(Optional.of(Side.MIGRANT))
        || mechanism().equals(Optional.of(PaymentMechanism.WAGE_DEDUCTION))
        || mechanism().equals(Optional.of(PaymentMechanism.WORKER_LOAN));
  }

  @Value.Check
  void check() {
    String type = "Payment";
    percent().ifPresent(p -> {
      Invariants.require(p.signum() > 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0, type, "percent",
          p.precision() <= 40 ? p.toString() : "a number of " + p.precision() + " digits",
          "must be more than 0 and at most 100");
      Invariants.require(p.scale() <= AbstractPayerShare.MAX_DECIMALS, type, "percent", p.toPlainString(),
          "has " + p.scale() + " decimals; at most " + AbstractPayerShare.MAX_DECIMALS + " are allowed");
    });
    amount().ifPresent(a -> Invariants.require(!a.isNegative(), type, "amount", a, "must not be negative"));
    above().ifPresent(a -> Invariants.require(!a.isNegative(), type, "above", a, "must not be negative"));
    Invariants.describedIfOther(payer(), description().orElse(""), type, "payer");
    mechanism().ifPresent(m -> Invariants.describedIfOther(m, description().orElse(""), type, "mechanism"));
    Invariants.texts(this, type);
  }

  /** For example {@code MIGRANT WAGE_DEDUCTION above AUD 300.00}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(payer());
    side().ifPresent(x -> s.append(" (").append(x).append(')'));
    mechanism().ifPresent(m -> s.append(' ').append(m));
    percent().ifPresent(p -> s.append(' ').append(p.toPlainString()).append('%'));
    amount().ifPresent(a -> s.append(' ').append(a));
    above().ifPresent(a -> s.append(" above ").append(a));
    due().ifPresent(d -> s.append(" due ").append(d));
    return s.toString();
  }
}
