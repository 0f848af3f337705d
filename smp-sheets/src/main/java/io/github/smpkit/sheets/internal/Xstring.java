package io.github.smpkit.sheets.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The escape that Office Open XML uses for characters an XML file cannot hold (ECMA-376,
 * ST_Xstring): {@code _xHHHH_} stands for the UTF-16 code unit HHHH. Spreadsheet programs decode
 * it when they read a cell and write it for control characters and for a literal {@code _xHHHH_}
 * (whose underscore becomes {@code _x005F_}). fastexcel drops such characters silently, so the
 * writer escapes them first and the reader decodes every string cell: a control character in a
 * partnership's text survives the round trip, and text typed as {@code _x0041_} in a spreadsheet
 * program reads back as typed.
 */
final class Xstring {

  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private Xstring() {}

  /** The text with XML-illegal characters and literal escapes escaped. */
  static String encode(String text) {
    StringBuilder s = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = null;
      if (isIllegal(c)) {
        replacement = String.format("_x%04X_", (int) c);
      } else if (c == '_' && ESCAPE.matcher(text).region(i, text.length()).lookingAt()) {
        replacement = "_x005F_";
      }
      if (replacement != null && s == null) {
        s = new StringBuilder(text.substring(0, i));
      }
      if (s != null) {
        s.append(replacement != null ? replacement : String.valueOf(c));
      }
    }
    return s == null ? text : s.toString();
  }

  /** The text with every escape decoded. */
  static String decode(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    Matcher m = ESCAPE.matcher(text);
    StringBuilder s = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(s, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(s);
    return s.toString();
  }

  /** Whether XML 1.0 cannot hold the character (a control character other than tab, LF and CR, or U+FFFE, U+FFFF). */
  private static boolean isIllegal(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
  }
}
