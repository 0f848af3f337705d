package io.github.smpkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a JSON document describing a partnership: where it is (a JSON pointer,
 * a line and a column), what kind of problem it is, what was expected and what was found, and a
 * message a newcomer can act on. Unknown enum values carry the allowed values; unknown ISCO-08,
 * ISIC Rev.4, country or SDG codes carry the nearest valid codes, so that a typo can be fixed
 * without opening the standard (IOM SMP Guidance 2023, ch. 5 on data you can rely on).
 *
 * <p>Problems are immutable values. {@link #toString()} gives the one-line form used in
 * {@link SmpJsonException}'s message, for example
 * {@code /parties/1/role (line 7, column 15): unknown PartyRole value 'DESTINATON'; allowed
 * values: ORIGIN, DESTINATION}.
 *
 * <p>Problems are built through {@link #of(Kind, String, int, int, String)} and the
 * {@code with...} methods, so that fields can be added without breaking callers.
 */
public final class JsonProblem {

  private final Kind kind;
  private final String pointer;
  private final int line;
  private final int column;
  private final Optional<String> expected;
  private final Optional<String> found;
  private final List<String> allowedValues;
  private final List<String> nearestCodes;
  private final String message;

  /** The classes of problem the reader reports. */
  public enum Kind {
    /** The text is not well-formed JSON. */
    MALFORMED_JSON,
    /** A value of the wrong JSON type, for example a number where a string belongs. */
    WRONG_TYPE,
    /** A string that is not one of an enumeration's constants. */
    UNKNOWN_ENUM_VALUE,
    /** A code that is not in its code list (ISO 3166-1, ISCO-08, ISIC Rev.4, SDG, ISO 4217, ...). */
    UNKNOWN_CODE,
    /** A value of the right type but not of the right form or range, for example a date {@code 2019-13}. */
    INVALID_VALUE,
    /** A required field is absent. */
    MISSING_FIELD,
    /** A field the format does not define (rejected unless unknown fields are ignored). */
    UNKNOWN_FIELD,
    /** A {@code null}: the format omits unknown values instead. */
    NULL_VALUE,
    /** An object names the same field twice. */
    DUPLICATE_KEY,
    /** The values are each valid but together describe something that cannot exist. */
    INVARIANT_VIOLATION,
    /** Something follows the end of the document. */
    TRAILING_CONTENT,
    /** Objects and arrays are nested deeper than the limit. */
    TOO_DEEP,
    /** The document, a string, a number or a field name is longer than the limit. */
    TOO_LARGE,
    /** The document's {@code formatVersion} has a major version this reader does not read. */
    UNSUPPORTED_VERSION
  }

  private JsonProblem(Kind kind, String pointer, int line, int column, Optional<String> expected,
      Optional<String> found, List<String> allowedValues, List<String> nearestCodes, String message) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be 0 or more, but were " + line + " and " + column);
    }
    this.line = line;
    this.column = column;
    this.expected = Objects.requireNonNull(expected, "expected");
    this.found = Objects.requireNonNull(found, "found");
    this.allowedValues = List.copyOf(allowedValues);
    this.nearestCodes = List.copyOf(nearestCodes);
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * A problem with its kind, location and message; what was expected and found, the allowed
   * values and the nearest codes are added with the {@code with...} methods.
   *
   * @param kind the class of problem
   * @param pointer the JSON pointer (RFC 6901) of the value at fault; {@code ""} is the whole
   *     document
   * @param line the line of the value at fault, counted from 1 (0 when unknown)
   * @param column the column of the value at fault, counted from 1 (0 when unknown)
   * @param message the problem in words, without the location
   * @return the problem
   * @throws IllegalArgumentException if {@code line} or {@code column} is negative
   */
  public static JsonProblem of(Kind kind, String pointer, int line, int column, String message) {
    return new JsonProblem(kind, pointer, line, column, Optional.empty(), Optional.empty(), List.of(), List.of(),
        message);
  }

  /**
   * This problem saying what the format expects there.
   *
   * @param expected what is expected, for example {@code "a date as 'YYYY-MM-DD'"}
   * @return the problem with it
   */
  public JsonProblem withExpected(String expected) {
    return new JsonProblem(kind, pointer, line, column, Optional.of(expected), found, allowedValues, nearestCodes,
        message);
  }

  /**
   * This problem saying what the document holds there.
   *
   * @param found what was found, for example {@code "the string '2019-13'"}
   * @return the problem with it
   */
  public JsonProblem withFound(String found) {
    return new JsonProblem(kind, pointer, line, column, expected, Optional.of(found), allowedValues, nearestCodes,
        message);
  }

  /**
   * This problem with the allowed values (of an enumeration, or the known fields).
   *
   * @param allowedValues the allowed values, copied
   * @return the problem with them
   */
  public JsonProblem withAllowedValues(List<String> allowedValues) {
    return new JsonProblem(kind, pointer, line, column, expected, found, allowedValues, nearestCodes, message);
  }

  /**
   * This problem with the nearest valid codes, best first (an unknown code).
   *
   * @param nearestCodes the codes, copied
   * @return the problem with them
   */
  public JsonProblem withNearestCodes(List<String> nearestCodes) {
    return new JsonProblem(kind, pointer, line, column, expected, found, allowedValues, nearestCodes, message);
  }

  /** {@return the class of problem} */
  public Kind kind() {
    return kind;
  }

  /** {@return the JSON pointer (RFC 6901) of the value at fault; {@code ""} is the whole document} */
  public String pointer() {
    return pointer;
  }

  /** {@return the line of the value at fault, counted from 1 (0 when unknown)} */
  public int line() {
    return line;
  }

  /** {@return the column of the value at fault, counted from 1 (0 when unknown)} */
  public int column() {
    return column;
  }

  /** {@return what the format expects there, when that can be said} */
  public Optional<String> expected() {
    return expected;
  }

  /** {@return what the document holds there, when that can be said} */
  public Optional<String> found() {
    return found;
  }

  /** {@return the allowed values (unknown enum values, unknown fields); empty otherwise} */
  public List<String> allowedValues() {
    return allowedValues;
  }

  /** {@return the nearest valid codes, best first (unknown codes); empty otherwise} */
  public List<String> nearestCodes() {
    return nearestCodes;
  }

  /** {@return the problem in words, without the location} */
  public String message() {
    return message;
  }

  /** Where the problem is: the pointer ({@code /} for the document) and the line and column when known. */
  public String location() {
    String where = pointer.isEmpty() ? "/" : pointer;
    return line > 0 ? where + " (line " + line + ", column " + column + ")" : where;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof JsonProblem)) {
      return false;
    }
    JsonProblem p = (JsonProblem) o;
    return kind == p.kind && pointer.equals(p.pointer) && line == p.line && column == p.column
        && expected.equals(p.expected) && found.equals(p.found) && allowedValues.equals(p.allowedValues)
        && nearestCodes.equals(p.nearestCodes) && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, pointer, line, column, expected, found, allowedValues, nearestCodes, message);
  }

  /** The location followed by the message. */
  @Override
  public String toString() {
    return location() + ": " + message;
  }
}
