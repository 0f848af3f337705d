package io.github.smpkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Citation;
import io.github.smpkit.core.Partnership;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A page loads nothing: no script, no external style sheet, image or font; only cited sources link out. */
class SelfContainedTest {

  @Test
  void thePortfolioOfTheCatalogueLoadsNothingAndLinksOnlyToCitedSources() {
    String html = Fixtures.cataloguePortfolio().toHtml();
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script, link, img, iframe, object, embed, audio, video, source, base").isEmpty(),
        "no element that loads something");
    assertTrue(doc.select("[src], [srcset], [data], [poster], [background]").isEmpty(), "no attribute that loads");
    Set<String> cited = Catalogue.all().stream().flatMap(p -> p.citations().stream())
        .flatMap(c -> c.url().stream()).collect(Collectors.toSet());
    int external = 0;
    for (Element a : doc.select("[href]")) {
      String href = a.attr("href");
      if (href.startsWith("#")) {
        assertFalse(doc.getElementById(href.substring(1)) == null, "an internal link finds its target: " + href);
      } else {
        external++;
        assertTrue(a.hasClass("source") && cited.contains(href), "only cited sources link out: " + a);
      }
    }
    assertEquals(Catalogue.all().stream().flatMap(p -> p.citations().stream()).filter(c -> c.url().isPresent())
        .count(), external, "each cited address is linked once");
    assertEquals(1, doc.select("style").size(), "one inline style sheet");
    String css = doc.selectFirst("style").data();
    assertFalse(css.contains("url(") || css.contains("@import") || css.contains("http"),
        "the style sheet loads nothing");
    assertTrue(doc.select("[style], [href^=javascript], [href^=data]").isEmpty(), "no inline style or script link");
  }

  @Test
  void httpAppearsOnlyInCitedSources() {
    String html = Fixtures.cataloguePortfolio().toHtml();
    Document doc = Jsoup.parse(html);
    doc.select("a.source").remove();
    doc.select("section[id$=sources] .note").remove();
    String rest = doc.outerHtml();
    assertFalse(rest.contains("http://") || rest.contains("https://"), "no address outside the cited sources");
    long urls = Catalogue.all().stream().flatMap(p -> p.citations().stream()).map(Citation::url)
        .filter(u -> u.isPresent()).count();
    assertTrue(urls > 0, "the catalogue cites addresses, so the check above has something to remove");
    Partnership any = Catalogue.get("palim");
    assertTrue(any.citations().stream().anyMatch(c -> c.url().isPresent()));
  }
}
