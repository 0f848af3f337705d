package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.json.JsonProblem.Kind;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Problems are capped per document and limits are reported as limits, whatever the source. */
class BoundedCostTest {

  private static final SmpJson COMPACT = SmpJson.builder().compact().build();
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"big\",\"title\":\"Big\",\"status\":\"PLANNED\","
      + "\"parties\":[{\"country\":\"MA\",\"role\":\"ORIGIN\"},{\"country\":\"BE\",\"role\":\"DESTINATION\"}],";

  private static String badSectors(int n) {
    return HEAD + "\"sectors\":[" + "0,".repeat(n - 1) + "0]}";
  }

  @Test
  void aDocumentKeepsTheFirstThousandProblemsAndCountsTheRest() {
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> COMPACT.read(badSectors(5000)));
    assertEquals(1000, e.problems().size());
    assertEquals(5000, e.problemCount());
    assertEquals("/sectors/999", e.problems().get(999).pointer());
    assertTrue(e.getMessage().startsWith("5000 problems in partnership JSON:\n  /sectors/0 "), e.getMessage());
    assertTrue(e.getMessage().endsWith("\n  ... and 4980 more"), e.getMessage());
    assertEquals(22, e.getMessage().lines().count());
  }

  @Test
  void aDocumentWithFewProblemsKeepsThemAll() {
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> COMPACT.read(badSectors(1000)));
    assertEquals(1000, e.problems().size());
    assertEquals(1000, e.problemCount());
  }

  @Test
  void unknownFieldsBeyondTheCapAreCountedToo() {
    StringBuilder s = new StringBuilder(HEAD);
    for (int i = 0; i < 3000; i++) {
      s.append("\"unknown").append(i).append("\":0,");
    }
    String json = s.append("\"sectors\":[\"J\"]}").toString();
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> COMPACT.read(json));
    assertEquals(1000, e.problems().size());
    assertEquals(3000, e.problemCount());
    assertEquals(Kind.UNKNOWN_FIELD, e.problems().get(999).kind());
  }

  @Test
  void aRecordFailureCarriesTheCountToo() {
    String json = "[" + badSectors(1500) + "]";
    RecordResult r = COMPACT.readArrayResults(new StringReader(json)).findFirst().orElseThrow();
    assertEquals(1500, r.failure().orElseThrow().problemCount());
    assertEquals(1000, r.failure().orElseThrow().problems().size());
  }

  @Test
  void aDocumentTooLongOnlyAfterItsLastValueIsTooLargeFromEverySource() {
    SmpJson strict = SmpJson.builder().maxDocumentLength(1000).build();
    String json = COMPACT.write(Fixtures.minimal()) + " ".repeat(5000);
    assertTooLarge(assertThrows(SmpJsonException.class, () -> strict.read(json)));
    assertTooLarge(assertThrows(SmpJsonException.class, () -> strict.read(new StringReader(json))));
    assertTooLarge(assertThrows(SmpJsonException.class, () -> strict.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void aDocumentWhoseLastStringCrossesTheLimitIsTooLargeFromEverySource() {
    SmpJson strict = SmpJson.builder().maxDocumentLength(1000).build();
    String minimal = COMPACT.write(Fixtures.minimal());
    String json = minimal.substring(0, minimal.length() - 1) + ",\"notes\":\"" + "a".repeat(3000) + "\"}";
    assertTooLarge(assertThrows(SmpJsonException.class, () -> strict.read(json)));
    assertTooLarge(assertThrows(SmpJsonException.class, () -> strict.read(new StringReader(json))));
    assertTooLarge(assertThrows(SmpJsonException.class, () -> strict.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void anArrayRecordWhoseLastStringCrossesTheLimitIsTooLargeAndTheNextIsRead() {
    SmpJson strict = SmpJson.builder().maxDocumentLength(1000).build();
    String minimal = COMPACT.write(Fixtures.minimal());
    String longNotes = minimal.substring(0, minimal.length() - 1) + ",\"notes\":\"" + "a".repeat(3000) + "\"}";
    List<RecordResult> all = strict.readArrayResults(new StringReader("[" + longNotes + "," + minimal + "]"))
        .collect(Collectors.toList());
    assertEquals(2, all.size());
    assertTooLarge(all.get(0).failure().orElseThrow());
    assertEquals(Fixtures.minimal(), all.get(1).getOrThrow());
  }

  private static void assertTooLarge(SmpJsonException e) {
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals(Kind.TOO_LARGE, e.problems().get(0).kind(), e::getMessage);
  }
}
