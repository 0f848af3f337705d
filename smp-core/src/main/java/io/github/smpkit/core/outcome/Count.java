package io.github.smpkit.core.outcome;

import io.github.smpkit.core.internal.Invariants;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A number of people as a source states it: exactly 30, at least 400, at most 50, about 105,
 * or between 100 and 120. Sources often give estimates or bounds rather than exact figures,
 * and the model keeps them as given (IOM SMP Guidance 2023, ch. 5 on data).
 *
 * <p>A count is a range {@code [lower, upper]}, open above for "at least", plus a flag for
 * approximate values. {@link #toString()} writes {@code 30}, {@code at least 400},
 * {@code at most 50}, {@code about 105} or {@code 100-120}, which {@link #parse(String)} reads
 * back.
 *
 * <p>Invariants: no bound is negative; the lower bound is not above the upper one.
 */
public final class Count implements Comparable<Count> {

  private static final Pattern FORM =
      Pattern.compile("(at least |at most |about )?([0-9]{1,18})(?:-([0-9]{1,18}))?");

  private final long lower;
  private final @Nullable Long upper;
  private final boolean approximate;

  private Count(long lower, @Nullable Long upper, boolean approximate) {
    Invariants.require(lower >= 0, "Count", "lower", lower, "must not be negative");
    Invariants.require(upper == null || upper >= lower, "Count", "upper", upper,
        "is below the lower bound " + lower);
    this.lower = lower;
    this.upper = upper;
    this.approximate = approximate;
  }

  /** Exactly {@code n}. */
  public static Count exactly(long n) {
    return new Count(n, n, false);
  }

  /** At least {@code n}, with no upper bound. */
  public static Count atLeast(long n) {
    return new Count(n, null, false);
  }

  /** At most {@code n}, from zero. */
  public static Count atMost(long n) {
    Invariants.require(n >= 0, "Count", "upper", n, "must not be negative");
    return new Count(0, n, false);
  }

  /** About {@code n}: an estimate. */
  public static Count about(long n) {
    return new Count(n, n, true);
  }

  /** Between {@code lower} and {@code upper}, both included. */
  public static Count between(long lower, long upper) {
    return new Count(lower, upper, false);
  }

  /**
   * Reads the forms {@link #toString()} writes.
   *
   * @throws IllegalArgumentException naming the forms allowed when {@code text} is none of them
   * @throws io.github.smpkit.core.InvariantViolationException when the lower bound is above the upper one
   */
  public static Count parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches() || (m.group(1) != null && m.group(3) != null)) {
      throw new IllegalArgumentException("expected a count as 'N', 'at least N', 'at most N', 'about N' or 'N-M',"
          + " but found '" + text + "'");
    }
    long n = Long.parseLong(m.group(2));
    if (m.group(3) != null) {
      return between(n, Long.parseLong(m.group(3)));
    }
    if (m.group(1) == null) {
      return exactly(n);
    }
    switch (m.group(1)) {
      case "at least ":
        return atLeast(n);
      case "at most ":
        return atMost(n);
      default:
        return about(n);
    }
  }

  /** The lower bound (0 for "at most"). */
  public long lower() {
    return lower;
  }

  /** The upper bound; empty for "at least". */
  public Optional<Long> upper() {
    return Optional.ofNullable(upper);
  }

  /** Whether the value is an estimate ("about"). */
  public boolean isApproximate() {
    return approximate;
  }

  /** Whether the value is known exactly. */
  public boolean isExact() {
    return upper != null && upper == lower && !approximate;
  }

  /**
   * The best single number for the count: the value for an exact or approximate count, the
   * lower bound for "at least", the upper bound for "at most", the midpoint (rounded down) for a
   * range. Use it for rough totals, never as if it were exact.
   */
  public long estimate() {
    if (upper == null) {
      return lower;
    }
    if (lower == 0 && upper > 0) {
      return upper;
    }
    return lower + (upper - lower) / 2;
  }

  /** Whether {@code n} is within the count's bounds. */
  public boolean admits(long n) {
    return n >= lower && (upper == null || n <= upper);
  }

  /** Orders by lower bound, then by upper bound (open last), exact before approximate. */
  @Override
  public int compareTo(Count other) {
    int c = Long.compare(lower, other.lower);
    if (c != 0) {
      return c;
    }
    long u1 = upper == null ? Long.MAX_VALUE : upper;
    long u2 = other.upper == null ? Long.MAX_VALUE : other.upper;
    c = Long.compare(u1, u2);
    return c != 0 ? c : Boolean.compare(approximate, other.approximate);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Count)) {
      return false;
    }
    Count other = (Count) o;
    return lower == other.lower && Objects.equals(upper, other.upper) && approximate == other.approximate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lower, upper, approximate);
  }

  @Override
  public String toString() {
    if (approximate) {
      return "about " + lower;
    }
    if (upper == null) {
      return "at least " + lower;
    }
    if (upper == lower) {
      return Long.toString(lower);
    }
    if (lower == 0) {
      return "at most " + upper;
    }
    return lower + "-" + upper;
  }
}
