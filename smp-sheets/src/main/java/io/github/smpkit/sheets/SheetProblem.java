package io.github.smpkit.sheets;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong in a workbook of partnerships, located twice: where a person fixes it (sheet,
 * row and column, as a spreadsheet program shows them) and where it sits in the partnership's
 * JSON document (a JSON pointer, as smp-json reports it), so that the same message can be found
 * in the workbook and in the format's documentation.
 *
 * @param kind what kind of problem it is
 * @param sheet the sheet's name; empty for the workbook as a whole
 * @param row the row number as shown (1 is the title row); 0 when the problem is not in a row
 * @param column the column's letters as shown ({@code A}, {@code AB}); empty when not in one column
 * @param columnTitle the column's title from row 1; empty when not in one column or untitled
 * @param partnershipId the id of the partnership the row belongs to, when known
 * @param pointer the JSON pointer (RFC 6901) of the value in the partnership's document
 *     ({@code ""} for the whole document), when the row belongs to a partnership
 * @param message the problem in words, without the location
 */
public record SheetProblem(
    Kind kind,
    String sheet,
    int row,
    String column,
    String columnTitle,
    Optional<String> partnershipId,
    Optional<String> pointer,
    String message) {

  /** The classes of problem in a workbook. */
  public enum Kind {
    /** The file is not an .xlsx workbook, or cannot be opened as one. */
    NOT_A_WORKBOOK,
    /** A sheet the layout needs is missing. */
    MISSING_SHEET,
    /** A sheet the layout does not know: its data would be lost. */
    UNKNOWN_SHEET,
    /** A column title the layout needs is missing (or was renamed). */
    MISSING_COLUMN,
    /** A column title the layout does not know, or a value under no title: it would be lost. */
    UNKNOWN_COLUMN,
    /** The same column title twice in a sheet. */
    DUPLICATE_COLUMN,
    /** A cell holds a formula or an error value instead of a value. */
    FORMULA,
    /** A row names a partnership, or a numbered row, that does not exist, or repeats an id. */
    BAD_REFERENCE,
    /** A sheet has more rows than the reader's limit; it was not read further. */
    TOO_MANY_ROWS,
    /** The value is not valid for the partnership (smp-json's reader says why). */
    INVALID_VALUE
  }

  /** Checks that nothing is null. */
  public SheetProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(columnTitle, "columnTitle");
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Where the problem is, for example {@code Costs!E5 (Amount: currency), partnership palim
   * /costs/0/amount/currency}.
   */
  public String location() {
    StringBuilder s = new StringBuilder();
    if (sheet.isEmpty()) {
      s.append("workbook");
    } else {
      s.append(sheet);
      if (row > 0 || !column.isEmpty()) {
        s.append('!').append(column).append(row > 0 ? String.valueOf(row) : "");
      }
      if (!columnTitle.isEmpty()) {
        s.append(" (").append(columnTitle).append(')');
      }
    }
    partnershipId.ifPresent(id -> s.append(", partnership ").append(id));
    pointer.ifPresent(p -> s.append(' ').append(p.isEmpty() ? "/" : p));
    return s.toString();
  }

  /** The location followed by the message. */
  @Override
  public String toString() {
    return location() + ": " + message;
  }
}
