package io.github.smpkit.sheets.internal;

import java.util.List;
import java.util.Optional;

/**
 * One column of a sheet: a field of the table's element (or, for a list of plain values, the
 * element itself), found by {@link #path()} from the element's object, with what a cell in it
 * may hold. Derived from the JSON Schema by {@link Layout}.
 *
 * @param title the column's title in plain words, as in row 1 of the sheet
 * @param path the JSON field names from the element's object to the value; empty when the
 *     element is the value itself
 * @param kind what the cell holds
 * @param itemKind for a {@link Kind#LIST} column, what each item is; otherwise equal to kind
 * @param allowed the allowed values (enumeration constants or codes of a code list), in order;
 *     empty when any value of the form is allowed
 * @param codeList the name of the code list the values come from, when they do
 * @param pattern the schema's regular expression for text, when it gives one
 * @param minimum the schema's minimum for whole numbers, when it gives one
 * @param maximum the schema's maximum for whole numbers, when it gives one
 * @param maxLength the schema's maximum length for text, when it gives one
 * @param required whether the element's object needs this field
 */
public record Column(String title, List<String> path, Kind kind, Kind itemKind, List<String> allowed,
    Optional<String> codeList, Optional<String> pattern, Optional<Long> minimum, Optional<Long> maximum,
    Optional<Long> maxLength, boolean required) {

  /** What a cell of a column holds. */
  public enum Kind {
    /** Text. */
    TEXT,
    /** One constant of an enumeration. */
    ENUM,
    /** A whole number. */
    INTEGER,
    /** A number that may have a fraction. */
    NUMBER,
    /** TRUE or FALSE; blank when not recorded. */
    BOOLEAN,
    /** Several values in one cell, separated by semicolons. */
    LIST,
    /**
     * TRUE when an object with only optional fields is present even though none of its columns
     * is filled (a monitoring framework with nothing recorded about it); blank otherwise.
     */
    PRESENCE
  }

  /** Copies the lists. */
  public Column {
    path = List.copyOf(path);
    allowed = List.copyOf(allowed);
  }

  /** The JSON field path as written in notes, for example {@code amount/currency}. */
  public String jsonPath() {
    return String.join("/", path);
  }

  /** Whether a text value of this column is a decimal number written as a string (money, percentages). */
  public boolean isDecimalText() {
    return pattern.map(p -> "12.5".matches(p) && "1".matches(p) && !"a".matches(p) && !"A".matches(p)
        && !"1a".matches(p)).orElse(false);
  }

  /** Whether a text value of this column is a calendar date (its pattern accepts {@code 2019-06-15}). */
  public boolean isDateText() {
    return pattern.map(p -> "2019-06-15".matches(p) && !"12.5".matches(p) && !"a".matches(p)).orElse(false);
  }
}
