package io.github.smpkit.portfolio;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns: a header, a rule, rows; numeric columns right-aligned. */
final class TextTable {

  private final List<String> headers;
  private final boolean[] rightAligned;
  private final int[] wrapAt;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... headers) {
    this.headers = List.of(headers);
    this.rightAligned = new boolean[headers.length];
    this.wrapAt = new int[headers.length];
  }

  /** Wraps a column's cells after ", " so that no line of it is wider than {@code width}. */
  TextTable wrap(int column, int width) {
    wrapAt[column] = width;
    return this;
  }

  /** Right-aligns the given columns (numbers). */
  TextTable right(int... columns) {
    for (int c : columns) {
      rightAligned[c] = true;
    }
    return this;
  }

  TextTable row(Object... cells) {
    List<List<String>> lines = new ArrayList<>();
    for (int c = 0; c < cells.length; c++) {
      lines.add(wrapAt[c] > 0 ? split(String.valueOf(cells[c]), wrapAt[c]) : List.of(String.valueOf(cells[c])));
    }
    int height = lines.stream().mapToInt(List::size).max().orElse(1);
    for (int i = 0; i < height; i++) {
      List<String> row = new ArrayList<>();
      for (List<String> cell : lines) {
        row.add(i < cell.size() ? cell.get(i) : "");
      }
      rows.add(row);
    }
    return this;
  }

  private static List<String> split(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String part : text.split(", ")) {
      if (line.length() > 0 && line.length() + 2 + part.length() > width) {
        out.add(line.append(',').toString());
        line = new StringBuilder();
      }
      if (line.length() > 0) {
        line.append(", ");
      }
      line.append(part);
    }
    out.add(line.toString());
    return out;
  }

  String render(String title) {
    int[] width = new int[headers.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = headers.get(c).length();
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder s = new StringBuilder();
    if (!title.isEmpty()) {
      s.append(title).append('\n');
    }
    line(s, headers, width);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    line(s, rule, width);
    for (List<String> row : rows) {
      line(s, row, width);
    }
    return s.toString();
  }

  private void line(StringBuilder s, List<String> cells, int[] width) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        l.append("  ");
      }
      String cell = cells.get(c);
      String pad = " ".repeat(width[c] - cell.length());
      l.append(rightAligned[c] ? pad + cell : cell + pad);
    }
    s.append(l.toString().stripTrailing()).append('\n');
  }
}
