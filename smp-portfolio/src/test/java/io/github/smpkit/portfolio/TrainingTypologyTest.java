package io.github.smpkit.portfolio;

import static io.github.smpkit.portfolio.Fixtures.partnership;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.training.Track;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainingTypologyTest {

  private static TrainingComponent at(TrainingLocation location) {
    return TrainingComponent.builder().name("course in " + location).location(location).track(Track.AWAY).build();
  }

  private final Portfolio portfolio = Portfolio.of(List.of(
      partnership("gsp", "MA->BE").addTraining(at(TrainingLocation.ORIGIN))
          .addCost(CostItem.builder().item(CostItemKind.TRAINING_PROVIDER).addShare(PayerShare.all(Payer.DONOR)).build())
          .addFundingSource(FundingSource.builder().name("EU").type(Payer.DONOR).build()).build(),
      partnership("dual", "MA->DE").addTraining(at(TrainingLocation.ORIGIN)).addTraining(at(TrainingLocation.DESTINATION))
          .addFundingSource(FundingSource.builder().name("BMZ").type(Payer.DESTINATION_GOVERNMENT)
              .country(Country.of("DE")).build()).build(),
      partnership("bare", "TO->NZ").build()));

  @Test
  void readsTheSiteFromTheTrainingLocations() {
    TrainingTypology t = portfolio.trainingTypology();
    assertEquals(TrainingSite.ORIGIN, t.row("gsp").orElseThrow().site());
    assertEquals(TrainingSite.ORIGIN_AND_DESTINATION, t.row("dual").orElseThrow().site());
    assertEquals(TrainingSite.NOT_DESCRIBED, t.row("bare").orElseThrow().site());
  }

  @Test
  void prefersTrainingCostSharesAndFallsBackToFundersVisibly() {
    TrainingTypology t = portfolio.trainingTypology();
    assertEquals(PayerBasis.COST_ITEMS, t.row("gsp").orElseThrow().basis());
    assertEquals(Set.of(Payer.DONOR), t.row("gsp").orElseThrow().payers());
    assertEquals(PayerBasis.FUNDERS, t.row("dual").orElseThrow().basis());
    assertEquals(List.of("DESTINATION_GOVERNMENT (funder)"), t.row("dual").orElseThrow().payerLabels());
    assertEquals(PayerBasis.NOT_KNOWN, t.row("bare").orElseThrow().basis());
  }

  @Test
  void crossTabulatesSiteAgainstPayer() {
    CrossTab tab = portfolio.trainingTypology().siteByPayer();
    assertEquals(1, tab.count("ORIGIN", "DONOR"));
    assertEquals(1, tab.count("ORIGIN_AND_DESTINATION", "DESTINATION_GOVERNMENT (funder)"));
    assertEquals(1, tab.count("NOT_DESCRIBED", "not known"));
    assertEquals(0, tab.count("ORIGIN", "EMPLOYER"));
    assertEquals(List.of("DONOR", "DESTINATION_GOVERNMENT (funder)", "not known"), tab.columns());
  }

  @Test
  void answersWhoPaysForTrainingInTheBusiestCorridors() {
    CrossTab tab = portfolio.trainingTypology().payersByCorridor(List.of(Corridor.of("MA", "BE"), Corridor.of("MA", "DE")));
    assertEquals(List.of("MA -> BE", "MA -> DE"), tab.rows());
    assertEquals(List.of("gsp"), tab.ids("MA -> BE", "DONOR"));
    assertTrue(tab.toString().contains("MA -> DE"), tab.toString());
    assertTrue(tab.toCsv().contains("MA -> BE,DONOR,1,gsp\r\n"), tab.toCsv());
  }

  @Test
  void writesOneCsvRowPerPartnershipAndPayer() {
    String csv = portfolio.trainingTypology().toCsv();
    assertTrue(csv.startsWith("partnership,site,payer,basis\r\n"), csv);
    assertTrue(csv.contains("bare,NOT_DESCRIBED,,NOT_KNOWN\r\n"), csv);
    assertTrue(csv.contains("dual,ORIGIN_AND_DESTINATION,DESTINATION_GOVERNMENT,FUNDERS\r\n"), csv);
  }
}
