package io.github.smpkit.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.funding.CostBasis;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.funding.Payment;
import io.github.smpkit.core.funding.PaymentMechanism;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.party.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostingTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency AUD = Currency.getInstance("AUD");

  static CostItem item(CostItemKind kind, CostBasis basis, String amount, PayerShare... shares) {
    CostItem.Builder b = CostItem.builder().item(kind).basis(basis).shares(List.of(shares))
        .description(kind == CostItemKind.OTHER ? Optional.of("the budget") : Optional.empty());
    if (amount != null) {
      b.amount(Money.parse(amount));
    }
    return b.build();
  }

  static ParticipantFigure actual(FigureKind kind, Count count) {
    return ParticipantFigure.builder().kind(kind).actual(count).build();
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aFixedCostIsDividedByTheSelectedParticipantsAndAPerMigrantCostIsNot() {
    Partnership p = Fixtures.partnership("p", "NG->LT")
        .addCosts(item(CostItemKind.OTHER, CostBasis.FIXED, "EUR 1347778.69", PayerShare.all(Payer.DONOR)))
        .addCosts(item(CostItemKind.TRANSPORT, CostBasis.PER_MIGRANT, "EUR 400.00", PayerShare.all(Payer.EMPLOYER)))
        .addParticipants(actual(FigureKind.SELECTED, Count.exactly(30)), actual(FigureKind.MIGRATED, Count.exactly(15)))
        .build();
    Costing c = Costing.of(p);
    assertEquals(Optional.of(FigureKind.SELECTED), c.participants().kind());
    assertEquals(MoneyRange.exactly(EUR, dec("1359778.69")), c.total());
    assertEquals(MoneyRange.exactly(EUR, dec("45325.96")), c.perParticipant());
    Costing perMigrant = c.dividedBy(FigureKind.MIGRATED);
    assertEquals(MoneyRange.exactly(EUR, dec("1353778.69")), perMigrant.total());
    assertEquals(MoneyRange.exactly(EUR, dec("90251.91")), perMigrant.perParticipant());
  }

  @Test
  void sharesSplitAnAmountExactlyWithoutRounding() {
    Partnership p = Fixtures.partnership("p", "NG->LT")
        .addCosts(item(CostItemKind.TRAINING_PROVIDER, CostBasis.FIXED, "EUR 1.01",
            PayerShare.of(Payer.EMPLOYER, dec("33.33")), PayerShare.of(Payer.MIGRANT, dec("66.67"))))
        .build();
    Costing c = Costing.of(p);
    assertEquals(MoneyRange.exactly(EUR, dec("0.336633")), c.byPayer().get(0).borne());
    assertEquals(MoneyRange.exactly(EUR, dec("0.673367")), c.byPayer().get(1).borne());
    assertEquals(c.total(), c.byPayer().get(0).borne().plus(c.byPayer().get(1).borne()));
  }

  @Test
  void aMissingAmountIsUnknownAndMakesTheTotalAtLeastTheKnownPart() {
    Partnership p = Fixtures.partnership("p", "NG->LT")
        .addCosts(item(CostItemKind.TRANSPORT, CostBasis.FIXED, "EUR 1000.00", PayerShare.all(Payer.EMPLOYER)))
        .addCosts(item(CostItemKind.TRAINEE_STIPEND, CostBasis.FIXED, null, PayerShare.all(Payer.EMPLOYER)))
        .build();
    Costing c = Costing.of(p);
    assertEquals("at least EUR 1000.00", c.total().toString());
    assertTrue(c.items().get(1).total().isUnknown());
    assertEquals("unknown", c.perParticipant().toString(), "no participant figure: per participant unknown");
    assertEquals("no participant figure", c.participants().toString());
  }

  @Test
  void participantBoundsCarryIntoTheCostPerParticipant() {
    Partnership.Builder b = Fixtures.partnership("p", "NG->LT")
        .addCosts(item(CostItemKind.OTHER, CostBasis.FIXED, "EUR 1000.00", PayerShare.all(Payer.DONOR)));
    assertEquals("EUR 0.00 to 100.00",
        Costing.of(b.participants(List.of(actual(FigureKind.SELECTED, Count.atLeast(10)))).build()).perParticipant()
            .toString());
    assertEquals("EUR 50.00 to 100.00",
        Costing.of(b.participants(List.of(actual(FigureKind.SELECTED, Count.between(10, 20)))).build())
            .perParticipant().toString());
    assertEquals("about EUR 100.00",
        Costing.of(b.participants(List.of(actual(FigureKind.SELECTED, Count.about(10)))).build()).perParticipant()
            .toString());
    assertEquals("at least EUR 333.33",
        Costing.of(b.participants(List.of(actual(FigureKind.SELECTED, Count.atMost(3)))).build()).perParticipant()
            .toString());
  }

  @Test
  void actualFiguresComeBeforePlannedOnesAndPartialFiguresAreNotUsed() {
    Partnership p = Fixtures.partnership("p", "MA->BE")
        .addParticipants(ParticipantFigure.builder().kind(FigureKind.SELECTED).planned(Count.exactly(200)).build())
        .addParticipants(ParticipantFigure.builder().kind(FigureKind.SELECTED).actual(Count.exactly(50))
            .womenOnly(true).build())
        .addParticipants(actual(FigureKind.MIGRATED, Count.exactly(30)))
        .build();
    Costing.Participants d = Costing.of(p).participants();
    assertEquals(Optional.of(FigureKind.MIGRATED), d.kind());
    assertTrue(d.actual());
    assertEquals(Count.exactly(30), d.count());
  }

  @Test
  void aWageDeductionAboveAThresholdMovesTheCostFromTheEmployerToTheWorker() {
    CostItem travel = CostItem.builder().item(CostItemKind.TRANSPORT).basis(CostBasis.PER_MIGRANT)
        .amount(Money.of("AUD", "1000.00"))
        .addPayments(Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.UPFRONT).build())
        .addPayments(Payment.builder().payer(Payer.MIGRANT).mechanism(PaymentMechanism.WAGE_DEDUCTION)
            .above(Money.of("AUD", "300.00")).build())
        .build();
    Partnership p = Fixtures.partnership("palm", "FJ->AU").addCosts(travel)
        .addParticipants(actual(FigureKind.MIGRATED, Count.exactly(10))).build();
    Costing c = Costing.of(p);
    Costing.PayerCost employer = c.byPayer().get(0);
    Costing.PayerCost worker = c.byPayer().get(1);
    assertEquals(Optional.of(Payer.EMPLOYER), employer.payer());
    assertEquals(MoneyRange.exactly(AUD, dec("1000.00")), employer.upfrontPerParticipant());
    assertEquals(MoneyRange.exactly(AUD, dec("300.00")), employer.bornePerParticipant());
    assertEquals(MoneyRange.exactly(AUD, dec("0")), worker.upfrontPerParticipant());
    assertEquals(MoneyRange.exactly(AUD, dec("700.00")), worker.bornePerParticipant());
    assertEquals(MoneyRange.exactly(AUD, dec("7000.00")), worker.borne());
    assertEquals("70 %", c.workerShare().orElseThrow().toString());
  }

  @Test
  void lineSharesGiveWhoPaysUpfrontAndWhoBearsInPerCentWithOrWithoutAnAmount() {
    CostItem.Builder travel = CostItem.builder().item(CostItemKind.TRANSPORT).basis(CostBasis.PER_MIGRANT)
        .addPayments(Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.UPFRONT).build())
        .addPayments(Payment.builder().payer(Payer.MIGRANT).mechanism(PaymentMechanism.WAGE_DEDUCTION)
            .above(Money.of("AUD", "300.00")).build());
    Costing known = Costing.of(Fixtures.partnership("palm", "FJ->AU")
        .addCosts(travel.amount(Money.of("AUD", "1000.00")).build()).build());
    List<Costing.LineShare> shares = known.lineShares();
    assertEquals(2, shares.size());
    assertEquals(known.lines().get(0), shares.get(0).line());
    assertEquals("100 %", shares.get(0).upfront().toString());
    assertEquals("30 %", shares.get(0).borne().toString());
    assertTrue(shares.get(0).differs());
    assertEquals("0 %", shares.get(1).upfront().toString());
    assertEquals("70 %", shares.get(1).borne().toString());

    CostItem noAmount = CostItem.builder().item(CostItemKind.TRANSPORT).basis(CostBasis.PER_MIGRANT)
        .addPayments(Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.UPFRONT).build())
        .addPayments(Payment.builder().payer(Payer.MIGRANT).mechanism(PaymentMechanism.WAGE_DEDUCTION)
            .above(Money.of("AUD", "300.00")).build())
        .build();
    List<Costing.LineShare> unknown = Costing.of(Fixtures.partnership("palm", "FJ->AU").addCosts(noAmount).build())
        .lineShares();
    assertEquals("100 %", unknown.get(0).upfront().toString(), "the only upfront payment covers the item");
    assertEquals("0 to 100 %", unknown.get(0).borne().toString());
    assertEquals("0 %", unknown.get(1).upfront().toString());
    assertEquals("0 to 100 %", unknown.get(1).borne().toString(), "a part not quantified is not zero");
  }

  @Test
  void lineSharesOfSharesOnlyAreTheShares() {
    Costing c = Costing.of(Fixtures.partnership("p", "MA->BE").addCosts(item(CostItemKind.TRANSPORT,
        CostBasis.FIXED, null, PayerShare.of(Payer.EMPLOYER, dec("60")), PayerShare.of(Payer.DONOR, dec("40"))))
        .build());
    assertEquals(List.of("60 %", "40 %"), c.lineShares().stream().map(s -> s.borne().toString()).toList());
    assertTrue(c.lineShares().stream().noneMatch(Costing.LineShare::differs));
  }

  @Test
  void aReimbursementIsBorneByTheOneWhoReimbursesAndALoanByTheWorker() {
    CostItem health = CostItem.builder().item(CostItemKind.HEALTH_CHECK).basis(CostBasis.PER_MIGRANT)
        .amount(Money.of("EUR", "100.00"))
        .addPayments(Payment.builder().payer(Payer.MIGRANT).mechanism(PaymentMechanism.UPFRONT).build())
        .addPayments(Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.REIMBURSEMENT)
            .percent(dec("100")).build())
        .build();
    CostItem fees = CostItem.builder().item(CostItemKind.RECRUITMENT_FEES).basis(CostBasis.PER_MIGRANT)
        .amount(Money.of("EUR", "500.00"))
        .addPayments(Payment.builder().payer(Payer.DEVELOPMENT_BANK).mechanism(PaymentMechanism.WORKER_LOAN).build())
        .build();
    Partnership p = Fixtures.partnership("p", "NP->MY").addCosts(health, fees)
        .addParticipants(actual(FigureKind.MIGRATED, Count.exactly(1))).build();
    Costing c = Costing.of(p);
    List<Costing.Line> healthLines = c.lines().stream().filter(l -> l.itemIndex() == 0).toList();
    assertEquals(MoneyRange.exactly(EUR, dec("100.00")), healthLines.get(0).upfront(), "the worker advances it");
    assertTrue(healthLines.get(0).borne().isZero(), "and is refunded: " + healthLines.get(0).borne());
    assertEquals(MoneyRange.exactly(EUR, dec("100.00")), healthLines.get(1).borne());
    List<Costing.Line> feeLines = c.lines().stream().filter(l -> l.itemIndex() == 1).toList();
    assertEquals(Optional.of(Side.INTERNATIONAL), feeLines.get(0).side());
    assertEquals(MoneyRange.exactly(EUR, dec("500.00")), feeLines.get(0).upfront(), "the lender pays upfront");
    assertTrue(feeLines.get(0).borne().isZero());
    assertEquals(MoneyRange.exactly(EUR, dec("500.00")), feeLines.get(1).borne(), "the worker repays");
    assertEquals(MoneyRange.exactly(EUR, dec("500.00")), c.borneByWorkerPerParticipant());
    RecruitmentCostIndicator none = RecruitmentCostIndicator.of(c);
    assertFalse(none.isComputed());
    assertEquals("cannot be computed: no earnings recorded", none.toString());
    assertEquals(MoneyRange.exactly(EUR, dec("500.00")), none.workerCost());
  }

  @Test
  void anUnquantifiedDeductionLeavesARange() {
    CostItem travel = CostItem.builder().item(CostItemKind.TRANSPORT).basis(CostBasis.PER_MIGRANT)
        .amount(Money.of("AUD", "1000.00"))
        .addPayments(Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.UPFRONT).build())
        .addPayments(Payment.builder().payer(Payer.MIGRANT).mechanism(PaymentMechanism.WAGE_DEDUCTION).build())
        .build();
    Costing c = Costing.of(Fixtures.partnership("p", "FJ->AU").addCosts(travel)
        .addParticipants(actual(FigureKind.MIGRATED, Count.exactly(1))).build());
    assertEquals("AUD 0.00 to 1000.00", c.byPayer().get(0).borne().toString());
    assertEquals("AUD 0.00 to 1000.00", c.borneByWorkerPerParticipant().toString());
    assertEquals("0 to 100 %", c.workerShare().orElseThrow().toString());
  }

  @Test
  void sidesComeFromThePayerKindTheFundersAndTheRecordedSide() {
    Partnership p = Fixtures.partnership("p", "MA->BE")
        .addFundingSources(FundingSource.builder().name("Enabel").type(Payer.DONOR).side(Side.DESTINATION).build())
        .addCosts(item(CostItemKind.TRAINING_PROVIDER, CostBasis.FIXED, "EUR 100.00",
            PayerShare.of(Payer.DONOR, 50), PayerShare.of(Payer.ORIGIN_GOVERNMENT, 30), PayerShare.of(Payer.FOUNDATION, 20)))
        .build();
    Costing c = Costing.of(p);
    assertEquals(Optional.of(Side.DESTINATION), c.byPayer().get(0).side());
    assertEquals(Optional.of(Side.ORIGIN), c.byPayer().get(1).side());
    assertEquals(Optional.empty(), c.byPayer().get(2).side(), "no funder says where the foundation stands");
    assertEquals(MoneyRange.exactly(EUR, dec("50")), c.bySide().get(Optional.of(Side.DESTINATION)));
    assertEquals(MoneyRange.exactly(EUR, dec("20")), c.bySide().get(Optional.empty()));
  }

  @Test
  void severalCurrenciesNeedRatesTheCallerGives() {
    Partnership p = Fixtures.partnership("p", "FJ->AU")
        .addCosts(item(CostItemKind.TRANSPORT, CostBasis.FIXED, "AUD 1000.00", PayerShare.all(Payer.EMPLOYER)))
        .addCosts(item(CostItemKind.TRAINING_PROVIDER, CostBasis.FIXED, "EUR 100.00", PayerShare.all(Payer.DONOR)))
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Costing.of(p));
    assertEquals("partnership p records costs in AUD, EUR; give exchange rates and a currency:"
        + " Costing.of(partnership, rates, currency)", e.getMessage());
    ExchangeRates rates = ExchangeRates.on(LocalDate.of(2024, 1, 31)).with("AUD", "EUR", "0.6123");
    Costing c = Costing.of(p, rates, EUR);
    assertEquals(MoneyRange.exactly(EUR, dec("712.3")), c.total(), "612.3 + 100, exact");
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> Costing.of(p, ExchangeRates.on(LocalDate.of(2024, 1, 31)), EUR));
    assertTrue(missing.getMessage().contains("no rate from AUD to EUR"), missing.getMessage());
  }

  @Test
  void exchangeRatesRefuseBadInputAndRoundOnlyTheConvertedAmount() {
    ExchangeRates r = ExchangeRates.on(LocalDate.of(2024, 1, 31)).with("AUD", "EUR", "0.6123");
    assertEquals(Money.of("EUR", "0.61"), r.convert(Money.of("AUD", "1.00"), EUR));
    assertEquals(Money.of("AUD", "1.00"), r.convert(Money.of("AUD", "1.00"), AUD));
    assertEquals("rates of 2024-01-31: AUD/EUR 0.6123", r.toString());
    assertThrows(IllegalArgumentException.class, () -> r.with("AUD", "AUD", "1"));
    assertEquals("expected a rate as a plain positive decimal such as '0.61', but found '-1'",
        assertThrows(IllegalArgumentException.class, () -> r.with("AUD", "EUR", "-1")).getMessage());
    assertEquals("unknown ISO 4217 currency code 'XXY'",
        assertThrows(IllegalArgumentException.class, () -> r.with("XXY", "EUR", "1")).getMessage());
    assertEquals("currency XAU has no minor unit, so costs cannot be given in it",
        assertThrows(IllegalArgumentException.class, () -> r.with("XAU", "EUR", "1")).getMessage());
    IllegalArgumentException noInverse = assertThrows(IllegalArgumentException.class,
        () -> r.convert(Money.of("EUR", "1.00"), AUD));
    assertTrue(noInverse.getMessage().startsWith("no exchange rate from EUR to AUD was given for 2024-01-31"),
        noInverse.getMessage());
  }

  @Test
  void theIndicatorDividesTheWorkersRecruitmentCostByMonthlyEarnings() {
    Partnership p = Fixtures.partnership("tic", "TH->IL")
        .addCosts(item(CostItemKind.RECRUITMENT_FEES, CostBasis.PER_MIGRANT, "USD 2200.00", PayerShare.all(Payer.MIGRANT)))
        .addCosts(item(CostItemKind.TRAINING_PROVIDER, CostBasis.PER_MIGRANT, "USD 800.00", PayerShare.all(Payer.MIGRANT)))
        .addParticipants(actual(FigureKind.MIGRATED, Count.exactly(8000)))
        .addOutcomes(io.github.smpkit.core.outcome.Outcome.builder()
            .kind(io.github.smpkit.core.outcome.OutcomeKind.EARNINGS).amount(Money.of("USD", "1600.00")).build())
        .build();
    RecruitmentCostIndicator i = RecruitmentCostIndicator.of(Costing.of(p));
    assertTrue(i.isComputed());
    assertEquals(new Costing.Percent(dec("1.37"), dec("1.38")), i.monthsOfEarnings().orElseThrow(),
        "USD 2,200 / 1,600 = 1.375 months; training is not a recruitment cost");
    assertEquals("1.37 to 1.38 months of earnings", i.toString());
  }

  @Test
  void scenariosCompareArrangementsSideBySide() {
    CostItem airfare = item(CostItemKind.TRANSPORT, CostBasis.PER_MIGRANT, "NZD 1200.00",
        PayerShare.of(Payer.EMPLOYER, 50), PayerShare.of(Payer.MIGRANT, 50));
    Partnership rse = Fixtures.partnership("rse", "VU->NZ").addCosts(airfare)
        .addParticipants(actual(FigureKind.MIGRATED, Count.exactly(100))).build();
    CostScenarios s = CostScenarios.of(rse)
        .with("employer pays airfare", p -> CostScenarios.shares(p, CostItemKind.TRANSPORT, PayerShare.all(Payer.EMPLOYER)))
        .with("worker repays half by deduction", p -> CostScenarios.payments(p, CostItemKind.TRANSPORT,
            Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.UPFRONT).build(),
            Payment.builder().payer(Payer.MIGRANT).mechanism(PaymentMechanism.WAGE_DEDUCTION).percent(dec("50")).build()));
    String table = s.toString();
    assertTrue(table.contains("worker's share"), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("worker's share") && l.contains("50 %") && l.contains("0 %")),
        table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("EMPLOYER pays upfront, per participant")
        && l.contains("NZD 600.00") && l.contains("NZD 1200.00")), table);
    String csv = s.toCsv();
    assertTrue(csv.startsWith("partnership,scenario,measure,value\r\n"), csv);
    assertTrue(csv.contains("rse,employer pays airfare,worker's share,0 %\r\n"), csv);
    assertTrue(csv.contains("rse,worker repays half by deduction,MIGRANT bears per participant,NZD 600.00\r\n")
        || csv.contains("rse,worker repays half by deduction,\"MIGRANT bears, per participant\",NZD 600.00\r\n"), csv);
    assertThrows(IllegalArgumentException.class, () -> s.with("as recorded", p -> p));
    assertEquals("partnership rse has no cost item TRAINING_PROVIDER; its items are [TRANSPORT]",
        assertThrows(IllegalArgumentException.class,
            () -> CostScenarios.shares(rse, CostItemKind.TRAINING_PROVIDER, PayerShare.all(Payer.EMPLOYER))).getMessage());
  }
}
