package io.github.smpkit.core.text;

import java.util.Arrays;
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

  /** In {@link #flags(int)}: the code point is {@linkplain #isAllowed(int) allowed}. */
  static final int ALLOWED = 1;
  /** In {@link #flags(int)}: the code point is {@linkplain #isBlank(int) blank}. */
  static final int BLANK = 2;

  /**
   * {@link #ALLOWED} and {@link #BLANK} of a code point (not a lone surrogate), as the predicates
   * above say: text beyond ASCII goes through here character by character, so the answer comes
   * from a table of the predicates, one look-up instead of four (the predicates ask for the
   * general category, and beyond the BMP each asks through a call the JIT cannot inline).
   * {@code TextRuleTest} holds the table to the predicates on every code point.
   */
  static int flags(int cp) {
    Page page = PAGES[cp >>> 8];
    if (page == null) {
      page = page(cp >>> 8);
    }
    return page.flags[cp & 0xFF];
  }

  /**
   * The table, in pages of 256 code points, each made from the predicates when a text first
   * needs it: a document with a few accented letters pays for a page or two, not for the 1.1M
   * code points at start-up. A page whose code points are all allowed and none blank (every page
   * of the unassigned and private-use planes, most of the others) is one shared page, so even a
   * document that touches every page leaves at most the few hundred mixed pages behind.
   *
   * <p>The array is read without synchronisation, a plain load per character: a thread that sees
   * a page sees it whole, because its flags are a final field (JLS 17.5), and a thread that sees
   * {@code null} makes the same page again.
   */
  private static final Page[] PAGES = new Page[(Character.MAX_CODE_POINT + 1) >>> 8];

  /** The flags of 256 code points, in a final field so that a page is safely published by a plain write. */
  private static final class Page {
    final byte[] flags;

    Page(byte[] flags) {
      this.flags = flags;
    }
  }

  /** The page of 256 code points that are all allowed and none blank. */
  private static final Page PLAIN = plain();

  private static Page plain() {
    byte[] flags = new byte[256];
    Arrays.fill(flags, (byte) ALLOWED);
    return new Page(flags);
  }

  private static Page page(int index) {
    byte[] flags = new byte[256];
    boolean plain = true;
    for (int i = 0; i < 256; i++) {
      int cp = index << 8 | i;
      flags[i] = (byte) ((isAllowed(cp) ? ALLOWED : 0) | (isBlank(cp) ? BLANK : 0));
      plain = plain && flags[i] == ALLOWED;
    }
    Page page = plain ? PLAIN : new Page(flags);
    PAGES[index] = page;
    return page;
  }

  /**
   * The flags of the ASCII characters, the first page of the table: most text is ASCII, and the
   * ASCII loop of {@link TextRule#problem} looks here without the page look-up.
   */
  static final byte[] ASCII = page(0).flags;

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
