package io.github.smpkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report of one partnership: its sections, what they hold, and the API's checks. */
class HtmlReportTest {

  private static final PartnershipValidator VALIDATOR = PartnershipValidator.standard();

  static HtmlReport render(Partnership p) {
    return HtmlReport.of(p, VALIDATOR.validate(p));
  }

  @Test
  void aPartnershipPageHasEverySectionInOrder() {
    Document doc = Jsoup.parse(render(Catalogue.get("match")).toHtml());
    List<String> sections = doc.select("main > section").eachAttr("id");
    assertEquals(List.of("elements", "breaches", "questions", "met", "who-pays", "costing", "participants",
        "sources"), sections);
    List<String> toc = doc.select("nav.toc a").eachAttr("href");
    assertEquals(sections.stream().map(s -> "#" + s).toList(), toc, "the contents link to every section");
    for (String id : sections) {
      assertNotNull(doc.selectFirst("section#" + id + " > h2"), id + " has a heading of level 2");
    }
  }

  @Test
  void theCostingSectionShowsWhatTheWorkerBearsAndSdg1071() {
    Document doc = Jsoup.parse(render(Catalogue.get("nz-rse")).toHtml());
    org.jsoup.nodes.Element costing = doc.selectFirst("section#costing");
    assertNotNull(costing, "a partnership with cost items has a costing section");
    String text = costing.text();
    assertTrue(text.contains("SDG indicator 10.7.1"), text);
    assertTrue(text.contains("cannot be computed: no earnings recorded"), text);
    assertTrue(costing.selectFirst("pre") != null, "the costing table keeps its columns");
  }

  @Test
  void theElementTableHasTheTenElementsWithBothMeasures() {
    Partnership p = Catalogue.get("match");
    Report report = VALIDATOR.validate(p);
    Document doc = Jsoup.parse(HtmlReport.of(p, report).toHtml());
    Element table = doc.selectFirst("section#elements table");
    assertEquals(8, table.select("thead th[scope=col]").size());
    assertEquals(10, table.select("tbody tr").size());
    assertEquals(10, table.select("tbody th[scope=row]").size());
    Element costs = table.select("tbody tr").get(8);
    assertEquals("Cost reduction and sharing", costs.selectFirst("th").text());
    String completeness = report.element(io.github.smpkit.rules.EssentialElement.COSTS).orElseThrow()
        .completeness().toString();
    assertTrue(costs.select("td").last().text().startsWith(completeness), costs.text());
  }

  @Test
  void everyBreachShowsItsEvidenceSourceAndPlace() {
    Partnership p = Catalogue.get("palm");
    Report report = VALIDATOR.validate(p);
    Document doc = Jsoup.parse(HtmlReport.of(p, report).toHtml());
    List<Element> articles = doc.select("section#breaches article.finding");
    assertEquals(report.breaches().size(), articles.size());
    assertFalse(articles.isEmpty(), "the catalogue entry has breaches to show");
    for (int i = 0; i < articles.size(); i++) {
      Element a = articles.get(i);
      var f = report.breaches().get(i);
      assertTrue(a.selectFirst("h3").text().contains(f.ruleId()));
      assertTrue(a.selectFirst(".badge").text().equals(f.severity().orElseThrow().name()), "severity in words");
      assertTrue(a.text().contains(f.source()), "source of " + f.ruleId());
      assertEquals(f.evidence().size(), a.select("table.evidence tbody tr").size(), "evidence of " + f.ruleId());
    }
  }

  @Test
  void openQuestionsAreGroupedByElementAndMetRecommendationsCollapsed() {
    Partnership p = Catalogue.get("match");
    Report report = VALIDATOR.validate(p);
    Document doc = Jsoup.parse(HtmlReport.of(p, report).toHtml());
    assertEquals(report.openQuestions().size(), doc.select("section#questions ul.questions > li").size());
    long elementsWithQuestions = report.openQuestions().stream().map(f -> f.element()).distinct().count();
    assertEquals(elementsWithQuestions, doc.select("section#questions h3").size());
    Element details = doc.selectFirst("section#met > details");
    assertNotNull(details, "the recommendations met are in a collapsed details element");
    assertFalse(details.hasAttr("open"));
    assertEquals(report.met().size(), details.select("li").size());
  }

  @Test
  void whoPaysAndParticipantsAreChartsWithATextEquivalent() {
    Partnership p = Catalogue.get("match");
    Document doc = Jsoup.parse(render(p).toHtml());
    Element chart = doc.selectFirst("section#who-pays figure > svg[role=img]");
    assertNotNull(chart);
    Element caption = doc.getElementById(chart.attr("aria-labelledby"));
    assertNotNull(caption, "the chart is labelled by its caption");
    assertEquals("figcaption", caption.tagName());
    assertEquals(p.costs().size(), doc.select("section#who-pays table tbody tr").size());
    assertNotNull(doc.selectFirst("section#participants figure > svg[role=img]"));
    assertEquals(p.participants().size(), doc.select("section#participants table tbody tr").size());
  }

  @Test
  void aPartnershipWithNothingRecordedSaysSoInsteadOfDrawingEmptyCharts() {
    Partnership p = Catalogue.get("yes-kosovo");
    assertTrue(p.costs().isEmpty() && p.participants().isEmpty());
    Document doc = Jsoup.parse(render(p).toHtml());
    assertEquals("No cost items are recorded.", doc.selectFirst("section#who-pays > p").text());
    assertEquals("No participant figures are recorded.", doc.selectFirst("section#participants > p").text());
    assertTrue(doc.select("section#who-pays svg, section#participants svg").isEmpty());
  }

  @Test
  void thePageHasAPrintStyleSheet() {
    String html = render(Catalogue.get("palim")).toHtml();
    Document doc = Jsoup.parse(html);
    assertEquals("en", doc.selectFirst("html").attr("lang"));
    String css = doc.selectFirst("head > style").data();
    assertTrue(css.contains("@media print"), "a print style sheet");
    assertTrue(html.startsWith("<!doctype html>"), html.substring(0, 40));
  }

  @Test
  void writeToAppendsThePage() throws IOException {
    HtmlReport report = render(Catalogue.get("palim"));
    StringWriter out = new StringWriter();
    report.writeTo(out);
    assertEquals(report.toHtml(), out.toString());
    assertEquals(1, report.partnerships());
    assertTrue(report.toString().startsWith("HtmlReport[PALIM"), report.toString());
  }

  @Test
  void aReportOfAnotherPartnershipIsRefused() {
    Partnership palim = Catalogue.get("palim");
    Report match = VALIDATOR.validate(Catalogue.get("match"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HtmlReport.of(palim, match));
    assertEquals("the report must be of partnership 'palim', but is of 'match'", e.getMessage());
  }

  @Test
  void aPortfolioNeedsExactlyOneReportPerPartnership() {
    Partnership palim = Catalogue.get("palim");
    Partnership match = Catalogue.get("match");
    Report palimReport = VALIDATOR.validate(palim);
    assertEquals("one report per partnership is expected, but 'match' has none",
        assertThrows(IllegalArgumentException.class,
            () -> HtmlReport.portfolio(List.of(palim, match), List.of(palimReport))).getMessage());
    assertEquals("one report per partnership is expected, but 'palim' has two",
        assertThrows(IllegalArgumentException.class,
            () -> HtmlReport.portfolio(List.of(palim), List.of(palimReport, palimReport))).getMessage());
    assertEquals("every report must be of a partnership of the portfolio, but 'palim' is not in it",
        assertThrows(IllegalArgumentException.class,
            () -> HtmlReport.portfolio(List.of(match), List.of(VALIDATOR.validate(match), palimReport)))
            .getMessage());
  }
}
