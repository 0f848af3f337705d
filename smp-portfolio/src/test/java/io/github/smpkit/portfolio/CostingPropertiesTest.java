package io.github.smpkit.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.testkit.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Over generated partnerships (default and complete modes), every amount converted to BHD at a rate
 * of 1, which is exact since BHD has the most decimals of the generator's currencies: shares and
 * totals add up exactly, and what each payer pays and bears stays within the cost.
 */
@Tag("long") // run once, on the default JDK (.ci/run step 1); see docs/releasing.md
class CostingPropertiesTest {

  private static final Currency BHD = Currency.getInstance("BHD");

  static Costing costing(Partnership p) {
    ExchangeRates rates = ExchangeRates.on(LocalDate.of(2024, 1, 1));
    for (Currency c : Costing.currencies(p)) {
      if (!c.equals(BHD)) {
        rates = rates.with(c, BHD, BigDecimal.ONE);
      }
    }
    return Costing.of(p, rates, BHD);
  }

  /** The partnership read from its shares alone: every share paid upfront by its payer. */
  static Partnership sharesOnly(Partnership p) {
    return p.withCosts(p.costs().stream().map(c -> c.withPayments(List.of())).toList());
  }

  private static BigDecimal amount(CostItem c) {
    return c.amount().orElseThrow().amount();
  }

  @Test
  void sharesOfAnItemAddUpExactlyToItsAmount() {
    Property.forAll(300, p -> checkShares(sharesOnly(p)));
    Property.forAllComplete(300, p -> checkShares(sharesOnly(p)));
  }

  private static void checkShares(Partnership p) {
    Costing c = costing(p);
    for (int i = 0; i < p.costs().size(); i++) {
      CostItem item = p.costs().get(i);
      int index = i;
      List<Costing.Line> lines = c.lines().stream().filter(l -> l.itemIndex() == index).toList();
      MoneyRange upfront = lines.stream().map(Costing.Line::upfront).reduce(MoneyRange.exactly(BHD, BigDecimal.ZERO),
          MoneyRange::plus);
      MoneyRange borne = lines.stream().map(Costing.Line::borne).reduce(MoneyRange.exactly(BHD, BigDecimal.ZERO),
          MoneyRange::plus);
      if (item.amount().isPresent()) {
        assertEquals(MoneyRange.exactly(BHD, amount(item)), upfront, "upfront parts of cost " + i);
        assertEquals(MoneyRange.exactly(BHD, amount(item)), borne, "borne parts of cost " + i);
      } else {
        assertTrue(upfront.isUnknown() && borne.isUnknown(), "cost " + i + " has no amount: " + upfront);
      }
      BigDecimal percents = lines.stream().map(l -> l.percent().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO,
          BigDecimal::add);
      assertEquals(0, percents.compareTo(item.shares().isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(100)),
          "shares of cost " + i + " add up to " + percents);
    }
  }

  @Test
  void payersSidesAndItemsAddUpExactlyToTheTotal() {
    Property.forAll(300, p -> checkTotals(sharesOnly(p)));
    Property.forAllComplete(300, p -> checkTotals(sharesOnly(p)));
  }

  private static void checkTotals(Partnership p) {
    Costing c = costing(p);
    MoneyRange zero = MoneyRange.exactly(BHD, BigDecimal.ZERO);
    MoneyRange items = c.items().stream().map(Costing.ItemCost::total).reduce(zero, MoneyRange::plus);
    MoneyRange payers = c.byPayer().stream().map(Costing.PayerCost::borne).reduce(zero, MoneyRange::plus);
    MoneyRange upfront = c.byPayer().stream().map(Costing.PayerCost::upfront).reduce(zero, MoneyRange::plus);
    MoneyRange sides = c.bySide().values().stream().reduce(zero, MoneyRange::plus);
    MoneyRange kinds = c.byItem().values().stream().reduce(zero, MoneyRange::plus);
    assertEquals(c.total(), items, "items");
    assertEquals(c.total(), payers, "payers bear");
    assertEquals(c.total(), upfront, "payers pay upfront");
    assertEquals(c.total(), sides, "sides");
    assertEquals(c.total(), kinds, "item kinds");
    // per participant, each payer's part is rounded on its own: at most one minor unit (0.001) per line
    MoneyRange perPayer = c.byPayer().stream().map(Costing.PayerCost::bornePerParticipant).reduce(zero, MoneyRange::plus);
    BigDecimal slack = new BigDecimal("0.001").multiply(BigDecimal.valueOf(c.lines().size() + c.items().size()));
    assertTrue(perPayer.low().subtract(c.perParticipant().low()).abs().compareTo(slack) <= 0,
        perPayer + " against " + c.perParticipant());
    assertEquals(perPayer.high().isPresent(), c.perParticipant().high().isPresent());
  }

  @Test
  void withPaymentsNoPayerPaysOrBearsMoreThanTheItemAndTheWorkersShareIsAPercentage() {
    Property.forAll(300, CostingPropertiesTest::checkPayments);
    Property.forAllComplete(300, CostingPropertiesTest::checkPayments);
  }

  private static void checkPayments(Partnership p) {
    Costing c = costing(p);
    for (Costing.Line l : c.lines()) {
      CostItem item = p.costs().get(l.itemIndex());
      boolean quantified = item.payments().stream().allMatch(pay -> pay.amount().isPresent());
      if (item.amount().isPresent() && !quantified) {
        BigDecimal whole = amount(item);
        assertTrue(l.upfront().low().compareTo(whole) <= 0 || item.payments().size() > 1,
            "upfront " + l.upfront() + " above the cost " + whole + " of item " + l.itemIndex());
      }
      assertTrue(l.borne().low().signum() >= 0 && l.upfront().low().signum() >= 0, l.toString());
    }
    c.workerShare().ifPresent(s -> assertTrue(s.low().signum() >= 0 && s.high().compareTo(BigDecimal.valueOf(100)) <= 0
        && s.low().compareTo(s.high()) <= 0, s.toString()));
    assertTrue(c.borneByWorkerPerParticipant().low().signum() >= 0);
    c.lines().stream().filter(l -> l.side().equals(Optional.of(Side.MIGRANT)))
        .forEach(l -> assertTrue(l.upfront().high().isEmpty() || l.upfront().high().get().signum() >= 0));
  }
}
