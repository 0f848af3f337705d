package io.github.smpkit.portfolio;

import static io.github.smpkit.portfolio.Fixtures.partnership;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostSharesTest {

  private final CostShares shares = Portfolio.of(List.of(
      partnership("rse", "TO->NZ").addCost(CostItem.builder().item(CostItemKind.TRANSPORT)
          .addShare(PayerShare.of(Payer.EMPLOYER, 50)).addShare(PayerShare.of(Payer.MIGRANT, 50)).build()).build(),
      partnership("match", "NG->BE")
          .addCost(CostItem.builder().item(CostItemKind.VISA_AND_IMMIGRATION).addShare(PayerShare.all(Payer.EMPLOYER))
              .build())
          .addCost(CostItem.builder().item(CostItemKind.OTHER).description("total budget").build())
          .build())).costShares();

  @Test
  void summarisesWhatEachPayerCarries() {
    CostShares.PayerSummary employer = shares.of(Payer.EMPLOYER).orElseThrow();
    assertEquals(2, employer.items());
    assertEquals(1, employer.fullyCarried());
    assertEquals(new BigDecimal("75.0"), employer.meanPercent());
    assertEquals(List.of("match", "rse"), employer.partnershipIds());
  }

  @Test
  void listsWhatMigrantsCarry() {
    assertEquals(1, shares.carriedByMigrants().size());
    assertEquals("rse", shares.carriedByMigrants().get(0).partnershipId());
    assertTrue(shares.toString().contains("rse: 50 % of TRANSPORT (TRAVEL)"), shares.toString());
  }

  @Test
  void countsItemsWithoutSharesApart() {
    assertEquals(2, shares.itemsWithShares());
    assertEquals(1, shares.itemsWithoutShares());
  }

  @Test
  void writesOneCsvRowPerShare() {
    assertEquals("partnership,item,category,payer,percent\r\n"
        + "match,VISA_AND_IMMIGRATION,TRAVEL,EMPLOYER,100\r\n"
        + "rse,TRANSPORT,TRAVEL,EMPLOYER,50\r\n"
        + "rse,TRANSPORT,TRAVEL,MIGRANT,50\r\n", shares.toCsv());
  }
}
