package io.github.smpkit.json.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Writes a plain tree (maps, lists, strings, numbers, booleans, null) as canonical JSON. */
public final class TreeWriter {

  private TreeWriter() {}

  /**
   * Writes {@code tree} to {@code out}.
   *
   * @throws IllegalArgumentException naming the path and the type of a value that is not part of
   *     a plain tree, or a number that is not finite
   */
  public static void write(Object tree, JsonOut out) {
    write(tree, out, "");
  }

  private static void write(Object value, JsonOut out, String path) {
    if (value == null) {
      out.nullValue();
    } else if (value instanceof Map<?, ?> map) {
      out.beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("map key at " + (path.isEmpty() ? "/" : path)
              + " must be a String, but is " + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
        }
        out.name(key);
        write(e.getValue(), out, Texts.child(path, key));
      }
      out.endObject();
    } else if (value instanceof List<?> list) {
      out.beginArray();
      for (int i = 0; i < list.size(); i++) {
        write(list.get(i), out, Texts.child(path, i));
      }
      out.endArray();
    } else if (value instanceof CharSequence s) {
      out.string(s.toString());
    } else if (value instanceof Boolean b) {
      out.bool(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      out.number(((Number) value).longValue());
    } else if (value instanceof BigInteger b) {
      out.number(b);
    } else if (value instanceof BigDecimal b) {
      out.number(b);
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("number at " + (path.isEmpty() ? "/" : path) + " is not finite: " + d);
      }
      out.number(BigDecimal.valueOf(d).stripTrailingZeros());
    } else if (value instanceof Enum<?> e) {
      out.string(e.name());
    } else {
      throw new IllegalArgumentException("value at " + (path.isEmpty() ? "/" : path) + " is a "
          + value.getClass().getName() + "; a plain tree holds only Map (String keys), List, String, Number,"
          + " Boolean, enum constants and null");
    }
  }
}
