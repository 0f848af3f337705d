package io.github.smpkit.html.internal;

import static io.github.smpkit.html.internal.Dom.add;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.portfolio.Portfolio;
import io.github.smpkit.rules.Report;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The entry point of smp-html's implementation: draws the page of one partnership or of a
 * portfolio and returns it as HTML text. The public {@code HtmlReport} checks its arguments and
 * calls these.
 */
public final class Pages {

  private Pages() {}

  /**
   * The page of one partnership.
   *
   * @param partnership the partnership
   * @param report what the rules concluded about it
   * @return the HTML text
   */
  public static String partnership(Partnership partnership, Report report) {
    Page page = new Page(partnership.title() + ": Skills Mobility Partnership report");
    Element body = page.body();
    Element header = add(body, "header");
    add(header, "p", "kicker", "Skills Mobility Partnership report");
    add(header, "h1", partnership.title());
    PartnershipView view = new PartnershipView(page, partnership, report, "", false);
    view.facts(header);
    List<Page.Section> sections = view.sections();
    Page.contents(body, sections);
    Page.sections(add(body, "main"), 2, sections);
    Footer.draw(body);
    return page.html();
  }

  /**
   * The page of a portfolio.
   *
   * @param title the page's title
   * @param portfolio the partnerships
   * @param reports the report of each partnership, by partnership id
   * @return the HTML text
   */
  public static String portfolio(String title, Portfolio portfolio, Map<String, Report> reports) {
    Page page = new Page(title);
    new PortfolioView(page, portfolio, reports).draw(title);
    return page.html();
  }
}
