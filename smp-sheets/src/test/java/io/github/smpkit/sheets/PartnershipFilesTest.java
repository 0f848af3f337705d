package io.github.smpkit.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.json.SmpJsonException;
import io.github.smpkit.sheets.PartnershipFiles.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnershipFilesTest {

  /** The catalogue of real partnerships, read only. */
  private static final Path CATALOG = Path.of("..", "examples", "catalog");

  @TempDir
  Path dir;

  private static List<Path> catalogue() throws IOException {
    try (Stream<Path> files = Files.list(CATALOG)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void everyCatalogueEntryConvertsToAWorkbookAndBackToEqualJson() throws IOException {
    List<Path> entries = catalogue();
    assertTrue(entries.size() >= 17, entries::toString);
    for (Path entry : entries) {
      Path xlsx = dir.resolve(entry.getFileName().toString().replace(".json", ".xlsx"));
      Path back = dir.resolve(entry.getFileName());
      assertEquals(1, PartnershipFiles.convert(entry, xlsx));
      assertEquals(1, PartnershipFiles.convert(xlsx, back));
      Partnership original = PartnershipFiles.read(entry).get(0);
      assertEquals(SmpJson.standard().write(original), Files.readString(back), entry.toString());
      assertEquals(original, PartnershipFiles.read(back).get(0));
    }
  }

  @Test
  void theWholeCatalogueGoesThroughJsonLinesOneWorkbookAndAnArray() throws IOException {
    List<Partnership> all = catalogue().stream().flatMap(f -> PartnershipFiles.read(f).stream()).toList();
    Path lines = dir.resolve("catalog.jsonl");
    Path xlsx = dir.resolve("catalog.xlsx");
    Path array = dir.resolve("catalog.json");
    PartnershipFiles.write(all, lines);
    assertEquals(all.size(), PartnershipFiles.convert(lines, xlsx));
    assertEquals(all.size(), PartnershipFiles.convert(xlsx, array));
    assertEquals(all, PartnershipFiles.read(array));
    Path csv = dir.resolve("catalog.csv");
    assertEquals(all.size(), PartnershipFiles.convert(array, csv));
    assertEquals(all.size() + 1, Files.readAllLines(csv).size());
  }

  @Test
  void theFormatComesFromTheExtensionAndAnUnknownOneIsNamed() {
    assertEquals(Format.JSON_LINES, Format.of(Path.of("a.JSONL")));
    assertEquals(Format.XLSX, Format.of(Path.of("dir/a.xlsx")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.of(Path.of("a.xls")));
    assertTrue(e.getMessage().contains(".json, .jsonl, .xlsx"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PartnershipFiles.read(Path.of("a.csv")));
  }

  @Test
  void badJsonLinesGiveEveryBadLineAndWriteNothing() throws IOException {
    Path in = dir.resolve("bad.jsonl");
    Partnership good = PartnershipFiles.read(catalogue().get(0)).get(0);
    String line = SmpJson.builder().compact().build().write(good);
    Files.writeString(in, line + "\n{\"id\": 1}\n" + line + "\nnot json\n");
    Path out = dir.resolve("out.xlsx");
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> PartnershipFiles.convert(in, out));
    assertTrue(e.problems().stream().anyMatch(p -> p.line() == 2), e::getMessage);
    assertTrue(e.problems().stream().anyMatch(p -> p.line() == 4), e::getMessage);
    assertTrue(Files.notExists(out));
  }
}
