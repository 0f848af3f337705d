package io.github.smpkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Citation;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.rules.PartnershipValidator;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Text from a partnership stays text: in element content, in attribute values and in SVG text.
 * Each test plants markup where a partnership's author can write, then reads the page back with
 * an HTML5 parser (as a browser would) and finds the text, and no element or attribute the
 * markup tried to make.
 */
class EscapingTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String BREAKOUT = "\"><img src=x onerror=alert(2)>'";

  /** A catalogue entry with markup in its title, summary, a cost item, and a citation's title and address. */
  static Partnership hostile(String id) {
    Partnership match = Catalogue.get("match");
    List<Citation> citations = new ArrayList<>(match.citations());
    citations.set(0, citations.get(0).withTitle(SCRIPT + BREAKOUT)
        .withUrl("https://example.org/a\"onmouseover=\"alert(3)\"<script>alert(4)</script>"));
    List<CostItem> costs = new ArrayList<>(match.costs());
    costs.set(0, costs.get(0).withDescription(SCRIPT + " & " + BREAKOUT));
    return match.withId(id).withTitle(SCRIPT).withSummary(BREAKOUT + SCRIPT).withCitations(citations)
        .withCosts(costs);
  }

  static void assertNoInjectedMarkup(String html) {
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script, img, iframe, object, embed, link").isEmpty(), "no element made of text");
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertFalse(a.getKey().toLowerCase().startsWith("on"), "no event handler attribute: " + a);
      }
    }
    assertFalse(html.contains("<script"), "the raw page has no <script");
    assertFalse(html.contains("<img"), "the raw page has no <img");
  }

  @Test
  void aTitleWithAScriptTagStaysTextInAPartnershipPage() {
    Partnership p = hostile("match");
    String html = HtmlReport.of(p, PartnershipValidator.standard().validate(p)).toHtml();
    assertNoInjectedMarkup(html);
    Document doc = Jsoup.parse(html);
    assertEquals(SCRIPT, doc.selectFirst("h1").text());
    assertEquals(SCRIPT + ": Skills Mobility Partnership report", doc.title());
    assertEquals(BREAKOUT + SCRIPT, doc.selectFirst("header p.lead").text());
    assertTrue(doc.selectFirst("section#elements caption").text().endsWith(SCRIPT));
  }

  @Test
  void aCitedAddressStaysOneAttributeValue() {
    Partnership p = hostile("match");
    Document doc = Jsoup.parse(HtmlReport.of(p, PartnershipValidator.standard().validate(p)).toHtml());
    Element link = doc.selectFirst("section#sources a.source");
    assertEquals(p.citations().get(0).url().orElseThrow(), link.attr("href"));
    assertEquals(List.of("class", "href", "rel"), link.attributes().asList().stream().map(Attribute::getKey).toList());
    assertTrue(doc.selectFirst("section#sources cite").text().equals(SCRIPT + BREAKOUT));
  }

  @Test
  void textInSvgStaysText() {
    Partnership p = hostile("match");
    Document doc = Jsoup.parse(HtmlReport.of(p, PartnershipValidator.standard().validate(p)).toHtml());
    List<String> tooltips = doc.select("section#who-pays svg title").eachText();
    assertTrue(tooltips.stream().anyMatch(t -> t.contains(SCRIPT + " & " + BREAKOUT)), tooltips.toString());
  }

  @Test
  void aTitleWithMarkupStaysTextInAPortfolioPageAndItsHeatMap() {
    String id = "x-hostile";   // smp-core allows only lower-case letters, digits and hyphens in ids
    Partnership p = hostile(id);
    Partnership other = Catalogue.get("palim");
    PartnershipValidator v = PartnershipValidator.standard();
    String html = HtmlReport.portfolio(List.of(p, other), List.of(v.validate(p), v.validate(other))).toHtml();
    assertNoInjectedMarkup(html);
    Document doc = Jsoup.parse(html);
    Element heat = doc.selectFirst("section#coverage svg");
    assertTrue(heat.select("text").eachText().contains(id), "the id is SVG text");
    assertTrue(heat.select("g > title").eachText().contains(id + ": " + SCRIPT), "the title is an SVG tooltip");
    Element overview = doc.select("section#overview tbody a").stream().filter(a -> a.text().equals(SCRIPT))
        .findFirst().orElseThrow();
    String target = overview.attr("href").substring(1);
    assertEquals(SCRIPT, doc.getElementById(target).selectFirst("h2").text(), "the link finds its section");
  }
}
