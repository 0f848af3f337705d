package io.github.smpkit.rules;

import io.github.smpkit.rules.internal.JsonReport;
import io.github.smpkit.rules.internal.MarkdownReport;
import io.github.smpkit.rules.internal.TextReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the rules concluded about one partnership, in three parts kept apart (IOM SMP Guidance
 * 2023, ch. 3 to 12):
 * <ol>
 *   <li>{@linkplain #breaches() breaches}: recorded facts that contradict a recommendation or a
 *       standard a rule cites, each with its severity, its evidence and its source;
 *   <li>{@linkplain #met() recommendations met}: what the recorded facts show the partnership doing;
 *   <li>{@linkplain #openQuestions() open questions}: facts the rules need that are not recorded,
 *       phrased as what to find out or decide. They are not breaches: an unrecorded fact says
 *       nothing about the partnership.
 * </ol>
 * Per element and overall it gives two measures that are never mixed: <em>design</em> and
 * <em>completeness</em> ({@link ElementResult}). The {@linkplain #verdict() verdict} names the
 * breaches; a partnership whose only issue is missing data has none.
 *
 * <p>Rules that failed to run are listed apart ({@link #failures()}); they say nothing about the
 * partnership. Reports are immutable values.
 */
public final class Report {

  private static final Comparator<Finding> BY_ELEMENT = Comparator
      .comparingInt((Finding f) -> f.element().map(EssentialElement::ordinal).orElse(-1))
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::path);

  private static final Comparator<Finding> BY_SEVERITY = Comparator
      .comparing((Finding f) -> f.severity().orElseThrow(), Comparator.reverseOrder())
      .thenComparing(BY_ELEMENT);

  private final String partnershipId;
  private final String partnershipTitle;
  private final List<Evaluation> evaluations;
  private final List<RuleFailure> failures;
  /** The results by element, made when first asked for: most callers of validate never read them. */
  private volatile Map<EssentialElement, ElementResult> elements;

  /**
   * A report that keeps {@code evaluations} and {@code failures} themselves, without a copy: the
   * validator hands over lists it made for this report and drops.
   */
  Report(String partnershipId, String partnershipTitle, List<Evaluation> evaluations, List<RuleFailure> failures) {
    this.partnershipId = Objects.requireNonNull(partnershipId, "partnershipId");
    this.partnershipTitle = Objects.requireNonNull(partnershipTitle, "partnershipTitle");
    this.evaluations = Collections.unmodifiableList(evaluations);
    this.failures = Collections.unmodifiableList(failures);
  }

  /**
   * The results by element: one pass over the evaluations, grouped by element in element order.
   * Two threads asking at once may both compute it; they compute equal maps.
   */
  private Map<EssentialElement, ElementResult> byElement() {
    Map<EssentialElement, ElementResult> known = elements;
    if (known != null) {
      return known;
    }
    Map<EssentialElement, List<Evaluation>> byElement = new EnumMap<>(EssentialElement.class);
    for (Evaluation e : evaluations) {
      EssentialElement element = e.rule().elementOrNull();
      if (element != null) {
        byElement.computeIfAbsent(element, k -> new ArrayList<>()).add(e);
      }
    }
    Map<EssentialElement, ElementResult> results = new EnumMap<>(EssentialElement.class);
    byElement.forEach((element, of) -> results.put(element, ElementResult.of(element, of)));
    known = Collections.unmodifiableMap(results);
    elements = known;
    return known;
  }

  /** {@return the id of the partnership checked} */
  public String partnershipId() {
    return partnershipId;
  }

  /** {@return the title of the partnership checked} */
  public String partnershipTitle() {
    return partnershipTitle;
  }

  /** {@return one evaluation per rule that ran, in the validator's rule order} */
  public List<Evaluation> evaluations() {
    return evaluations;
  }

  /**
   * The evaluation of one rule.
   *
   * @param ruleId the rule's id
   * @return its evaluation; empty when the rule did not run or failed
   */
  public Optional<Evaluation> evaluation(String ruleId) {
    return evaluations.stream().filter(e -> e.ruleId().equals(ruleId)).findFirst();
  }

  /** {@return every finding: breaches, open questions and recommendations met, by element and rule} */
  public List<Finding> findings() {
    return sorted(evaluations.stream().flatMap(e -> e.findings().stream()), BY_ELEMENT);
  }

  /** {@return the breaches, most serious first, then by element and rule} */
  public List<Finding> breaches() {
    return sorted(evaluations.stream().flatMap(e -> e.findings().stream())
        .filter(f -> f.outcome() == Outcome.BREACH), BY_SEVERITY);
  }

  /**
   * The breaches of at least a severity.
   *
   * @param atLeast the least severity
   * @return the breaches, most serious first
   */
  public List<Finding> breaches(Severity atLeast) {
    return breaches().stream().filter(f -> f.isBreachOfAtLeast(atLeast)).collect(Collectors.toList());
  }

  /** {@return the recommendations the recorded facts show met, by element and rule} */
  public List<Finding> met() {
    return of(Outcome.MET);
  }

  /** {@return the open questions: facts the rules need that are not recorded, by element and rule} */
  public List<Finding> openQuestions() {
    return of(Outcome.GAP);
  }

  /**
   * The findings about one element.
   *
   * @param element the element
   * @return its breaches, open questions and met recommendations, by rule
   */
  public List<Finding> findings(EssentialElement element) {
    return findings().stream().filter(f -> f.element().equals(Optional.of(element))).collect(Collectors.toList());
  }

  private List<Finding> of(Outcome outcome) {
    return sorted(evaluations.stream().flatMap(e -> e.findings().stream()).filter(f -> f.outcome() == outcome),
        BY_ELEMENT);
  }

  private static List<Finding> sorted(java.util.stream.Stream<Finding> findings, Comparator<Finding> order) {
    return Collections.unmodifiableList(findings.sorted(order).collect(Collectors.toList()));
  }

  /** {@return the rules that failed to run; they are defects of the rules, not findings} */
  public List<RuleFailure> failures() {
    return failures;
  }

  /** {@return per essential element, its design and completeness measures} */
  public Map<EssentialElement, ElementResult> elements() {
    return byElement();
  }

  /**
   * The result of one element.
   *
   * @param element the element
   * @return its result; empty when no rule of the element ran
   */
  public Optional<ElementResult> element(EssentialElement element) {
    return Optional.ofNullable(byElement().get(element));
  }

  /** {@return over every element rule: recommendations met out of those met or breached} */
  public Proportion design() {
    int met = count(Outcome.MET);
    return Proportion.of(met, met + count(Outcome.BREACH));
  }

  /** {@return over every element rule: rules with their facts recorded out of those that apply} */
  public Proportion completeness() {
    int recorded = count(Outcome.MET) + count(Outcome.BREACH);
    return Proportion.of(recorded, recorded + count(Outcome.GAP));
  }

  /**
   * How many of the element rules (rules of no element aside) ended with an outcome.
   *
   * @param outcome the outcome
   * @return the count
   */
  public int count(Outcome outcome) {
    return byElement().values().stream().mapToInt(r -> r.count(outcome)).sum();
  }

  /**
   * How many breaches have a severity.
   *
   * @param severity the severity
   * @return the number of breach findings of exactly that severity
   */
  public int count(Severity severity) {
    return (int) breaches().stream().filter(f -> f.severity().orElseThrow() == severity).count();
  }

  /**
   * Whether a breach of at least a severity was found: the test behind {@code bin/smp --fail-on}.
   *
   * @param atLeast the least severity
   * @return whether such a breach was found
   */
  public boolean hasBreach(Severity atLeast) {
    return !breaches(atLeast).isEmpty();
  }

  /** {@return the number of rules that ran} */
  public int rulesRun() {
    return evaluations.size() + failures.size();
  }

  /**
   * {@return the verdict in a few words: the breaches found by severity, or that the recorded facts
   * show none, for example {@code "2 breaches (1 error, 1 warning)"} or {@code "no breach recorded"}}
   */
  public String verdict() {
    List<Finding> breaches = breaches();
    if (breaches.isEmpty()) {
      return "no breach recorded";
    }
    List<String> parts = new ArrayList<>();
    for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      int n = count(s);
      if (n > 0) {
        parts.add(n + " " + s.name().toLowerCase(Locale.ROOT) + (n == 1 ? "" : "s"));
      }
    }
    return breaches.size() + (breaches.size() == 1 ? " breach (" : " breaches (") + String.join(", ", parts) + ")";
  }

  /** {@return the report as plain text: the element table, then breaches, open questions and met recommendations} */
  public String toText() {
    return TextReport.render(this);
  }

  /**
   * {@return the summary of the text report: the verdict, the two measures and the element table,
   * without the breaches, open questions and met recommendations}
   */
  public String toSummaryText() {
    return TextReport.render(this, true);
  }

  /** {@return the report as Markdown, with the same content as {@link #toText()}} */
  public String toMarkdown() {
    return MarkdownReport.render(this);
  }

  /** {@return the report as JSON, with everything the text report has} */
  public String toJson() {
    return JsonReport.render(this);
  }

  /**
   * The report as the plain tree that {@link #toJson()} writes (maps with {@code String} keys in
   * order, lists, strings, numbers, booleans), for embedding it in a larger JSON document without
   * parsing it back. The tree is a fresh, modifiable copy.
   *
   * @return the tree
   */
  public Map<String, Object> toJsonTree() {
    return JsonReport.tree(this);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Report)) {
      return false;
    }
    Report r = (Report) o;
    return partnershipId.equals(r.partnershipId) && partnershipTitle.equals(r.partnershipTitle)
        && evaluations.equals(r.evaluations) && failures.equals(r.failures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partnershipId, evaluations, failures);
  }

  /** {@return one line: the verdict, the two measures and the first breaches} */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Report[").append(partnershipId).append(": ").append(verdict())
        .append(", design ").append(design()).append(", completeness ").append(completeness());
    List<Finding> first = breaches().stream().limit(3).collect(Collectors.toList());
    if (!first.isEmpty()) {
      s.append("; ").append(first.stream().map(Finding::toString).collect(Collectors.joining("; ")));
    }
    if (!failures.isEmpty()) {
      s.append("; ").append(failures.size()).append(" rule(s) failed");
    }
    return s.append(']').toString();
  }
}
