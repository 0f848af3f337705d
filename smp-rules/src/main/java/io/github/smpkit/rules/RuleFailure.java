package io.github.smpkit.rules;

import java.util.Objects;

/**
 * A rule that could not check a partnership because the rule itself failed (it threw, reported
 * no outcome, or gave evidence outside the facts it declares). This is a defect in the rule, not
 * a finding about the partnership, so it is kept apart from breaches and gaps (IOM SMP Guidance
 * 2023, ch. 3 to 12 give the rules; their code can still be wrong).
 */
public final class RuleFailure {

  private final String ruleId;
  private final String message;

  private RuleFailure(String ruleId, String message) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.message = Objects.requireNonNull(message, "message");
  }

  static RuleFailure of(Rule rule, Throwable e) {
    return new RuleFailure(rule.id(), e.getClass().getName() + (e.getMessage() == null ? "" : ": "
        + e.getMessage()));
  }

  /** {@return the id of the rule that failed} */
  public String ruleId() {
    return ruleId;
  }

  /** {@return what went wrong, for the rule's author} */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleFailure && ruleId.equals(((RuleFailure) o).ruleId)
        && message.equals(((RuleFailure) o).message);
  }

  @Override
  public int hashCode() {
    return 31 * ruleId.hashCode() + message.hashCode();
  }

  /** {@return for example {@code rule ACME-001 failed: java.lang.NullPointerException}} */
  @Override
  public String toString() {
    return "rule " + ruleId + " failed: " + message;
  }
}
