package io.github.smpkit.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rule concluded about one partnership: its {@link Outcome} and the findings behind it
 * (the breaches with their evidence, the open questions, the recommendations met) (IOM SMP
 * Guidance 2023, ch. 3 to 12). A report holds one evaluation for every rule that ran.
 */
public final class Evaluation {

  private final Rule rule;
  private final Outcome outcome;
  private final List<Finding> findings;

  private Evaluation(Rule rule, Outcome outcome, List<Finding> findings) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.findings = findings;
  }

  /**
   * An evaluation that keeps {@code findings} itself, for an unmodifiable list nobody else holds
   * or changes any more (a rule's context, once the rule has run): no copy per rule and
   * partnership.
   */
  static Evaluation owning(Rule rule, Outcome outcome, List<Finding> findings) {
    return new Evaluation(rule, outcome, findings);
  }

  /** {@return the rule} */
  public Rule rule() {
    return rule;
  }

  /** {@return the rule's id} */
  public String ruleId() {
    return rule.id();
  }

  /** {@return the outcome: met, breach, gap or not applicable} */
  public Outcome outcome() {
    return outcome;
  }

  /** {@return the severity of the most serious breach; empty unless the outcome is a breach} */
  public Optional<Severity> severity() {
    return findings.stream().map(Finding::severity).flatMap(Optional::stream).max(Enum::compareTo);
  }

  /** {@return the findings behind the outcome, in the order the rule reported them} */
  public List<Finding> findings() {
    return findings;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evaluation && rule.equals(((Evaluation) o).rule) && outcome == ((Evaluation) o).outcome
        && findings.equals(((Evaluation) o).findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, outcome, findings);
  }

  /** {@return for example {@code SMP-COST-001 BREACH (2 findings)}} */
  @Override
  public String toString() {
    return rule.id() + " " + outcome + " (" + findings.size() + (findings.size() == 1 ? " finding)" : " findings)");
  }
}
