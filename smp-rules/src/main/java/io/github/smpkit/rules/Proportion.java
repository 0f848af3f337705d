package io.github.smpkit.rules;

import java.util.OptionalInt;

/**
 * A count out of a total, such as "3 of 4 rules met", the shape of the two measures a report keeps
 * apart: <em>design</em> (recommendations met out of those met or breached) and
 * <em>completeness</em> (rules whose facts are recorded out of those that apply) (IOM SMP
 * Guidance 2023, ch. 3 to 12). A proportion of nothing (total 0) has no percentage.
 */
public final class Proportion {

  private final int part;
  private final int total;

  private Proportion(int part, int total) {
    if (part < 0 || total < part) {
      throw new IllegalArgumentException("a proportion needs 0 <= part <= total, but was " + part + "/" + total);
    }
    this.part = part;
    this.total = total;
  }

  /**
   * A proportion.
   *
   * @param part the count, at least 0
   * @param total the total, at least {@code part}
   * @return the proportion
   */
  public static Proportion of(int part, int total) {
    return new Proportion(part, total);
  }

  /** {@return the count} */
  public int part() {
    return part;
  }

  /** {@return the total} */
  public int total() {
    return total;
  }

  /** {@return the percentage rounded half up, 0 to 100; empty when the total is 0} */
  public OptionalInt percent() {
    return total == 0 ? OptionalInt.empty() : OptionalInt.of((int) ((200L * part + total) / (2L * total)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Proportion && part == ((Proportion) o).part && total == ((Proportion) o).total;
  }

  @Override
  public int hashCode() {
    return 31 * part + total;
  }

  /** {@return for example {@code 3/4}} */
  @Override
  public String toString() {
    return part + "/" + total;
  }
}
