package io.github.smpkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.portfolio.Portfolio;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Outcome;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The catalogue's portfolio page: overview, heat map, who pays, participants, each partnership. */
class PortfolioPageTest {

  @Test
  void theCataloguePortfolioHasItsSectionsAndOneReportPerPartnership() {
    int n = Catalogue.all().size();
    HtmlReport report = Fixtures.cataloguePortfolio();
    assertEquals("Portfolio of " + n + " partnerships", report.title());
    Document doc = Jsoup.parse(report.toHtml());
    assertEquals(List.of("coverage", "questions", "who-pays", "participants", "overview"),
        doc.select("main > section:not(.partnership)").eachAttr("id"));
    assertEquals(n, doc.select("main > section.partnership").size());
    assertEquals(n, doc.select("section#overview tbody tr").size());
    for (Element section : doc.select("main > section.partnership")) {
      assertNotNull(section.selectFirst("h2"), "each partnership has its heading");
      assertNotNull(section.selectFirst("section[id$=-elements] table"), "and its element table");
    }
  }

  @Test
  void theHeatMapHasACellPerPartnershipAndElementAndMarksBreachesInText() {
    Document doc = Jsoup.parse(Fixtures.cataloguePortfolio().toHtml());
    Element svg = doc.selectFirst("section#coverage svg[role=img]");
    List<Element> rows = svg.select("g:has(> title):has(> g)");
    assertEquals(Catalogue.all().size(), rows.size());
    List<Report> reports = PartnershipValidator.standard().validateAll(Catalogue.all());
    Portfolio portfolio = Portfolio.of(Catalogue.all());
    for (int r = 0; r < rows.size(); r++) {
      String id = portfolio.partnerships().get(r).id();
      Report report = reports.stream().filter(x -> x.partnershipId().equals(id)).findFirst().orElseThrow();
      List<Element> cells = rows.get(r).select("> g");
      assertEquals(EssentialElement.values().length, cells.size());
      for (EssentialElement e : EssentialElement.values()) {
        Element cell = cells.get(e.ordinal());
        boolean breach = report.element(e).map(x -> x.count(Outcome.BREACH) > 0).orElse(false);
        String text = cell.selectFirst("text").text();
        assertEquals(breach, text.endsWith("!"), id + " " + e + ": " + text);
        report.element(e).ifPresent(x -> assertTrue(x.completeness().total() == 0 ? text.equals("n/a")
            : text.startsWith(x.completeness().percent().getAsInt() + ""), id + " " + e + ": " + text));
      }
    }
  }

  @Test
  void whoPaysAndParticipantsSumUpThePortfolio() {
    Document doc = Jsoup.parse(Fixtures.cataloguePortfolio().toHtml());
    Portfolio portfolio = Portfolio.of(Catalogue.all());
    List<String> payers = doc.select("section#who-pays tbody th").eachText();
    assertTrue(payers.containsAll(portfolio.costShares().byPayer().stream()
        .map(s -> s.payer().name().charAt(0) + s.payer().name().substring(1).toLowerCase().replace('_', ' '))
        .toList()), "every payer with a stated share is there: " + payers);
    assertEquals(portfolio.participants().totals().size(), doc.select("section#participants tbody tr").size());
    assertNotNull(doc.selectFirst("section#who-pays svg[role=img]"));
    assertNotNull(doc.selectFirst("section#participants svg[role=img]"));
  }

  @Test
  void whoPaysAcrossThePortfolioCountsWhatTheWorkerBearsThroughPayments() {
    Document doc = Jsoup.parse(Fixtures.cataloguePortfolio().toHtml());
    Element migrant = doc.select("section#who-pays tbody tr").stream()
        .filter(tr -> tr.selectFirst("th").text().equals("Migrant")).findFirst().orElseThrow();
    String partnerships = migrant.select("td").last().text();
    // nz-rse records the employer's half of the airfare only: who pays the rest is not the worker by default
    assertTrue(partnerships.contains("palm") && partnerships.contains("th-il-tic") && !partnerships.contains("nz-rse"),
        partnerships);
    List<String> parts = doc.select("section#who-pays > ul li").eachText();
    assertTrue(parts.stream().anyMatch(t -> t.startsWith("palm: a part, amount not recorded, of Transport")
        && t.contains("wage deduction above AUD 300.00")), parts.toString());
  }

  @Test
  void anEmptyPortfolioRenders() {
    Document doc = Jsoup.parse(HtmlReport.portfolio(List.of(), List.of()).toHtml());
    assertEquals("Portfolio of 0 partnerships", doc.selectFirst("h1").text());
    assertTrue(doc.select("svg").isEmpty());
  }
}
