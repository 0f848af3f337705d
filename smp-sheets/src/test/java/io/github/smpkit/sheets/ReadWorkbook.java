package io.github.smpkit.sheets;

import java.nio.file.Path;

/** Reads one workbook and prints what came of it; run in a JVM of its own by {@link MillionRowsTest}. */
final class ReadWorkbook {

  private ReadWorkbook() {}

  public static void main(String[] args) {
    try {
      System.out.println("partnerships=" + SmpSheets.standard().read(Path.of(args[0])).size());
    } catch (SheetsException e) {
      System.out.println("problems=" + (e.problems().size() + e.notKept()) + " kind=" + e.problems().get(0).kind()
          + " first=" + e.problems().get(0));
    }
    System.out.println("maxHeapMB=" + (Runtime.getRuntime().maxMemory() >> 20));
  }
}
