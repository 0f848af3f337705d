package io.github.smpkit.examples;

import static io.github.smpkit.examples.SmpCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.examples.SmpCommandTest.Run;
import io.github.smpkit.examples.cli.SmpCommand;
import io.github.smpkit.json.Partnerships;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/smp convert IN OUT: JSON, JSON Lines and XLSX by extension, with located errors and nothing lost. */
class ConvertCommandTest {

  @TempDir
  Path dir;

  @Test
  void convertsTheCatalogueThroughJsonLinesAndAWorkbookBackToEqualPartnerships() throws IOException {
    Path catalogue = Repo.catalog().resolve("palim.json");
    Path lines = dir.resolve("palim.jsonl");
    Path book = dir.resolve("palim.xlsx");
    Path back = dir.resolve("back.json");
    Run r = run("convert", catalogue.toString(), lines.toString());
    assertEquals(SmpCommand.OK, r.status(), r.err());
    assertTrue(r.out().startsWith("Converted 1 partnership from "), r.out());
    assertEquals(SmpCommand.OK, run("convert", lines.toString(), book.toString()).status());
    assertEquals(SmpCommand.OK, run("convert", "--quiet", book.toString(), back.toString()).status());
    assertEquals(Partnerships.load(catalogue).partnerships(), Partnerships.load(back).partnerships());
    try (var left = java.nio.file.Files.list(dir)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary file is left");
    }
  }

  @Test
  void aBadInputIsLocatedAndNothingIsWritten() throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"formatVersion\":\"2.0\",\"id\":\"x\",\"title\":\"X\",\"status\":\"SOMETIMES\","
        + "\"parties\":[{\"country\":\"MA\",\"role\":\"ORIGIN\"},{\"country\":\"BE\",\"role\":\"DESTINATION\"}]}\n");
    Path out = dir.resolve("out.xlsx");
    Run r = run("convert", bad.toString(), out.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("bad.jsonl:1:"), r.err());
    assertTrue(r.err().contains("/status: unknown PartnershipStatus value 'SOMETIMES'"), r.err());
    assertTrue(r.err().contains("nothing was written"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aFileThatIsNotAWorkbookIsLocated() throws IOException {
    Path fake = dir.resolve("fake.xlsx");
    Files.writeString(fake, "not a workbook", StandardCharsets.UTF_8);
    Run r = run("convert", fake.toString(), dir.resolve("out.json").toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("fake.xlsx: ") && r.err().contains("not an .xlsx workbook"), r.err());
  }

  @Test
  void anExistingOutputIsReplacedOnlyWithForce() throws IOException {
    Path out = dir.resolve("kept.json");
    Files.writeString(out, "the user's own file");
    Path in = Repo.catalog().resolve("palim.json");
    Run r = run("convert", in.toString(), out.toString());
    assertEquals(SmpCommand.USAGE, r.status());
    assertTrue(r.err().contains("exists; add --force to replace it"), r.err());
    assertEquals("the user's own file", Files.readString(out));
    assertEquals(SmpCommand.OK, run("convert", "--force", in.toString(), out.toString()).status());
    assertEquals(Partnerships.load(in).partnerships(), Partnerships.load(out).partnerships());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(SmpCommand.USAGE, run("convert").status());
    assertEquals(SmpCommand.USAGE, run("convert", "a.json").status());
    Run unknown = run("convert", Repo.catalog().resolve("palim.json").toString(), dir.resolve("x.yaml").toString());
    assertEquals(SmpCommand.USAGE, unknown.status());
    assertTrue(unknown.err().contains("cannot tell the format of"), unknown.err());
    Run csvIn = run("convert", dir.resolve("x.csv").toString(), dir.resolve("x.json").toString());
    assertEquals(SmpCommand.USAGE, csvIn.status());
    assertTrue(csvIn.err().contains("holds only their typology"), csvIn.err());
    Run missing = run("convert", dir.resolve("missing.json").toString(), dir.resolve("x.jsonl").toString());
    assertEquals(SmpCommand.USAGE, missing.status());
    assertTrue(missing.err().contains("missing.json: no such file"), missing.err());
    assertEquals(SmpCommand.USAGE, run("convert", "--colour", "a.json", "b.json").status());
    Run help = run("convert", "--help");
    assertEquals(SmpCommand.OK, help.status());
    assertTrue(help.out().startsWith("Usage: bin/smp convert"), help.out());
  }
}
