package io.github.smpkit.json.internal;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.JsonProblem.Kind;
import io.github.smpkit.json.RecordResult;
import io.github.smpkit.json.SmpJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads partnerships from JSON text with Jackson 3's streaming parser: one document, the
 * elements of an array one at a time, or JSON Lines one line at a time. Every read collects all
 * problems of a document before giving up on it.
 */
public final class DocumentReader {

  private final JsonFactory documents;
  /** {@link #documents} with Jackson's own token limit, for the first pass, which has no tree to count. */
  private final JsonFactory firstPass;
  private final JsonFactory streams;
  private final long maxDocumentLength;
  private final long maxTokenCount;
  private final int maxNestingDepth;
  private final boolean ignoreUnknownFields;

  /** A reader with these limits; unknown fields are ignored when {@code ignoreUnknownFields}. */
  public DocumentReader(long maxDocumentLength, long maxTokenCount, int maxNestingDepth, int maxStringLength,
      int maxNumberLength, boolean ignoreUnknownFields) {
    this.maxDocumentLength = maxDocumentLength;
    this.maxTokenCount = maxTokenCount;
    this.maxNestingDepth = maxNestingDepth;
    this.ignoreUnknownFields = ignoreUnknownFields;
    StreamReadConstraints.Builder limits = StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(Math.min(maxStringLength, 1000));
    this.documents = factory(limits.maxDocumentLength(maxDocumentLength).build());
    this.streams = factory(limits.maxDocumentLength(-1).build());
    // Jackson counts end tokens too, so its limit stops a first pass no later than the tree's count would
    this.firstPass = factory(limits.maxDocumentLength(maxDocumentLength).maxTokenCount(maxTokenCount).build());
  }

  private static JsonFactory factory(StreamReadConstraints constraints) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /** A parser over one whole document. */
  private JsonParser documentParser(Reader in) {
    return documents.createParser(ObjectReadContext.empty(), Sources.of(in));
  }

  /** A parser over one whole document. */
  private JsonParser documentParser(java.io.InputStream in) {
    return documents.createParser(ObjectReadContext.empty(), Sources.of(in));
  }

  /** A parser over one whole document. */
  private JsonParser documentParser(String in) {
    return documents.createParser(ObjectReadContext.empty(), in);
  }

  /** A parser over a stream whose length is only limited per record. */
  public JsonParser streamParser(Reader in) {
    return streams.createParser(ObjectReadContext.empty(), Sources.of(in));
  }

  /** A parser over a stream whose length is only limited per record. */
  public JsonParser streamParser(java.io.InputStream in) {
    return streams.createParser(ObjectReadContext.empty(), Sources.of(in));
  }

  // --- one document ---------------------------------------------------------------------------

  /**
   * Reads the one partnership of a document.
   *
   * @throws SmpJsonException naming every problem found
   */
  public Partnership readDocument(String text) {
    return readDocument(text, 0);
  }

  private Partnership readDocument(String text, int lineBase) {
    Partnership p = firstPass(text);
    return p != null ? p : readDocument(() -> documentParser(text), lineBase);
  }

  /** The partnership of a document from its first pass alone, or null when that pass gave up. */
  Partnership firstPass(String text) {
    return firstPass(text.length(), () -> firstPass.createParser(ObjectReadContext.empty(), text));
  }

  /** The partnership of a document read through a tree, as when the first pass gives up (for tests). */
  Partnership throughTree(String text) {
    return readDocument(() -> documentParser(text), 0);
  }

  /**
   * Reads the one partnership of a document in UTF-8, UTF-16 or UTF-32 (detected): the
   * {@code length} bytes of {@code bytes} from {@code offset}.
   *
   * @throws SmpJsonException naming every problem found
   */
  public Partnership readDocument(byte[] bytes, int offset, int length) {
    Partnership p = firstPass(length, () -> firstPass.createParser(ObjectReadContext.empty(), bytes, offset, length));
    return p != null ? p
        : readDocument(() -> documents.createParser(ObjectReadContext.empty(), bytes, offset, length), 0);
  }

  /**
   * Reads the one partnership of a document from a stream (not closed): the document is read into
   * memory first, up to the length limit, so that a first pass can decode it without a tree.
   *
   * @throws SmpJsonException naming every problem found
   * @throws UncheckedIOException when the stream fails
   */
  public Partnership readDocument(InputStream in) {
    int limit = headLength();
    byte[] head;
    int length = 0;
    try {
      // sized by what the stream says it holds (all of it, for a ByteArrayInputStream): one buffer, no copy
      head = new byte[Math.min(limit, Math.max(8192, in.available() + 1))];
      while (length < limit) {
        if (length == head.length) {
          head = Arrays.copyOf(head, (int) Math.min(limit, 2L * head.length));
        }
        int n = in.read(head, length, head.length - length);
        if (n < 0) {
          break;
        }
        length += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (length <= maxDocumentLength) {
      return readDocument(head, 0, length);
    }
    InputStream all = new SequenceInputStream(new ByteArrayInputStream(head, 0, length), in);
    return readDocument(() -> documentParser(all), 0);
  }

  /**
   * Reads the one partnership of a document from a reader (not closed), as
   * {@link #readDocument(InputStream)} does.
   *
   * @throws SmpJsonException naming every problem found
   * @throws UncheckedIOException when the reader fails
   */
  public Partnership readDocument(Reader in) {
    StringBuilder head = new StringBuilder();
    char[] buffer = new char[8192];
    int limit = headLength();
    try {
      while (head.length() < limit) {
        int n = in.read(buffer, 0, Math.min(buffer.length, limit - head.length()));
        if (n < 0) {
          break;
        }
        head.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (head.length() <= maxDocumentLength) {
      return readDocument(head.toString(), 0);
    }
    return readDocument(() -> documentParser(new ConcatenatedReader(head.toString(), in)), 0);
  }

  /** The text already read from a reader, then the rest of the reader (which it does not close). */
  private static final class ConcatenatedReader extends Reader {
    private final String head;
    private final Reader rest;
    private int at;

    ConcatenatedReader(String head, Reader rest) {
      this.head = head;
      this.rest = rest;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (at < head.length()) {
        int n = Math.min(length, head.length() - at);
        head.getChars(at, at + n, buffer, offset);
        at += n;
        return n;
      }
      return rest.read(buffer, offset, length);
    }

    @Override
    public void close() {
      // the caller owns the reader
    }
  }

  /** How much of a stream is read into memory: one more than the length limit, so that a longer document shows. */
  private int headLength() {
    return (int) Math.min(maxDocumentLength + 1, Integer.MAX_VALUE - 8);
  }

  /**
   * The partnership of a whole document of {@code length} characters (or bytes), decoded from the
   * tokens of the parser {@code open} gives (closed after) without a tree and with each text left
   * to the builders (see {@link Decoding#firstPass}); null when the document is over the length
   * limit or the pass gave up, because something is wrong with the document or it needs what only
   * the full pass does (an unknown field to ignore). Most documents have nothing wrong: for them
   * the tree, a third of a read, is never built.
   */
  private Partnership firstPass(long length, Supplier<JsonParser> open) {
    if (length > maxDocumentLength) {
      return null;
    }
    try (JsonParser parser = open.get()) {
      if (parser.nextToken() == null) {
        return null;
      }
      Partnership p = Model.PARTNERSHIP.decode(parser, Decoding.firstPass(ignoreUnknownFields));
      return parser.nextToken() == null ? p : null;
    } catch (Decoding.Abandoned | JacksonException e) {
      return null;
    }
  }

  /**
   * Reads the one partnership of a document from the parser {@code open} gives (closed after),
   * through a tree: the full pass, which places every problem (after a first pass over the tree).
   */
  private Partnership readDocument(Supplier<JsonParser> open, int lineBase) {
    Decoding d = new Decoding(ignoreUnknownFields);
    Node root = null;
    JsonParser parser = null;
    try {
      parser = open.get();
      JsonToken first = parser.nextToken();
      if (first == null) {
        d.add(Kind.MALFORMED_JSON, "", lineBase + 1, 1, "a JSON object describing a partnership", "no content",
            List.of(), List.of(), "the document is empty: expected a JSON object describing a partnership");
      } else {
        TreeBuilder tree = new TreeBuilder(parser, d, maxDocumentLength, maxTokenCount, lineBase, true);
        root = tree.read();
        checkEnd(parser, d, lineBase);
      }
    } catch (TreeBuilder.TooLarge e) {
      root = null;
    } catch (JacksonException e) {
      streamFailure(e, parser, d, lineBase);
      root = null;
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    Partnership p = root == null ? null : decode(root, Pointer.ROOT, d);
    if (!d.problems().isEmpty()) {
      throw new SmpJsonException(d.problems(), d.count());
    }
    return p;
  }

  /**
   * The partnership of a tree, each text checked once. A first pass leaves the texts to the
   * builders, which check every text field against the rule the reader would check
   * ({@code TextRulesOfEveryFieldTest}, {@code BuildersCheckEveryTextTest}), and stops at the
   * first problem; when it finds none, its partnership is the answer. Otherwise the tree is
   * decoded again, each text checked where it is read, into {@code d}: that pass reports every
   * problem with its place, as if the first had not run. Checking every text twice had cost about
   * a seventh of a read; a bad document pays for the first pass up to its first problem.
   */
  private static Partnership decode(Node root, Pointer at, Decoding d) {
    if (d.count() == 0) {
      try {
        Partnership p = Model.PARTNERSHIP.decode(root, at, Decoding.firstPass(d.ignoresUnknownFields()));
        if (p != null) {
          return p;
        }
      } catch (Decoding.Abandoned e) {
        // something is wrong: the second pass finds and places every problem
      }
    }
    return Model.PARTNERSHIP.decode(root, at, d);
  }

  private void checkEnd(JsonParser parser, Decoding d, int lineBase) {
    try {
      if (parser.nextToken() != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        d.add(Kind.TRAILING_CONTENT, "", at.getLineNr() + lineBase, at.getColumnNr(), "the end of the document",
            describeToken(parser), List.of(), List.of(), "unexpected " + describeToken(parser)
                + " after the end of the document: a document holds one partnership (use an array or JSON Lines"
                + " for several)");
      }
    } catch (JacksonIOException e) {
      if (!encodingFailure(e)) {
        throw new UncheckedIOException(ioCause(e));
      }
      streamFailure(e, parser, d, lineBase);
    } catch (StreamConstraintsException e) {
      // a limit reached while looking past the document (the document length, typically)
      streamFailure(e, parser, d, lineBase);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation() == null ? TokenStreamLocation.NA : e.getLocation();
      d.add(Kind.TRAILING_CONTENT, "", Math.max(0, at.getLineNr()) + lineBase, Math.max(0, at.getColumnNr()),
          "the end of the document", "more text", List.of(), List.of(),
          "unexpected text after the end of the document: " + e.getOriginalMessage());
    }
  }

  private static String describeToken(JsonParser parser) {
    JsonToken t = parser.currentToken();
    switch (t) {
      case START_OBJECT:
        return "another object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string " + Texts.quote(parser.getString());
      default:
        return "the value " + Texts.shorten(parser.getString());
    }
  }

  /** Maps a Jackson failure (malformed JSON, a limit, I/O) to a problem, or rethrows I/O failures. */
  private void streamFailure(JacksonException e, JsonParser parser, Decoding d, int lineBase) {
    if (e instanceof JacksonIOException && !encodingFailure(e)) {
      throw new UncheckedIOException(ioCause(e));
    }
    TokenStreamLocation at = e.getLocation() == null ? TokenStreamLocation.NA : e.getLocation();
    if (at.getLineNr() <= 0 && parser != null) {
      at = parser.currentLocation();
    }
    int line = Math.max(0, at.getLineNr()) + (at.getLineNr() > 0 ? lineBase : 0);
    int column = Math.max(0, at.getColumnNr());
    String pointer = pointer(parser);
    String original = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      // the parser has entered the level that broke the limit when it throws
      if (parser != null && parser.streamReadContext().getNestingDepth() > maxNestingDepth) {
        d.add(Kind.TOO_DEEP, pointer, line, column, "at most " + maxNestingDepth + " levels of nesting",
            "deeper nesting", List.of(), List.of(), "objects and arrays are nested deeper than the limit of "
                + maxNestingDepth + " levels; the document was not read (" + original + ")");
      } else {
        d.add(Kind.TOO_LARGE, pointer, line, column, "values within the limits", "a value over a limit", List.of(),
            List.of(), "the document exceeds a size limit and was not read: " + original);
      }
    } else if (encodingFailure(e)) {
      d.add(Kind.MALFORMED_JSON, pointer, line, column, "text in UTF-8", "bytes that are not valid text", List.of(),
          List.of(), "the bytes are not valid text in the encoding they start in (JSON is UTF-8; UTF-16 and UTF-32"
              + " are recognised by their first bytes): " + e.getCause().getMessage());
    } else {
      d.add(Kind.MALFORMED_JSON, pointer, line, column, "well-formed JSON", null, List.of(), List.of(),
          "malformed JSON: " + original);
    }
  }

  /**
   * Whether a Jackson I/O failure is bad input rather than a failing stream: an I/O failure that
   * did not come from the caller's source (see {@link Sources}) comes from decoding bytes that are
   * not valid text in the encoding Jackson recognised from the first bytes (an impossible UTF-32
   * character, a UCS-4 byte order it does not read).
   */
  private static boolean encodingFailure(JacksonException e) {
    return e instanceof JacksonIOException && !(e.getCause() instanceof Sources.Failure);
  }

  private static String pointer(JsonParser parser) {
    if (parser == null) {
      return "";
    }
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static IOException ioCause(JacksonException e) {
    if (e.getCause() instanceof Sources.Failure f) {
      return f.original();
    }
    return e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e.getMessage(), e);
  }

  // --- arrays ---------------------------------------------------------------------------------

  /** The records of a JSON array, read one at a time from {@code parser} (closed at the end or on close). */
  public Stream<RecordResult> arrayRecords(Supplier<JsonParser> open) {
    return stream(new ArrayRecords(open));
  }

  private static Stream<RecordResult> stream(Records records) {
    return StreamSupport.stream(new Sequential(records), false).onClose(records::close);
  }

  /**
   * The records as a spliterator that never splits. {@code Spliterators.spliteratorUnknownSize}
   * would hand a parallel stream batches of 1,024, 2,048, ... records, and a parallel
   * {@code forEach} or {@code count} keeps splitting a source of unknown size until it is
   * exhausted, so the whole input ended up in memory (an OutOfMemoryError at {@code -Xmx256m} on
   * a million lines). Never splitting keeps one record at a time in memory whatever the caller
   * does: a parallel stream of records runs on one thread.
   */
  private static final class Sequential implements Spliterator<RecordResult> {
    private final Records records;

    Sequential(Records records) {
      this.records = records;
    }

    @Override
    public boolean tryAdvance(Consumer<? super RecordResult> action) {
      if (!records.hasNext()) {
        return false;
      }
      action.accept(records.next());
      return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super RecordResult> action) {
      records.forEachRemaining(action);
    }

    @Override
    public Spliterator<RecordResult> trySplit() {
      return null;
    }

    @Override
    public long estimateSize() {
      return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
      return Spliterator.ORDERED | Spliterator.NONNULL;
    }
  }

  private final class ArrayRecords extends Records {
    private final Supplier<JsonParser> open;
    private JsonParser parser;
    private boolean started;

    ArrayRecords(Supplier<JsonParser> open) {
      this.open = open;
    }

    @Override
    RecordResult compute() {
      Decoding d = new Decoding(ignoreUnknownFields);
      int line = 0;
      try {
        if (!started) {
          started = true;
          // opened here, not when the stream is made: Jackson reads the first bytes to recognise
          // the encoding, and bad bytes must end as a failed record like any other bad input
          parser = open.get();
          JsonToken first = parser.nextToken();
          if (first != JsonToken.START_ARRAY) {
            TokenStreamLocation at = parser.currentTokenLocation();
            line = Math.max(1, at.getLineNr());
            d.add(Kind.WRONG_TYPE, "", line, at.getColumnNr(), "a JSON array of partnerships",
                first == null ? "no content" : describeToken(parser), List.of(), List.of(),
                "expected a JSON array of partnerships, but found "
                    + (first == null ? "no content" : describeToken(parser)));
            return finish(d, line);
          }
        }
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
          checkEnd(parser, d, 0);
          if (d.problems().isEmpty()) {
            return end();
          }
          return finish(d, d.problems().get(0).line());
        }
        line = parser.currentTokenLocation().getLineNr();
        Pointer pointer = Pointer.ROOT.child(index());
        TreeBuilder tree = new TreeBuilder(parser, d, maxDocumentLength, maxTokenCount, 0, false);
        Node node = tree.read();
        if (tree.tooLarge()) {
          return failure(d, line);
        }
        Partnership p = decode(node, pointer, d);
        return d.problems().isEmpty() ? RecordResult.success(index(), line, p) : failure(d, line);
      } catch (JacksonException e) {
        streamFailure(e, parser, d, 0);
        return finish(d, line > 0 ? line : d.problems().get(0).line());
      }
    }

    /** A failure after which the stream cannot go on. */
    private RecordResult finish(Decoding d, int line) {
      RecordResult r = failure(d, line);
      stop();
      return r;
    }

    @Override
    public void close() {
      if (parser != null) {
        parser.close();
      }
    }
  }

  // --- JSON Lines -----------------------------------------------------------------------------

  /** The records of a JSON Lines stream, one line at a time; blank lines are skipped. */
  public Stream<RecordResult> lineRecords(Reader in) {
    return stream(new LineRecords(new LineSource(in, maxDocumentLength)));
  }

  private final class LineRecords extends Records {
    private final LineSource lines;

    LineRecords(LineSource lines) {
      this.lines = lines;
    }

    @Override
    RecordResult compute() {
      while (true) {
        String text = lines.next();
        if (text == null) {
          return end();
        }
        int line = lines.lineNumber();
        if (lines.overlong()) {
          Decoding d = new Decoding(ignoreUnknownFields);
          d.add(Kind.TOO_LARGE, "", line, 1, "at most " + maxDocumentLength + " characters",
              "a longer line", List.of(), List.of(), "line " + line + " is longer than the limit of "
                  + maxDocumentLength + " characters; it was skipped (raise SmpJson.Builder.maxDocumentLength if"
                  + " it is genuine)");
          return failure(d, line);
        }
        if (text.isBlank()) {
          continue;
        }
        try {
          return RecordResult.success(index(), line, readDocument(text, line - 1));
        } catch (SmpJsonException e) {
          return RecordResult.failure(index(), line, e);
        }
      }
    }

    @Override
    public void close() {
      // the caller owns the reader
    }
  }

  // --- shared iteration -----------------------------------------------------------------------

  /** An iterator computing one record ahead. */
  private abstract static class Records implements Iterator<RecordResult>, AutoCloseable {
    private static final RecordResult END = null;
    private RecordResult next;
    private boolean computed;
    private boolean stopped;
    private long index;

    abstract RecordResult compute();

    @Override
    public abstract void close();

    long index() {
      return index;
    }

    RecordResult end() {
      stopped = true;
      return END;
    }

    void stop() {
      stopped = true;
    }

    RecordResult failure(Decoding d, int line) {
      return RecordResult.failure(index, line, new SmpJsonException(d.problems(), d.count()));
    }

    @Override
    public boolean hasNext() {
      if (!computed) {
        next = stopped ? END : compute();
        computed = true;
        if (next == END) {
          close();
        }
      }
      return next != END;
    }

    @Override
    public RecordResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      computed = false;
      index++;
      return next;
    }
  }
}
