package io.github.smpkit.rules;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.rules.internal.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where a {@link RuleCheck} reports what it concluded while it checks one partnership: a
 * recommendation {@linkplain #met met}, a {@linkplain #breach breach} proved by recorded facts, an
 * open question where a fact it needs is not recorded ({@linkplain #gap gap}), or that the rule
 * does {@linkplain #notApplicable not apply} (IOM SMP Guidance 2023, ch. 3 to 12).
 *
 * <p>A check may report several things (one per cost item, say). The rule's {@link Outcome} is the
 * most telling of them: a breach if any, else a gap if any, else met if any, else not applicable.
 * A check that reports nothing is a defect of the rule. A context belongs to one call of one rule
 * and is not shared between threads; once the check has returned, it takes no more findings
 * ({@code met}, {@code breach} and {@code gap} then throw {@link IllegalStateException}).
 */
public final class RuleContext {

  static {
    // the catalogue's rules report keyed findings through this, without a public method for it
    Messages.reporter(RuleContext::report);
  }

  private final Rule rule;
  private final Partnership partnership;
  private final Map<Object, Object> shared;
  /**
   * The findings so far. Most rules report one: it is kept on its own, and a list is made only
   * for a second, so that a rule's evaluation holds one small immutable list.
   */
  private Finding first;
  private List<Finding> more;
  private boolean notApplicable;
  /** Whether the findings were handed over to the evaluation (which keeps the list). */
  private boolean done;

  RuleContext(Rule rule, Partnership partnership, Map<Object, Object> shared) {
    this.rule = rule;
    this.partnership = partnership;
    this.shared = shared;
  }

  /**
   * A fact derived from the partnership that several rules use, computed once per validation of
   * the partnership and shared between its rules (for example a total that several rules compare
   * with).
   *
   * @param <T> the type of the fact
   * @param key identifies the fact; use a constant of your own (equal keys share one value)
   * @param compute computes it from the partnership
   * @return the fact
   */
  @SuppressWarnings("unchecked")
  public <T> T shared(Object key, Function<Partnership, T> compute) {
    Object value = shared.get(key);
    if (value == null) {
      value = Objects.requireNonNull(compute.apply(partnership), "a shared fact must not be null");
      shared.put(key, value);
    }
    return (T) value;
  }

  /** {@return the rule being run} */
  public Rule rule() {
    return rule;
  }

  /**
   * Reports that the recorded facts show the recommendation followed.
   *
   * @param path where the facts are: a JSON pointer into the partnership, {@code ""} for the whole
   * @param message what the partnership does, in plain words
   */
  public void met(String path, String message) {
    add(Finding.met(rule, path, message));
  }

  /**
   * Reports a breach at the rule's own severity.
   *
   * @param path where: a JSON pointer into the partnership
   * @param message what the recorded facts show, in plain words
   * @param hint how to mend it
   * @param evidence the recorded facts that prove it: at least one, among the facts the rule reads
   */
  public void breach(String path, String message, String hint, Evidence... evidence) {
    breach(rule.severity(), path, message, hint, evidence);
  }

  /**
   * Reports a breach at a milder severity than the rule's own, for example {@link Severity#INFO}
   * for a partnership still being planned.
   *
   * @param severity the severity, at most the rule's own
   * @param path where: a JSON pointer into the partnership
   * @param message what the recorded facts show, in plain words
   * @param hint how to mend it
   * @param evidence the recorded facts that prove it: at least one, among the facts the rule reads
   * @throws IllegalArgumentException when the severity is above the rule's own, or the evidence is
   *     missing or outside the facts the rule declares
   */
  public void breach(Severity severity, String path, String message, String hint, Evidence... evidence) {
    Objects.requireNonNull(severity, "severity");
    requireSeverity(severity);
    add(Finding.breach(rule, severity, path, message, hint, List.of(evidence)));
  }

  private void requireSeverity(Severity severity) {
    if (severity.compareTo(rule.severity()) > 0) {
      throw new IllegalArgumentException("rule " + rule.id() + " reported a breach of severity " + severity
          + ", above its declared " + rule.severity());
    }
  }

  /**
   * Reports a finding whose text is a key into the message bundle and its arguments (see
   * {@link Finding#messageKey()}); a breach without a severity has the rule's own.
   */
  private void report(Outcome outcome, Severity severity, String path, String suffix, Object[] arguments,
      List<Evidence> evidence) {
    Severity s = null;
    if (outcome == Outcome.BREACH) {
      s = severity == null ? rule.severity() : severity;
      requireSeverity(s);
    }
    add(Finding.keyed(rule, outcome, s, path, suffix, arguments, evidence));
  }

  /**
   * Reports an open question: a fact the rule needs is not recorded. Phrase it as what to find out
   * or decide ("Who pays for the return flight?").
   *
   * @param path where the fact belongs: a JSON pointer into the partnership
   * @param question what to find out or decide
   * @param hint what to record once it is known
   */
  public void gap(String path, String question, String hint) {
    add(Finding.gap(rule, path, question, hint));
  }

  /** Reports that the recorded facts show the recommendation does not concern this partnership. */
  public void notApplicable() {
    notApplicable = true;
  }

  private void add(Finding finding) {
    if (done) {
      throw new IllegalStateException("rule " + rule.id() + " reported a finding after its check had returned;"
          + " a rule reports only while it checks");
    }
    if (first == null) {
      first = finding;
    } else {
      if (more == null) {
        more = new ArrayList<>(4);
        more.add(first);
      }
      more.add(finding);
    }
  }

  /**
   * The findings in the order reported, once the rule's check has returned (the context takes no
   * more): a list nobody can change, handed to the evaluation without a copy.
   */
  List<Finding> findings() {
    done = true;
    return more != null ? Collections.unmodifiableList(more) : first != null ? List.of(first) : List.of();
  }

  /** The most telling outcome reported (breach, then gap, then met), else not applicable if so reported. */
  Outcome outcome() {
    Outcome best = first == null ? null : first.outcome();
    if (more != null) {
      for (Finding f : more) {
        if (rank(f.outcome()) > rank(best)) {
          best = f.outcome();
        }
      }
    }
    if (best != null) {
      return best;
    }
    if (notApplicable) {
      return Outcome.NOT_APPLICABLE;
    }
    throw new IllegalStateException("rule " + rule.id() + " reported no outcome: a check reports met, breach,"
        + " gap or not applicable");
  }

  private static int rank(Outcome o) {
    if (o == null) {
      return -1;
    }
    switch (o) {
      case BREACH:
        return 3;
      case GAP:
        return 2;
      case MET:
        return 1;
      default:
        return 0;
    }
  }
}
