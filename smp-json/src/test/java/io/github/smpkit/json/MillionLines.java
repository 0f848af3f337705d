package io.github.smpkit.json;

import io.github.smpkit.core.Partnership;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Reads a million JSON Lines records from a generated stream (never materialised) and prints
 * how many were read, how many failed and the most heap in use at samples every 10,000 records. {@link MillionLinesTest} runs it
 * in a JVM with {@code -Xmx256m}; run it by hand with {@code java -Xmx256m -cp ... MillionLines}.
 */
public final class MillionLines {

  private MillionLines() {}

  /** Reads the records; the first argument is the number of records (default 1,000,000). */
  public static void main(String[] args) {
    long records = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    SmpJson json = SmpJson.standard();
    SmpJson compact = SmpJson.builder().compact().build();
    StringBuilder unit = new StringBuilder();
    String[] ids = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"};
    for (String id : ids) {
      unit.append(compact.write(Fixtures.minimal().withId(id).withTitle("Partnership " + id))).append('\n');
    }
    long start = System.nanoTime();
    GeneratedInput in = new GeneratedInput("", unit.toString(), records / ids.length, "");
    long read = 0;
    long peak = 0;
    long failed = 0;
    try (Stream<RecordResult> results = json.readLinesResults(in)) {
      Iterator<RecordResult> it = results.iterator();
      while (it.hasNext()) {
        RecordResult r = it.next();
        read++;
        if (read % 10_000 == 0) {
          peak = Math.max(peak, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        }
        if (!r.isSuccess()) {
          failed++;
        } else {
          Partnership p = r.partnership().get();
          if (p.parties().size() != 2) {
            failed++;
          }
        }
      }
    }
    System.out.printf("records=%d failures=%d bytes=%d maxHeapMB=%d usedHeapMaxSampledMB=%d seconds=%.1f%n", read, failed,
        in.length(), Runtime.getRuntime().maxMemory() / (1024 * 1024), peak / (1024 * 1024),
        (System.nanoTime() - start) / 1e9);
  }
}
