package io.github.smpkit.portfolio;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns: a header, a rule, rows; numeric columns right-aligned. */
final class TextTable {

  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... headers) {
    this.headers = List.of(headers);
    this.rightAligned = new boolean[headers.length];
  }

  /** Right-aligns the given columns (numbers). */
  TextTable right(int... columns) {
    for (int c : columns) {
      rightAligned[c] = true;
    }
    return this;
  }

  TextTable row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
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
