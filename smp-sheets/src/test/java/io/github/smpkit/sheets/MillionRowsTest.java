package io.github.smpkit.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.sheets.SheetProblem.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet of a million rows is refused at the row limit, read as a stream: the reader stops at
 * row 100,002 without reading the rest of the file or holding it in memory.
 */
class MillionRowsTest {

  @TempDir
  Path dir;

  @Test
  void aMillionRowSheetIsRefusedAtTheRowLimitWithoutReadingTheRest() throws IOException {
    Path file = dir.resolve("million.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      for (String name : SmpSheets.sheetNames()) {
        List<String> titles = Titles.of(name);
        Worksheet ws = wb.newWorksheet(name);
        for (int c = 0; c < titles.size(); c++) {
          ws.value(0, c, titles.get(c));
        }
        if (name.equals("Partnerships")) {
          int id = titles.indexOf("ID");
          int title = titles.indexOf("Title");
          for (int r = 1; r <= 1_000_000; r++) {
            ws.inlineString(r, id, "p-" + r);
            ws.inlineString(r, title, "Partnership " + r);
            if (r % 10_000 == 0) {
              ws.flush();
            }
          }
        }
        ws.finish();
      }
      wb.finish();
    }
    long before = usedHeap();
    SheetsException e = assertThrows(SheetsException.class, () -> SmpSheets.defaults().read(file));
    long after = usedHeap();
    SheetProblem tooMany = e.problems().stream().filter(p -> p.kind() == Kind.TOO_MANY_ROWS).findFirst().orElseThrow();
    assertEquals("Partnerships", tooMany.sheet());
    assertEquals(SmpSheets.DEFAULT_MAX_ROWS + 2, tooMany.row());
    assertTrue(tooMany.message().contains("more than 100000 rows"), tooMany.message());
    assertEquals(1, e.problems().size() + e.notKept(), e::getMessage);
    System.out.printf("million rows: file %d MB, heap in use %d MB before reading, %d MB after%n",
        Files.size(file) >> 20, before >> 20, after >> 20);
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
