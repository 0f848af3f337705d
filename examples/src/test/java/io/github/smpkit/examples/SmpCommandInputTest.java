package io.github.smpkit.examples;

import static io.github.smpkit.examples.SmpCommandTest.run;
import static io.github.smpkit.examples.SmpCommandTest.stdin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.examples.SmpCommandTest.Run;
import io.github.smpkit.examples.cli.SmpCommand;
import io.github.smpkit.examples.embed.HostApplication;
import io.github.smpkit.json.SmpJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to bin/smp: each gives a located error on standard error and exit status 2, and the
 * good records are still checked. Files are read as streams: the 2 GB inputs are a sparse file and a
 * generated stream, longer than any Java array or String can be. (The 2 GB line is read to its end
 * from the generated stream, about 2 s; from a sparse file it took 18 s on the build machine, so
 * the sparse file is a document whose error comes at the first zero byte.)
 */
class SmpCommandInputTest {

  /** More than {@code Integer.MAX_VALUE} bytes: no String or byte[] could hold it. */
  private static final long TWO_GB = (1L << 31) + 1000;

  private static final SmpJson COMPACT = SmpJson.builder().compact().build();

  @TempDir
  Path dir;

  private static String line(String id) {
    return COMPACT.write(HostApplication.example().withId(id));
  }

  private static int reports(Run r) {
    return (int) java.util.regex.Pattern.compile("(?m)^Partnership ").matcher(r.out()).results().count();
  }

  @Test
  void anUnreadableFileIsLocatedOnStandardErrorAndTheOtherFilesAreChecked() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"formatVersion\": \"2.0\",\n  \"id\": \"x\",\n  \"status\": \"SOMETIMES\"\n}\n");
    Path valid = dir.resolve("valid.json");
    Files.writeString(valid, SmpJson.standard().write(HostApplication.example()));
    Run r = run(broken.toString(), valid.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("broken.json:4:13: /status: unknown PartnershipStatus value 'SOMETIMES'"), r.err());
    assertTrue(r.err().contains("1 of 2 inputs could not be read in full; exit status 2"), r.err());
    assertTrue(r.out().contains("broken.json: could not be read"), r.out());
    assertTrue(r.out().contains("Partnership example-ict-pilot"), "still checks the other file: " + r.out());
  }

  @Test
  void aPathThatDoesNotExistExitsTwo() throws IOException {
    Path valid = dir.resolve("valid.json");
    Files.writeString(valid, SmpJson.standard().write(HostApplication.example()));
    Run r = run(dir.resolve("nothing-here.json").toString(), valid.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("nothing-here.json: no such file or folder"), r.err());
    assertTrue(r.out().contains("Partnership example-ict-pilot"), r.out());
  }

  @Test
  void aFolderWithoutPartnershipFilesExitsTwo() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Run r = run(empty.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("empty: no .json or .jsonl file in this folder"), r.err());
  }

  @Test
  void aBadLineOfJsonLinesIsLocatedAndTheGoodLinesAreChecked() throws IOException {
    Path file = dir.resolve("three.jsonl");
    Files.writeString(file, line("one") + "\n" + line("two").substring(0, 80) + "\n"
        + line("three") + "\n");
    Run r = run(file.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("three.jsonl:2:"), r.err());
    assertTrue(r.out().contains("Partnership one:") && r.out().contains("Partnership three:"), r.out());
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    Path file = dir.resolve("bom.json");
    Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        SmpJson.standard().write(HostApplication.example()).getBytes(StandardCharsets.UTF_8)));
    Run r = run(file.toString());
    assertEquals(SmpCommand.OK, r.status(), r.err());
    assertTrue(r.out().contains("Partnership example-ict-pilot"), r.out());
  }

  @Test
  void invalidUtf8IsLocatedAndTheGoodLinesAreChecked() throws IOException {
    byte[] bad = line("bad").getBytes(StandardCharsets.UTF_8);
    int at = new String(bad, StandardCharsets.ISO_8859_1).indexOf("\"title\":\"") + 9;
    bad[at] = (byte) 0xFF;
    Path file = dir.resolve("utf8.jsonl");
    Files.write(file, concat((line("good1") + "\n").getBytes(StandardCharsets.UTF_8), bad,
        ("\n" + line("good2") + "\n").getBytes(StandardCharsets.UTF_8)));
    Run r = run(file.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("utf8.jsonl:2:"), r.err());
    assertTrue(r.err().contains("UTF-8"), r.err());
    assertEquals(2, reports(r), r.out());
  }

  @Test
  void aDocumentMayNameItsSchema() throws IOException {
    Path file = dir.resolve("with-schema.json");
    Files.writeString(file, "{\n  \"$schema\": \"../docs/schema/partnership-2.0.schema.json\","
        + SmpJson.standard().write(HostApplication.example()).substring(1));
    Run r = run(file.toString());
    assertEquals(SmpCommand.OK, r.status(), r.err());
  }

  @Test
  void standardInputIsReadAsADocumentJsonLinesOrAnArray() {
    Run doc = run(stdin(SmpJson.standard().write(HostApplication.example())), "-");
    assertEquals(SmpCommand.OK, doc.status(), doc.err());
    assertTrue(doc.out().contains("=== <stdin>\nPartnership example-ict-pilot"), doc.out());
    Run lines = run(stdin(line("a") + "\n" + line("b") + "\n"), "-");
    assertEquals(2, reports(lines), lines.out());
    Run array = run(stdin("[" + line("a") + ",\n" + line("b") + "]"), "-");
    assertEquals(2, reports(array), array.out());
    Run empty = run(stdin(""), "-");
    assertEquals(SmpCommand.USAGE, empty.status());
    assertTrue(empty.err().contains("<stdin>:1:1: "), empty.err());
    Run twice = run("-", "-");
    assertEquals(SmpCommand.USAGE, twice.status());
    assertTrue(twice.err().contains("'-' (standard input) is given more than once"), twice.err());
  }

  @Test
  void aTwoGigabyteSparseFileIsALocatedErrorAndTheOtherFilesAreChecked() throws IOException {
    Path file = dir.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.write(SmpJson.standard().write(HostApplication.example()).getBytes(StandardCharsets.UTF_8));
      f.setLength(TWO_GB); // a hole of zero bytes after the document: never written to disk
    }
    assertTrue(Files.size(file) > Integer.MAX_VALUE);
    Path valid = dir.resolve("valid.json");
    Files.writeString(valid, SmpJson.standard().write(HostApplication.example().withId("other")));
    Run r = run(file.toString(), valid.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    int lines = (int) SmpJson.standard().write(HostApplication.example()).lines().count();
    assertTrue(r.err().contains("huge.json:" + (lines + 1) + ":1: "), "the first zero byte is the error: " + r.err());
    assertTrue(r.out().contains("Partnership other:"), r.out());
  }

  @Test
  void aTwoGigabyteLineOnStandardInputIsALocatedErrorAndTheOtherLinesAreChecked() {
    byte[] head = (line("first") + "\n{\"formatVersion\":\"2.0\",\"title\":\"").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\"}\n" + line("last") + "\n").getBytes(StandardCharsets.UTF_8);
    Run r = run(new Generated(head, TWO_GB, tail), "-");
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("<stdin>:2:"), r.err());
    assertTrue(r.out().contains("Partnership first:") && r.out().contains("Partnership last:"), r.out());
  }

  /** A stream of a head, {@code length} letters and a tail, made as it is read. */
  private static final class Generated extends InputStream {
    private final byte[] head;
    private final long length;
    private final byte[] tail;
    private long position;

    Generated(byte[] head, long length, byte[] tail) {
      this.head = head;
      this.length = length;
      this.tail = tail;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      long end = head.length + length + tail.length;
      if (position >= end) {
        return -1;
      }
      int n = (int) Math.min(len, end - position);
      for (int i = 0; i < n; ) {
        long p = position + i;
        if (p < head.length) {
          b[off + i++] = head[(int) p];
        } else if (p < head.length + length) {
          int run = (int) Math.min(n - i, head.length + length - p);
          Arrays.fill(b, off + i, off + i + run, (byte) 'a');
          i += run;
        } else {
          b[off + i++] = tail[(int) (p - head.length - length)];
        }
      }
      position += n;
      return n;
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
