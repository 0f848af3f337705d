package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a load says about itself: failures per file, {@code getOrThrow}, {@code toString} and unreadable streams. */
class PartnershipsOutcomeTest {

  private static final SmpJson COMPACT = SmpJson.builder().compact().build();

  @TempDir
  Path dir;

  private static String line(String id) {
    return COMPACT.write(Fixtures.minimal().withId(id));
  }

  private static String badLine(String id) {
    return line(id).replace("\"PLANNED\"", "\"SOMEDAY\"");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static Partnerships read(InputStream in) {
    return Partnerships.read(in, Path.of("-"), SmpJson.standard());
  }

  @Test
  void aCompleteLoadGivesItsPartnerships() throws IOException {
    Path file = write("a.jsonl", line("a") + "\n" + line("b") + "\n");
    Partnerships loaded = Partnerships.load(file);
    assertTrue(loaded.isComplete());
    assertEquals(List.of("a", "b"), loaded.getOrThrow().stream().map(p -> p.id()).toList());
    assertEquals(List.of(), loaded.failures(file));
    assertEquals("Partnerships[2 read from 1 file, 0 failures]", loaded.toString());
  }

  @Test
  void failuresAreCountedPerFileAndNamedByGetOrThrow() throws IOException {
    Path one = write("one.jsonl", line("a") + "\n" + badLine("b") + "\n");
    Path four = write("four.jsonl", badLine("c") + "\n" + badLine("d") + "\n" + badLine("e") + "\n" + badLine("f"));
    write("notes.txt", "not a partnership");
    Partnerships loaded = Partnerships.load(dir);
    assertEquals(List.of(four, one), List.copyOf(loaded.byFile().keySet()));
    assertEquals(4, loaded.failures(four).size());
    assertEquals(1, loaded.failures(one).size());
    assertEquals(2, loaded.failures(one).get(0).line());
    assertEquals(List.of(), loaded.failures(dir.resolve("notes.txt")));
    assertFalse(loaded.isComplete());
    assertTrue(loaded.toString().startsWith("Partnerships[1 read from 2 files, 5 failures; first: " + four + ":1:"),
        loaded.toString());
    IllegalStateException e = assertThrows(IllegalStateException.class, loaded::getOrThrow);
    assertTrue(e.getMessage().startsWith("5 failures while loading partnerships: " + four + ":1:"), e.getMessage());
    assertTrue(e.getMessage().endsWith("; ..."), e.getMessage());
    assertTrue(e.getMessage().contains(four + ":3:"), e.getMessage());
    assertFalse(e.getMessage().contains(four + ":4:"), e.getMessage());

    Partnerships single = Partnerships.load(one);
    IllegalStateException s = assertThrows(IllegalStateException.class, single::getOrThrow);
    assertTrue(s.getMessage().startsWith("1 failure while loading partnerships: " + one + ":2:"), s.getMessage());
    assertFalse(s.getMessage().endsWith("; ..."), s.getMessage());
    assertTrue(single.toString().startsWith("Partnerships[1 read from 1 file, 1 failure; first: "), single.toString());
  }

  @Test
  void threeFailuresAreAllNamed() throws IOException {
    Path three = write("three.jsonl", badLine("c") + "\n" + badLine("d") + "\n" + badLine("e") + "\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Partnerships.load(three).getOrThrow());
    assertTrue(e.getMessage().startsWith("3 failures while loading partnerships: "), e.getMessage());
    assertFalse(e.getMessage().endsWith("; ..."), e.getMessage());
    assertTrue(e.getMessage().contains(three + ":3:"), e.getMessage());
  }

  @Test
  void aBadElementOfAnArrayIsAFailureAndTheOthersAreRead() {
    Partnerships loaded = read(new ByteArrayInputStream(("[" + line("a") + ",\n" + badLine("b") + "]")
        .getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("a"), loaded.partnerships().stream().map(p -> p.id()).toList());
    assertEquals(1, loaded.failures().size());
    assertEquals(2, loaded.failures().get(0).line());
    assertEquals("/1/status", loaded.failures().get(0).pointer());
    assertEquals(Map.of(Path.of("-"), loaded.partnerships()), loaded.byFile());
  }

  private static InputStream failing(IOException e) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw e;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw e;
      }
    };
  }

  @Test
  void aStreamThatCannotBeReadIsAFailureSayingWhy() {
    assertEquals("cannot read: disk on fire", read(failing(new IOException("disk on fire"))).failures().get(0)
        .message());
    assertEquals("cannot read: IOException", read(failing(new IOException())).failures().get(0).message());
    assertEquals("cannot read: no such file", read(failing(new NoSuchFileException("x.json"))).failures().get(0)
        .message());
    assertEquals("cannot read: permission denied", read(failing(new AccessDeniedException("x.json"))).failures()
        .get(0).message());
    LoadFailure f = read(failing(new IOException("gone"))).failures().get(0);
    assertEquals(Path.of("-"), f.file());
    assertEquals(0, f.line());
  }
}
