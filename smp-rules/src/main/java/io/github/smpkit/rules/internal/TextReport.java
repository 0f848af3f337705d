package io.github.smpkit.rules.internal;

import io.github.smpkit.rules.ElementResult;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Outcome;
import io.github.smpkit.rules.Proportion;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.RuleFailure;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders a {@link Report} as plain text for a terminal, at most {@value #WIDTH} columns wide: the
 * verdict and the two measures, the element table, then the breaches with their evidence, the open
 * questions by element and the recommendations met (IOM SMP Guidance 2023, ch. 3 to 12).
 */
public final class TextReport {

  /** The widest line. */
  public static final int WIDTH = 100;
  private static final int INDENT = 11;
  private static final String ROW = "%2s  %-55s  %-12s  %-12s  %4s\n";

  private TextReport() {
  }

  /**
   * The report as text.
   *
   * @param report the report
   * @return the text
   */
  public static String render(Report report) {
    return render(report, false);
  }

  /**
   * The report as text, in full or only its summary (verdict, measures and element table).
   *
   * @param report the report
   * @param summaryOnly whether to leave out the breaches, questions and met recommendations
   * @return the text
   */
  public static String render(Report report, boolean summaryOnly) {
    StringBuilder s = new StringBuilder();
    line(s, "Partnership " + report.partnershipId() + ": " + report.partnershipTitle());
    line(s, "Verdict: " + report.verdict());
    line(s, "Design: " + measure(report.design(), "met") + "   Completeness: "
        + measure(report.completeness(), "recorded") + "   Rules run: " + report.rulesRun());
    s.append('\n');
    s.append(String.format(Locale.ROOT, ROW, "#", "Essential element (guidance chapter)", "Design", "Complete",
        "Open"));
    s.append("-".repeat(2 + 2 + 55 + 2 + 12 + 2 + 12 + 2 + 4)).append('\n');
    for (EssentialElement element : EssentialElement.values()) {
      Optional<ElementResult> r = report.element(element);
      String name = fit(element.title() + " (ch. " + element.chapter() + ")", 55);
      s.append(String.format(Locale.ROOT, ROW, element.ordinal() + 1, name,
          r.map(x -> cell(x.design())).orElse("not checked"), r.map(x -> cell(x.completeness())).orElse("-"),
          r.map(x -> String.valueOf(x.count(Outcome.GAP))).orElse("-")));
    }
    line(s, "Design: recommendations met out of met or breached. Complete: recorded out of applicable.");
    if (summaryOnly) {
      return s.toString();
    }
    List<Finding> breaches = report.breaches();
    s.append('\n');
    line(s, "Breaches (" + breaches.size() + ")" + (breaches.isEmpty() ? ": none shown by the recorded facts" : ""));
    for (Finding f : breaches) {
      line(s, String.format(Locale.ROOT, "  %-8s %s  at %s", f.severity().orElseThrow(), f.ruleId(),
          f.path().isEmpty() ? "/" : f.path()));
      wrap(s, f.message(), "", INDENT);
      wrap(s, f.evidence().stream().map(Evidence::toString).collect(Collectors.joining("; ")), "Evidence: ",
          INDENT);
      wrap(s, f.source(), "Source: ", INDENT);
      f.hint().ifPresent(h -> wrap(s, h, "Fix: ", INDENT));
    }
    section(s, "Open questions", report.openQuestions(), "?");
    section(s, "Recommendations met", report.met(), "+");
    List<RuleFailure> failures = report.failures();
    if (!failures.isEmpty()) {
      s.append('\n');
      line(s, "Rules that failed to run (" + failures.size() + "; defects of the rules, not findings)");
      failures.forEach(f -> wrap(s, f.toString(), "", 2));
    }
    return s.toString();
  }

  private static void section(StringBuilder s, String title, List<Finding> findings, String mark) {
    s.append('\n');
    line(s, title + " (" + findings.size() + ")");
    EssentialElement current = null;
    boolean outside = false;
    for (Finding f : findings) {
      EssentialElement e = f.element().orElse(null);
      if (e == null && !outside) {
        line(s, "  " + MarkdownReport.OUTSIDE_THE_ELEMENTS);
        outside = true;
      } else if (e != null && e != current) {
        line(s, "  " + (e.ordinal() + 1) + ". " + e.title() + " (ch. " + e.chapter() + ")");
        current = e;
      }
      wrap(s, f.message() + " [" + f.ruleId() + (f.path().isEmpty() ? "" : ", " + f.path()) + "]", mark + " ", 5);
    }
  }

  static String measure(Proportion p, String what) {
    return p.total() == 0 ? "-" : p + " " + what + " (" + p.percent().getAsInt() + " %)";
  }

  static String cell(Proportion p) {
    return p.total() == 0 ? "-" : p + " (" + p.percent().getAsInt() + "%)";
  }

  private static void wrap(StringBuilder s, String text, String prefix, int indent) {
    String pad = " ".repeat(indent);
    StringBuilder current = new StringBuilder(pad).append(prefix);
    int start = current.length();
    for (String word : text.split(" ")) {
      if (current.length() > start && current.length() + 1 + word.length() > WIDTH) {
        line(s, current.toString());
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
