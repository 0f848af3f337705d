package io.github.smpkit.core.number;

import io.github.smpkit.core.InvariantViolationException;
import java.util.Optional;

/**
 * The ranges of the model's whole numbers, each declared once here and read by every layer: the
 * builders' checks, Bean Validation ({@link ValidNumber}), the JSON reader and writer, the JSON
 * Schema ({@code minimum} and {@code maximum}) and the test kit's generators.
 *
 * <p>The ranges are wide enough for any real partnership (a funding cycle of a century, a visa
 * processed in ten years) and narrow enough that a typo such as {@code 36000} months is caught
 * where it is entered, not in a report.
 */
public enum WholeNumberRule {

  /**
   * A period in months, from 1 to 1,200 (a hundred years): a funding cycle, the period a
   * cap applies to.
   */
  MONTHS(1, 1200, "a number of months"),
  /** A processing time in days, from 0 (the same day) to 3,650 (ten years). */
  DAYS(0, 3650, "a number of days");

  private final int min;
  private final int max;
  private final String what;

  WholeNumberRule(int min, int max, String what) {
    this.min = min;
    this.max = max;
    this.what = what;
  }

  /** The smallest number allowed. */
  public int min() {
    return min;
  }

  /** The largest number allowed. */
  public int max() {
    return max;
  }

  /** What the rule asks for in words, for example {@code "a number of months from 1 to 1200"}. */
  public String describe() {
    return what + " from " + min + " to " + max;
  }

  /** Whether {@code value} lies in the range. */
  public boolean accepts(long value) {
    return value >= min && value <= max;
  }

  /**
   * What is wrong with {@code value} under this rule, in words, or empty when nothing is.
   *
   * @param value the number
   * @return the problem, for example {@code "must be from 1 to 1200"}
   */
  public Optional<String> problem(long value) {
    return accepts(value) ? Optional.empty() : Optional.of("must be from " + min + " to " + max);
  }

  /**
   * Returns {@code value} when it lies in the range.
   *
   * @param value the number
   * @param type the model type, for the message, for example {@code "Cap"}
   * @param field the field, for the message, for example {@code "periodMonths"}
   * @return {@code value}
   * @throws InvariantViolationException naming the type, the field, the value and the range
   */
  public int check(int value, String type, String field) {
    if (!accepts(value)) {
      throw new InvariantViolationException(type, field, value, problem(value).orElseThrow());
    }
    return value;
  }
}
