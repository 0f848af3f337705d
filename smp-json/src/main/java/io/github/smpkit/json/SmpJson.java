package io.github.smpkit.json;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.internal.DocumentReader;
import io.github.smpkit.json.internal.Generators;
import io.github.smpkit.json.internal.Model;
import io.github.smpkit.json.internal.TreeWriter;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes Skills Mobility Partnerships in smpkit's JSON format (see
 * {@code docs/json-format.md} and the JSON Schema at {@link #SCHEMA_RESOURCE}), so that
 * partnership descriptions can travel between a ministry's registry, a researcher's notebook and
 * other tools (IOM SMP Guidance 2023, ch. 5 on data and evidence).
 *
 * <p>Writing is canonical: the same partnership always gives the same text, fields in a fixed
 * order, sets sorted, absent values omitted, in a pretty (indented, the default) or a compact
 * (one line) form. Reading is strict and safe: every problem of a document is reported together
 * in one {@link SmpJsonException}, each with its JSON pointer, line and column; documents longer,
 * deeper or with longer strings or numbers than the limits are refused without reading them
 * into memory; there is no polymorphic typing by class name and no Java serialization.
 *
 * <p>Several partnerships can be read lazily, one record at a time, from a JSON array or from
 * JSON Lines (one compact document per line). The caller chooses to stop at the first bad record
 * ({@link #readArray(InputStream)}, {@link #readLines(InputStream)}) or to get a
 * {@link RecordResult} for every record and go on past bad ones
 * ({@link #readArrayResults(InputStream)}, {@link #readLinesResults(InputStream)}).
 *
 * <p>These record streams hold one record at a time whatever the caller does with them. They
 * never split: a stream made {@code parallel()} reads, and runs its operations, on one thread
 * (in order), instead of handing ever larger batches of records to other threads, which put a
 * whole input in memory. To use several cores, read sequentially and hand batches of records to
 * an executor, for example {@code PartnershipValidator.validateAll(List, Executor)} of smp-rules
 * (docs/performance.md measures this on a million JSON Lines records).
 *
 * <p>Instances are immutable and safe to share between threads. Readers never close the streams
 * they are given: close them yourself, and close the returned {@link Stream}s (for example with
 * try-with-resources) to release the parser early.
 *
 * <pre>{@code
 * SmpJson json = SmpJson.standard();
 * String text = json.write(partnership);
 * Partnership back = json.read(text);
 * try (Stream<RecordResult> records = json.readLinesResults(in)) {
 *   records.forEach(r -> r.failure().ifPresent(f -> log(r.line(), f.problems())));
 * }
 * }</pre>
 */
public final class SmpJson {

  /** The format version written in every document's {@code formatVersion} field. */
  public static final String FORMAT_VERSION = Model.FORMAT_VERSION;

  /** The class-path resource of the format's JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE = "/io/github/smpkit/json/partnership-2.0.schema.json";

  /** Default limit on a document's (or JSON Lines line's, or array element's) length: 10,000,000. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 10_000_000L;
  /**
   * Default limit on the values and field names of a document (or record): 1,000,000. A rich
   * partnership has a few thousand; the limit bounds the memory of a document read.
   */
  public static final long DEFAULT_MAX_TOKEN_COUNT = 1_000_000L;
  /** Default limit on the nesting of objects and arrays: 64 levels (a partnership needs 6). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** Default limit on one string's length: 100,000 characters (the model's longest text is 4,000). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** Default limit on one number's length: 50 characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 50;

  private static final SmpJson DEFAULTS = builder().build();

  private final boolean pretty;
  private final UnknownFieldPolicy unknownFields;
  private final long maxDocumentLength;
  private final long maxTokenCount;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final DocumentReader reader;

  private SmpJson(Builder b) {
    this.pretty = b.pretty;
    this.unknownFields = b.unknownFields;
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxTokenCount = b.maxTokenCount;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNumberLength = b.maxNumberLength;
    this.reader = new DocumentReader(maxDocumentLength, maxTokenCount, maxNestingDepth, maxStringLength, maxNumberLength,
        unknownFields == UnknownFieldPolicy.IGNORE);
  }

  /**
   * The format's JSON Schema (draft 2020-12), the text of the resource {@link #SCHEMA_RESOURCE}
   * (read from inside this module, so it works on the module path too).
   *
   * @return the schema as JSON text
   * @throws java.io.UncheckedIOException if the resource cannot be read
   */
  public static String schema() {
    try (InputStream in = SmpJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new java.io.UncheckedIOException(new java.io.FileNotFoundException(SCHEMA_RESOURCE));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The standard instance: pretty output, unknown fields rejected, default limits; the same as
   * {@code builder().build()}. (The one name smpkit gives its default instances, as
   * {@code PartnershipValidator.standard()} and {@code SmpSheets.standard()}.)
   */
  public static SmpJson standard() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this instance's options. */
  public Builder toBuilder() {
    return new Builder().pretty(pretty).unknownFields(unknownFields).maxDocumentLength(maxDocumentLength)
        .maxTokenCount(maxTokenCount).maxNestingDepth(maxNestingDepth).maxStringLength(maxStringLength).maxNumberLength(maxNumberLength);
  }

  /** Whether documents are written indented (else compact, on one line). */
  public boolean isPretty() {
    return pretty;
  }

  /** What reading does with fields the format does not define. */
  public UnknownFieldPolicy unknownFields() {
    return unknownFields;
  }

  // --- writing --------------------------------------------------------------------------------

  /**
   * The partnership as a canonical JSON document. The pretty form ends with a line end, the
   * compact form has none. What is written, {@link #read(String)} reads back as an equal
   * partnership.
   *
   * @throws SmpJsonWriteException naming the JSON pointer of a value the format cannot carry
   */
  public String write(Partnership partnership) {
    Objects.requireNonNull(partnership, "partnership");
    return Generators.text(pretty, json -> {
      Model.write(partnership, json);
      if (pretty) {
        json.writeRaw('\n');
      }
    });
  }

  /**
   * Writes the partnership as a canonical JSON document to {@code out} (which is flushed, not
   * closed), whole or not at all.
   *
   * @throws SmpJsonWriteException naming the JSON pointer of a value the format cannot carry (so
   *     that the document could not be read back); nothing is written then
   * @throws java.io.UncheckedIOException when writing fails
   */
  public void write(Partnership partnership, Writer out) {
    // the whole document first, so that a value that cannot be written leaves nothing half written
    String document = write(partnership);
    try {
      out.write(document);
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Writes the partnership as a canonical JSON document in UTF-8 to {@code out} (flushed, not
   * closed), whole or not at all.
   *
   * @throws SmpJsonWriteException naming the JSON pointer of a value the format cannot carry;
   *     nothing is written then
   * @throws java.io.UncheckedIOException when writing fails
   */
  public void write(Partnership partnership, OutputStream out) {
    Objects.requireNonNull(partnership, "partnership");
    ByteArrayOutputStream document = new ByteArrayOutputStream(8192);
    writeDocument(partnership, Generators.of(document, pretty));
    try {
      document.writeTo(out);
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void writeDocument(Partnership partnership, JsonGenerator json) {
    try (json) {
      Model.write(partnership, json);
      if (pretty) {
        json.writeRaw('\n');
      }
    } catch (JacksonException e) {
      throw Generators.unchecked(e);
    }
  }

  /**
   * Writes the partnerships as a JSON array: in the pretty form one element after the other,
   * indented; in the compact form on one line. {@link #readArray(Reader)} reads it back.
   *
   * @throws java.io.UncheckedIOException when writing fails
   */
  public void writeArray(Iterable<Partnership> partnerships, Writer out) {
    try (JsonGenerator json = Generators.of(out, pretty)) {
      json.writeStartArray();
      for (Partnership p : partnerships) {
        Model.write(p, json);
      }
      json.writeEndArray();
      if (pretty) {
        json.writeRaw('\n');
      }
      json.flush();
    } catch (JacksonException e) {
      throw Generators.unchecked(e);
    }
  }

  /**
   * Writes the partnerships as JSON Lines: each in the compact form on its own line, each line
   * ended by {@code \n}, whatever this instance's pretty option. {@link #readLines(Reader)} reads
   * them back.
   *
   * @throws java.io.UncheckedIOException when writing fails
   */
  public void writeLines(Iterable<Partnership> partnerships, Writer out) {
    try (JsonGenerator json = Generators.of(out, false)) {
      for (Partnership p : partnerships) {
        Model.write(p, json);
        json.writeRaw('\n');
      }
      json.flush();
    } catch (JacksonException e) {
      throw Generators.unchecked(e);
    }
  }

  /**
   * Reads one partnership from its plain tree, as {@link JsonTree#of(Partnership)} gives it or
   * another module builds it (smp-sheets builds one from workbook rows): the checks, the
   * problems and the options of {@link #read(String)}, applied to the tree's compact JSON text,
   * so problems carry the JSON pointers of the tree (their line is 1, their column that of the
   * compact text).
   *
   * @param tree the tree (see {@link JsonTree})
   * @return the partnership
   * @throws SmpJsonException naming every problem of the document
   * @throws IllegalArgumentException naming the JSON pointer and the type of a value that is not
   *     part of a plain tree
   */
  public Partnership readTree(Object tree) {
    return read(TreeWriter.compact(tree));
  }

  // --- reading one ----------------------------------------------------------------------------

  /**
   * Reads one partnership from a JSON document.
   *
   * @throws SmpJsonException naming every problem of the document
   */
  public Partnership read(String json) {
    return reader.readDocument(json);
  }

  /**
   * Reads one partnership from a JSON document (the reader is not closed).
   *
   * @throws SmpJsonException naming every problem of the document
   * @throws java.io.UncheckedIOException when reading fails
   */
  public Partnership read(Reader json) {
    return reader.readDocument(json);
  }

  /**
   * Reads one partnership from a JSON document in UTF-8, UTF-16 or UTF-32 (detected; the stream
   * is not closed).
   *
   * @throws SmpJsonException naming every problem of the document
   * @throws java.io.UncheckedIOException when reading fails
   */
  public Partnership read(InputStream json) {
    return reader.readDocument(json);
  }

  // --- reading many ---------------------------------------------------------------------------

  /**
   * The partnerships of a JSON array, read lazily: one element is held at a time. The stream
   * throws the {@link SmpJsonException} of the first bad element when it reaches it.
   */
  public Stream<Partnership> readArray(InputStream json) {
    return readArrayResults(json).map(RecordResult::getOrThrow);
  }

  /** As {@link #readArray(InputStream)}, from characters. */
  public Stream<Partnership> readArray(Reader json) {
    return readArrayResults(json).map(RecordResult::getOrThrow);
  }

  /**
   * A result for every element of a JSON array, read lazily. A bad element gives a failure and
   * reading goes on with the next one; only malformed JSON, nesting beyond the limit or content
   * after the array end the stream (with a failure), because the next element cannot be found.
   */
  public Stream<RecordResult> readArrayResults(InputStream json) {
    return reader.arrayRecords(() -> reader.streamParser(json));
  }

  /** As {@link #readArrayResults(InputStream)}, from characters. */
  public Stream<RecordResult> readArrayResults(Reader json) {
    return reader.arrayRecords(() -> reader.streamParser(json));
  }

  /**
   * The partnerships of a JSON Lines stream in UTF-8, read lazily, one line at a time; blank lines
   * are skipped. The stream throws the {@link SmpJsonException} of the first bad line when it
   * reaches it; its problems carry the line number.
   */
  public Stream<Partnership> readLines(InputStream jsonLines) {
    return readLinesResults(jsonLines).map(RecordResult::getOrThrow);
  }

  /** As {@link #readLines(InputStream)}, from characters. */
  public Stream<Partnership> readLines(Reader jsonLines) {
    return readLinesResults(jsonLines).map(RecordResult::getOrThrow);
  }

  /**
   * A result for every non-blank line of a JSON Lines stream in UTF-8, read lazily. Every bad
   * line, even malformed or too long, gives a failure naming its line, and reading goes on with
   * the next line.
   */
  public Stream<RecordResult> readLinesResults(InputStream jsonLines) {
    return readLinesResults(new InputStreamReader(jsonLines, StandardCharsets.UTF_8));
  }

  /** As {@link #readLinesResults(InputStream)}, from characters. */
  public Stream<RecordResult> readLinesResults(Reader jsonLines) {
    return reader.lineRecords(jsonLines);
  }

  @Override
  public String toString() {
    return "SmpJson[" + (pretty ? "pretty" : "compact") + ", unknown fields " + unknownFields
        + ", maxDocumentLength " + maxDocumentLength + ", maxTokenCount " + maxTokenCount + ", maxNestingDepth " + maxNestingDepth
        + ", maxStringLength " + maxStringLength + ", maxNumberLength " + maxNumberLength + "]";
  }

  /**
   * The options of an {@link SmpJson}: output form, unknown-field policy and reading limits.
   * Limits protect services that read JSON from others: the defaults are far above any real
   * partnership and far below what would exhaust memory.
   */
  public static final class Builder {
    private boolean pretty = true;
    private UnknownFieldPolicy unknownFields = UnknownFieldPolicy.REJECT;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private long maxTokenCount = DEFAULT_MAX_TOKEN_COUNT;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;

    private Builder() {}

    /** Indented output (true, the default) or compact output on one line (false). */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /** Compact output on one line; same as {@code pretty(false)}. */
    public Builder compact() {
      return pretty(false);
    }

    /** What reading does with unknown fields; {@link UnknownFieldPolicy#REJECT} by default. */
    public Builder unknownFields(UnknownFieldPolicy policy) {
      this.unknownFields = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The longest document read, in characters (bytes for an {@link InputStream}); for arrays
     * and JSON Lines it limits each record.
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder maxDocumentLength(long length) {
      this.maxDocumentLength = positive(length, "maxDocumentLength");
      return this;
    }

    /**
     * The most values and field names a document holds (for arrays and JSON Lines, each record);
     * the tree a document is read into costs memory by them, not by its length.
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder maxTokenCount(long count) {
      this.maxTokenCount = positive(count, "maxTokenCount");
      return this;
    }

    /**
     * The deepest nesting of objects and arrays read.
     *
     * @throws IllegalArgumentException unless from 8 to 1000 (a partnership needs 6 levels)
     */
    public Builder maxNestingDepth(int depth) {
      if (depth < 8 || depth > 1000) {
        throw new IllegalArgumentException("maxNestingDepth must be from 8 to 1000, but was " + depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * The longest string read, in characters.
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = (int) positive(length, "maxStringLength");
      return this;
    }

    /**
     * The longest number read, in characters.
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = (int) positive(length, "maxNumberLength");
      return this;
    }

    private static long positive(long value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive, but was " + value);
      }
      return value;
    }

    /** The immutable, thread-safe {@link SmpJson} with these options. */
    public SmpJson build() {
      return new SmpJson(this);
    }
  }
}
