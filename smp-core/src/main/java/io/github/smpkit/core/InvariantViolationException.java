package io.github.smpkit.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value of the model would describe something that cannot exist: an end before
 * its start, payer shares that do not add up to 100 %, a negative count, a country that is both
 * origin and destination in a scheme that is not regional. The exception names the type, the
 * place of the bad value as a JSON pointer relative to the value being built ({@link #pointer()},
 * for example {@code /shares/1/percent}, as smp-json, smp-rules and smp-sheets locate things) and
 * the value given, so that a reader (smp-json, a form, a log) can point at the cause. The
 * message reads {@code CostItem /shares must add up to 100 %, but add up to 60 % (given: ...)}.
 *
 * <p>What the IOM guidance merely recommends is never an invariant: smp-rules reports that as
 * findings. The invariants are those of the partnership's parts as the guidance defines them
 * (IOM SMP Guidance 2023, ch. 2 to 12); each type's Javadoc lists its own.
 */
public final class InvariantViolationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  /** The longest value a message shows whole; longer values are cut, so messages stay short. */
  private static final int SHOWN = 200;

  private final String typeName;
  private final String field;
  private final String pointer;
  private final String value;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param typeName the simple name of the value type being built, for example {@code TimeFrame}
   * @param field the field, or a path of fields and list indexes such as {@code shares[1].percent}
   *     (its {@linkplain #pointer() JSON pointer} is {@code /shares/1/percent})
   * @param value the value given (rendered with {@code String.valueOf} and cut after
   *     {@value #SHOWN} characters), may be {@code null}
   * @param problem what is wrong, in words
   */
  public InvariantViolationException(String typeName, String field, @Nullable Object value, String problem) {
    this(Objects.requireNonNull(typeName, "typeName"), Objects.requireNonNull(field, "field"),
        pointerOf(field), shorten(String.valueOf(value)), Objects.requireNonNull(problem, "problem"));
  }

  private InvariantViolationException(String typeName, String field, String pointer, String value, String problem) {
    super(typeName + " " + pointer + " " + problem + " (given: " + value + ")");
    this.typeName = typeName;
    this.field = field;
    this.pointer = pointer;
    this.value = value;
    this.problem = problem;
  }

  /**
   * The JSON pointer (RFC 6901) of a path of fields: {@code shares[1].percent} gives
   * {@code /shares/1/percent}; {@code ~} and {@code /} in a name are escaped.
   */
  private static String pointerOf(String field) {
    StringBuilder pointer = new StringBuilder(field.length() + 4);
    for (String step : field.replace("]", "").split("[.\\[]", -1)) {
      if (!step.isEmpty()) {
        pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }

  /** At most {@value #SHOWN} characters of {@code value}, saying how long it was when cut. */
  private static String shorten(String value) {
    if (value.length() <= SHOWN) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
    return value.substring(0, end) + "... (" + value.length() + " chars)";
  }

  /** The simple name of the type whose invariant failed, for example {@code CostItem}. */
  public String typeName() {
    return typeName;
  }

  /**
   * The field (or path of fields, as {@code shares[1].percent}) that holds the bad value, in
   * Java's notation; {@link #pointer()} gives the same place as a JSON pointer.
   */
  public String field() {
    return field;
  }

  /**
   * Where the bad value is, as a JSON pointer (RFC 6901) relative to the value being built: for
   * example {@code /shares/1/percent} for the percent of the second payer share of a cost item,
   * or {@code /end} for a time frame's end. Append it to the pointer of that value in a document
   * to locate the value there (smp-json does).
   */
  public String pointer() {
    return pointer;
  }

  /** The value given, as text (cut after {@value #SHOWN} characters, saying so). */
  public String value() {
    return value;
  }

  /** What is wrong with the value, in words. */
  public String problem() {
    return problem;
  }
}
