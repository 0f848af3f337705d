package io.github.smpkit.json.internal;

import static io.github.smpkit.json.internal.SchemaBuilder.map;

import io.github.smpkit.core.InvariantViolationException;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.json.JsonProblem.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The codec of counts of people (model package {@code core.outcome}): exact, at least, at most, about, or a range. */
final class CountCodec {

  private CountCodec() {}

  /** The count of one of the single-number forms: exactly, atLeast, atMost or about. */
  private static Count single(String form, long n) {
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
  }

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
          Long n = Codecs.integer(m.value(), at, d, "a whole number of people", 0, Long.MAX_VALUE);
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
        return single(form, values.get(form));
      } catch (InvariantViolationException e) {
        d.add(Kind.INVARIANT_VIOLATION, pointer, node.line(), node.column(), null, null, List.of(), List.of(),
            e.getMessage());
        return null;
      }
    }

    /**
     * The first pass: the same forms as above, read from the tokens, giving up where they report.
     * A whole number written as {@code 30.0} or {@code 3e1} is left to the tree's decoding.
     */
    @Override
    public Count decode(JsonParser parser, Decoding firstPass) {
      FirstPass.expect(parser, JsonToken.START_OBJECT);
      String form = null;
      long value = 0;
      Long min = null;
      Long max = null;
      String name;
      while ((name = FirstPass.nextMember(parser, JsonToken.VALUE_NUMBER_INT)) != null) {
        long n = parser.getLongValue(); // beyond a long, Jackson throws and the first pass gives up
        if (n < 0) {
          throw FirstPass.abandon();
        }
        if (name.equals("min") && min == null) {
          min = n;
        } else if (name.equals("max") && max == null) {
          max = n;
        } else if (form == null && forms.contains(name) && !name.equals("min") && !name.equals("max")) {
          form = name;
          value = n;
        } else {
          throw FirstPass.abandon();
        }
      }
      try {
        if (form != null && min == null && max == null) {
          return single(form, value);
        }
        if (form == null && min != null && max != null) {
          return Count.between(min, max);
        }
      } catch (InvariantViolationException e) {
        // min above max, as above, where it is a problem
      }
      throw FirstPass.abandon();
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
}
