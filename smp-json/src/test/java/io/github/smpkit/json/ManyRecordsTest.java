package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.JsonProblem.Kind;
import io.github.smpkit.testkit.PartnershipGenerator;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Arrays and JSON Lines: lazy, one record at a time; bad records reported with their line and not hiding good ones. */
class ManyRecordsTest {

  private static final SmpJson JSON = SmpJson.standard();
  private static final String GOOD = SmpJson.builder().compact().build().write(Fixtures.minimal());
  private static final String BAD_ENUM = GOOD.replace("\"PLANNED\"", "\"RUNNING\"");

  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Counts the bytes read from it. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws java.io.IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws java.io.IOException {
      int n = super.read(b, off, len);
      count += Math.max(0, n);
      return n;
    }
  }

  @Test
  void jsonLinesWrittenAndReadBack() {
    List<Partnership> many = PartnershipGenerator.withSeed(7).next(50);
    StringWriter out = new StringWriter();
    JSON.writeLines(many, out);
    assertEquals(50, out.toString().split("\n").length);
    try (Stream<Partnership> read = JSON.readLines(new StringReader(out.toString()))) {
      assertEquals(many, read.collect(Collectors.toList()));
    }
  }

  @Test
  void arraysWrittenAndReadBackInBothForms() {
    List<Partnership> many = PartnershipGenerator.withSeed(8).next(20);
    for (SmpJson json : List.of(JSON, SmpJson.builder().compact().build())) {
      StringWriter out = new StringWriter();
      json.writeArray(many, out);
      try (Stream<Partnership> read = json.readArray(new StringReader(out.toString()))) {
        assertEquals(many, read.collect(Collectors.toList()));
      }
    }
  }

  @Test
  void anEmptyArrayHasNoRecords() {
    assertEquals(0, JSON.readArray(utf8(" [ ] ")).count());
  }

  @Test
  void jsonLinesAreReadLazilyOneRecordAtATime() {
    Counting in = new Counting(new GeneratedInput("", GOOD + "\n", 100_000, ""));
    try (Stream<Partnership> records = JSON.readLines(in)) {
      Iterator<Partnership> it = records.iterator();
      assertEquals(Fixtures.minimal(), it.next());
      assertTrue(in.count < 64 * 1024, () -> in.count + " bytes read for one record");
    }
  }

  @Test
  void arraysAreReadLazilyOneRecordAtATime() {
    Counting in = new Counting(new GeneratedInput("[", GOOD + ",", 100_000, GOOD + "]"));
    try (Stream<Partnership> records = JSON.readArray(in)) {
      Iterator<Partnership> it = records.iterator();
      assertEquals(Fixtures.minimal(), it.next());
      assertEquals(Fixtures.minimal(), it.next());
      assertTrue(in.count < 64 * 1024, () -> in.count + " bytes read for two records");
    }
  }

  @Test
  void badJsonLinesAreReportedWithTheirLineAndGoodOnesAreKept() {
    String text = GOOD + "\n\n" + BAD_ENUM + "\n{\"formatVersion\": \"1.0\", oops}\n" + GOOD + "\r\n" + GOOD;
    try (Stream<RecordResult> results = JSON.readLinesResults(new StringReader(text))) {
      List<RecordResult> all = results.collect(Collectors.toList());
      assertEquals(List.of(1, 3, 4, 5, 6), all.stream().map(RecordResult::line).collect(Collectors.toList()));
      assertEquals(List.of(0L, 1L, 2L, 3L, 4L), all.stream().map(RecordResult::index).collect(Collectors.toList()));
      assertEquals(List.of(true, false, false, true, true),
          all.stream().map(RecordResult::isSuccess).collect(Collectors.toList()));
      JsonProblem unknown = all.get(1).failure().orElseThrow().problems().get(0);
      assertEquals(Kind.UNKNOWN_ENUM_VALUE, unknown.kind());
      assertEquals(3, unknown.line());
      assertEquals("/status", unknown.pointer());
      JsonProblem malformed = all.get(2).failure().orElseThrow().problems().get(0);
      assertEquals(Kind.MALFORMED_JSON, malformed.kind());
      assertEquals(4, malformed.line());
      assertEquals(26, malformed.column());
      assertEquals("record 2 (line 4): invalid partnership JSON: /formatVersion (line 4, column 26): malformed "
          + "JSON: Unexpected character ('o' (code 111)): was expecting double-quote to start property name",
          all.get(2).toString());
    }
  }

  @Test
  void stopAtFirstThrowsTheFirstBadLinesProblems() {
    String text = GOOD + "\n" + GOOD + "\n" + BAD_ENUM + "\n" + GOOD + "\n";
    Iterator<Partnership> it = JSON.readLines(new StringReader(text)).iterator();
    it.next();
    it.next();
    SmpJsonException e = assertThrows(SmpJsonException.class, it::next);
    assertEquals(3, e.problems().get(0).line());
    assertTrue(e.getMessage().contains("/status (line 3, column "), e.getMessage());
  }

  @Test
  void badArrayElementsAreReportedWithTheirLineAndPointerAndGoodOnesAreKept() {
    String text = "[\n" + GOOD + ",\n" + BAD_ENUM + ",\n" + GOOD + "\n]\n";
    try (Stream<RecordResult> results = JSON.readArrayResults(utf8(text))) {
      List<RecordResult> all = results.collect(Collectors.toList());
      assertEquals(List.of(true, false, true), all.stream().map(RecordResult::isSuccess).collect(Collectors.toList()));
      JsonProblem p = all.get(1).failure().orElseThrow().problems().get(0);
      assertEquals("/1/status", p.pointer());
      assertEquals(3, p.line());
      assertEquals(3, all.get(1).line());
    }
  }

  @Test
  void malformedJsonEndsAnArrayWithAFailure() {
    String text = "[" + GOOD + ",\n" + GOOD + " " + GOOD + "]";
    List<RecordResult> all = JSON.readArrayResults(utf8(text)).collect(Collectors.toList());
    assertEquals(3, all.size());
    assertTrue(all.get(0).isSuccess());
    assertTrue(all.get(1).isSuccess());
    JsonProblem p = all.get(2).failure().orElseThrow().problems().get(0);
    assertEquals(Kind.MALFORMED_JSON, p.kind());
    assertEquals(2, p.line());
  }

  @Test
  void somethingOtherThanAnArrayIsOneFailure() {
    List<RecordResult> all = JSON.readArrayResults(utf8(GOOD)).collect(Collectors.toList());
    assertEquals(1, all.size());
    JsonProblem p = all.get(0).failure().orElseThrow().problems().get(0);
    assertEquals(Kind.WRONG_TYPE, p.kind());
    assertEquals("expected a JSON array of partnerships, but found another object", p.message());
  }

  @Test
  void contentAfterAnArrayIsTrailingContent() {
    List<RecordResult> all = JSON.readArrayResults(utf8("[" + GOOD + "] []")).collect(Collectors.toList());
    assertEquals(2, all.size());
    assertEquals(Kind.TRAILING_CONTENT, all.get(1).failure().orElseThrow().problems().get(0).kind());
  }

  @Test
  void readersDoNotCloseTheCallersStream() {
    boolean[] closed = new boolean[1];
    InputStream in = new FilterInputStream(utf8("[" + GOOD + "]")) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    try (Stream<Partnership> s = JSON.readArray(in)) {
      assertEquals(1, s.count());
    }
    JSON.read(utf8(GOOD));
    assertFalse(closed[0]);
  }
}
