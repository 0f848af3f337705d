package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.json.JsonProblem.Kind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Hostile input is refused early, from generated streams, without reading it into memory. */
class LimitsTest {

  private static final SmpJson JSON = SmpJson.standard();
  private static final long HUNDRED_MB = 100L * 1024 * 1024;
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"big\",\"title\":\"Big\",\"status\":\"PLANNED\",";

  private static JsonProblem only(SmpJsonException e) {
    assertEquals(1, e.problems().size(), e.problems()::toString);
    return e.problems().get(0);
  }

  @Test
  void aHundredMegabyteDocumentOfManyValuesIsRefusedAsTooLarge() {
    String unit = "{\"key\":\"k\",\"title\":\"A citation that repeats\"},";
    GeneratedInput in = new GeneratedInput(HEAD + "\"citations\":[", unit, HUNDRED_MB / unit.length(), "{}]}");
    assertTrue(in.length() >= HUNDRED_MB);
    SmpJson manyValues = SmpJson.builder().maxTokenCount(Long.MAX_VALUE).build();
    JsonProblem p = only(assertThrows(SmpJsonException.class, () -> manyValues.read(in)));
    assertEquals(Kind.TOO_LARGE, p.kind());
    assertTrue(p.message().contains("10000000"), p.message());
  }

  @Test
  void aHundredMegabyteStringIsRefusedAsTooLarge() {
    GeneratedInput in = new GeneratedInput(HEAD + "\"notes\":\"", "aaaaaaaaaaaaaaaa", HUNDRED_MB / 16, "\"}");
    JsonProblem p = only(assertThrows(SmpJsonException.class, () -> JSON.read(in)));
    assertEquals(Kind.TOO_LARGE, p.kind());
    assertTrue(p.message().startsWith("the document exceeds a size limit and was not read: String value length"),
        p.message());
  }

  @Test
  void aHundredMegabytesOfWhitespaceAreRefusedAsTooLarge() {
    GeneratedInput in = new GeneratedInput(HEAD, "                ", HUNDRED_MB / 16, "}");
    JsonProblem p = only(assertThrows(SmpJsonException.class, () -> JSON.read(in)));
    assertEquals(Kind.TOO_LARGE, p.kind());
    assertTrue(p.message().contains("Document length"), p.message());
  }

  @Test
  void aLongNumberIsRefusedAsTooLarge() {
    String json = HEAD + "\"parties\":[],\"timeFrame\":{\"fundingCycleMonths\":" + "9".repeat(200) + "}}";
    JsonProblem p = only(assertThrows(SmpJsonException.class, () -> JSON.read(json)));
    assertEquals(Kind.TOO_LARGE, p.kind());
    assertTrue(p.message().contains("Number value length"), p.message());
  }

  @Test
  void aTenThousandDeepDocumentIsRefusedAsTooDeep() {
    GeneratedInput in = new GeneratedInput("", "[", 10_000, "]".repeat(10_000));
    JsonProblem p = only(assertThrows(SmpJsonException.class, () -> JSON.read(in)));
    assertEquals(Kind.TOO_DEEP, p.kind());
    assertEquals(1, p.line());
    assertTrue(p.column() > 64 && p.column() < 70, () -> "column " + p.column());
    assertTrue(p.message().startsWith("objects and arrays are nested deeper than the limit of 64 levels; the "
        + "document was not read"), p.message());
  }

  @Test
  void deeplyNestedObjectsAreRefusedAsTooDeep() {
    GeneratedInput in = new GeneratedInput(HEAD + "\"notes\":", "{\"a\":", 10_000, "1" + "}".repeat(10_001));
    JsonProblem p = only(assertThrows(SmpJsonException.class, () -> JSON.read(in)));
    assertEquals(Kind.TOO_DEEP, p.kind());
  }

  @Test
  void limitsAreConfigurable() {
    SmpJson strict = SmpJson.builder().maxDocumentLength(100).maxNestingDepth(8).maxStringLength(10).build();
    String minimal = SmpJson.builder().compact().build().write(Fixtures.minimal());
    assertTrue(minimal.length() > 100);
    assertEquals(Kind.TOO_LARGE, only(assertThrows(SmpJsonException.class, () -> strict.read(minimal))).kind());
    SmpJson roomy = SmpJson.builder().maxDocumentLength(1000).maxStringLength(10).build();
    JsonProblem p = only(assertThrows(SmpJsonException.class, () -> roomy.read(
        minimal.replace("\"Minimal\"", "\"Minimal but too long\""))));
    assertEquals(Kind.TOO_LARGE, p.kind());
    assertThrows(IllegalArgumentException.class, () -> SmpJson.builder().maxNestingDepth(5000));
    assertThrows(IllegalArgumentException.class, () -> SmpJson.builder().maxDocumentLength(0));
  }

  @Test
  void aTooLargeArrayElementIsSkippedAndTheNextOneIsRead() {
    String good = SmpJson.builder().compact().build().write(Fixtures.minimal());
    String unit = "{\"key\":\"k\",\"title\":\"A citation that repeats\"},";
    GeneratedInput in = new GeneratedInput("[" + HEAD + "\"citations\":[", unit, HUNDRED_MB / unit.length(),
        "{}]}," + good + "]");
    try (Stream<RecordResult> results = JSON.readArrayResults(in)) {
      List<RecordResult> all = results.collect(Collectors.toList());
      assertEquals(2, all.size());
      assertEquals(Kind.TOO_LARGE, all.get(0).failure().orElseThrow().problems().get(0).kind());
      assertEquals(Fixtures.minimal(), all.get(1).getOrThrow());
    }
  }

  @Test
  void aTooLongJsonLinesLineIsSkippedAndTheNextLineIsRead() {
    String good = SmpJson.builder().compact().build().write(Fixtures.minimal());
    GeneratedInput in = new GeneratedInput(good + "\n" + HEAD + "\"notes\":\"", "aaaaaaaaaaaaaaaa", HUNDRED_MB / 16,
        "\"}\n" + good + "\n");
    try (Stream<RecordResult> results = JSON.readLinesResults(in)) {
      List<RecordResult> all = results.collect(Collectors.toList());
      assertEquals(3, all.size());
      assertTrue(all.get(0).isSuccess());
      JsonProblem p = all.get(1).failure().orElseThrow().problems().get(0);
      assertEquals(Kind.TOO_LARGE, p.kind());
      assertEquals(2, p.line());
      assertEquals("line 2 is longer than the limit of 10000000 characters; it was skipped (raise "
          + "SmpJson.Builder.maxDocumentLength if it is genuine)", p.message());
      assertEquals(3, all.get(2).line());
      assertEquals(Fixtures.minimal(), all.get(2).getOrThrow());
    }
  }

  @Test
  void aDeepJsonLinesLineIsReportedAndTheNextLineIsRead() {
    String good = SmpJson.builder().compact().build().write(Fixtures.minimal());
    String text = "[".repeat(10_000) + "\n" + good + "\n";
    List<RecordResult> all = JSON.readLinesResults(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .collect(Collectors.toList());
    assertEquals(2, all.size());
    assertEquals(Kind.TOO_DEEP, all.get(0).failure().orElseThrow().problems().get(0).kind());
    assertTrue(all.get(1).isSuccess());
  }
}
