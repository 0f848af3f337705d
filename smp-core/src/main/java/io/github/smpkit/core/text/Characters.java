package io.github.smpkit.core.text;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;
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

  /** In {@link #flags(int)}: the code point is {@linkplain #isAllowed(int) allowed}. */
  static final int ALLOWED = 1;
  /** In {@link #flags(int)}: the code point is {@linkplain #isBlank(int) blank}. */
  static final int BLANK = 2;

  /**
   * {@link #ALLOWED} and {@link #BLANK} of a code point (not a lone surrogate), as the predicates
   * above say: text beyond ASCII goes through here character by character. Plane 0 (the BMP)
   * and plane 1 (emoji, historic scripts, mathematical letters) are answered from a table of the
   * predicates; beyond them, from the general category alone: there the predicates reduce to it
   * (tab, line ends, the invisible characters and the other white space {@code isWhitespace} names
   * are all in the BMP), so one look-up replaces four. {@code TextRuleTest} holds both to the
   * predicates on every code point.
   */
  static int flags(int cp) {
    return cp < TABLED ? tabled(cp) : byCategory(cp);
  }

  private static int byCategory(int cp) {
    int type = Character.getType(cp);
    boolean space = type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
    return (type != Character.CONTROL ? ALLOWED : 0) | (space ? BLANK : 0);
  }

  /** The code points below this (planes 0 and 1) are answered from the table. */
  private static final int TABLED = 0x20000;

  /**
   * The table, in pages of 256 code points, each made from the predicates when a text first
   * needs it: a document with a few accented letters pays for a page or two, not for 128K code
   * points at start-up. A page is published whole through the atomic array, so a thread never
   * sees one half filled.
   */
  private static final AtomicReferenceArray<byte[]> PAGES = new AtomicReferenceArray<>(TABLED >>> 8);

  private static int tabled(int cp) {
    byte[] page = PAGES.get(cp >>> 8);
    if (page == null) {
      page = page(cp >>> 8);
    }
    return page[cp & 0xFF];
  }

  private static byte[] page(int index) {
    byte[] page = new byte[256];
    for (int i = 0; i < 256; i++) {
      int cp = index << 8 | i;
      page[i] = (byte) ((isAllowed(cp) ? ALLOWED : 0) | (isBlank(cp) ? BLANK : 0));
    }
    PAGES.compareAndSet(index, null, page);
    return PAGES.get(index);
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
