package io.github.smpkit.core.text;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The character classes of {@link TextRule}, defined once as predicates; their regular
 * expression forms (for patterns and the JSON Schema) are derived from the predicates.
 */
final class Characters {

  private Characters() {}

  /** The invisible characters counted as blank besides Unicode white space. */
  private static final int[] INVISIBLE = {0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF};

  static boolean isBlank(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    for (int invisible : INVISIBLE) {
      if (cp == invisible) {
        return true;
      }
    }
    return false;
  }

  /** Whether a code point may appear in text: not a control character other than tab, LF, CR, not a lone surrogate. */
  static boolean isAllowed(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return true;
    }
    return Character.getType(cp) != Character.CONTROL && !(cp <= 0xFFFF && Character.isSurrogate((char) cp));
  }

  /** In {@link #flags(char)}: the character is {@linkplain #isAllowed(int) allowed}. */
  static final int ALLOWED = 1;
  /** In {@link #flags(char)}: the character is {@linkplain #isBlank(int) blank}. */
  static final int BLANK = 2;

  /**
   * {@link #ALLOWED} and {@link #BLANK} of a character of the Basic Multilingual Plane, as the
   * predicates above say (a table of them, made when first needed: text beyond ASCII goes through
   * it character by character).
   */
  static int flags(char c) {
    return Table.FLAGS[c];
  }

  /**
   * {@link #ALLOWED} and {@link #BLANK} of a code point beyond the Basic Multilingual Plane, from
   * its general category alone: there the predicates reduce to it (tab, line ends, the invisible
   * characters and the other white space {@code isWhitespace} names are all in the BMP), so one
   * look-up replaces four; plane 1, where emoji are, is a table of it. {@code TextRuleTest} holds it to the predicates on every such code point.
   */
  static int supplementaryFlags(int cp) {
    return cp < 0x20000 ? Plane1.FLAGS[cp - 0x10000] : byCategory(cp);
  }

  private static int byCategory(int cp) {
    int type = Character.getType(cp);
    boolean space = type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
    return (type != Character.CONTROL ? ALLOWED : 0) | (space ? BLANK : 0);
  }

  /** The flags of plane 1 (emoji, historic scripts, mathematical letters), made when first needed. */
  private static final class Plane1 {
    static final byte[] FLAGS = new byte[0x10000];

    static {
      for (int i = 0; i < 0x10000; i++) {
        FLAGS[i] = (byte) byCategory(0x10000 + i);
      }
    }
  }

  private static final class Table {
    static final byte[] FLAGS = new byte[0x10000];

    static {
      for (int c = 0; c <= 0xFFFF; c++) {
        FLAGS[c] = (byte) ((isAllowed(c) ? ALLOWED : 0) | (isBlank(c) ? BLANK : 0));
      }
    }
  }

  /** A regex class of the characters allowed in text. */
  static final String ALLOWED_CLASS = negatedClass(cp -> !isAllowed(cp));

  /** A regex class of the characters allowed in text that are not blank. */
  static final String NON_BLANK_CLASS = negatedClass(cp -> !isAllowed(cp) || isBlank(cp));

  /** {@code [^...]} of the BMP code points {@code excluded} holds, as ranges of \\u escapes. */
  private static String negatedClass(IntPredicate excluded) {
    StringBuilder s = new StringBuilder("[^");
    int cp = 0;
    while (cp <= 0xFFFF) {
      if (!excluded.test(cp)) {
        cp++;
        continue;
      }
      int end = cp;
      while (end + 1 <= 0xFFFF && excluded.test(end + 1)) {
        end++;
      }
      s.append(escape(cp));
      if (end > cp) {
        s.append('-').append(escape(end));
      }
      cp = end + 1;
    }
    return s.append(']').toString();
  }

  private static String escape(int cp) {
    return String.format(Locale.ROOT, "\\u%04X", cp);
  }

  static String hex(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }
}
