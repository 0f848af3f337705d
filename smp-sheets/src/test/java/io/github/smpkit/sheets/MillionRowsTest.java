package io.github.smpkit.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet of a million rows is refused at the row limit in a JVM whose heap is capped at
 * 128 MB: the reader streams the rows and stops at row 100,002 without reading the rest.
 */
@Tag("long") // run once, on the default JDK (.ci/run step 1); see docs/releasing.md
class MillionRowsTest {

  @TempDir
  Path dir;

  @Test
  void aMillionRowSheetIsRefusedAtTheRowLimitWithA128MegabyteHeap() throws IOException, InterruptedException {
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
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = String.join(File.pathSeparator, System.getProperty("jdk.module.path", ""),
        System.getProperty("java.class.path"));
    Process process = new ProcessBuilder(List.of(java, "-Xmx128m", "-XX:+UseSerialGC", "-cp", classPath,
        ReadWorkbook.class.getName(), file.toString())).redirectErrorStream(true).start();
    boolean done = process.waitFor(5, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      process.destroyForcibly();
    }
    assertTrue(done, "did not finish: " + output);
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("problems=1 kind=TOO_MANY_ROWS first=Partnerships!100002: the sheet has more than"
        + " 100000 rows of data; it was not read from this row on"), output);
    Matcher heap = Pattern.compile("maxHeapMB=([0-9]+)").matcher(output);
    assertTrue(heap.find() && Integer.parseInt(heap.group(1)) <= 128, output);
    System.out.println("MillionRows: " + Files.size(file) / 1_000_000 + " MB file; " + output.strip());
  }
}
