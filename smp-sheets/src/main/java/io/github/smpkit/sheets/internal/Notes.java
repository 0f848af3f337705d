package io.github.smpkit.sheets.internal;

import io.github.smpkit.sheets.internal.Column.Kind;

/** What a column takes, in words, for the note on its title and for docs/sheets.md; derived from the schema. */
public final class Notes {

  private Notes() {}

  /** The note of a value column: the JSON field, what a cell holds, whether it is required. */
  public static String of(Table table, Column column) {
    String json = table.pointerPattern() + (column.path().isEmpty() ? "" : "/" + column.jsonPath());
    return "JSON: " + (json.isEmpty() ? "/" : json) + "\n" + what(column) + (column.required() ? "\nRequired." : "");
  }

  /** The note of a key column. */
  public static String ofKey(Table table, String keyTitle) {
    if (keyTitle.equals(Layout.PARTNERSHIP_KEY)) {
      return "The ID of the partnership this row belongs to, as in sheet " + Layout.ROOT_SHEET + ".\nRequired.";
    }
    if (keyTitle.equals(table.numberTitle())) {
      return "The number of this row among its partnership's rows here (1, 2, ...), so that rows of "
          + table.children().get(0).sheetName() + " can refer to it. May be left blank: the row's position counts.";
    }
    for (Table ancestor : table.repeatedAncestors()) {
      if (keyTitle.equals(ancestor.numberTitle())) {
        String element = ancestor.elementName().toLowerCase(java.util.Locale.ROOT);
        return "Which " + element + " of the partnership this row belongs to: 1 for its first row in sheet "
            + ancestor.sheetName() + ", 2 for the second, ... (the " + keyTitle + " column there).\nRequired.";
      }
    }
    throw new IllegalArgumentException("no key column " + keyTitle + " in " + table.sheetName());
  }

  /** What a cell of the column holds, in one or two sentences. */
  public static String what(Column column) {
    String one = single(column, column.kind() == Kind.LIST ? column.itemKind() : column.kind());
    if (column.kind() == Kind.LIST) {
      return "Several values separated by ; (each once), each " + lowerFirst(one);
    }
    return one;
  }

  private static String single(Column column, Kind kind) {
    return switch (kind) {
      case ENUM -> "One of " + String.join(", ", column.allowed()) + ".";
      case BOOLEAN -> "TRUE or FALSE; blank when not recorded.";
      case INTEGER -> "A whole number" + range(column) + ".";
      case NUMBER -> "A number" + range(column) + ".";
      case TEXT -> text(column);
      case LIST -> throw new IllegalStateException("a list of lists");
      case PRESENCE -> "TRUE when the partnership has this part even though none of its other columns is filled;"
          + " blank (or FALSE) when it has not. TRUE is written whenever the part is there.";
    };
  }

  private static String text(Column column) {
    if (column.codeList().isPresent()) {
      return "A code of " + column.codeList().get() + " (the list in the drop-down), typed as text.";
    }
    if (column.isDecimalText()) {
      return "A decimal number such as 60 or 1500.50, as a number or as text.";
    }
    if (column.isDateText()) {
      return column.pattern().orElse("").contains("-[0-9]{2})?)?")
          ? "A date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as known, typed as text (a date cell is read as"
              + " YYYY-MM-DD)."
          : "A date as YYYY-MM-DD, typed as text (a date cell is read as its day).";
    }
    String form = column.pattern().filter(p -> p.startsWith("^")).map(p -> " matching " + p).orElse("");
    String length = column.maxLength().map(n -> " of at most " + n + " characters").orElse("");
    return "Text" + length + form + ".";
  }

  private static String range(Column column) {
    if (column.minimum().isPresent() && column.maximum().isPresent()) {
      return " from " + column.minimum().get() + " to " + column.maximum().get();
    }
    return column.minimum().map(n -> " of at least " + n).orElse("")
        + column.maximum().map(n -> " of at most " + n).orElse("");
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
