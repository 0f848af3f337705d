package io.github.smpkit.rules.internal;

import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.ElementResult;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Report;
import java.util.List;
import java.util.Optional;

/** Renders a {@link Report} as Markdown: a summary, a table of the elements, the findings by element. */
public final class MarkdownReport {

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
    s.append("**").append(report.isValid() ? "Valid" : "Invalid").append("**: ").append(TextReport.counts(report))
        .append(". Score ").append(report.score()).append("/100; ").append(report.rulesRun())
        .append(" rules run.\n\n");
    s.append("| # | EssentialElement | Chapter | Status | Score | Findings |\n|---:|---|---:|---|---:|---:|\n");
    for (EssentialElement element : EssentialElement.values()) {
      Optional<ElementResult> r = report.element(element);
      s.append("| ").append(element.ordinal() + 1).append(" | ").append(element.title()).append(" | ")
          .append(element.chapter()).append(" | ")
          .append(r.map(TextReport::status).orElse("not checked")).append(" | ")
          .append(r.map(x -> String.valueOf(x.score())).orElse("-")).append(" | ")
          .append(r.isPresent() ? String.valueOf(report.findings(element).size()) : "-").append(" |\n");
    }
    List<Finding> structural = report.structuralFindings();
    if (!structural.isEmpty()) {
      s.append("\n## Structure of the model\n\n");
      structural.forEach(f -> finding(s, f));
    }
    for (EssentialElement element : EssentialElement.values()) {
      List<Finding> findings = report.findings(element);
      if (!findings.isEmpty()) {
        s.append("\n## ").append(element.ordinal() + 1).append(". ").append(element.title()).append(" (ch. ")
            .append(element.chapter()).append(")\n\n");
        findings.forEach(f -> finding(s, f));
      }
    }
    return s.toString();
  }

  private static void finding(StringBuilder s, Finding f) {
    s.append("- **").append(f.severity()).append("** `").append(f.ruleId()).append("` at `")
        .append(f.path().isEmpty() ? "/" : f.path()).append("` (ch. ").append(f.chapter()).append("): ")
        .append(escape(f.message()));
    f.hint().ifPresent(h -> s.append(" *Fix:* ").append(escape(h)));
    s.append('\n');
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
  }
}
