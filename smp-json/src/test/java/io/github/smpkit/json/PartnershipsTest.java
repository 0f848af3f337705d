package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading files and folders: what was read, and every failure located by file, line, column and pointer. */
class PartnershipsTest {

  private static final SmpJson COMPACT = SmpJson.builder().compact().build();

  @TempDir
  Path dir;

  private static Partnership named(String id) {
    return Fixtures.minimal().withId(id);
  }

  private static String line(String id) {
    return COMPACT.write(named(id));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void aFolderGivesTheJsonAndJsonLinesFilesOfItsTreeInPathOrder() throws IOException {
    write("b.json", SmpJson.standard().write(named("b")));
    write("a/c.jsonl", line("c1") + "\n\n" + line("c2") + "\n");
    write("d.json", "[" + line("d1") + ",\n" + line("d2") + "]");
    write("notes.txt", "not read");
    Partnerships loaded = Partnerships.load(dir);
    assertTrue(loaded.isComplete(), loaded.toString());
    assertEquals(List.of("c1", "c2", "b", "d1", "d2"), ids(loaded.partnerships()));
    assertEquals(3, loaded.byFile().size());
  }

  @Test
  void aBadLineOfJsonLinesIsLocatedAndTheOtherLinesAreRead() throws IOException {
    Path file = write("three.jsonl", line("one") + "\n" + line("two").replace("\"PLANNED\"", "\"SOMETIMES\"")
        + "\n" + line("three") + "\n");
    Partnerships loaded = Partnerships.load(file);
    assertEquals(List.of("one", "three"), ids(loaded.partnerships()));
    assertEquals(1, loaded.failures().size(), loaded.failures().toString());
    LoadFailure f = loaded.failures().get(0);
    assertEquals(file, f.file());
    assertEquals(2, f.line());
    assertEquals("/status", f.pointer());
    assertTrue(f.column() > 1, f.toString());
    assertTrue(f.toString().startsWith(file + ":2:" + f.column() + ": /status: "), f.toString());
    assertThrows(IllegalStateException.class, loaded::getOrThrow);
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    write("doc.json", concat(bom, SmpJson.standard().write(named("doc")).getBytes(StandardCharsets.UTF_8)));
    write("lines.jsonl", concat(bom, (line("l1") + "\n" + line("l2")).getBytes(StandardCharsets.UTF_8)));
    write("array.json", concat(bom, ("[" + line("a1") + "]").getBytes(StandardCharsets.UTF_8)));
    Partnerships loaded = Partnerships.load(dir);
    assertTrue(loaded.isComplete(), loaded.failures().toString());
    assertEquals(List.of("a1", "doc", "l1", "l2"), ids(loaded.partnerships()));
  }

  @Test
  void invalidUtf8IsLocatedAndTheGoodLinesAreRead() throws IOException {
    byte[] bad = line("bad").replace("Minimal", "Mini#al").getBytes(StandardCharsets.UTF_8);
    int at = indexOf(bad, (byte) '#');
    bad[at] = (byte) 0xC3; // a lead byte followed by a plain letter: not UTF-8
    Path file = write("mixed.jsonl", concat((line("good1") + "\n").getBytes(StandardCharsets.UTF_8), bad,
        ("\n" + line("good2") + "\n").getBytes(StandardCharsets.UTF_8)));
    Partnerships loaded = Partnerships.load(file);
    assertEquals(List.of("good1", "good2"), ids(loaded.partnerships()));
    assertEquals(1, loaded.failures().size(), loaded.failures().toString());
    LoadFailure f = loaded.failures().get(0);
    assertEquals(2, f.line(), f.toString());
    assertTrue(f.column() > 0, f.toString());
    assertTrue(f.message().contains("UTF-8"), f.toString());
  }

  @Test
  void invalidUtf8InADocumentIsLocated() throws IOException {
    byte[] bad = SmpJson.standard().write(named("bad")).replace("Minimal", "Mini#al").getBytes(StandardCharsets.UTF_8);
    bad[indexOf(bad, (byte) '#')] = (byte) 0xFF;
    Partnerships loaded = Partnerships.load(write("bad.json", bad));
    assertEquals(List.of(), loaded.partnerships());
    LoadFailure f = loaded.failures().get(0);
    assertEquals(4, f.line(), f.toString());
    assertTrue(f.message().contains("UTF-8") || f.message().contains("0xff"), f.toString());
  }

  @Test
  void aLineOverTheLimitIsALocatedFailureAndTheNextLinesAreRead() throws IOException {
    SmpJson small = SmpJson.builder().maxDocumentLength(1000).build();
    Path file = write("long.jsonl", line("first") + "\n" + "{\"title\":\"" + "x".repeat(200_000) + "\"}\n"
        + line("after") + "\n");
    Partnerships loaded = Partnerships.load(file, small);
    assertEquals(List.of("first", "after"), ids(loaded.partnerships()));
    assertEquals(2, loaded.failures().get(0).line(), loaded.failures().toString());
  }

  @Test
  void aPathThatDoesNotExistIsAFailure() {
    Path missing = dir.resolve("missing.json");
    Partnerships loaded = Partnerships.load(missing);
    assertEquals(List.of(LoadFailure.unreadable(missing, "no such file or folder")), loaded.failures());
    assertEquals(missing + ": no such file or folder", loaded.failures().get(0).toString());
  }

  @Test
  void aStreamIsReadAsAnArrayJsonLinesOrADocumentByItsStart() {
    Path name = Path.of("-");
    assertEquals(List.of("a", "b"), ids(read("[" + line("a") + "," + line("b") + "]", name).partnerships()));
    assertEquals(List.of("a", "b"), ids(read(line("a") + "\n" + line("b") + "\n", name).partnerships()));
    assertEquals(List.of("a"), ids(read(SmpJson.standard().write(named("a")), name).partnerships()));
    Partnerships empty = read("", name);
    assertFalse(empty.isComplete());
    assertEquals(name, empty.failures().get(0).file());
  }

  private static Partnerships read(String text, Path name) {
    return Partnerships.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name,
        SmpJson.standard());
  }

  private static List<String> ids(List<Partnership> partnerships) {
    return partnerships.stream().map(Partnership::id).toList();
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no " + (char) b);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
