package io.github.smpkit.sheets.internal;

import java.util.regex.Pattern;

/** Small facts about cells and their addresses. */
final class Cells {

  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.");
  private static final Pattern DATE_PARTS = Pattern.compile("[dDyYmM]");

  private Cells() {}

  /** The letters of a column from its 0-based index: 0 is A, 27 is AB. */
  static String letters(int index) {
    StringBuilder s = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      s.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return s.toString();
  }

  /** Whether a number format shows a date (it has day, month or year parts outside quoted text). */
  static boolean isDateFormat(String format) {
    if (format == null) {
      return false;
    }
    String bare = QUOTED.matcher(format).replaceAll("");
    return !bare.equalsIgnoreCase("general") && DATE_PARTS.matcher(bare).find();
  }
}
