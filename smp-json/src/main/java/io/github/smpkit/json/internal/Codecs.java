package io.github.smpkit.json.internal;

import static io.github.smpkit.json.internal.SchemaBuilder.map;

import io.github.smpkit.core.evidence.Assessment;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.outcome.Outcome;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.json.JsonProblem.Kind;
import io.github.smpkit.json.SmpJsonWriteException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The codecs of the model's text, enums and numbers, and the forms the other scalar codecs share
 * (a string of a fixed form); codes, dates, money and counts have a codec class each, named for
 * the model package whose values they map ({@link CodeCodecs}, {@link TimeCodecs},
 * {@link MoneyCodec}, {@link CountCodec}).
 */
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
      if (s == null || !d.checksTexts()) {
        // not checked here: the builder checks every text field against the same rule
        return s;
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
    public String decode(JsonParser parser, Decoding firstPass) {
      // not checked here either: the builder checks every text field against the same rule
      FirstPass.expect(parser, JsonToken.VALUE_STRING);
      return parser.getString();
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
    public E decode(JsonParser parser, Decoding firstPass) {
      FirstPass.expect(parser, JsonToken.VALUE_STRING);
      return FirstPass.present(byName.get(parser.getString()));
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

  // --- forms shared by the codecs of several model packages -------------------------------

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

  /** A value written as text of a fixed form and parsed with {@code parse}. */
  static <V> PatternedString<V> parsed(String expected, String regex, Function<String, V> parse,
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
    public Boolean decode(JsonParser parser, Decoding firstPass) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      throw FirstPass.abandon();
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

  /** The names of an enum's constants, for documentation. */
  static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
