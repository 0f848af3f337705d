package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.json.JsonProblem.Kind;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading from a Reader, what follows a document (said exactly, at its line), and a source that fails. */
class ReadSourcesTest {

  private static final SmpJson COMPACT = SmpJson.builder().compact().build();
  private static final String ONE = COMPACT.write(Fixtures.minimal());

  private static JsonProblem trailing(String after) {
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> COMPACT.read(ONE + after));
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals(Kind.TRAILING_CONTENT, e.problems().get(0).kind());
    return e.problems().get(0);
  }

  @Test
  void aDocumentIsReadFromAReader() {
    assertEquals(Fixtures.minimal(), COMPACT.read(new StringReader(ONE)));
  }

  @Test
  void whatFollowsTheDocumentIsNamed() {
    String rest = " after the end of the document: a document holds one partnership (use an array or JSON Lines"
        + " for several)";
    assertEquals("unexpected another object" + rest, trailing(" {}").message());
    assertEquals("unexpected an array" + rest, trailing(" [1]").message());
    assertEquals("unexpected the string 'more'" + rest, trailing(" \"more\"").message());
    assertEquals("unexpected the value 42" + rest, trailing(" 42").message());
    JsonProblem p = trailing("\n\n  true");
    assertEquals("unexpected the value true" + rest, p.message());
    assertEquals(3, p.line());
    assertEquals(3, p.column());
  }

  @Test
  void contentAfterARecordOfJsonLinesIsLocatedOnItsLine() {
    List<RecordResult> all = COMPACT.readLinesResults(new StringReader(ONE + "\n" + ONE + " 42\n" + ONE + " }\n"))
        .collect(Collectors.toList());
    assertEquals(3, all.size());
    assertTrue(all.get(0).isSuccess());
    JsonProblem value = all.get(1).failure().orElseThrow().problems().get(0);
    assertEquals(Kind.TRAILING_CONTENT, value.kind());
    assertEquals(2, value.line());
    assertEquals(ONE.length() + 2, value.column());
    JsonProblem brace = all.get(2).failure().orElseThrow().problems().get(0);
    assertEquals(Kind.TRAILING_CONTENT, brace.kind());
    assertEquals(3, brace.line());
    assertTrue(brace.message().startsWith("unexpected text after the end of the document: "), brace.message());
  }

  @Test
  void aReaderThatFailsIsAnUncheckedIoExceptionWithItsCause() {
    IOException cause = new IOException("disk on fire");
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw cause;
      }

      @Override
      public void close() {}
    };
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> COMPACT.read(failing));
    assertSame(cause, e.getCause());
  }
}
