package io.github.smpkit.rules;

import io.github.smpkit.rules.internal.JsonReport;
import io.github.smpkit.rules.internal.MarkdownReport;
import io.github.smpkit.rules.internal.TextReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of checking one partnership: every finding, and for each essential element checked
 * its status (addressed, partly addressed, missing) and score, plus an overall score (IOM SMP
 * Guidance 2023, ch. 3 to 12). A report is valid when no finding is an {@link Severity#ERROR} or
 * {@link Severity#FATAL}.
 *
 * <p>Findings are in a fixed order: structural findings first, then by element (chapter order),
 * then from the most to the least serious, then by rule id and path. Reports are immutable and
 * equal when their content is, so validating the same partnership twice (or on another thread)
 * gives equal reports.
 *
 * <p>Render it for people with {@link #toText()} (a terminal table, at most 100 columns) or
 * {@link #toMarkdown()}, and for programs with {@link #toJson()}; {@link #toString()} is a
 * one-line summary.
 */
public final class Report {

  private static final Comparator<Finding> ORDER = Comparator
      .comparingInt((Finding f) -> f.element().map(EssentialElement::ordinal).orElse(-1))
      .thenComparing(Finding::severity, Comparator.reverseOrder())
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::path)
      .thenComparing(Finding::message);

  private final String partnershipId;
  private final String partnershipTitle;
  private final List<Finding> findings;
  private final Map<EssentialElement, ElementResult> elements;
  private final int rulesRun;

  Report(String partnershipId, String partnershipTitle, List<Finding> findings, Map<EssentialElement, ElementResult> elements,
      int rulesRun) {
    this.partnershipId = Objects.requireNonNull(partnershipId, "partnershipId");
    this.partnershipTitle = Objects.requireNonNull(partnershipTitle, "partnershipTitle");
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    this.findings = Collections.unmodifiableList(sorted);
    this.elements = Collections.unmodifiableMap(new EnumMap<>(elements));
    this.rulesRun = rulesRun;
  }

  /** {@return the id of the partnership checked} */
  public String partnershipId() {
    return partnershipId;
  }

  /** {@return the title of the partnership checked} */
  public String partnershipTitle() {
    return partnershipTitle;
  }

  /** {@return every finding, in the report's order} */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The findings about one element.
   *
   * @param element the element
   * @return its findings, in the report's order
   */
  public List<Finding> findings(EssentialElement element) {
    return findings.stream().filter(f -> f.element().equals(Optional.of(element))).collect(Collectors.toList());
  }

  /** {@return the structural findings (about the shape of the model, not an element)} */
  public List<Finding> structuralFindings() {
    return findings.stream().filter(f -> f.element().isEmpty()).collect(Collectors.toList());
  }

  /**
   * The findings of one rule.
   *
   * @param ruleId the rule's id
   * @return its findings, in the report's order
   */
  public List<Finding> findingsOf(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
  }

  /** {@return the result per element, for the elements that had at least one active rule, in chapter order} */
  public Map<EssentialElement, ElementResult> elements() {
    return elements;
  }

  /**
   * The result for one element.
   *
   * @param element the element
   * @return its result; empty when none of its rules was active
   */
  public Optional<ElementResult> element(EssentialElement element) {
    return Optional.ofNullable(elements.get(element));
  }

  /** {@return how many rules ran} */
  public int rulesRun() {
    return rulesRun;
  }

  /**
   * The number of findings of a severity.
   *
   * @param severity the severity
   * @return how many findings have it
   */
  public int count(Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** {@return the average of the element scores, 0 to 100 (100 when no element was checked)} */
  public int score() {
    if (elements.isEmpty()) {
      return 100;
    }
    int sum = elements.values().stream().mapToInt(ElementResult::score).sum();
    return Math.round((float) sum / elements.size());
  }

  /** {@return whether no finding is an {@link Severity#ERROR} or {@link Severity#FATAL}} */
  public boolean isValid() {
    return findings.stream().noneMatch(f -> f.severity().isBlocking());
  }

  /**
   * The report as plain text for a terminal, at most 100 columns wide: a header, a table of the
   * elements with status and score, then the findings grouped by element.
   *
   * @return the text
   */
  public String toText() {
    return TextReport.render(this);
  }

  /** {@return the report as Markdown: a table of the elements, then the findings grouped by element} */
  public String toMarkdown() {
    return MarkdownReport.render(this);
  }

  /**
   * The report as canonical JSON, written by smp-json: {@code reportVersion}, the partnership's id
   * and title, {@code valid}, {@code score}, {@code rulesRun}, {@code counts} per severity,
   * {@code elements} (element, chapter, title, status, score, rulesChecked, findings, firedRules)
   * and {@code findings} (ruleId, severity, element, chapter, path, message, hint; absent values
   * omitted).
   *
   * @return the JSON text, ending with a line end
   */
  public String toJson() {
    return JsonReport.render(this);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Report)) {
      return false;
    }
    Report r = (Report) o;
    return partnershipId.equals(r.partnershipId) && partnershipTitle.equals(r.partnershipTitle)
        && findings.equals(r.findings) && elements.equals(r.elements) && rulesRun == r.rulesRun;
  }

  @Override
  public int hashCode() {
    return Objects.hash(partnershipId, findings, elements, rulesRun);
  }

  /**
   * A one-line summary with the first three findings, for example {@code Report[palim: INVALID,
   * score 71, 1 error, 6 warnings, 2 infos; ERROR SMP-COST-001 at /costs/0/shares/1: ... (+8 more)]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Report[").append(partnershipId).append(": ")
        .append(isValid() ? "VALID" : "INVALID").append(", score ").append(score());
    for (Severity severity : new Severity[] {Severity.FATAL, Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      int n = count(severity);
      if (n > 0) {
        s.append(", ").append(n).append(' ').append(severity.name().toLowerCase(java.util.Locale.ROOT))
            .append(n == 1 ? "" : "s");
      }
    }
    List<Finding> first = findings.stream().sorted(Comparator.comparing(Finding::severity).reversed()).limit(3)
        .collect(Collectors.toList());
    if (!first.isEmpty()) {
      s.append("; ").append(first.stream().map(Finding::toString).collect(Collectors.joining("; ")));
      if (findings.size() > first.size()) {
        s.append(" (+").append(findings.size() - first.size()).append(" more)");
      }
    }
    return s.append(']').toString();
  }
}
