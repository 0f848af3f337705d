package io.github.smpkit.rules.internal;

import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.ElementResult;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders a {@link Report} as plain text for a terminal, at most {@value #WIDTH} columns wide. */
public final class TextReport {

  /** The widest line. */
  public static final int WIDTH = 100;
  private static final int INDENT = 11;

  private TextReport() {
  }

  /**
   * The report as text.
   *
   * @param report the report
   * @return the text
   */
  public static String render(Report report) {
    StringBuilder s = new StringBuilder();
    line(s, "Partnership " + report.partnershipId() + ": " + report.partnershipTitle());
    line(s, "Result: " + (report.isValid() ? "VALID" : "INVALID") + " (" + counts(report) + ")   Score: "
        + report.score() + "/100   Rules run: " + report.rulesRun());
    s.append('\n');
    s.append(String.format(Locale.ROOT, "%-2s  %-55s  %-16s  %5s  %8s\n", "#", "EssentialElement (guidance chapter)",
        "Status", "Score", "Findings"));
    s.append("-".repeat(2 + 2 + 55 + 2 + 16 + 2 + 5 + 2 + 8)).append('\n');
    for (EssentialElement element : EssentialElement.values()) {
      Optional<ElementResult> r = report.element(element);
      String name = fit(element.title() + " (ch. " + element.chapter() + ")", 55);
      if (r.isEmpty()) {
        s.append(String.format(Locale.ROOT, "%2d  %-55s  %-16s  %5s  %8s\n", element.ordinal() + 1, name,
            "not checked", "-", "-"));
      } else {
        s.append(String.format(Locale.ROOT, "%2d  %-55s  %-16s  %5d  %8d\n", element.ordinal() + 1, name,
            status(r.get()), r.get().score(), report.findings(element).size()));
      }
    }
    s.append('\n');
    if (report.findings().isEmpty()) {
      s.append("No findings.\n");
      return s.toString();
    }
    List<Finding> structural = report.structuralFindings();
    if (!structural.isEmpty()) {
      line(s, "Structure of the model (" + structural.size() + ")");
      structural.forEach(f -> finding(s, f));
      s.append('\n');
    }
    for (EssentialElement element : EssentialElement.values()) {
      List<Finding> findings = report.findings(element);
      if (findings.isEmpty()) {
        continue;
      }
      line(s, (element.ordinal() + 1) + ". " + element.title() + " (ch. " + element.chapter() + ") - "
          + report.element(element).map(TextReport::status).orElse("not checked") + " ("
          + findings.size() + ")");
      findings.forEach(f -> finding(s, f));
      s.append('\n');
    }
    return s.toString();
  }

  static String counts(Report report) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : new Severity[] {Severity.FATAL, Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      int n = report.count(severity);
      if (n > 0 || severity == Severity.ERROR || severity == Severity.WARNING) {
        parts.add(n + " " + severity.name().toLowerCase(Locale.ROOT) + (n == 1 ? "" : "s"));
      }
    }
    return String.join(", ", parts);
  }

  static String status(ElementResult r) {
    return r.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static void finding(StringBuilder s, Finding f) {
    String head = String.format(Locale.ROOT, "  %-8s %s  at %s (ch. %d)", f.severity(), f.ruleId(),
        f.path().isEmpty() ? "/" : f.path(), f.chapter());
    line(s, head);
    wrap(s, f.message(), "");
    f.hint().ifPresent(h -> wrap(s, h, "Fix: "));
  }

  private static void wrap(StringBuilder s, String text, String prefix) {
    String pad = " ".repeat(INDENT);
    StringBuilder current = new StringBuilder(pad).append(prefix);
    int start = current.length();
    for (String word : text.split(" ")) {
      if (current.length() > start && current.length() + 1 + word.length() > WIDTH) {
        s.append(current).append('\n');
        current = new StringBuilder(pad).append(" ".repeat(prefix.length()));
        start = current.length();
      }
      if (current.length() > start) {
        current.append(' ');
      }
      current.append(word);
    }
    line(s, current.toString());
  }

  private static void line(StringBuilder s, String text) {
    s.append(fit(text, WIDTH)).append('\n');
  }

  private static String fit(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }
}
