package io.github.smpkit.rules.internal;

import java.util.List;
import java.util.Map;

/**
 * Writes the plain tree of a JSON report (maps with string keys, lists, strings, numbers and
 * booleans) as canonical pretty JSON: two-space indent, one member or item per line, members in
 * map order, a final newline; the same bytes smp-json writes for the same tree (a test compares
 * them). It lets smp-rules print JSON reports without depending on smp-json or a JSON library
 * (issue 14: a rules user does not pull in Jackson).
 */
final class JsonText {

  private JsonText() {
  }

  static String write(Object tree) {
    StringBuilder s = new StringBuilder();
    value(s, tree, 0);
    return s.append('\n').toString();
  }

  private static void value(StringBuilder s, Object v, int depth) {
    if (v instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) v;
      if (map.isEmpty()) {
        s.append("{}");
        return;
      }
      s.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        s.append(first ? "\n" : ",\n");
        first = false;
        indent(s, depth + 1);
        string(s, (String) e.getKey());
        s.append(": ");
        value(s, e.getValue(), depth + 1);
      }
      s.append('\n');
      indent(s, depth);
      s.append('}');
    } else if (v instanceof List) {
      List<?> list = (List<?>) v;
      if (list.isEmpty()) {
        s.append("[]");
        return;
      }
      s.append('[');
      boolean first = true;
      for (Object item : list) {
        s.append(first ? "\n" : ",\n");
        first = false;
        indent(s, depth + 1);
        value(s, item, depth + 1);
      }
      s.append('\n');
      indent(s, depth);
      s.append(']');
    } else if (v instanceof String) {
      string(s, (String) v);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
      s.append(v);
    } else {
      throw new IllegalArgumentException("a report tree holds maps, lists, strings, whole numbers and booleans,"
          + " not " + (v == null ? "null" : v.getClass().getName()));
    }
  }

  private static void indent(StringBuilder s, int depth) {
    for (int i = 0; i < depth; i++) {
      s.append("  ");
    }
  }

  private static void string(StringBuilder s, String text) {
    s.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          s.append("\\\"");
          break;
        case '\\':
          s.append("\\\\");
          break;
        case '\n':
          s.append("\\n");
          break;
        case '\r':
          s.append("\\r");
          break;
        case '\t':
          s.append("\\t");
          break;
        case '\b':
          s.append("\\b");
          break;
        case '\f':
          s.append("\\f");
          break;
        default:
          if (c < 0x20) {
            s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            s.append(c);
          }
      }
    }
    s.append('"');
  }
}
