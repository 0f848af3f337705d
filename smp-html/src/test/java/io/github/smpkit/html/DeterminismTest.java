package io.github.smpkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The same input gives the same bytes, whatever order the reports come in. */
class DeterminismTest {

  @Test
  void aPartnershipPageIsTheSameEveryTime() {
    Partnership p = Catalogue.get("thamm");
    String first = HtmlReport.of(p, PartnershipValidator.standard().validate(p)).toHtml();
    String second = HtmlReport.of(p, PartnershipValidator.builder().build().validate(p)).toHtml();
    assertEquals(first, second);
  }

  @Test
  void aPortfolioPageDoesNotDependOnTheOrderOfItsInputs() {
    List<Partnership> shuffled = new ArrayList<>(Catalogue.all());
    Collections.shuffle(shuffled, new Random(7));
    List<Report> reports = new ArrayList<>(PartnershipValidator.standard().validateAll(shuffled));
    Collections.shuffle(reports, new Random(11));
    assertEquals(Fixtures.cataloguePortfolio().toHtml(), HtmlReport.portfolio(shuffled, reports).toHtml());
  }
}
