package io.github.smpkit.json.internal;

import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a plain tree (maps, lists, strings, numbers, booleans, null) as canonical JSON, the way
 * partnerships are written. smp-json writes its JSON Schema with it; it is not API.
 *
 * <p>A plain tree is made of {@link Map}s with {@link String} keys (written in iteration order),
 * {@link List}s, {@link CharSequence}s, {@link Number}s ({@code Integer}, {@code Long},
 * {@code Short}, {@code Byte}, {@code BigInteger}, {@code BigDecimal} in plain notation; finite
 * {@code Double} and {@code Float} as their shortest decimal), {@link Boolean}s, enum constants
 * (written as their names) and {@code null}.
 */
public final class TreeWriter {

  private TreeWriter() {}

  /**
   * The tree as pretty JSON ending with a line end.
   *
   * @throws IllegalArgumentException naming the JSON pointer and the type of a value that is not
   *     part of a plain tree, or a number that is not finite
   */
  public static String pretty(Object tree) {
    return Generators.text(true, json -> {
      write(tree, json);
      json.writeRaw('\n');
    });
  }

  /**
   * Writes the tree as pretty JSON ending with a line end to {@code out} (flushed, not closed).
   *
   * @throws IllegalArgumentException as {@link #pretty(Object)}
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void pretty(Object tree, Writer out) {
    try (JsonGenerator json = Generators.of(out, true)) {
      write(tree, json);
      json.writeRaw('\n');
      json.flush();
    } catch (JacksonException e) {
      throw Generators.unchecked(e);
    }
  }

  /**
   * The tree as compact JSON on one line, without a line end.
   *
   * @throws IllegalArgumentException as {@link #pretty(Object)}
   */
  public static String compact(Object tree) {
    return Generators.text(false, json -> write(tree, json));
  }

  /**
   * Writes {@code tree} to {@code out}.
   *
   * @throws IllegalArgumentException naming the path and the type of a value that is not part of
   *     a plain tree, or a number that is not finite
   */
  public static void write(Object value, JsonGenerator out) {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          String at = Generators.containerPointer(out);
          throw new IllegalArgumentException("map key at " + (at.isEmpty() ? "/" : at) + " must be a String, but is "
              + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
        }
        out.writeName(key);
        write(e.getValue(), out);
      }
      out.writeEndObject();
    } else if (value instanceof List<?> list) {
      out.writeStartArray();
      for (Object element : list) {
        write(element, out);
      }
      out.writeEndArray();
    } else if (value instanceof CharSequence s) {
      out.writeString(s.toString());
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      out.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger b) {
      out.writeNumber(b);
    } else if (value instanceof BigDecimal b) {
      out.writeNumber(b.toPlainString());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("number at " + at(out) + " is not finite: " + d);
      }
      out.writeNumber(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
    } else if (value instanceof Enum<?> e) {
      out.writeString(e.name());
    } else {
      throw new IllegalArgumentException("value at " + at(out) + " is a "
          + value.getClass().getName() + "; a plain tree holds only Map (String keys), List, String, Number,"
          + " Boolean, enum constants and null");
    }
  }

  private static String at(JsonGenerator out) {
    String pointer = Generators.pointer(out);
    return pointer.isEmpty() ? "/" : pointer;
  }
}
