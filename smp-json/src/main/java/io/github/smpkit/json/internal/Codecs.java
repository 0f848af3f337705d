package io.github.smpkit.json.internal;

import static io.github.smpkit.json.internal.SchemaBuilder.map;

import io.github.smpkit.core.InvariantViolationException;
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
import io.github.smpkit.core.evidence.Assessment;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.Outcome;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.json.JsonProblem.Kind;
import io.github.smpkit.json.SmpJsonWriteException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/** The codecs of the model's scalar values: text, enums, codes, dates, money, counts, numbers. */
final class Codecs {

  private Codecs() {}

  // --- helpers --------------------------------------------------------------------------------

  /** The string in {@code node}, or null after a wrong-type problem. */
  static String string(Node node, Pointer pointer, Decoding d, String expected) {
    if (node instanceof Node.StringNode s) {
      return s.value();
    }
    d.wrongType(pointer, node, expected);
    return null;
  }

  /**
   * The whole number in {@code node} within [min, max], or null after a problem. A number with a
   * fraction of zero ({@code 30.0}, {@code 3e1}) is whole, as JSON Schema's {@code integer} says.
   */
  static Long integer(Node node, Pointer pointer, Decoding d, String expected, long min, long max) {
    if (!(node instanceof Node.NumberNode n)) {
      d.wrongType(pointer, node, expected);
      return null;
    }
    String text = n.text();
    if (n.integral() && text.length() <= 18) {
      // the common case, without a BigDecimal: at most 18 digits (and a sign) always fit a long
      long value = Long.parseLong(text);
      if (value < min || value > max) {
        d.invalid(pointer, node, expected, "expected " + expected + " from " + min + " to " + max
            + ", but found " + node.describe());
        return null;
      }
      return value;
    }
    BigDecimal value = new BigDecimal(text);
    // compare before anything else: cheap whatever the exponent (1e999999999 has one digit)
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      d.invalid(pointer, node, expected, "expected " + expected + " from " + min + " to " + max
          + ", but found " + node.describe());
      return null;
    }
    if (!n.integral() && value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      d.invalid(pointer, node, expected, "expected " + expected + ", but found " + node.describe()
          + ", which is not a whole number");
      return null;
    }
    return value.longValueExact();
  }

  /**
   * A schema pattern matching {@code regex} as the whole string. {@code (?![\\s\\S])} ends it in
   * every regex dialect, where Java's {@code $} would also match before a final line end.
   */
  static String whole(String regex) {
    return "^(" + regex + ")(?![\\s\\S])";
  }

  // --- text -----------------------------------------------------------------------------------

  /** Text following {@code rule}: the same rule the builders and Bean Validation check. */
  static Codec<String> text(TextRule rule) {
    return new TextCodec(rule);
  }

  private static final class TextCodec implements Codec<String> {
    private final TextRule rule;
    private final String expected;

    TextCodec(TextRule rule) {
      this.rule = rule;
      this.expected = rule.describe();
    }

    @Override
    public String decode(Node node, Pointer pointer, Decoding d) {
      String s = string(node, pointer, d, expected());
      if (s == null) {
        return null;
      }
      Optional<String> problem = rule.problem(s);
      if (problem.isPresent()) {
        d.invalid(pointer, node, expected(), "expected " + expected() + ", but found " + node.describe() + ", which "
            + problem.get());
        return null;
      }
      return s;
    }

    @Override
    public void encode(String value, JsonGenerator out) {
      // the builders enforce the rule (TextRule via @ValidText), so every text of a model is writable
      out.writeString(value);
    }

    @Override
    public Map<String, Object> schema(SchemaBuilder schema) {
      return map("type", "string", "minLength", 1, "maxLength", rule.maxLength(), "pattern", rule.schemaPattern());
    }

    @Override
    public String expected() {
      return expected;
    }
  }

  // --- enums ----------------------------------------------------------------------------------

  /** An enum constant, written as its name. */
  static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
    return new EnumCodec<>(type);
  }

  private static final class EnumCodec<E extends Enum<E>> implements Codec<E> {
    private final Class<E> type;
    private final Map<String, E> byName = new LinkedHashMap<>();
    private final List<String> allowed;
    private final String expected;

    EnumCodec(Class<E> type) {
      this.type = type;
      for (E e : type.getEnumConstants()) {
        byName.put(e.name(), e);
      }
      this.allowed = List.copyOf(byName.keySet());
      this.expected = "a " + type.getSimpleName() + " name (" + String.join(", ", allowed) + ")";
    }

    @Override
    public E decode(Node node, Pointer pointer, Decoding d) {
      String s = string(node, pointer, d, expected());
      if (s == null) {
        return null;
      }
      E e = byName.get(s);
      if (e == null) {
        String hint = byName.keySet().stream().filter(n -> n.equalsIgnoreCase(s.strip().replace(' ', '_')))
            .findFirst().map(n -> " (did you mean '" + n + "'? names are upper case)").orElse("");
        d.add(Kind.UNKNOWN_ENUM_VALUE, pointer, node.line(), node.column(), expected(), node.describe(),
            allowed, List.of(), "unknown " + type.getSimpleName() + " value " + Texts.quote(s) + hint
                + "; allowed values: " + String.join(", ", allowed));
        return null;
      }
      return e;
    }

    @Override
    public void encode(E value, JsonGenerator out) {
      out.writeString(value.name());
    }

    @Override
    public Map<String, Object> schema(SchemaBuilder schema) {
      return schema.ref(type.getSimpleName(), () -> map("type", "string", "enum", allowed));
    }

    @Override
    public String expected() {
      return expected;
    }

    @Override
    public String reference() {
      return "`" + type.getSimpleName() + "` constant";
    }
  }

  // --- codes ----------------------------------------------------------------------------------

  /**
   * A value written as a string of a fixed form: writes {@code format(value)} and describes
   * itself in the schema by {@code regex}; subclasses only decide how to read the string.
   * A value is written only when its text matches {@code regex}, so that it can be read back;
   * values for which {@code surelyMatches} holds skip the regex (a sufficient condition, held to
   * the regex by {@code SurelyWritableTest}: matching was a third of the time spent writing).
   */
  abstract static class PatternedString<V> implements Codec<V> {
    final String expected;
    final String regex;
    final Function<V, String> format;
    final Predicate<? super V> surelyMatches;

    private final Pattern pattern;

    PatternedString(String expected, String regex, Function<V, String> format, Predicate<? super V> surelyMatches) {
      this.expected = expected;
      this.regex = regex;
      this.format = format;
      this.surelyMatches = surelyMatches;
      this.pattern = Pattern.compile(regex);
    }

    @Override
    public void encode(V value, JsonGenerator out) {
      String text = format.apply(value);
      if (!surelyMatches.test(value) && !pattern.matcher(text).matches()) {
        throw new SmpJsonWriteException(Generators.pointer(out), Texts.quote(text) + " is not " + expected
            + ", so it could not be read back");
      }
      out.writeString(text);
    }

    @Override
    public Map<String, Object> schema(SchemaBuilder schema) {
      return map("type", "string", "pattern", whole(regex));
    }

    @Override
    public String expected() {
      return expected;
    }
  }

  /**
   * A code written as a string, looked up with {@code lookup} (which names the nearest codes when
   * it fails) or, once the document has more problems than are kept, with the cheaper {@code find}.
   */
  private static <C> PatternedString<C> stringCode(String expected, String regex, Function<String, C> lookup,
      Function<String, Optional<C>> find, Function<C, String> code) {
    // a code exists only as an entry of its list, and every entry's code has the form (SurelyWritableTest)
    return new PatternedString<>(expected, regex, code, c -> true) {
      @Override
      public C decode(Node node, Pointer pointer, Decoding d) {
        String s = string(node, pointer, d, expected);
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
  static PatternedString<Country> countryCodes() {
    return COUNTRY_CODES;
  }

  private static final PatternedString<Country> COUNTRY_CODES = stringCode(
      "an ISO 3166-1 alpha-2 country code such as 'NG'", "[A-Z]{2}", Country::of, Country::find, Country::code);

  static final Codec<Country> COUNTRY = new Codec<>() {
    private final PatternedString<Country> lookup = COUNTRY_CODES;

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

  static final PatternedString<IscoCode> ISCO = stringCode("an ISCO-08 code such as '2512' (1 to 4 digits)",
      "[0-9]{1,4}", IscoCode::of, c -> IscoCode.list().find(c), IscoCode::code);

  static final PatternedString<IsicCode> ISIC = stringCode("an ISIC Rev.4 section letter or division such as 'J' or '62'",
      "[A-U]|[0-9]{2}", IsicCode::of, c -> IsicCode.list().find(c), IsicCode::code);

  static final PatternedString<SdgTarget> SDG = stringCode("an SDG target such as '10.7'",
      "[0-9]{1,2}\\.([0-9]{1,2}|[a-z])", SdgTarget::of, c -> SdgTarget.list().find(c), SdgTarget::code);

  static final Codec<GcmObjective> GCM = numberCode("a Global Compact objective number", GcmObjective.list(),
      GcmObjective::of, GcmObjective::number);

  static final Codec<EqfLevel> EQF = numberCode("an EQF level", EqfLevel.list(), EqfLevel::of, EqfLevel::level);

  static final Codec<IscedLevel> ISCED = numberCode("an ISCED 2011 level", IscedLevel.list(), IscedLevel::of,
      IscedLevel::level);

  // --- dates ----------------------------------------------------------------------------------

  /** A value written as text of a fixed form and parsed with {@code parse}. */
  private static <V> PatternedString<V> parsed(String expected, String regex, Function<String, V> parse,
      Function<V, String> format, Predicate<? super V> surelyMatches) {
    Pattern pattern = Pattern.compile(regex);
    return new PatternedString<>(expected, regex, format, surelyMatches) {
      @Override
      public V decode(Node node, Pointer pointer, Decoding d) {
        String s = string(node, pointer, d, expected);
        if (s == null) {
          return null;
        }
        if (!pattern.matcher(s).matches()) {
          d.invalid(pointer, node, expected, "expected " + expected + ", but found " + node.describe());
          return null;
        }
        try {
          return parse.apply(s);
        } catch (DateTimeException | IllegalArgumentException e) {
          d.invalid(pointer, node, expected, Texts.quote(s) + " is not a real date or period: " + e.getMessage());
          return null;
        }
      }
    };
  }

  static final PatternedString<PartialDate> PARTIAL_DATE = parsed("a date as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'",
      "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", PartialDate::parse, PartialDate::toString,
      d -> d.year() >= 0 && d.year() <= 9999);

  static final PatternedString<LocalDate> LOCAL_DATE = parsed("a date as 'YYYY-MM-DD'",
      "[0-9]{4}-[0-9]{2}-[0-9]{2}", LocalDate::parse, LocalDate::toString,
      d -> d.getYear() >= 0 && d.getYear() <= 9999);

  static final PatternedString<Period> PERIOD = parsed("an ISO 8601 period such as 'P6M' or 'P1Y2M'",
      "P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?", Period::parse, Period::toString,
      p -> p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0);

  // --- numbers --------------------------------------------------------------------------------

  /** A whole number from {@code min} to {@code max}. */
  static Codec<Integer> integer(int min, int max) {
    String expected = "a whole number from " + min + " to " + max;
    return new Codec<>() {
      @Override
      public Integer decode(Node node, Pointer pointer, Decoding d) {
        Long n = Codecs.integer(node, pointer, d, "a whole number", min, max);
        return n == null ? null : n.intValue();
      }

      @Override
      public void encode(Integer value, JsonGenerator out) {
        if (value < min || value > max) {
          throw new SmpJsonWriteException(Generators.pointer(out), value + " is not " + expected
              + ", so it could not be read back");
        }
        out.writeNumber(value);
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

  static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean decode(Node node, Pointer pointer, Decoding d) {
      if (node instanceof Node.BooleanNode b) {
        return b.value();
      }
      d.wrongType(pointer, node, expected());
      return null;
    }

    @Override
    public void encode(Boolean value, JsonGenerator out) {
      out.writeBoolean(value);
    }

    @Override
    public Map<String, Object> schema(SchemaBuilder schema) {
      return map("type", "boolean");
    }

    @Override
    public String expected() {
      return "true or false";
    }
  };

  /** A percentage as a decimal string, for example {@code "33.33"}; the form is the model's. */
  static final Codec<BigDecimal> PERCENT = parsed("a percentage as a decimal string such as '60' or '33.33'"
      + " (at most " + PayerShare.MAX_DECIMALS + " decimals)", PayerShare.PERCENT_PATTERN, BigDecimal::new,
      BigDecimal::toPlainString, x -> false);

  /** A ratio as a decimal string, for example {@code "1.7"}. */
  static final Codec<BigDecimal> RATIO = parsed("a ratio above 0 as a decimal string such as '1.7' (at most "
      + Assessment.RATIO_DIGITS + " digits before and after the point)", Assessment.RATIO_PATTERN, BigDecimal::new,
      BigDecimal::toPlainString, x -> false);

  /** A share of participants from 0 to 100 as a decimal string, for example {@code "27"}; the form is the model's. */
  static final Codec<BigDecimal> SHARE = parsed("a percentage from 0 to 100 as a decimal string such as '27' or"
      + " '37.9' (at most " + Outcome.MAX_DECIMALS + " decimals)", Outcome.PERCENT_PATTERN, BigDecimal::new,
      BigDecimal::toPlainString, x -> false);

  // --- money ----------------------------------------------------------------------------------

  static final Codec<Money> MONEY = new Codec<>() {
    private final Pattern amountForm = Pattern.compile(Money.AMOUNT_PATTERN);
    private final List<String> fields = List.of("amount", "currency");

    @Override
    public Money decode(Node node, Pointer pointer, Decoding d) {
      if (!(node instanceof Node.ObjectNode o)) {
        d.wrongType(pointer, node, expected());
        return null;
      }
      long before = d.count();
      String amount = null;
      String currency = null;
      for (Node.Member m : o.members()) {
        Pointer at = pointer.child(m.name());
        switch (m.name()) {
          case "amount":
            amount = string(m.value(), at, d, "an amount as a decimal string such as '1500000.00'");
            if (amount != null && !amountForm.matcher(amount).matches()) {
              d.invalid(at, m.value(), "a decimal string such as '1500000.00'", amount.startsWith("-")
                  ? "amounts of money must not be negative, but found " + m.value().describe()
                  : "expected an amount as a decimal string such as '1500000.00', with at most "
                      + Money.MAX_WHOLE_DIGITS + " digits before the point, but found " + m.value().describe());
              amount = null;
            }
            break;
          case "currency":
            currency = string(m.value(), at, d, "an ISO 4217 currency code such as 'EUR'");
            if (currency != null) {
              try {
                if (!Money.accepts(Currency.getInstance(currency))) {
                  d.invalid(at, m.value(), "an ISO 4217 currency code with a minor unit", "currency "
                      + Texts.quote(currency) + " has no minor unit (precious metals, funds, testing and 'no"
                      + " currency' codes are not accepted)");
                  currency = null;
                }
              } catch (IllegalArgumentException e) {
                d.add(Kind.UNKNOWN_CODE, at, m.value().line(), m.value().column(), "an ISO 4217 currency code",
                    m.value().describe(), List.of(), List.of(), "unknown ISO 4217 currency code "
                        + Texts.quote(currency));
                currency = null;
              }
            }
            break;
          default:
            Fields.unknownField(m, at, "Money", fields, d);
        }
      }
      Fields.requireMembers(o, pointer, "Money", fields, d);
      if (d.count() > before) {
        return null;
      }
      try {
        return Money.of(currency, amount);
      } catch (IllegalArgumentException e) {
        Node.Member at = o.member("amount");
        d.invalid(pointer.child("amount"), at.value(), "at most the currency's decimals", e.getMessage());
        return null;
      }
    }

    @Override
    public void encode(Money value, JsonGenerator out) {
      out.writeStartObject().writeName("amount").writeString(value.amount().toPlainString())
          .writeName("currency").writeString(value.currency().getCurrencyCode()).writeEndObject();
    }

    @Override
    public Map<String, Object> schema(SchemaBuilder schema) {
      return schema.ref("Money", () -> map("type", "object",
          "properties", map(
              "amount", map("type", "string", "pattern", whole(Money.AMOUNT_PATTERN)),
              "currency", map("type", "string", "pattern", whole("[A-Z]{3}"))),
          "required", List.of("amount", "currency"),
          "additionalProperties", false));
    }

    @Override
    public String expected() {
      return "money as {\"amount\": \"1500000.00\", \"currency\": \"EUR\"}";
    }

    @Override
    public String reference() {
      return "money";
    }
  };

  // --- counts ---------------------------------------------------------------------------------

  static final Codec<Count> COUNT = new Codec<>() {
    private final List<String> forms = List.of("exactly", "atLeast", "atMost", "about", "min", "max");

    @Override
    public Count decode(Node node, Pointer pointer, Decoding d) {
      if (!(node instanceof Node.ObjectNode o)) {
        d.wrongType(pointer, node, expected());
        return null;
      }
      long before = d.count();
      Map<String, Long> values = new LinkedHashMap<>();
      for (Node.Member m : o.members()) {
        Pointer at = pointer.child(m.name());
        if (forms.contains(m.name())) {
          Long n = integer(m.value(), at, d, "a whole number of people", 0, Long.MAX_VALUE);
          if (n != null) {
            values.put(m.name(), n);
          }
        } else {
          Fields.unknownField(m, at, "Count", forms, d);
        }
      }
      if (d.count() > before) {
        return null;
      }
      // the count's own fields decide its form; others were reported above, or are ignored (a
      // document of a newer minor version, or the ignore policy) and must not be taken for one
      List<String> keys = new ArrayList<>(o.members().size());
      o.members().forEach(m -> {
        if (forms.contains(m.name())) {
          keys.add(m.name());
        }
      });
      boolean range = keys.equals(List.of("min", "max")) || keys.equals(List.of("max", "min"));
      if (!range && keys.size() != 1 || keys.size() == 1 && (keys.contains("min") || keys.contains("max"))) {
        String found = keys.isEmpty()
            ? o.members().isEmpty() ? "an empty object" : "no field of a count"
            : "the fields " + String.join(", ", keys);
        d.add(Kind.INVALID_VALUE, pointer, node.line(), node.column(), expected(), found, List.of(), List.of(),
            "expected a count as exactly one of {\"exactly\": n}, {\"atLeast\": n}, {\"atMost\": n}, "
                + "{\"about\": n} or {\"min\": n, \"max\": m}, but found " + found);
        return null;
      }
      try {
        if (range) {
          if (values.get("min") > values.get("max")) {
            Node at = o.member("min").value();
            d.add(Kind.INVARIANT_VIOLATION, pointer.child("min"), at.line(), at.column(),
                "min at most max", at.describe(), List.of(), List.of(),
                "Count.min " + values.get("min") + " is above max " + values.get("max"));
            return null;
          }
          return Count.between(values.get("min"), values.get("max"));
        }
        String form = keys.get(0);
        long n = values.get(form);
        switch (form) {
          case "exactly":
            return Count.exactly(n);
          case "atLeast":
            return Count.atLeast(n);
          case "atMost":
            return Count.atMost(n);
          default:
            return Count.about(n);
        }
      } catch (InvariantViolationException e) {
        d.add(Kind.INVARIANT_VIOLATION, pointer, node.line(), node.column(), null, null, List.of(), List.of(),
            e.getMessage());
        return null;
      }
    }

    @Override
    public void encode(Count c, JsonGenerator out) {
      out.writeStartObject();
      if (c.isApproximate()) {
        out.writeName("about").writeNumber(c.lower());
      } else if (c.upper().isEmpty()) {
        out.writeName("atLeast").writeNumber(c.lower());
      } else if (c.upper().get() == c.lower()) {
        out.writeName("exactly").writeNumber(c.lower());
      } else if (c.lower() == 0) {
        out.writeName("atMost").writeNumber(c.upper().get());
      } else {
        out.writeName("min").writeNumber(c.lower()).writeName("max").writeNumber(c.upper().get());
      }
      out.writeEndObject();
    }

    @Override
    public Map<String, Object> schema(SchemaBuilder schema) {
      return schema.ref("Count", () -> {
        Map<String, Object> n = map("type", "integer", "minimum", 0, "maximum", Long.MAX_VALUE);
        List<Object> alternatives = new ArrayList<>();
        for (List<String> shape : Arrays.asList(List.of("exactly"), List.of("atLeast"), List.of("atMost"),
            List.of("about"), List.of("min", "max"))) {
          Map<String, Object> properties = new LinkedHashMap<>();
          shape.forEach(k -> properties.put(k, n));
          alternatives.add(map("type", "object", "properties", properties, "required", shape,
              "additionalProperties", false));
        }
        return map("oneOf", alternatives);
      });
    }

    @Override
    public String expected() {
      return "a count as {\"exactly\": n}, {\"atLeast\": n}, {\"atMost\": n}, {\"about\": n} or "
          + "{\"min\": n, \"max\": m}";
    }

    @Override
    public String reference() {
      return "count";
    }
  };

  /** The names of an enum's constants, for documentation. */
  static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
