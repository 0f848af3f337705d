package io.github.smpkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.InvariantViolationException;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Party;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextRuleTest {

  private static final String EMOJI = "\uD83D\uDE00";

  private static Partnership.Builder valid() {
    return Partnership.builder().id("palim").title("PALIM").status(PartnershipStatus.PILOT)
        .addParties(Party.origin(Country.of("MA")), Party.destination(Country.of("BE")));
  }

  @Test
  void everyBmpCharacterIsJudgedAsThePredicatesSay() {
    // every BMP character, alone and after a letter, gets the verdict Characters' predicates give it
    // (the control message names it and its index)
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String alone = String.valueOf((char) c);
      boolean allowed = Characters.isAllowed(c);
      int at = c;
      assertEquals(allowed, TextRule.SHORT.problem("x" + alone).isEmpty(), () -> Characters.hex(at));
      if (allowed) {
        assertEquals(Characters.isBlank(c), TextRule.SHORT.problem(alone).filter(p -> p.startsWith("must not be blank"))
            .isPresent(), () -> Characters.hex(at));
      } else {
        assertEquals("contains the control character " + Characters.hex(c) + " at index 1; only tab, line feed and"
            + " carriage return are allowed", TextRule.SHORT.problem("x" + alone).orElseThrow());
      }
    }
  }

  @Test
  void everyCodePointBeyondTheBmpIsJudgedAsThePredicatesSay() {
    for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp++) {
      int expected = (Characters.isAllowed(cp) ? Characters.ALLOWED : 0) | (Characters.isBlank(cp) ? Characters.BLANK : 0);
      assertEquals(expected, Characters.flags(cp), Characters.hex(cp));
    }
  }

  @Test
  void theTableOfTheBmpIsThePredicates() {
    for (int c = 0; c <= 0xFFFF; c++) {
      int expected = (Characters.isAllowed(c) ? Characters.ALLOWED : 0) | (Characters.isBlank(c) ? Characters.BLANK : 0);
      assertEquals(expected, Characters.flags(c), Characters.hex(c));
    }
  }

  @Test
  void astralCharactersCountAsOneAndAreNeitherControlNorBlank() {
    String emoji = new String(Character.toChars(0x1F600));
    assertTrue(TextRule.SHORT.accepts(emoji));
    assertTrue(TextRule.LEVEL.accepts(emoji.repeat(50)));
    assertFalse(TextRule.LEVEL.accepts(emoji.repeat(51)));
    assertTrue(TextRule.SHORT.accepts(" " + emoji + "\u00A0"));
  }

  @Test
  void aLoneSurrogateIsRefusedWhereverItIs() {
    assertEquals("contains an unpaired surrogate U+D800 at index 1; text must be valid Unicode",
        TextRule.SHORT.problem("T\uD800").orElseThrow());
    assertTrue(TextRule.SHORT.problem("\uDC00T").isPresent());
    assertTrue(TextRule.SHORT.problem("T" + EMOJI.charAt(1) + EMOJI.charAt(0)).isPresent());
    assertTrue(TextRule.SHORT.accepts("T" + EMOJI));
  }

  @Test
  void noBreakSpacesByteOrderMarksAndEmSpacesAreBlank() {
    for (String blank : new String[] {"", " ", "\u00A0", "\uFEFF", "\u2003", "\u200B", "\u3000", " \t\r\n\u202F"}) {
      assertTrue(TextRule.isBlank(blank), blank);
      assertEquals("must not be blank (it must hold a character that is not white space)",
          TextRule.LONG.problem(blank).orElseThrow(), blank);
    }
    assertFalse(TextRule.isBlank("\u00A0x"));
  }

  @Test
  void controlCharactersOtherThanTabAndLineEndsAreRefused() {
    assertEquals("contains the control character U+0000 at index 1; only tab, line feed and carriage return"
        + " are allowed", TextRule.LONG.problem("a\u0000").orElseThrow());
    assertTrue(TextRule.LONG.problem("a\u0085").isPresent());
    assertTrue(TextRule.LONG.accepts("a\tb\r\nc"));
  }

  @Test
  void lengthCountsCodePointsUpToTheLimitExactly() {
    assertTrue(TextRule.SHORT.accepts(EMOJI.repeat(300)));
    assertEquals("has 301 characters, more than the 300 allowed (characters are Unicode code points)",
        TextRule.SHORT.problem(EMOJI.repeat(301)).orElseThrow());
    assertTrue(TextRule.ID.accepts("a".repeat(64)));
    assertFalse(TextRule.ID.accepts("a".repeat(65)));
  }

  @Test
  void patternsMatchTheWholeText() {
    assertEquals("must be an id of lower-case letters, digits and hyphens",
        TextRule.ID.problem("My Partnership!").orElseThrow());
    assertFalse(TextRule.URL.accepts("https://example.org/a\u00A0b"));
    assertTrue(TextRule.URL.accepts("https://example.org/\u00E9t\u00E9"));
    assertFalse(TextRule.ESCO_URI.accepts("https://example.org/x"));
  }

  @Test
  void theQuickPatternChecksAcceptExactlyWhatTheRegexesAccept() {
    // problem() checks the patterns without their regexes; the regexes stay the declaration (the
    // schema's patterns are built from them), so each check is held to its regex: every character
    // up to U+3000 and every blank one, at the start, in the middle and at the end of texts near
    // each pattern's edges
    String[] bases = {"", "a", "palim", "a-b", "-a", "a-", "a--b", "iom-2023", "A.b_c-d", "_a", "http://x",
        "https://example.org/p", "https://", "http://", "https:/x", "HTTP://x", "httpx://y", "https://x" + EMOJI,
        "https://data.europa.eu/esco/occupation/x", "http://data.europa.eu/esco/", "https://data.europa.eu/escox"};
    java.util.List<String> inserts = new java.util.ArrayList<>(java.util.List.of(EMOJI));
    for (int c = 0; c <= 0xFFFF; c++) {
      if (!Character.isSurrogate((char) c) && Characters.isAllowed(c) && (c <= 0x3000 || Characters.isBlank(c))) {
        inserts.add(String.valueOf((char) c));
      }
    }
    int checked = 0;
    for (TextRule rule : TextRule.values()) {
      if (rule.regex().isEmpty()) {
        continue;
      }
      for (String base : bases) {
        int middle = base.length() / 2;
        for (String insert : inserts) {
          for (String s : new String[] {base, insert + base, base.substring(0, middle) + insert
              + base.substring(middle), base + insert}) {
            boolean expected = !TextRule.isBlank(s) && s.codePointCount(0, s.length()) <= rule.maxLength()
                && rule.matchesRegex(s);
            assertEquals(expected, rule.accepts(s), () -> rule + " on " + s.codePoints()
                .mapToObj(Characters::hex).collect(java.util.stream.Collectors.joining(" ")));
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 1_000_000, "checked " + checked);
  }

  @Test
  void theSchemaPatternAcceptsExactlyWhatTheRuleAcceptsBelowTheLimit() {
    String[] samples = {"a", " a ", "\u00A0", "\uFEFFx", "T\uD800", "T" + EMOJI, "a\u0000", "a\tb", "\u2003",
        "palim", "My Partnership!", "https://example.org/x", "https://e.org/a b", "x\u0085"};
    for (TextRule rule : TextRule.values()) {
      Pattern schema = Pattern.compile(rule.schemaPattern());
      for (String s : samples) {
        assertEquals(rule.accepts(s), schema.matcher(s).find(), rule + " on " + s);
      }
    }
  }

  @Test
  void theBuilderRefusesWhatTheReaderRefuses() {
    InvariantViolationException id = assertThrows(InvariantViolationException.class,
        () -> valid().id("My Partnership!").build());
    assertEquals("id", id.field());
    InvariantViolationException title = assertThrows(InvariantViolationException.class,
        () -> valid().title("").build());
    assertEquals("title", title.field());
    assertThrows(InvariantViolationException.class, () -> valid().title("T\uD800").build());
    assertThrows(InvariantViolationException.class, () -> valid().notes("\u00A0").build());
  }

  @Test
  void aRefusedLongTextGivesAShortMessage() {
    InvariantViolationException e = assertThrows(InvariantViolationException.class,
        () -> valid().title("x".repeat(100_000)).build());
    assertTrue(e.getMessage().length() < 500, e.getMessage());
    assertTrue(e.getMessage().endsWith("... (100000 chars))"), e.getMessage());
  }
}
