package io.github.smpkit.core.funding;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cost of a partnership, as in the guidance's Table 3: the item (and so its category,
 * essential or voluntary), whether it is fixed or per migrant, its amount when known, and which
 * payers carry which share (IOM SMP Guidance 2023, ch. 11, Table 3).
 *
 * <p>Invariants: when shares are given they add up to exactly 100 % and name each payer once;
 * an amount is not negative; {@link CostItemKind#OTHER} comes with a description.
 */
@Value.Immutable
abstract class AbstractCostItem {

  /** The Table 3 item. */
  abstract CostItemKind item();

  /** What the cost covers here; required for {@link CostItemKind#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  /** Fixed or per migrant, when known. */
  abstract Optional<CostBasis> basis();

  /** The amount (per migrant for a per-migrant cost), when known. */
  abstract Optional<Money> amount();

  /** Who pays which share; empty when not known. */
  abstract List<@Valid PayerShare> shares();

  /**
   * How the payers pay: side, mechanism (upfront, wage deduction, reimbursement, a loan the
   * worker repays), amount or share and due time (ch. 11 and 12). Payments need not add up to
   * 100 %; they may say more than {@link #shares()}, or what shares cannot (a part above a
   * threshold).
   */
  abstract List<@Valid Payment> payments();

  /** The payments the worker bears: paid by the migrant, deducted from wages or lent to the worker. */
  public List<Payment> borneByWorker() {
    return payments().stream().filter(Payment::borneByWorker).toList();
  }

  /** The item's Table 3 category. */
  public CostCategory category() {
    return item().category();
  }

  /** Whether Table 3 counts this cost as essential. */
  public boolean isEssential() {
    return category().isEssential();
  }

  /** The share {@code payer} carries, zero when it carries none. */
  public BigDecimal shareOf(Payer payer) {
    return shares().stream().filter(s -> s.payer() == payer).map(PayerShare::percent)
        .findFirst().orElse(BigDecimal.ZERO);
  }

  @Value.Check
  void check() {
    Invariants.describedIfOther(item(), description().orElse(""), "CostItem", "item");
    amount().ifPresent(a -> Invariants.require(!a.isNegative(), "CostItem", "amount", a, "must not be negative"));
    Invariants.unique(shares(), PayerShare::payer, "CostItem", "shares");
    if (!shares().isEmpty()) {
      BigDecimal total = shares().stream().map(PayerShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
      Invariants.require(total.compareTo(BigDecimal.valueOf(100)) == 0, "CostItem", "shares", shares(),
          "must add up to 100 %, but add up to " + total.toPlainString() + " %");
    }
    Invariants.texts(this, "CostItem");
  }
}
