package io.github.smpkit.core.text;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules for the model's text, each declared once here and read by every layer: the
 * builders' checks, Bean Validation ({@link ValidText}), the JSON reader and writer, the JSON
 * Schema and the test kit's generators.
 *
 * <p>Every rule asks for text that
 * <ul>
 *   <li>holds no unpaired surrogate (a {@code char} from U+D800 to U+DFFF that is not half of a
 *       pair: such a string has no UTF-8 form);</li>
 *   <li>holds no control character but tab, line feed and carriage return;</li>
 *   <li>is not blank: at least one character is not {@linkplain #isBlank(int) blank};</li>
 *   <li>has at most {@link #maxLength()} characters, counted as Unicode code points (an emoji is
 *       one character, as in JSON Schema's {@code maxLength});</li>
 *   <li>for some rules, matches a pattern as a whole (an id, a key, a URL).</li>
 * </ul>
 */
public enum TextRule {

  /** A stable identifier such as {@code "palim"}: lower-case letters, digits and hyphens, at most 64. */
  ID(64, "[a-z0-9]+(-[a-z0-9]+)*", "an id of lower-case letters, digits and hyphens", Shape.ID),
  /** A citation key such as {@code "iom-2023"}: letters, digits, '.', '_' and '-', at most 64. */
  KEY(64, "[A-Za-z0-9][A-Za-z0-9._-]*", "a key of letters, digits, '.', '_' and '-'", Shape.KEY),
  /** A level in a national framework, for example {@code "Level 4"}: at most 50 characters. */
  LEVEL(50),
  /** The name of a qualifications framework: at most 200 characters. */
  FRAMEWORK(200),
  /** A name or title: at most 300 characters. */
  SHORT(300),
  /** A longer name, for example an indicator or a document title: at most 500 characters. */
  MEDIUM(500),
  /** A description or statement: at most 2,000 characters. */
  LONG(2000),
  /** A summary, plan or notes of a few paragraphs: at most 4,000 characters. */
  ESSAY(4000),
  /** An http(s) URL without blanks: at most 2,000 characters. */
  URL(2000, "https?://" + Characters.NON_BLANK_CLASS + "+", "an http(s) URL", Shape.URL),
  /** An ESCO URI such as {@code "http://data.europa.eu/esco/occupation/..."}: at most 2,000 characters. */
  ESCO_URI(2000, "https?://data\\.europa\\.eu/esco/" + Characters.NON_BLANK_CLASS + "+", "an ESCO URI",
      Shape.ESCO_URI);

  private static final String END = "(?![\\s\\S])";

  private final int maxLength;
  private final @Nullable String regex;
  private final @Nullable Pattern pattern;
  private final String what;
  private final Shape shape;

  TextRule(int maxLength) {
    this(maxLength, null, "non-blank text", Shape.ANY);
  }

  TextRule(int maxLength, @Nullable String regex, String what, Shape shape) {
    this.maxLength = maxLength;
    this.regex = regex;
    this.pattern = regex == null ? null : Pattern.compile(regex);
    this.what = what;
    this.shape = shape;
  }

  /** The most characters (Unicode code points) allowed. */
  public int maxLength() {
    return maxLength;
  }

  /** The pattern the whole text must match (Java syntax, no anchors), if the rule has one. */
  public Optional<String> regex() {
    return Optional.ofNullable(regex);
  }

  /**
   * The whole rule as one regular expression with anchors, for JSON Schema's {@code pattern}
   * (with code-point matching, as Java and ECMAScript's {@code u} flag do): allowed characters,
   * not blank and the rule's own pattern. The length is not part of it ({@code maxLength} is).
   */
  public String schemaPattern() {
    // (?![\\s\\S]) is the end of the text in every dialect; Java's $ also matches before a final line end
    return regex == null
        ? "^" + Characters.ALLOWED_CLASS + "*" + Characters.NON_BLANK_CLASS + Characters.ALLOWED_CLASS + "*"
            + END
        : "^(" + regex + ")" + END;
  }

  /** What the rule asks for in words, for example {@code "non-blank text (at most 300 characters)"}. */
  public String describe() {
    return what + " (at most " + maxLength + " characters)";
  }

  /** Whether {@code text} follows the rule. */
  public boolean accepts(String text) {
    return problem(text).isEmpty();
  }

  /**
   * What is wrong with {@code text} under this rule, in words (for example {@code "must not be
   * blank"}), or empty when nothing is. The message is short whatever the text's length.
   */
  public Optional<String> problem(String text) {
    Objects.requireNonNull(text, "text");
    // the flags of every character, and-ed and or-ed: no branch per character on what it is
    int every = Characters.ALLOWED | Characters.BLANK;
    int some = 0;
    int n = text.length();
    int i = 0;
    // ASCII, most text: one look in a small table per character, until the first other character
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        break;
      }
      int flags = Characters.ASCII[c];
      every &= flags;
      some |= flags;
    }
    int length = i;
    // the rest, from the first character beyond ASCII: one look in the table of every plane
    while (i < n) {
      int cp = text.charAt(i);
      if (Character.isSurrogate((char) cp)) {
        cp = text.codePointAt(i);
        if (cp <= 0xFFFF) {
          return firstCharacterProblem(text);
        }
      }
      int flags = Characters.flags(cp);
      every &= flags;
      some |= flags;
      length++;
      i += cp > 0xFFFF ? 2 : 1;
    }
    if ((every & Characters.ALLOWED) == 0) {
      return firstCharacterProblem(text);
    }
    if ((every & Characters.BLANK) != 0) {
      return Optional.of("must not be blank (it must hold a character that is not white space)");
    }
    if (length > maxLength) {
      return Optional.of("has " + length + " characters, more than the " + maxLength
          + " allowed (characters are Unicode code points)");
    }
    if (pattern != null && !shape.matches(text, (some & Characters.BLANK) != 0)) {
      return Optional.of("must be " + what);
    }
    return Optional.empty();
  }

  /** The first character of {@code text} that no text may hold (an unpaired surrogate, a control), in words. */
  private static Optional<String> firstCharacterProblem(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
        return Optional.of("contains an unpaired surrogate " + Characters.hex(cp) + " at index " + i
            + "; text must be valid Unicode");
      }
      if ((Characters.flags(cp) & Characters.ALLOWED) == 0) {
        return Optional.of("contains the control character " + Characters.hex(cp) + " at index " + i
            + "; only tab, line feed and carriage return are allowed");
      }
      i += Character.charCount(cp);
    }
    throw new AssertionError("no character problem in a text whose flags said there was one");
  }

  /**
   * Whether {@code text} matches the rule's pattern, by the regular expression itself: the
   * declaration that {@link #problem(String)}'s quicker check of the same shape is tested against.
   */
  boolean matchesRegex(String text) {
    return pattern == null || pattern.matcher(text).matches();
  }

  /**
   * The rules' patterns checked without a regular expression, on text already known to hold only
   * allowed characters (the URL patterns' Unicode class made a regex match the largest part of
   * reading a document). Each shape accepts exactly what its rule's regex accepts on such text;
   * {@code TextRuleTest} holds them to it, character by character.
   */
  private enum Shape {
    /** No pattern. */
    ANY {
      @Override
      boolean matches(String text, boolean anyBlank) {
        return true;
      }
    },
    /** {@code [a-z0-9]+(-[a-z0-9]+)*}. */
    ID {
      @Override
      boolean matches(String text, boolean anyBlank) {
        boolean afterHyphen = true;
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c == '-') {
            if (afterHyphen) {
              return false;
            }
            afterHyphen = true;
          } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            afterHyphen = false;
          } else {
            return false;
          }
        }
        return !afterHyphen;
      }
    },
    /** {@code [A-Za-z0-9][A-Za-z0-9._-]*}. */
    KEY {
      @Override
      boolean matches(String text, boolean anyBlank) {
        if (text.isEmpty() || !alphanumeric(text.charAt(0))) {
          return false;
        }
        for (int i = 1; i < text.length(); i++) {
          char c = text.charAt(i);
          if (!alphanumeric(c) && c != '.' && c != '_' && c != '-') {
            return false;
          }
        }
        return true;
      }
    },
    /** {@code https?://} and at least one more character, none blank. */
    URL {
      @Override
      boolean matches(String text, boolean anyBlank) {
        return !anyBlank && prefixed(text, "http://", "https://");
      }
    },
    /** {@code https?://data\.europa\.eu/esco/} and at least one more character, none blank. */
    ESCO_URI {
      @Override
      boolean matches(String text, boolean anyBlank) {
        return !anyBlank && prefixed(text, "http://data.europa.eu/esco/", "https://data.europa.eu/esco/");
      }
    };

    /** Whether {@code text} matches, given that all its characters are allowed and whether any is blank. */
    abstract boolean matches(String text, boolean anyBlank);

    private static boolean alphanumeric(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Whether {@code text} is longer than one of the two prefixes and starts with it. */
    private static boolean prefixed(String text, String plain, String secure) {
      return text.length() > secure.length() && text.startsWith(secure)
          || text.length() > plain.length() && text.startsWith(plain);
    }
  }

  /**
   * Returns {@code text} when it follows the rule.
   *
   * @param text the text
   * @param type the model type, for the message, for example {@code "Partnership"}
   * @param field the field, for the message, for example {@code "title"}
   * @return {@code text}
   * @throws io.github.smpkit.core.InvariantViolationException naming the type, the field and the
   *     problem (with the text shortened)
   */
  public String check(String text, String type, String field) {
    Optional<String> problem = problem(text);
    if (problem.isPresent()) {
      throw new io.github.smpkit.core.InvariantViolationException(type, field, text, problem.get());
    }
    return text;
  }

  /**
   * Whether a code point counts as blank: Unicode white space ({@link Character#isWhitespace(int)}
   * or {@link Character#isSpaceChar(int)}, so the no-break spaces U+00A0, U+2007 and U+202F
   * too) and the invisible U+180E, U+200B to U+200D, U+2060 and U+FEFF (byte order mark).
   *
   * @param codePoint a Unicode code point
   * @return whether it is blank
   */
  public static boolean isBlank(int codePoint) {
    return Characters.isBlank(codePoint);
  }

  /**
   * Whether every character of {@code text} is {@linkplain #isBlank(int) blank} (so the empty
   * text is blank).
   *
   * @param text the text
   * @return whether it is blank
   */
  public static boolean isBlank(String text) {
    return text.codePoints().allMatch(Characters::isBlank);
  }
}
