package io.github.smpkit.json.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The canonical JSON writer: the one place that decides the bytes smp-json writes. Pretty form
 * indents by two spaces, puts every member and element on its own line, writes {@code ": "}
 * between name and value and uses {@code \n} line ends on every platform; compact form writes no
 * whitespace at all. Strings escape {@code "}, {@code \}, and control characters ({@code \b},
 * {@code \f}, {@code \n}, {@code \r}, {@code \t}, otherwise {@code \}{@code u00XX}); every other
 * character is written as itself.
 */
public final class JsonOut {

  private final Writer out;
  private final boolean pretty;
  /** Per open container: whether it has had a member or element yet. */
  private final Deque<boolean[]> open = new ArrayDeque<>();
  /** Per open container, outermost last: the current member's name or the number of elements begun. */
  private final Deque<Object[]> path = new ArrayDeque<>();
  private boolean afterName;

  /** A writer to {@code out}, pretty or compact. */
  public JsonOut(Writer out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
  }

  /** Starts an object. */
  public JsonOut beginObject() {
    beforeValue();
    write('{');
    open.push(new boolean[1]);
    path.push(new Object[] {""});
    return this;
  }

  /** Ends the innermost object. */
  public JsonOut endObject() {
    return end('}');
  }

  /** Starts an array. */
  public JsonOut beginArray() {
    beforeValue();
    write('[');
    open.push(new boolean[1]);
    path.push(new Object[] {0});
    return this;
  }

  /** Ends the innermost array. */
  public JsonOut endArray() {
    return end(']');
  }

  /** Writes a member name; the next call writes its value. */
  public JsonOut name(String name) {
    path.peek()[0] = name;
    separate();
    writeString(name);
    write(pretty ? ": " : ":");
    afterName = true;
    return this;
  }

  /** Writes a string value. */
  public JsonOut string(String value) {
    beforeValue();
    writeString(value);
    return this;
  }

  /** Writes a whole number. */
  public JsonOut number(long value) {
    beforeValue();
    write(Long.toString(value));
    return this;
  }

  /** Writes a whole number. */
  public JsonOut number(BigInteger value) {
    beforeValue();
    write(value.toString());
    return this;
  }

  /** Writes a decimal number in plain notation (no exponent). */
  public JsonOut number(BigDecimal value) {
    beforeValue();
    write(value.toPlainString());
    return this;
  }

  /** Writes {@code true} or {@code false}. */
  public JsonOut bool(boolean value) {
    beforeValue();
    write(value ? "true" : "false");
    return this;
  }

  /** Writes {@code null} (only plain trees do; partnerships never contain null). */
  public JsonOut nullValue() {
    beforeValue();
    write("null");
    return this;
  }

  /** Writes a line end (used between JSON Lines records and after a pretty document). */
  public JsonOut newline() {
    write('\n');
    return this;
  }

  /** Flushes the underlying writer. */
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON pointer of the value about to be written: the current member of each open object,
   * the element being written of each open array (the next one in the innermost).
   */
  public String pointer() {
    StringBuilder s = new StringBuilder();
    boolean innermost;
    java.util.Iterator<Object[]> outermostFirst = path.descendingIterator();
    int depth = path.size();
    int level = 0;
    while (outermostFirst.hasNext()) {
      Object step = outermostFirst.next()[0];
      innermost = ++level == depth;
      if (step instanceof Integer begun) {
        s.append('/').append(innermost ? begun : begun - 1);
      } else {
        s.append('/').append(((String) step).replace("~", "~0").replace("/", "~1"));
      }
    }
    return s.toString();
  }

  private JsonOut end(char bracket) {
    boolean[] hadContent = open.pop();
    path.pop();
    if (pretty && hadContent[0]) {
      write('\n');
      indent(open.size());
    }
    write(bracket);
    return this;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (!path.isEmpty() && path.peek()[0] instanceof Integer begun) {
      path.peek()[0] = begun + 1;
    }
    if (!open.isEmpty()) {
      separate();
    }
  }

  private void separate() {
    boolean[] hadContent = open.peek();
    if (hadContent[0]) {
      write(',');
    }
    hadContent[0] = true;
    if (pretty) {
      write('\n');
      indent(open.size());
    }
  }

  private void indent(int depth) {
    for (int i = 0; i < depth; i++) {
      write("  ");
    }
  }

  private void writeString(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\b':
          b.append("\\b");
          break;
        case '\f':
          b.append("\\f");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    write(b.append('"').toString());
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(char c) {
    try {
      out.write(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
