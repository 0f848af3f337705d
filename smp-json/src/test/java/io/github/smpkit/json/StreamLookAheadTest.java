package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Streams read by {@link Partnerships#read} whose whitespace and lines meet the edges of the
 * reader's look-ahead (one buffer of 64 KiB): the layout is still told right, blank lines are
 * skipped and nothing else, and a bad line is skipped whole however long it is.
 */
class StreamLookAheadTest {

  /** The look-ahead of the byte reader: whitespace up to here decides nothing yet. */
  private static final int LOOK_AHEAD = 1 << 16;
  private static final SmpJson COMPACT = SmpJson.builder().compact().build();
  private static final Path NAME = Path.of("-");

  private static String line(String id) {
    return COMPACT.write(Fixtures.minimal().withId(id));
  }

  private static Partnerships read(String text) {
    return Partnerships.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), NAME,
        SmpJson.standard());
  }

  private static List<String> ids(Partnerships loaded) {
    return loaded.partnerships().stream().map(Partnership::id).toList();
  }

  @Test
  void aDocumentAfterAWholeLookAheadOfWhitespaceIsOneDocument() {
    Partnerships loaded = read(" ".repeat(LOOK_AHEAD) + "\n" + SmpJson.standard().write(Fixtures.minimal().withId("a")));
    assertEquals(List.of(), loaded.failures());
    assertEquals(List.of("a"), ids(loaded));
  }

  @Test
  void aBraceFollowedByAWholeLookAheadOfSpacesStartsJsonLines() {
    // nothing but spaces after the brace as far as the reader looks: one record per line, not one document
    String first = "{" + " ".repeat(LOOK_AHEAD - 1) + line("a").substring(1);
    Partnerships loaded = read(first + "\n" + line("b") + "\n");
    assertEquals(List.of(), loaded.failures());
    assertEquals(List.of("a", "b"), ids(loaded));
  }

  @Test
  void aBraceAloneBeforeTheEndOfTheStreamIsJsonLinesWithOneBadLine() {
    Partnerships loaded = read("{  ");
    assertEquals(List.of(), ids(loaded));
    assertEquals(1, loaded.failures().size(), loaded.failures()::toString);
    assertEquals(1, loaded.failures().get(0).line());
  }

  @Test
  void aLastLineOfSpacesWithoutALineEndIsBlank() {
    Partnerships loaded = read(line("a") + "\n   ");
    assertEquals(List.of(), loaded.failures());
    assertEquals(List.of("a"), ids(loaded));
  }

  @Test
  void aLineOfMoreSpacesThanTheLookAheadBeforeItsRecordIsNotBlank() {
    Partnerships loaded = read(line("a") + "\n" + " ".repeat(LOOK_AHEAD) + line("b") + "\n" + line("c") + "\n");
    assertEquals(List.of(), loaded.failures());
    assertEquals(List.of("a", "b", "c"), ids(loaded));
  }

  @Test
  void aBadLineLongerThanTheLookAheadIsSkippedWhole() {
    Partnerships loaded = read("{]" + "a".repeat(3 * LOOK_AHEAD) + "\n" + line("b") + "\n\n" + line("c"));
    assertEquals(List.of("b", "c"), ids(loaded));
    assertEquals(1, loaded.failures().size(), loaded.failures()::toString);
    assertEquals(1, loaded.failures().get(0).line());
  }

  @Test
  void aStreamStartingWithNeitherBraceNorBracketIsOneDocument() {
    Partnerships loaded = read("\n  \"a partnership\"\n");
    assertEquals(List.of(), ids(loaded));
    assertEquals(1, loaded.failures().size(), loaded.failures()::toString);
    assertEquals(2, loaded.failures().get(0).line());
    assertEquals(NAME, loaded.failures().get(0).file());
  }
}
