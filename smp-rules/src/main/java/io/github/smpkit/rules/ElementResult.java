package io.github.smpkit.rules;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How a partnership fares on one essential element (IOM SMP Guidance 2023, ch. 3 to 12): its
 * status, a score from 0 to 100, how many of the element's rules ran and which of them reported
 * something.
 *
 * <p>The score weighs each rule of the element by its severity (error 3, warning 2, info 1) and
 * takes off the weight of the most serious finding each rule reported; an element that is not
 * described at all scores 0.
 */
public final class ElementResult {

  private final EssentialElement element;
  private final ElementStatus status;
  private final int score;
  private final int rulesChecked;
  private final SortedSet<String> firedRules;

  ElementResult(EssentialElement element, ElementStatus status, int score, int rulesChecked, SortedSet<String> firedRules) {
    this.element = Objects.requireNonNull(element, "element");
    this.status = Objects.requireNonNull(status, "status");
    this.score = score;
    this.rulesChecked = rulesChecked;
    this.firedRules = Collections.unmodifiableSortedSet(new TreeSet<>(firedRules));
  }

  /** {@return the element} */
  public EssentialElement element() {
    return element;
  }

  /** {@return addressed, partly addressed or missing} */
  public ElementStatus status() {
    return status;
  }

  /** {@return from 0 (missing or failing every rule) to 100 (no rule of the element reported anything)} */
  public int score() {
    return score;
  }

  /** {@return how many of the element's rules were active} */
  public int rulesChecked() {
    return rulesChecked;
  }

  /** {@return the ids of the element's rules that reported at least one finding, in order} */
  public SortedSet<String> firedRules() {
    return firedRules;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ElementResult)) {
      return false;
    }
    ElementResult r = (ElementResult) o;
    return element == r.element && status == r.status && score == r.score && rulesChecked == r.rulesChecked
        && firedRules.equals(r.firedRules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(element, status, score, rulesChecked, firedRules);
  }

  /** {@return a readable form, for example {@code COSTS PARTLY_ADDRESSED 67 [SMP-COST-001, SMP-COST-003]}} */
  @Override
  public String toString() {
    return element + " " + status + " " + score + " " + firedRules;
  }
}
