package io.github.smpkit.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class TemplateTest {

  private static byte[] template() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SmpSheets.standard().writeTemplate(out);
    return out.toByteArray();
  }

  /** The parts of the package, read through the zip's central directory. */
  private static Map<String, String> parts(byte[] xlsx) throws IOException {
    Path file = Files.createTempFile("template", ".xlsx");
    Map<String, String> parts = new HashMap<>();
    try {
      Files.write(file, xlsx);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
          try (InputStream in = zip.getInputStream(e)) {
            parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    } finally {
      Files.delete(file);
    }
    return parts;
  }

  @Test
  void theTemplateHasAReadmeEveryDataSheetWithTitlesAndNoRowsAndReadsAsNothing() throws IOException {
    byte[] xlsx = template();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> names = wb.getSheets().map(Sheet::getName).toList();
      assertEquals("README", names.get(0));
      assertTrue(names.containsAll(SmpSheets.sheetNames()));
      assertTrue(names.contains("Lists"));
      List<Row> rows = wb.findSheet("Costs").orElseThrow().read();
      assertEquals(1, rows.size());
      assertEquals(Titles.of("Costs"), rows.get(0).stream().map(c -> c.getText()).toList());
    }
    assertEquals(List.of(), SmpSheets.standard().read(new ByteArrayInputStream(xlsx)));
  }

  @Test
  void titlesCarryNotesWithTheJsonFieldAndCodeColumnsHaveDropDowns() throws IOException {
    Map<String, String> parts = parts(template());
    String comments = String.join("\n", parts.entrySet().stream().filter(e -> e.getKey().contains("comments"))
        .map(Map.Entry::getValue).toList());
    assertTrue(comments.contains("JSON: /costs/*/amount/currency"), "notes on titles");
    String sheets = String.join("\n", parts.entrySet().stream().filter(e -> e.getKey().startsWith("xl/worksheets/sheet"))
        .map(Map.Entry::getValue).toList());
    assertTrue(sheets.contains("<dataValidation"), "drop-down lists");
    assertTrue(sheets.contains("'Lists'!"), "drop-downs read the Lists sheet");
    assertTrue(parts.get("xl/workbook.xml").contains("state=\"hidden\""), "the Lists sheet is hidden");
  }
}
