package io.github.smpkit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link RuleCheck} reports its findings while it checks one partnership. The context
 * fills in the rule's id, element and chapter; the check gives the place (a JSON pointer, see
 * {@link Finding#pointer(Object...)}), the message in plain words and a hint for the fix (IOM SMP
 * Guidance 2023, ch. 3 to 12). A context belongs to one call of one rule and is not shared
 * between threads.
 */
public final class RuleContext {

  private final Rule rule;
  private final List<Finding> findings = new ArrayList<>();

  RuleContext(Rule rule) {
    this.rule = rule;
  }

  /** {@return the rule being run} */
  public Rule rule() {
    return rule;
  }

  /**
   * Reports a finding at the rule's own severity.
   *
   * @param path a JSON pointer into the partnership, {@code ""} for the whole
   * @param message what is wrong, in plain words
   * @param hint how to fix it
   */
  public void report(String path, String message, String hint) {
    report(rule.severity(), path, message, hint);
  }

  /**
   * Reports a finding at another severity than the rule's own, for example a milder
   * {@link Severity#INFO} for a partnership still being planned.
   *
   * @param severity {@link Severity#INFO}, {@link Severity#WARNING} or {@link Severity#ERROR}
   * @param path a JSON pointer into the partnership, {@code ""} for the whole
   * @param message what is wrong, in plain words
   * @param hint how to fix it
   * @throws IllegalArgumentException for {@link Severity#FATAL}, which only the validator reports
   */
  public void report(Severity severity, String path, String message, String hint) {
    Objects.requireNonNull(severity, "severity");
    if (severity == Severity.FATAL) {
      throw new IllegalArgumentException("rules report INFO, WARNING or ERROR; FATAL is reserved for a rule that"
          + " throws (rule " + rule.id() + ")");
    }
    findings.add(Finding.of(rule.id(), severity, rule.element(), rule.chapter(), path, message,
        Optional.ofNullable(hint)));
  }

  List<Finding> findings() {
    return findings;
  }
}
