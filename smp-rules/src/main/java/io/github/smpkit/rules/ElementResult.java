package io.github.smpkit.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How one essential element of a partnership fares, in two measures that are never mixed
 * (IOM SMP Guidance 2023, ch. 3 to 12):
 * <ul>
 *   <li><b>design</b>: of the element's rules whose facts are recorded, how many the partnership
 *       meets ({@code met / (met + breached)}): how well what is recorded follows the guidance;
 *   <li><b>completeness</b>: of the element's rules that apply, how many have their facts
 *       recorded ({@code (met + breached) / (met + breached + gaps)}): how much is recorded at all.
 * </ul>
 * A partnership with nothing recorded has no design measure and zero completeness; it is not
 * "bad", only undocumented.
 */
public final class ElementResult {

  private static final Outcome[] OUTCOMES = Outcome.values();

  private final EssentialElement element;
  private final Map<Outcome, SortedSet<String>> rules;

  private ElementResult(EssentialElement element, Map<Outcome, SortedSet<String>> rules) {
    this.element = Objects.requireNonNull(element, "element");
    this.rules = rules;
  }

  static ElementResult of(EssentialElement element, List<Evaluation> evaluations) {
    Map<Outcome, SortedSet<String>> rules = new EnumMap<>(Outcome.class);
    for (Evaluation e : evaluations) {
      rules.computeIfAbsent(e.outcome(), o -> new TreeSet<>()).add(e.ruleId());
    }
    // Most outcomes of an element have no rule: one shared empty set instead of a TreeSet each.
    for (Outcome o : OUTCOMES) {
      SortedSet<String> ids = rules.get(o);
      rules.put(o, ids == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(ids));
    }
    return new ElementResult(element, Collections.unmodifiableMap(rules));
  }

  /** {@return the essential element} */
  public EssentialElement element() {
    return element;
  }

  /**
   * The ids of the element's rules that ended with an outcome.
   *
   * @param outcome the outcome
   * @return the rule ids, sorted
   */
  public SortedSet<String> rules(Outcome outcome) {
    return rules.get(outcome);
  }

  /**
   * How many of the element's rules ended with an outcome.
   *
   * @param outcome the outcome
   * @return the count
   */
  public int count(Outcome outcome) {
    return rules.get(outcome).size();
  }

  /** {@return recommendations met out of those met or breached: how well the recorded design follows the guidance} */
  public Proportion design() {
    return Proportion.of(count(Outcome.MET), count(Outcome.MET) + count(Outcome.BREACH));
  }

  /** {@return rules with their facts recorded out of the rules that apply: how much is recorded} */
  public Proportion completeness() {
    int recorded = count(Outcome.MET) + count(Outcome.BREACH);
    return Proportion.of(recorded, recorded + count(Outcome.GAP));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ElementResult && element == ((ElementResult) o).element
        && rules.equals(((ElementResult) o).rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(element, rules);
  }

  /** {@return for example {@code COSTS: design 3/4, completeness 4/9}} */
  @Override
  public String toString() {
    return element + ": design " + design() + ", completeness " + completeness();
  }
}
