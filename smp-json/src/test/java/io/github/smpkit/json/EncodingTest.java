package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Bytes that are not valid text are bad input, reported as a located problem, never an I/O
 * failure: Jackson recognises UTF-16 and UTF-32 by a document's first bytes, and reports bytes
 * that break the encoding it recognised (an impossible UTF-32 character, a UCS-4 byte order it
 * does not read) as an {@code IOException}. Found by the readBytes fuzz target (stored as
 * JsonFuzzTestInputs/readBytes/defect-invalid-utf32.json and defect-ucs4-unusual-byte-order.json):
 * before the fix they escaped as an {@code UncheckedIOException}. A failing stream still fails as
 * one, with its own exception.
 */
class EncodingTest {

  private static final SmpJson JSON = SmpJson.standard();

  /** '{' and three zero bytes: UTF-32 little-endian, then a "character" far above U+10FFFF. */
  private static final byte[] BAD_UTF32 = {'{', 0, 0, 0, '^', 'm', 'a', 't', 'V', 'e', 'r', 's', 'i', 'o', 'n', '"'};

  @Test
  void bytesThatAreNotValidUtf32AreAMalformedDocument() {
    SmpJsonException e = assertThrows(SmpJsonException.class,
        () -> JSON.read(new ByteArrayInputStream(BAD_UTF32)));
    assertEquals(1, e.problems().size(), e.getMessage());
    JsonProblem problem = e.problems().get(0);
    assertEquals(JsonProblem.Kind.MALFORMED_JSON, problem.kind());
    assertTrue(problem.message().contains("not valid text") && problem.message().contains("UTF-32"),
        problem.message());
  }

  @Test
  void theSameInsideAnArrayOfRecords() {
    byte[] array = new byte[BAD_UTF32.length + 4];
    array[0] = '[';
    System.arraycopy(BAD_UTF32, 0, array, 4, BAD_UTF32.length);
    SmpJsonException e = assertThrows(SmpJsonException.class,
        () -> JSON.readArray(new ByteArrayInputStream(array)).count());
    assertEquals(JsonProblem.Kind.MALFORMED_JSON, e.problems().get(0).kind());
  }

  /** Zero bytes and a 0xD4 where a UCS-4 byte order mark would be: the "2143" order Jackson refuses. */
  @Test
  void aByteOrderJacksonDoesNotReadIsAMalformedDocument() {
    byte[] bytes = new byte[64];
    bytes[2] = (byte) 0xD4;
    System.arraycopy("ihtspTION\"}]}".getBytes(StandardCharsets.US_ASCII), 0, bytes, 50, 13);
    for (InputStreamRead read : new InputStreamRead[] {JSON::read, in -> JSON.readArray(in).count()}) {
      SmpJsonException e = assertThrows(SmpJsonException.class, () -> read.apply(new ByteArrayInputStream(bytes)));
      assertEquals(JsonProblem.Kind.MALFORMED_JSON, e.problems().get(0).kind(), e.getMessage());
    }
  }

  @Test
  void aStreamThatFailsIsAnIoFailureWithItsOwnException() {
    IOException broken = new IOException("disk on fire");
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw broken;
      }
    };
    for (InputStreamRead read : new InputStreamRead[] {JSON::read, in -> JSON.readArray(in).count()}) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> read.apply(failing));
      assertSame(broken, e.getCause());
    }
  }

  private interface InputStreamRead {
    Object apply(InputStream in);
  }

  @Test
  void invalidUtf8IsMalformedToo() {
    byte[] bytes = "{\"id\":\"a\u00e9\"}".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 4] = (byte) 0xC3;
    bytes[bytes.length - 3] = (byte) 0x28;
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> JSON.read(new ByteArrayInputStream(bytes)));
    assertEquals(JsonProblem.Kind.MALFORMED_JSON, e.problems().get(0).kind());
  }
}
