package io.github.smpkit.html;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.html.internal.Pages;
import io.github.smpkit.portfolio.Portfolio;
import io.github.smpkit.rules.Report;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the rules concluded about a Skills Mobility Partnership, or about a portfolio of them, as
 * one self-contained HTML page to share or print (IOM SMP Guidance 2023, ch. 3 to 12). The page
 * keeps a report's three parts apart, as smp-rules does: the <em>breaches</em> with their evidence
 * and source, the <em>open questions</em> (facts not recorded, grouped by element) and the
 * <em>recommendations met</em> (collapsed); and per essential element its two measures,
 * <em>design</em> and <em>completeness</em>. Charts in inline SVG show who pays each cost item
 * (ch. 11, Table 3) and participants planned against actual (ch. 5); a portfolio page adds the
 * coverage heat map of the ten elements across its partnerships.
 *
 * <p>The page loads nothing: its style sheet and charts are inline, it runs no script, and its only
 * links outside itself are those to the sources a partnership cites. Every text taken from a
 * partnership or a report is escaped, in element content and in attribute values alike. The same
 * input gives the same bytes. Reports are immutable values.
 *
 * <pre>{@code
 * Report report = PartnershipValidator.standard().validate(partnership);
 * Files.writeString(Path.of("report.html"), HtmlReport.of(partnership, report).toHtml());
 * }</pre>
 */
public final class HtmlReport {

  private final String title;
  private final int partnerships;
  private final String html;

  private HtmlReport(String title, int partnerships, String html) {
    this.title = title;
    this.partnerships = partnerships;
    this.html = html;
  }

  /**
   * The report of one partnership.
   *
   * @param partnership the partnership
   * @param report what the rules concluded about it
   * @return the HTML report
   * @throws IllegalArgumentException when the report is of another partnership
   */
  public static HtmlReport of(Partnership partnership, Report report) {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(report, "report");
    if (!report.partnershipId().equals(partnership.id())) {
      throw new IllegalArgumentException("the report must be of partnership '" + partnership.id()
          + "', but is of '" + report.partnershipId() + "'");
    }
    return new HtmlReport(partnership.title(), 1, Pages.partnership(partnership, report));
  }

  /**
   * The report of a portfolio: every partnership with its report, ordered by id.
   *
   * @param partnerships the partnerships, each with its own id
   * @param reports one report per partnership, in any order
   * @return the HTML report
   * @throws IllegalArgumentException when two partnerships share an id, or when the reports are not
   *     exactly one per partnership
   */
  public static HtmlReport portfolio(Collection<Partnership> partnerships, Collection<Report> reports) {
    return portfolio(Portfolio.of(Objects.requireNonNull(partnerships, "partnerships")), reports);
  }

  /**
   * The report of a portfolio: every partnership with its report, in the portfolio's order.
   *
   * @param portfolio the partnerships
   * @param reports one report per partnership, in any order
   * @return the HTML report
   * @throws IllegalArgumentException when the reports are not exactly one per partnership
   */
  public static HtmlReport portfolio(Portfolio portfolio, Collection<Report> reports) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(reports, "reports");
    Map<String, Report> byId = new LinkedHashMap<>();
    for (Report report : reports) {
      Objects.requireNonNull(report, "reports holds null");
      if (portfolio.partnership(report.partnershipId()).isEmpty()) {
        throw new IllegalArgumentException("every report must be of a partnership of the portfolio, but '"
            + report.partnershipId() + "' is not in it");
      }
      if (byId.put(report.partnershipId(), report) != null) {
        throw new IllegalArgumentException("one report per partnership is expected, but '"
            + report.partnershipId() + "' has two");
      }
    }
    for (Partnership p : portfolio.partnerships()) {
      if (!byId.containsKey(p.id())) {
        throw new IllegalArgumentException("one report per partnership is expected, but '" + p.id() + "' has none");
      }
    }
    String title = "Portfolio of " + portfolio.size() + (portfolio.size() == 1 ? " partnership" : " partnerships");
    return new HtmlReport(title, portfolio.size(), Pages.portfolio(title, portfolio, byId));
  }

  /** {@return the page's heading: the partnership's title, or "Portfolio of N partnerships"} */
  public String title() {
    return title;
  }

  /** {@return how many partnerships the page reports on} */
  public int partnerships() {
    return partnerships;
  }

  /** {@return the whole page: an HTML5 document, UTF-8, ending in a line break} */
  public String toHtml() {
    return html;
  }

  /**
   * Writes the page, for example to a {@link java.io.Writer} or a {@link StringBuilder}.
   *
   * @param out where to write; encode it as UTF-8 when it is a file
   * @throws IOException when {@code out} fails
   */
  public void writeTo(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out").append(html);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HtmlReport && html.equals(((HtmlReport) o).html);
  }

  @Override
  public int hashCode() {
    return html.hashCode();
  }

  /** {@return one line, for example {@code HtmlReport[PALIM: ..., 1 partnership, 48211 characters]}} */
  @Override
  public String toString() {
    return "HtmlReport[" + title + ", " + partnerships + (partnerships == 1 ? " partnership, " : " partnerships, ")
        + html.length() + " characters]";
  }
}
