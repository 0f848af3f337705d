package io.github.smpkit.rules.internal;

import io.github.smpkit.rules.ElementResult;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Outcome;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.RuleFailure;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders a {@link Report} as Markdown with the content of the text report: verdict and measures,
 * the element table, breaches with evidence and source, open questions and recommendations met by
 * element (IOM SMP Guidance 2023, ch. 3 to 12).
 */
public final class MarkdownReport {

  /**
   * The heading of findings whose rule names no essential element (a custom rule built without
   * one; every rule of the catalogue names its element).
   */
  static final String OUTSIDE_THE_ELEMENTS = "Rules outside the essential elements";

  private MarkdownReport() {
  }

  /**
   * The report as Markdown.
   *
   * @param report the report
   * @return the Markdown text
   */
  public static String render(Report report) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(escape(report.partnershipTitle())).append(" (`").append(report.partnershipId())
        .append("`)\n\n");
    s.append("**Verdict: ").append(report.verdict()).append("**. Design: ")
        .append(TextReport.measure(report.design(), "met")).append(". Completeness: ")
        .append(TextReport.measure(report.completeness(), "recorded")).append(". ").append(report.rulesRun())
        .append(" rules run.\n\n");
    s.append("| # | Essential element | Chapter | Design | Completeness | Open questions |\n"
        + "|---:|---|---:|---|---|---:|\n");
    for (EssentialElement element : EssentialElement.values()) {
      Optional<ElementResult> r = report.element(element);
      s.append("| ").append(element.ordinal() + 1).append(" | ").append(element.title()).append(" | ")
          .append(element.chapter()).append(" | ")
          .append(r.map(x -> TextReport.cell(x.design())).orElse("not checked")).append(" | ")
          .append(r.map(x -> TextReport.cell(x.completeness())).orElse("-")).append(" | ")
          .append(r.map(x -> String.valueOf(x.count(Outcome.GAP))).orElse("-")).append(" |\n");
    }
    List<Finding> breaches = report.breaches();
    s.append("\n## Breaches (").append(breaches.size()).append(")\n\n");
    if (breaches.isEmpty()) {
      s.append("None shown by the recorded facts.\n");
    }
    for (Finding f : breaches) {
      s.append("- **").append(f.severity().orElseThrow()).append("** `").append(f.ruleId()).append("` at `")
          .append(f.path().isEmpty() ? "/" : f.path()).append("`: ").append(escape(f.message())).append("  \n  ")
          .append("*Evidence:* ").append(f.evidence().stream().map(e -> "`" + e + "`")
              .collect(Collectors.joining("; "))).append("  \n  *Source:* ").append(escape(f.source()));
      f.hint().ifPresent(h -> s.append("  \n  *Fix:* ").append(escape(h)));
      s.append('\n');
    }
    section(s, "Open questions", report.openQuestions());
    section(s, "Recommendations met", report.met());
    List<RuleFailure> failures = report.failures();
    if (!failures.isEmpty()) {
      s.append("\n## Rules that failed to run (").append(failures.size()).append(")\n\n");
      failures.forEach(f -> s.append("- ").append(escape(f.toString())).append('\n'));
    }
    return s.toString();
  }

  private static void section(StringBuilder s, String title, List<Finding> findings) {
    s.append("\n## ").append(title).append(" (").append(findings.size()).append(")\n");
    Optional<EssentialElement> current = null;
    for (Finding f : findings) {
      if (!f.element().equals(current)) {
        current = f.element();
        s.append("\n### ").append(current.map(e -> (e.ordinal() + 1) + ". " + e.title() + " (ch. " + e.chapter()
            + ")").orElse(OUTSIDE_THE_ELEMENTS)).append("\n\n");
      }
      s.append("- ").append(escape(f.message())).append(" (`").append(f.ruleId()).append('`')
          .append(f.path().isEmpty() ? "" : ", `" + f.path() + "`").append(")\n");
    }
  }

  static String evidence(List<Evidence> evidence) {
    return evidence.stream().map(Evidence::toString).collect(Collectors.joining("; "));
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
  }
}
