package io.github.smpkit.rules;

import java.util.Objects;

/**
 * One recorded fact that a rule read to conclude a {@link Outcome#BREACH}: where it is in the
 * partnership (a JSON pointer, as smp-json writes the partnership) and what is recorded there,
 * for example {@code /costs/3/shares/1/percent = 50}. A breach names the facts that prove it, so a
 * reader can check them against the partnership's sources (IOM SMP Guidance 2023, ch. 5 on
 * evidence-based design).
 */
public final class Evidence {

  private static final int MAX_VALUE = 200;

  private final String pointer;
  private final String value;

  private Evidence(String pointer, String value) {
    this.pointer = Finding.requirePointer(pointer);
    String text = Objects.requireNonNull(value, "value");
    this.value = text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 3) + "..." : text;
  }

  /**
   * A recorded fact.
   *
   * @param pointer where it is: a JSON pointer into the partnership, for example {@code /costs/3/item}
   * @param value what is recorded there; its {@code toString()} is kept, shortened to 200 characters
   * @return the evidence
   * @throws IllegalArgumentException when the pointer is not a JSON pointer
   */
  public static Evidence of(String pointer, Object value) {
    return new Evidence(pointer, String.valueOf(Objects.requireNonNull(value, "value")));
  }

  /** {@return where the fact is recorded: a JSON pointer into the partnership} */
  public String pointer() {
    return pointer;
  }

  /** {@return what is recorded there, as text} */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evidence && pointer.equals(((Evidence) o).pointer) && value.equals(((Evidence) o).value);
  }

  @Override
  public int hashCode() {
    return 31 * pointer.hashCode() + value.hashCode();
  }

  /** {@return {@code pointer = value}, for example {@code /costs/3/shares/1/payer = MIGRANT}} */
  @Override
  public String toString() {
    return pointer + " = " + value;
  }
}
