package io.github.smpkit.json.internal;

import static io.github.smpkit.json.internal.SchemaBuilder.map;

import io.github.smpkit.core.code.CodeList;
import io.github.smpkit.core.code.CodeListEntry;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.EqfLevel;
import io.github.smpkit.core.code.GcmObjective;
import io.github.smpkit.core.code.IscedLevel;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.code.SdgTarget;
import io.github.smpkit.core.code.UnknownCodeException;
import io.github.smpkit.json.JsonProblem.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import tools.jackson.core.JsonGenerator;

/**
 * The codecs of the reference codes (model package {@code core.code}): countries, ISCO-08,
 * ISIC Rev.4, SDG targets, Global Compact objectives, EQF and ISCED levels.
 */
final class CodeCodecs {

  private CodeCodecs() {}

  /**
   * A code written as a string, looked up with {@code lookup} (which names the nearest codes when
   * it fails) or, once the document has more problems than are kept, with the cheaper {@code find}.
   */
  private static <C> Codecs.PatternedString<C> stringCode(String expected, String regex, Function<String, C> lookup,
      Function<String, Optional<C>> find, Function<C, String> code) {
    // a code exists only as an entry of its list, and every entry's code has the form (SurelyWritableTest)
    return new Codecs.PatternedString<>(expected, regex, code, c -> true) {
      @Override
      public C decode(Node node, Pointer pointer, Decoding d) {
        String s = Codecs.string(node, pointer, d, expected);
        if (s == null) {
          return null;
        }
        if (d.full()) {
          Optional<C> found = find.apply(s);
          if (found.isEmpty()) {
            d.countOnly();
          }
          return found.orElse(null);
        }
        return lookUp(node, pointer, d, expected, () -> lookup.apply(s));
      }
    };
  }

  /**
   * A code of {@code list} written as a whole number, looked up with {@code lookup}; the range the
   * reader and the schema state is the list's own lowest and highest number (one source: the
   * code list), and the expected text is {@code what} with that range.
   */
  private static <C extends CodeListEntry> Codec<C> numberCode(String what, CodeList<C> list,
      Function<Integer, C> lookup, ToIntFunction<C> number) {
    int min = list.all().stream().mapToInt(number).min().orElseThrow();
    int max = list.all().stream().mapToInt(number).max().orElseThrow();
    String expected = what + " from " + min + " to " + max;
    return new Codec<>() {
      @Override
      public C decode(Node node, Pointer pointer, Decoding d) {
        Long value = Codecs.integer(node, pointer, d, expected, min, max);
        return value == null ? null : lookUp(node, pointer, d, expected, () -> lookup.apply(value.intValue()));
      }

      @Override
      public void encode(C value, JsonGenerator out) {
        out.writeNumber(number.applyAsInt(value));
      }

      @Override
      public Map<String, Object> schema(SchemaBuilder schema) {
        return map("type", "integer", "minimum", min, "maximum", max);
      }

      @Override
      public String expected() {
        return expected;
      }
    };
  }

  private static <C> C lookUp(Node node, Pointer pointer, Decoding d, String expected,
      java.util.function.Supplier<C> lookup) {
    try {
      return lookup.get();
    } catch (UnknownCodeException e) {
      d.add(Kind.UNKNOWN_CODE, pointer, node.line(), node.column(), expected, node.describe(), List.of(),
          e.nearest(), e.getMessage());
      return null;
    }
  }

  /** The codec of alpha-2 country codes that {@link #COUNTRY} reads with, for tests. */
  static Codecs.PatternedString<Country> countryCodes() {
    return COUNTRY_CODES;
  }

  private static final Codecs.PatternedString<Country> COUNTRY_CODES = stringCode(
      "an ISO 3166-1 alpha-2 country code such as 'NG'", "[A-Z]{2}", Country::of, Country::find, Country::code);

  static final Codec<Country> COUNTRY = new Codec<>() {
    private final Codecs.PatternedString<Country> lookup = COUNTRY_CODES;

    @Override
    public Country decode(Node node, Pointer pointer, Decoding d) {
      if (node instanceof Node.StringNode s && s.value().length() == 3) {
        String hint = Country.find(s.value()).map(c -> ": use '" + c.code() + "', the alpha-2 code of "
            + c.name()).orElse("");
        d.add(Kind.UNKNOWN_CODE, pointer, node.line(), node.column(), expected(), node.describe(),
            List.of(), Country.find(s.value()).map(c -> List.of(c.code())).orElse(List.of()),
            "expected an ISO 3166-1 alpha-2 code (two letters), but found " + Texts.quote(s.value()) + hint);
        return null;
      }
      return lookup.decode(node, pointer, d);
    }

    @Override
    public void encode(Country value, JsonGenerator out) {
      out.writeString(value.code());
    }

    @Override
    public Map<String, Object> schema(SchemaBuilder schema) {
      return lookup.schema(schema);
    }

    @Override
    public String expected() {
      return lookup.expected();
    }
  };

  static final Codecs.PatternedString<IscoCode> ISCO = stringCode("an ISCO-08 code such as '2512' (1 to 4 digits)",
      "[0-9]{1,4}", IscoCode::of, c -> IscoCode.list().find(c), IscoCode::code);

  static final Codecs.PatternedString<IsicCode> ISIC = stringCode(
      "an ISIC Rev.4 section letter or division such as 'J' or '62'", "[A-U]|[0-9]{2}", IsicCode::of, c -> IsicCode.list().find(c), IsicCode::code);

  static final Codecs.PatternedString<SdgTarget> SDG = stringCode("an SDG target such as '10.7'",
      "[0-9]{1,2}\\.([0-9]{1,2}|[a-z])", SdgTarget::of, c -> SdgTarget.list().find(c), SdgTarget::code);

  static final Codec<GcmObjective> GCM = numberCode("a Global Compact objective number", GcmObjective.list(),
      GcmObjective::of, GcmObjective::number);

  static final Codec<EqfLevel> EQF = numberCode("an EQF level", EqfLevel.list(), EqfLevel::of, EqfLevel::level);

  static final Codec<IscedLevel> ISCED = numberCode("an ISCED 2011 level", IscedLevel.list(), IscedLevel::of,
      IscedLevel::level);
}
