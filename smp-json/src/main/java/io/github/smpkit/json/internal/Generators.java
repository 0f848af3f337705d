package io.github.smpkit.json.internal;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The one place that decides the bytes smp-json writes: Jackson's {@link JsonGenerator},
 * configured. Pretty form indents by two spaces, puts every member and element on its own line,
 * writes {@code ": "} between name and value and uses {@code \n} line ends on every platform
 * (Jackson's {@link DefaultPrettyPrinter}, configured so); compact form writes no whitespace at all. Strings escape
 * {@code "}, {@code \}, and control characters ({@code \b}, {@code \f}, {@code \n}, {@code \r},
 * {@code \t}, otherwise {@code \}{@code u00xx} in lower case); every other character, U+2028,
 * U+2029 and characters outside the Basic Multilingual Plane included, is written as itself.
 * Nothing separates root values: callers write the line ends of JSON Lines themselves.
 */
public final class Generators {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // a generator closed after a failure must not complete the document it was writing
      .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
      .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      // plain trees may nest as deep as the caller builds them (the writer had no limit)
      .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
      .rootValueSeparator((String) null)
      .build();

  private static final ObjectWriteContext COMPACT = ObjectWriteContext.empty();

  /** {@code {}} and {@code []} when empty, else one member or element a line, indented by two spaces. */
  private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
      .withObjectEmptySeparator("")
      .withArrayEmptySeparator("")
      .withRootSeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      // the printer counts the nesting: one per generator
      return LAYOUT.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private Generators() {}

  /**
   * The text {@code body} writes, pretty or compact: Jackson's own way to a {@code String} (its
   * segmented writer and pooled buffers), without the copies of a {@code StringWriter}.
   */
  public static String text(boolean pretty, Consumer<JsonGenerator> body) {
    BufferRecycler buffers = FACTORY._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
      try (JsonGenerator json = FACTORY.createGenerator(pretty ? PRETTY : COMPACT, out)) {
        body.accept(json);
      }
      return out.getAndClear();
    } catch (JacksonException e) {
      throw unchecked(e);
    } finally {
      buffers.releaseToPool();
    }
  }

  /** A generator writing characters to {@code out} (which it neither flushes on its own nor closes). */
  public static JsonGenerator of(Writer out, boolean pretty) {
    try {
      return FACTORY.createGenerator(pretty ? PRETTY : COMPACT, out);
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  /** A generator writing UTF-8 to {@code out} (which it neither flushes on its own nor closes). */
  public static JsonGenerator of(OutputStream out, boolean pretty) {
    try {
      return FACTORY.createGenerator(pretty ? PRETTY : COMPACT, out, JsonEncoding.UTF8);
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  /**
   * The JSON pointer of the value about to be written: the current member of each open object,
   * the element being written of each open array (the next one in the innermost).
   */
  public static String pointer(JsonGenerator out) {
    return pointer(out.streamWriteContext(), true);
  }

  /** The JSON pointer of the innermost object or array being written. */
  public static String containerPointer(JsonGenerator out) {
    TokenStreamContext context = out.streamWriteContext();
    return context.inRoot() ? "" : pointer(context.getParent(), false);
  }

  private static String pointer(TokenStreamContext innermostContext, boolean valueAboutToBeWritten) {
    String pointer = "";
    boolean innermost = valueAboutToBeWritten;
    for (TokenStreamContext c = innermostContext; c != null && !c.inRoot(); c = c.getParent()) {
      String step;
      if (c.inArray()) {
        step = Integer.toString(innermost ? c.getCurrentIndex() + 1 : c.getCurrentIndex());
      } else {
        String name = c.currentName();
        step = name == null ? "" : name.replace("~", "~0").replace("/", "~1");
      }
      pointer = "/" + step + pointer;
      innermost = false;
    }
    return pointer;
  }

  /** A Jackson failure while writing, as the exception smp-json's writers throw. */
  public static RuntimeException unchecked(JacksonException e) {
    if (e instanceof JacksonIOException io) {
      return new UncheckedIOException(io.getCause());
    }
    // anything else is a writer used out of order: a bug of smp-json, not a problem of the data
    return new IllegalStateException(e.getMessage(), e);
  }
}
