package io.github.smpkit.examples.cli;

import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.Severity;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code --format csv}: one row per finding of every report (breaches, open questions and
 * recommendations met), tidy for pandas and R: a header row, one value per cell, empty cells for
 * what does not apply (a finding that is not a breach has no severity), RFC 4180 quoting and
 * CRLF line ends, UTF-8.
 */
final class CsvOutput {

  /** The columns, in order. */
  static final List<String> COLUMNS = List.of("partnership", "rule", "outcome", "severity", "element", "chapter",
      "path", "message", "source");

  private CsvOutput() {
  }

  static void write(Checked checked, PrintStream out) {
    row(out, COLUMNS);
    for (Report r : checked.reports()) {
      for (Finding f : r.findings()) {
        row(out, List.of(r.partnershipId(), f.ruleId(), f.outcome().name(),
            f.severity().map(Severity::name).orElse(""), f.element().map(EssentialElement::name).orElse(""),
            String.valueOf(f.chapter()), f.path(), f.message(), f.source()));
      }
    }
  }

  private static void row(PrintStream out, List<String> fields) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(escape(fields.get(i)));
    }
    out.print(s.append("\r\n"));
  }

  static String escape(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
