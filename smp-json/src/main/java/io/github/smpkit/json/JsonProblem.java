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
 * @param kind the class of problem
 * @param pointer the JSON pointer (RFC 6901) of the value at fault; {@code ""} is the whole
 *     document
 * @param line the line of the value at fault, counted from 1 (0 when unknown)
 * @param column the column of the value at fault, counted from 1 (0 when unknown)
 * @param expected what the format expects there, when that can be said
 * @param found what the document holds there, when that can be said
 * @param allowedValues the allowed values (unknown enum values, unknown fields); empty otherwise
 * @param nearestCodes the nearest valid codes, best first (unknown codes); empty otherwise
 * @param message the problem in words, without the location
 */
public record JsonProblem(
    Kind kind,
    String pointer,
    int line,
    int column,
    Optional<String> expected,
    Optional<String> found,
    List<String> allowedValues,
    List<String> nearestCodes,
    String message) {

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

  /** Checks that no component is null and copies the lists. */
  public JsonProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(found, "found");
    allowedValues = List.copyOf(allowedValues);
    nearestCodes = List.copyOf(nearestCodes);
    Objects.requireNonNull(message, "message");
  }

  /** Where the problem is: the pointer ({@code /} for the document) and the line and column when known. */
  public String location() {
    String where = pointer.isEmpty() ? "/" : pointer;
    return line > 0 ? where + " (line " + line + ", column " + column + ")" : where;
  }

  /** The location followed by the message. */
  @Override
  public String toString() {
    return location() + ": " + message;
  }
}
