package io.github.smpkit.benchmarks;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.PartnershipGenerator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two builds of smp-json side by side in one JVM, next to the Jackson anchors of
 * {@link ReadBenchmark} and {@link WriteBenchmark}, to measure a change of the reader or writer on
 * a noisy machine: each build is loaded by its own class loader (smp-core, Jackson and the test
 * kit are shared); six contenders (read old, read new, {@code readTree}, write old, write new,
 * Jackson tree write) run in turn, 0.2 s of the measuring thread's CPU time each, over and over.
 * Prints per document the median time per operation and the median ratios over the slices (the
 * first quarter is warm-up). The command is in docs/performance.md.
 */
public final class JsonBeforeAfter {

  private static final String[] NAMES = {"read old", "read new", "readTree", "write old", "write new",
      "tree write"};

  private JsonBeforeAfter() {
  }

  /**
   * Runs the comparison.
   *
   * @param args the number of slices, the class directory of the old smp-json and that of the new one
   * @throws Exception when a build cannot be loaded or a document read
   */
  public static void main(String[] args) throws Exception {
    int slices = Integer.parseInt(args[0]);
    Object[] pretty = new Object[2];
    Object[] compact = new Object[2];
    Method[] read = new Method[2];
    Method[] write = new Method[2];
    for (int k = 0; k < 2; k++) {
      @SuppressWarnings("resource") // lives as long as the JVM
      ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[1 + k]).toUri().toURL()},
          JsonBeforeAfter.class.getClassLoader());
      Class<?> type = Class.forName("io.github.smpkit.json.SmpJson", true, loader);
      pretty[k] = type.getMethod("defaults").invoke(null);
      Object builder = type.getMethod("builder").invoke(null);
      builder = builder.getClass().getMethod("compact").invoke(builder);
      compact[k] = builder.getClass().getMethod("build").invoke(builder);
      read[k] = type.getMethod("read", InputStream.class);
      write[k] = type.getMethod("write", Partnership.class);
    }
    JsonMapper mapper = JsonMapper.shared();
    byte[] catalogue = Files.readAllBytes(Path.of(Documents.CATALOGUE));
    byte[] complete = ((String) write[1].invoke(pretty[1], PartnershipGenerator.withSeed(42).complete().next()))
        .getBytes(StandardCharsets.UTF_8);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (byte[] bytes : List.of(catalogue, complete)) {
      Partnership p = (Partnership) read[1].invoke(pretty[1], new ByteArrayInputStream(bytes));
      String written = (String) write[1].invoke(compact[1], p);
      if (!written.equals(write[0].invoke(compact[0], p))) {
        throw new IllegalStateException("the old and the new build write different bytes");
      }
      JsonNode tree = mapper.readTree(written);
      List<Op> ops = List.of(
          () -> read[0].invoke(pretty[0], new ByteArrayInputStream(bytes)),
          () -> read[1].invoke(pretty[1], new ByteArrayInputStream(bytes)),
          () -> mapper.readTree(bytes),
          () -> write[0].invoke(compact[0], p),
          () -> write[1].invoke(compact[1], p),
          () -> mapper.writeValueAsString(tree));
      List<double[]> kept = new ArrayList<>();
      for (int s = 0; s < slices; s++) {
        double[] us = new double[ops.size()];
        for (int i = 0; i < ops.size(); i++) {
          long start = threads.getCurrentThreadCpuTime();
          long now;
          long n = 0;
          do {
            for (int j = 0; j < 10; j++) {
              ops.get(i).run();
            }
            n += 10;
            now = threads.getCurrentThreadCpuTime();
          } while (now - start < 200_000_000L);
          us[i] = (now - start) / 1000.0 / n;
        }
        if (s >= slices / 4) {
          kept.add(us);
        }
      }
      System.out.printf(Locale.ROOT, "%s (%d bytes): median us per operation over %d slices%n",
          bytes == catalogue ? "catalogue" : "complete", bytes.length, kept.size());
      for (int i = 0; i < NAMES.length; i++) {
        int column = i;
        System.out.printf(Locale.ROOT, "  %-10s %9.1f%n", NAMES[i], median(kept, x -> x[column]));
      }
      System.out.printf(Locale.ROOT, "  read:  old/readTree %.2fx, new/readTree %.2fx, new/old %.2fx%n",
          median(kept, x -> x[0] / x[2]), median(kept, x -> x[1] / x[2]), median(kept, x -> x[1] / x[0]));
      System.out.printf(Locale.ROOT, "  write: old/tree %.2fx, new/tree %.2fx, new/old %.2fx%n",
          median(kept, x -> x[3] / x[5]), median(kept, x -> x[4] / x[5]), median(kept, x -> x[4] / x[3]));
    }
  }

  private static double median(List<double[]> slices, ToDoubleFunction<double[]> value) {
    double[] v = slices.stream().mapToDouble(value).toArray();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** One timed operation. */
  @FunctionalInterface
  private interface Op {
    void call() throws InvocationTargetException, IllegalAccessException;

    default void run() {
      try {
        call();
      } catch (InvocationTargetException | IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
