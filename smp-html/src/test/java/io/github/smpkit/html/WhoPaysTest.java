package io.github.smpkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.rules.PartnershipValidator;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The who-pays chart and table of a partnership page read who finally bears each cost item from
 * smp-portfolio's Costing, shares and payments together (IOM SMP Guidance 2023, ch. 11 and 12).
 */
class WhoPaysTest {

  private static Element whoPays(Partnership p) {
    String html = HtmlReport.of(p, PartnershipValidator.standard().validate(p)).toHtml();
    Element section = Jsoup.parse(html).selectFirst("section#who-pays");
    assertNotNull(section, p.id() + " has a who-pays section");
    return section;
  }

  private static List<String> titles(Element section) {
    return section.select("svg g > title").eachText();
  }

  @Test
  void palmShowsTheEmployerPayingUpfrontAndTheWorkerBearingAPartNotRecorded() {
    Element section = whoPays(Catalogue.get("palm"));
    List<String> titles = titles(section);
    assertTrue(titles.contains("Transport: Employer pays upfront 100 %"), titles.toString());
    String svg = section.selectFirst("svg").text();
    assertTrue(svg.contains("paid upfront") && svg.contains("finally borne"), svg);
    assertTrue(svg.contains("parts borne by Employer, Migrant and Destination government, amounts not recorded"),
        "the worker's part is named: " + svg);
    assertFalse(titles.stream().anyMatch(t -> t.equals("Transport: Employer pays 100 %")
        || t.equals("Transport: Employer finally bears 100 %")), "no made-up split: " + titles);
    assertTrue(section.selectFirst("figcaption").text().contains("not known (not zero)"));
    String cell = section.select("table tbody tr").get(0).select("td").last().text();
    assertTrue(cell.contains("Migrant: pays upfront 0 %, finally bears a part, amount not recorded (wage deduction"
        + " above AUD 300.00"), cell);
    assertTrue(cell.contains("Employer: pays upfront 100 %"), cell);
  }

  @Test
  void nzRseShowsTheEmployersHalfOfTheAirfareAndAPayerNotRecordedForTheRest() {
    Element section = whoPays(Catalogue.get("nz-rse"));
    List<String> titles = titles(section);
    assertTrue(titles.contains("Transport: Employer pays 50 %"), titles.toString());
    assertTrue(titles.contains("Transport: a payer not recorded pays 50 %"), titles.toString());
    assertFalse(section.selectFirst("svg").text().contains("paid upfront"), "upfront and borne are the same");
    assertFalse(titles.stream().anyMatch(t -> t.contains("Migrant")), "the worker is not named where no source says so");
  }

  @Test
  void anItemWithSharesOnlyIsDrawnFromItsSharesAsBefore() {
    Partnership match = Catalogue.get("match");
    assertTrue(match.costs().stream().allMatch(c -> c.payments().isEmpty() && !c.shares().isEmpty()));
    Element section = whoPays(match);
    List<String> expected = match.costs().stream().flatMap(c -> c.shares().stream()
        .map(s -> words(c.item()) + ": " + words(s.payer()) + " pays " + percent(s))).toList();
    List<String> titles = titles(section).stream().filter(t -> t.contains(" pays ")).toList();
    assertEquals(expected, titles);
    String svg = section.selectFirst("svg").text();
    assertFalse(svg.contains("paid upfront") || svg.contains("not recorded"), svg);
    List<String> cells = section.select("table tbody tr").stream().map(tr -> tr.select("td").last().text()).toList();
    assertEquals(match.costs().stream().map(c -> c.shares().stream().map(s -> words(s.payer()) + " " + percent(s))
        .collect(Collectors.joining(", "))).toList(), cells);
  }

  @Test
  void withoutExchangeRatesThePageSaysWhoFinallyBearsCannotBeWorkedOut() {
    Partnership palm = Catalogue.get("palm");
    CostItem travel = palm.costs().get(0).withAmount(Money.of("EUR", "900.00"))
        .withShares(List.of(PayerShare.of(io.github.smpkit.core.funding.Payer.EMPLOYER, 100)));
    Element section = whoPays(palm.withCosts(List.of(travel)));
    assertTrue(section.text().contains("cannot be worked out: no exchange rates are given"), section.text());
    assertTrue(titles(section).stream().anyMatch(t -> t.startsWith("Transport: who finally bears it cannot be"
        + " worked out")), titles(section).toString());
    assertFalse(titles(section).contains("Transport: Employer pays 100 %"), "no split drawn from shares alone");
  }

  private static String words(Enum<?> e) {
    String s = e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String percent(PayerShare s) {
    return s.percent().stripTrailingZeros().toPlainString() + " %";
  }
}
