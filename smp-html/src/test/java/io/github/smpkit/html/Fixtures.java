package io.github.smpkit.html;

import io.github.smpkit.rules.PartnershipValidator;

/** The catalogue's portfolio report, rendered once and shared by the tests that only read it. */
final class Fixtures {

  private static HtmlReport portfolio;

  private Fixtures() {}

  static synchronized HtmlReport cataloguePortfolio() {
    if (portfolio == null) {
      portfolio = HtmlReport.portfolio(Catalogue.all(), PartnershipValidator.standard().validateAll(Catalogue.all()));
    }
    return portfolio;
  }
}
