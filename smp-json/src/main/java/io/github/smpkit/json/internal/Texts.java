package io.github.smpkit.json.internal;

/** How values and pointers are written into problem messages. */
final class Texts {

  private static final int MAX_SHOWN = 60;

  private Texts() {}

  /** The value in single quotes, shortened to a readable length. */
  static String quote(String value) {
    return "'" + shorten(value) + "'";
  }

  /** The text, cut after {@value #MAX_SHOWN} characters with an ellipsis and the full length. */
  static String shorten(String text) {
    if (text.length() <= MAX_SHOWN) {
      return text;
    }
    return text.substring(0, MAX_SHOWN) + "... (" + text.length() + " characters)";
  }
}
