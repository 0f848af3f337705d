package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.json.JsonProblem.Kind;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * JSON Lines read from a {@link Reader}: line ends of either kind, lines longer than the reader's
 * buffer, and the length limit at its exact value.
 */
class JsonLinesFromTextTest {

  private static final SmpJson COMPACT = SmpJson.builder().compact().build();

  private static String line(String id) {
    return COMPACT.write(Fixtures.minimal().withId(id));
  }

  private static List<RecordResult> read(SmpJson json, String text) {
    return json.readLinesResults(new StringReader(text)).collect(Collectors.toList());
  }

  private static List<String> ids(List<RecordResult> results) {
    return results.stream().map(r -> r.getOrThrow().id()).toList();
  }

  @Test
  void aLineOfExactlyTheLimitIsReadAndOneCharacterMoreIsSkipped() {
    String exact = line("a");
    SmpJson strict = SmpJson.builder().maxDocumentLength(exact.length()).build();
    String over = exact.replace("{\"formatVersion\"", "{ \"formatVersion\"");
    List<RecordResult> all = read(strict, exact + "\n" + over + "\n" + exact);
    assertEquals(3, all.size());
    assertEquals("a", all.get(0).getOrThrow().id());
    JsonProblem p = all.get(1).failure().orElseThrow().problems().get(0);
    assertEquals(Kind.TOO_LARGE, p.kind());
    assertEquals(2, p.line());
    assertEquals(2, all.get(1).line());
    assertEquals("line 2 is longer than the limit of " + exact.length() + " characters; it was skipped (raise "
        + "SmpJson.Builder.maxDocumentLength if it is genuine)", p.message());
    assertEquals("a", all.get(2).getOrThrow().id());
    assertEquals(3, all.get(2).line());
  }

  @Test
  void aLineLongerThanTheBufferIsReadWhole() {
    String longLine = "{" + " ".repeat(20_000) + line("long").substring(1);
    List<RecordResult> all = read(COMPACT, line("a") + "\n" + longLine + "\n" + line("b") + "\n");
    assertEquals(List.of("a", "long", "b"), ids(all));
    assertEquals(List.of(1, 2, 3), all.stream().map(RecordResult::line).toList());
  }

  @Test
  void anOverlongLineLongerThanTheBufferIsSkippedToItsEnd() {
    SmpJson strict = SmpJson.builder().maxDocumentLength(1000).build();
    String huge = "{" + " ".repeat(30_000) + line("huge").substring(1);
    List<RecordResult> all = read(strict, huge + "\n" + line("b") + "\n");
    assertEquals(2, all.size());
    assertEquals(Kind.TOO_LARGE, all.get(0).failure().orElseThrow().problems().get(0).kind());
    assertEquals("b", all.get(1).getOrThrow().id());
    assertEquals(2, all.get(1).line());
  }

  @Test
  void windowsLineEndsBlankLinesAndALastLineWithoutItsEndAreRead() {
    List<RecordResult> all = read(COMPACT, line("a") + "\r\n\r\n  \r\n" + line("b") + "\r\n" + line("c"));
    assertEquals(List.of("a", "b", "c"), ids(all));
    assertEquals(List.of(1, 4, 5), all.stream().map(RecordResult::line).toList());
  }

  @Test
  void aLoneCarriageReturnInsideALineIsNotALineEnd() {
    List<RecordResult> all = read(COMPACT, line("a").replace(",\"title\"", ",\r\"title\"") + "\n");
    assertEquals(1, all.size());
    assertTrue(all.get(0).isSuccess(), () -> all.get(0).toString());
  }

  @Test
  void anEmptyStreamHasNoLines() {
    assertEquals(List.of(), read(COMPACT, ""));
    assertEquals(List.of(), read(COMPACT, "\n\n"));
  }

  @Test
  void aLineOverTheLimitOnlyAfterSeveralBuffersIsSkippedAsOverlong() {
    SmpJson strict = SmpJson.builder().maxDocumentLength(10_000).build();
    String padded = "{" + " ".repeat(20_000) + line("padded").substring(1);
    List<RecordResult> all = read(strict, padded + "\n" + line("b") + "\n");
    assertEquals(2, all.size());
    assertEquals("line 1 is longer than the limit of 10000 characters; it was skipped (raise "
        + "SmpJson.Builder.maxDocumentLength if it is genuine)",
        all.get(0).failure().orElseThrow().problems().get(0).message());
    assertEquals("b", all.get(1).getOrThrow().id());
  }
}
