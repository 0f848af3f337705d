package io.github.smpkit.portfolio;

import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.ElementResult;
import io.github.smpkit.rules.ElementStatus;
import io.github.smpkit.rules.Report;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How far each partnership of a portfolio addresses each of the ten essential elements of the
 * IOM guidance (IOM SMP Guidance 2023, ch. 3 to 12): a matrix of partnerships against elements
 * whose cells are {@link ElementStatus}es, read from smp-rules {@link Report}s. An element a
 * report did not check (its rule set has no rule for it) is an empty cell.
 *
 * <p>{@link #toString()} prints the matrix with one column per chapter ({@code +} addressed,
 * {@code ~} partly addressed, {@code -} missing, {@code .} not checked) and a count of addressed
 * elements per partnership; {@link #toCsv()} writes it in long form for R or pandas:
 * {@code partnership,element,chapter,status}.
 */
public final class CoverageMatrix {

  private final Map<String, Map<EssentialElement, ElementStatus>> rows;

  private CoverageMatrix(Map<String, Map<EssentialElement, ElementStatus>> rows) {
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
    Map<String, Map<EssentialElement, ElementStatus>> rows = new LinkedHashMap<>();
    for (Report report : reports) {
      Objects.requireNonNull(report, "reports holds null");
      Map<EssentialElement, ElementStatus> cells = new EnumMap<>(EssentialElement.class);
      for (Map.Entry<EssentialElement, ElementResult> e : report.elements().entrySet()) {
        cells.put(e.getKey(), e.getValue().status());
      }
      if (rows.put(report.partnershipId(), Collections.unmodifiableMap(cells)) != null) {
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
   * The status of one element for one partnership; empty when the partnership or the element was not checked.
   *
   * @param partnershipId the partnership id
   * @param element the essential element
   * @return the status of one element for one partnership; empty when the partnership or the element was not checked
   */
  public Optional<ElementStatus> status(String partnershipId, EssentialElement element) {
    return Optional.ofNullable(rows.getOrDefault(partnershipId, Map.of()).get(element));
  }

  /**
   * The ids of the partnerships whose element has the given status.
   *
   * @param element the essential element
   * @param status the status
   * @return the ids of the partnerships whose element has the given status
   */
  public List<String> withStatus(EssentialElement element, ElementStatus status) {
    List<String> ids = new ArrayList<>();
    rows.forEach((id, cells) -> {
      if (cells.get(element) == status) {
        ids.add(id);
      }
    });
    return ids;
  }

  /**
   * How many partnerships have the given status for an element.
   *
   * @param element the essential element
   * @param status the status
   * @return how many partnerships have the given status for an element
   */
  public int count(EssentialElement element, ElementStatus status) {
    return withStatus(element, status).size();
  }

  private static String symbol(ElementStatus status) {
    if (status == null) {
      return ".";
    }
    switch (status) {
      case ADDRESSED:
        return "+";
      case PARTLY_ADDRESSED:
        return "~";
      default:
        return "-";
    }
  }

  /**
   * The matrix as an aligned table, one column per chapter and a last column counting addressed,
   * partly addressed and missing elements; then, per chapter, how many partnerships address it
   * and how many leave it missing; then a legend.
   */
  @Override
  public String toString() {
    List<String> headers = new ArrayList<>();
    headers.add("partnership");
    for (EssentialElement e : EssentialElement.values()) {
      headers.add("ch" + e.chapter());
    }
    headers.add("+/~/-");
    TextTable t = new TextTable(headers.toArray(String[]::new));
    for (int c = 1; c < headers.size(); c++) {
      t.right(c);
    }
    rows.forEach((id, cells) -> {
      List<Object> row = new ArrayList<>();
      row.add(id);
      for (EssentialElement e : EssentialElement.values()) {
        row.add(symbol(cells.get(e)));
      }
      row.add(cells.values().stream().filter(s -> s == ElementStatus.ADDRESSED).count() + "/"
          + cells.values().stream().filter(s -> s == ElementStatus.PARTLY_ADDRESSED).count() + "/"
          + cells.values().stream().filter(s -> s == ElementStatus.MISSING).count());
      t.row(row.toArray());
    });
    for (ElementStatus status : new ElementStatus[] {ElementStatus.ADDRESSED, ElementStatus.MISSING}) {
      List<Object> total = new ArrayList<>();
      total.add(status == ElementStatus.ADDRESSED ? "(addressed)" : "(missing)");
      for (EssentialElement e : EssentialElement.values()) {
        total.add(count(e, status));
      }
      total.add("");
      t.row(total.toArray());
    }
    StringBuilder s = new StringBuilder(t.render(""));
    s.append("+ addressed, ~ partly addressed, - missing, . not checked\n");
    for (EssentialElement e : EssentialElement.values()) {
      s.append(String.format(java.util.Locale.ROOT, "  ch%-2d %s%n", e.chapter(), e.title()));
    }
    return s.toString();
  }

  /**
   * RFC 4180 CSV in long form, one row per checked cell: {@code partnership,element,chapter,status}.
   *
   * @return rFC 4180 CSV in long form, one row per checked cell: {@code partnership,element,chapter,status}
   */
  public String toCsv() {
    CsvWriter csv = new CsvWriter().row("partnership", "element", "chapter", "status");
    rows.forEach((id, cells) -> cells.forEach((e, s) ->
        csv.row(id, e.name(), Integer.toString(e.chapter()), s.name())));
    return csv.toString();
  }
}
