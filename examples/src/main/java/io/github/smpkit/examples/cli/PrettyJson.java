package io.github.smpkit.examples.cli;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes the plain tree of {@code --format json} ({@link JsonOutput}) with Jackson's streaming
 * generator, laid out as every JSON file of smpkit is: two-space indent, one member or element a
 * line, {@code ": "} after names, {@code \n} line ends, {@code {}} and {@code []} when empty,
 * only {@code "}, {@code \} and control characters escaped (lower-case hex), a line end at the
 * end. The reports of smp-rules are embedded as the trees it builds, never parsed back.
 */
final class PrettyJson {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .build();

  private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
      .withObjectEmptySeparator("")
      .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return LAYOUT.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private PrettyJson() {
  }

  /** The tree as pretty JSON ending with a line end. */
  static String write(Object tree) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(PRETTY, out)) {
      value(tree, json);
      json.writeRaw('\n');
    }
    return out.toString();
  }

  private static void value(Object value, JsonGenerator json) {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        json.writeName((String) e.getKey());
        value(e.getValue(), json);
      }
      json.writeEndObject();
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        value(element, json);
      }
      json.writeEndArray();
    } else if (value instanceof CharSequence s) {
      json.writeString(s.toString());
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger b) {
      json.writeNumber(b);
    } else if (value instanceof BigDecimal b) {
      json.writeNumber(b.toPlainString());
    } else if (value instanceof Enum<?> e) {
      json.writeString(e.name());
    } else {
      throw new IllegalArgumentException("not part of the JSON output: a " + value.getClass().getName());
    }
  }
}
