package io.github.smpkit.portfolio;

import io.github.smpkit.rules.ElementResult;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Outcome;
import io.github.smpkit.rules.Proportion;
import io.github.smpkit.rules.Report;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How each partnership of a portfolio fares on each of the ten essential elements of the IOM
 * guidance (IOM SMP Guidance 2023, ch. 3 to 12): a matrix of partnerships against elements whose
 * cells are smp-rules {@link ElementResult}s, with their two measures kept apart: <em>design</em>
 * (recommendations met out of met or breached) and <em>completeness</em> (rules with their facts
 * recorded out of those that apply). An element a report did not check is an empty cell.
 *
 * <p>{@link #toString()} prints, per chapter, the completeness in percent, marked {@code !} when
 * the element has a breach, then each partnership's overall design and completeness;
 * {@link #toCsv()} writes it in long form for R or pandas, one row per cell.
 */
public final class CoverageMatrix {

  private final Map<String, Report> rows;

  private CoverageMatrix(Map<String, Report> rows) {
    this.rows = rows;
  }

  /**
   * The matrix of the given reports, one row per report in the order given.
   *
   * @param reports the reports, one per partnership
   * @return the matrix
   * @throws IllegalArgumentException naming the id when two reports are for the same partnership
   */
  public static CoverageMatrix of(Collection<Report> reports) {
    Map<String, Report> rows = new LinkedHashMap<>();
    for (Report report : reports) {
      Objects.requireNonNull(report, "reports holds null");
      if (rows.put(report.partnershipId(), report) != null) {
        throw new IllegalArgumentException("reports must be for distinct partnerships, but '"
            + report.partnershipId() + "' has two");
      }
    }
    return new CoverageMatrix(Collections.unmodifiableMap(rows));
  }

  /**
   * The partnership ids, one per row, in order.
   *
   * @return the partnership ids, one per row, in order
   */
  public List<String> partnershipIds() {
    return List.copyOf(rows.keySet());
  }

  /**
   * The result of one element for one partnership.
   *
   * @param partnershipId the partnership id
   * @param element the essential element
   * @return its design and completeness; empty when the partnership or the element was not checked
   */
  public Optional<ElementResult> result(String partnershipId, EssentialElement element) {
    return Optional.ofNullable(rows.get(partnershipId)).flatMap(r -> r.element(element));
  }

  /**
   * The ids of the partnerships with at least one breach in an element.
   *
   * @param element the essential element
   * @return the ids, in portfolio order
   */
  public List<String> withBreach(EssentialElement element) {
    List<String> ids = new ArrayList<>();
    rows.forEach((id, report) -> {
      if (report.element(element).map(r -> r.count(Outcome.BREACH) > 0).orElse(false)) {
        ids.add(id);
      }
    });
    return ids;
  }

  private static String cell(Optional<ElementResult> r) {
    if (r.isEmpty()) {
      return ".";
    }
    return percent(r.get().completeness()) + (r.get().count(Outcome.BREACH) > 0 ? "!" : "");
  }

  private static String percent(Proportion p) {
    return p.percent().isPresent() ? Integer.toString(p.percent().getAsInt()) : "-";
  }

  /**
   * The matrix as an aligned table: per chapter the completeness in percent ({@code !} marks a
   * breach), then the partnership's overall design and completeness and its number of breaches;
   * then a legend.
   */
  @Override
  public String toString() {
    List<String> headers = new ArrayList<>();
    headers.add("partnership");
    for (EssentialElement e : EssentialElement.values()) {
      headers.add("ch" + e.chapter());
    }
    headers.add("design");
    headers.add("complete");
    headers.add("breaches");
    TextTable t = new TextTable(headers.toArray(String[]::new));
    for (int c = 1; c < headers.size(); c++) {
      t.right(c);
    }
    rows.forEach((id, report) -> {
      List<Object> row = new ArrayList<>();
      row.add(id);
      for (EssentialElement e : EssentialElement.values()) {
        row.add(cell(report.element(e)));
      }
      row.add(report.design().total() == 0 ? "-" : report.design() + "");
      row.add(report.completeness() + "");
      row.add(report.breaches().size());
      t.row(row.toArray());
    });
    StringBuilder s = new StringBuilder(t.render(""));
    s.append("Cells: completeness in % (rules with their facts recorded, out of those that apply); ! a breach;"
        + " . not checked.\n");
    s.append("design: recommendations met out of met or breached; complete: recorded out of applicable.\n");
    for (EssentialElement e : EssentialElement.values()) {
      s.append(String.format(Locale.ROOT, "  ch%-2d %s%n", e.chapter(), e.title()));
    }
    return s.toString();
  }

  /**
   * RFC 4180 CSV in long form, one row per checked cell: {@code partnership,element,chapter,met,
   * breached,gaps,not_applicable,design_percent,completeness_percent} (a percentage is empty when
   * its total is 0).
   *
   * @return the CSV text
   */
  public String toCsv() {
    CsvWriter csv = new CsvWriter().row("partnership", "element", "chapter", "met", "breached", "gaps",
        "not_applicable", "design_percent", "completeness_percent");
    rows.forEach((id, report) -> report.elements().forEach((e, r) -> csv.row(id, e.name(),
        Integer.toString(e.chapter()), Integer.toString(r.count(Outcome.MET)),
        Integer.toString(r.count(Outcome.BREACH)), Integer.toString(r.count(Outcome.GAP)),
        Integer.toString(r.count(Outcome.NOT_APPLICABLE)), csvPercent(r.design()), csvPercent(r.completeness()))));
    return csv.toString();
  }

  private static String csvPercent(Proportion p) {
    return p.percent().isPresent() ? Integer.toString(p.percent().getAsInt()) : "";
  }
}
