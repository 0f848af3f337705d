package io.github.smpkit.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A cross-tabulation of partnerships along two dimensions, for example where training takes
 * place against who pays for it (IOM SMP Guidance 2023, ch. 8 and ch. 11). Each cell holds the
 * ids of the partnerships in it; a partnership may sit in several cells of a row when it has
 * several column values (several payers).
 *
 * <p>{@link #toString()} prints the counts as an aligned table; {@link #toCsv()} writes RFC 4180
 * CSV in long form, one row per non-empty cell: {@code <rows>,<columns>,partnerships,ids}.
 */
public final class CrossTab {

  private final String rowDimension;
  private final String columnDimension;
  private final List<String> rows;
  private final List<String> columns;
  private final Map<String, Map<String, List<String>>> cells;

  private CrossTab(String rowDimension, String columnDimension, List<String> rows, List<String> columns,
      Map<String, Map<String, List<String>>> cells) {
    this.rowDimension = rowDimension;
    this.columnDimension = columnDimension;
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
    cells.forEach((r, m) -> {
      Map<String, List<String>> row = new LinkedHashMap<>();
      m.forEach((c, ids) -> row.put(c, List.copyOf(new TreeSet<>(ids))));
      copy.put(r, row);
    });
    this.cells = copy;
  }

  /** Collects cells: {@link #add} partnership ids to (row, column) pairs, then {@link #build}. */
  static final class Builder {
    private final String rowDimension;
    private final String columnDimension;
    private final List<String> rows = new ArrayList<>();
    private final List<String> columns;
    private final Map<String, Map<String, List<String>>> cells = new LinkedHashMap<>();

    Builder(String rowDimension, String columnDimension, List<String> columns) {
      this.rowDimension = rowDimension;
      this.columnDimension = columnDimension;
      this.columns = new ArrayList<>(columns);
    }

    Builder add(String row, String column, String id) {
      if (!rows.contains(row)) {
        rows.add(row);
      }
      if (!columns.contains(column)) {
        columns.add(column);
      }
      cells.computeIfAbsent(row, r -> new LinkedHashMap<>()).computeIfAbsent(column, c -> new ArrayList<>()).add(id);
      return this;
    }

    Builder row(String row) {
      if (!rows.contains(row)) {
        rows.add(row);
      }
      return this;
    }

    CrossTab build() {
      List<String> used = columns.stream()
          .filter(c -> cells.values().stream().anyMatch(m -> m.containsKey(c))).toList();
      return new CrossTab(rowDimension, columnDimension, rows, used, cells);
    }
  }

  /**
   * What the rows are, for example {@code training site}.
   *
   * @return what the rows are, for example {@code training site}
   */
  public String rowDimension() {
    return rowDimension;
  }

  /**
   * What the columns are, for example {@code payer}.
   *
   * @return what the columns are, for example {@code payer}
   */
  public String columnDimension() {
    return columnDimension;
  }

  /**
   * The row labels, in order.
   *
   * @return the row labels, in order
   */
  public List<String> rows() {
    return rows;
  }

  /**
   * The column labels that have at least one partnership, in order.
   *
   * @return the column labels that have at least one partnership, in order
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * The ids of the partnerships in a cell; empty when there are none.
   *
   * @param row the row label
   * @param column the column label
   * @return the ids of the partnerships in a cell; empty when there are none
   */
  public List<String> ids(String row, String column) {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    return cells.getOrDefault(row, Map.of()).getOrDefault(column, List.of());
  }

  /**
   * The number of partnerships in a cell.
   *
   * @param row the row label
   * @param column the column label
   * @return the number of partnerships in a cell
   */
  public int count(String row, String column) {
    return ids(row, column).size();
  }

  /**
   * An aligned table of counts, rows down and columns across; empty cells print as {@code .}.
   *
   * @return an aligned table of counts, rows down and columns across; empty cells print as {@code .}
   */
  @Override
  public String toString() {
    List<String> headers = new ArrayList<>();
    headers.add(rowDimension + " \\ " + columnDimension);
    headers.addAll(columns);
    TextTable t = new TextTable(headers.toArray(String[]::new));
    for (int c = 1; c <= columns.size(); c++) {
      t.right(c);
    }
    for (String r : rows) {
      List<Object> cellsOfRow = new ArrayList<>();
      cellsOfRow.add(r);
      for (String c : columns) {
        int n = count(r, c);
        cellsOfRow.add(n == 0 ? "." : Integer.toString(n));
      }
      t.row(cellsOfRow.toArray());
    }
    return t.render("");
  }

  /**
   * RFC 4180 CSV in long form, one row per non-empty cell: {@code <rows>,<columns>,partnerships,ids}.
   *
   * @return rFC 4180 CSV in long form, one row per non-empty cell: {@code <rows>,<columns>,partnerships,ids}
   */
  public String toCsv() {
    CsvWriter csv = new CsvWriter().row(rowDimension, columnDimension, "partnerships", "ids");
    for (String r : rows) {
      for (String c : columns) {
        List<String> ids = ids(r, c);
        if (!ids.isEmpty()) {
          csv.row(r, c, Integer.toString(ids.size()), String.join(";", ids));
        }
      }
    }
    return csv.toString();
  }
}
