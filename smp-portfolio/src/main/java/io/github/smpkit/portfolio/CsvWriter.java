package io.github.smpkit.portfolio;

import java.util.List;

/** Writes CSV as RFC 4180 describes it: comma-separated, CRLF line ends, fields quoted when needed. */
final class CsvWriter {

  private final StringBuilder out = new StringBuilder();

  /** Appends one record; fields holding a comma, a quote, CR or LF are quoted, quotes doubled. */
  CsvWriter row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(escape(fields.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  /** Appends one record. */
  CsvWriter row(String... fields) {
    return row(List.of(fields));
  }

  static String escape(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
