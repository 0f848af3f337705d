package io.github.smpkit.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.funding.CostBasis;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.Payment;
import io.github.smpkit.core.funding.PaymentMechanism;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.json.SmpJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The costing of the real partnerships of examples/catalog, pinned with the reading behind each figure. */
class CatalogueCostingTest {

  private static final Portfolio CATALOGUE = Portfolio.of(load());

  private static List<Partnership> load() {
    Path dir = Path.of("..", "examples", "catalog");
    SmpJson json = SmpJson.standard();
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> {
        try {
          return json.read(Files.readString(f));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Partnership entry(String id) {
    return CATALOGUE.partnership(id).orElseThrow();
  }

  @Test
  void digitalExplorersCostsItsBudgetDividedByItsThirtyParticipants() {
    Costing c = Costing.of(entry("digital-explorers"));
    assertEquals("EUR 1347778.69", c.total().toString());
    assertEquals("SELECTED (actual) 30", c.participants().toString());
    assertEquals("EUR 44925.96", c.perParticipant().toString());
    assertEquals("EUR 89851.91", c.dividedBy(FigureKind.MIGRATED).perParticipant().toString(), "15 migrated");
    assertEquals("0 to 100 %", c.workerShare().orElseThrow().toString(), "the budget names no payer");
  }

  @Test
  void tripleWinEmployersBearEveryPlacementCost() {
    Costing c = Costing.of(entry("triple-win"));
    assertEquals("0 %", c.workerShare().orElseThrow().toString());
    assertTrue(c.perParticipant().isUnknown(), "the range EUR 9,500-17,000 is in the description only");
    Costing low = Costing.of(CostScenarios.amount(entry("triple-win"), CostItemKind.OTHER, Money.of("EUR", 9500),
        CostBasis.PER_MIGRANT));
    assertEquals("EUR 9500.00", low.byPayer().get(0).bornePerParticipant().toString());
    assertEquals(Optional.of(Side.DESTINATION), low.byPayer().get(0).side());
  }

  @Test
  void rseEmployersPayHalfOfTheAirfareAndWhoPaysTheRestIsNotKnown() {
    // the sources state the employer's half only: the other half is unknown, not the worker's and not nobody's
    Costing c = Costing.of(entry("nz-rse"));
    assertTrue(c.workerShare().isEmpty(), () -> c.workerShare().toString());
    assertTrue(c.workerLines().isEmpty(), c.workerLines()::toString);
    Costing.Line rest = c.lines().get(1);
    assertTrue(rest.payer().isEmpty(), rest::toString);
    assertEquals(Optional.of(new BigDecimal("50")), rest.percent());
    // with an illustrative fare of NZD 1,500 the worker bears from nothing to the unstated NZD 750
    Costing fare = Costing.of(CostScenarios.amount(entry("nz-rse"), CostItemKind.TRANSPORT, Money.of("NZD", 1500),
        CostBasis.PER_MIGRANT));
    assertEquals("0 to 50 %", fare.workerShare().orElseThrow().toString());
  }

  @Test
  void palmEmployersPayTravelUpfrontAndRecoverThePartAboveAud300() {
    Costing c = Costing.of(entry("palm"));
    Costing.Line employer = c.lines().get(0);
    assertEquals(Optional.of(Payer.EMPLOYER), employer.payer());
    assertEquals("upfront", employer.how());
    assertTrue(c.workerLines().get(0).how().contains("wage deduction above AUD 300.00"), c.workerLines().toString());
    assertTrue(c.workerShare().isEmpty(), "the fare and the long-term workers' deductions are not quantified");
    // seasonal workers only, with an illustrative fare of AUD 1,000: the worker bears AUD 700
    Partnership seasonal = CostScenarios.payments(CostScenarios.amount(entry("palm"), CostItemKind.TRANSPORT,
        Money.of("AUD", 1000), CostBasis.PER_MIGRANT), CostItemKind.TRANSPORT,
        Payment.builder().payer(Payer.EMPLOYER).mechanism(PaymentMechanism.UPFRONT).build(),
        Payment.builder().payer(Payer.MIGRANT).mechanism(PaymentMechanism.WAGE_DEDUCTION).above(Money.of("AUD", 300))
            .build());
    Costing s = Costing.of(seasonal);
    assertEquals("AUD 700.00", s.borneByWorkerPerParticipant().toString());
    assertEquals("70 %", s.workerShare().orElseThrow().toString());
  }

  @Test
  void thaiWorkersPayTheTicServiceFee() {
    Costing c = Costing.of(entry("th-il-tic"));
    assertEquals("USD 2200.00", c.borneByWorkerPerParticipant().toString());
    assertEquals("100 %", c.workerShare().orElseThrow().toString());
    RecruitmentCostIndicator sdg = RecruitmentCostIndicator.of(c);
    assertEquals("cannot be computed: no earnings recorded", sdg.toString());
    assertEquals("USD 2200.00", sdg.workerCost().toString());
  }

  @Test
  void noCatalogueEntryRecordsEarningsSoNoSdgIndicatorCanBeComputed() {
    CostingTable t = CATALOGUE.costings();
    assertEquals(19, t.rows().size());
    assertEquals(19, t.withoutCosts().size());
    assertEquals(0, t.withIndicator().size());
    assertEquals(19, t.lackingIndicator().size());
    assertTrue(t.lackingIndicator().stream().allMatch(r -> r.indicator().orElseThrow().reason()
        .equals(Optional.of("no earnings recorded"))));
    String csv = t.toCsv();
    assertTrue(csv.contains("\r\ndigital-explorers,EUR,1,EUR 44925.96,44925.96,44925.96,SELECTED,true,30,"), csv);
  }

  @Test
  void theCatalogueConvertsToOneCurrencyOnlyWithRatesGiven() {
    ExchangeRates rates = ExchangeRates.on(java.time.LocalDate.of(2024, 1, 31)).with("USD", "EUR", "0.92");
    CostingTable t = CATALOGUE.costings(rates, Currency.getInstance("EUR"));
    CostingTable.Row tic = t.rows().stream().filter(r -> r.partnershipId().equals("th-il-tic")).findFirst().orElseThrow();
    assertEquals("EUR 2024.00", tic.costing().orElseThrow().perParticipant().toString());
    CostingTable.Row palm = t.rows().stream().filter(r -> r.partnershipId().equals("palm")).findFirst().orElseThrow();
    assertTrue(palm.problem().orElseThrow().contains("no rate from AUD to EUR"), palm.toString());
  }
}
