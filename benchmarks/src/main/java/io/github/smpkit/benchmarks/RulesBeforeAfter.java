package io.github.smpkit.benchmarks;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.PartnershipGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of smp-rules side by side in one JVM, to measure a change of the rules engine on a
 * noisy machine: each build is loaded by its own class loader (smp-core, the test kit and, for
 * builds that still had the structural rules, Hibernate Validator are shared), and the two
 * validate the same 40 generated partnerships (20 complete, 20 plain) in alternating half-second
 * slices, timed by the CPU time of the validating thread. Prints the median over the slices (the
 * first quarter is warm-up) of new / old partnerships per CPU-second. The mode {@code domain}
 * disables {@code SMP-STRUCT-*}, which builds since their retirement accept as a no-op. The
 * command is in docs/performance.md.
 */
public final class RulesBeforeAfter {

  private RulesBeforeAfter() {
  }

  /**
   * Runs the comparison.
   *
   * @param args {@code domain} or {@code standard}, the number of slices, the class directory of
   *     the old smp-rules and that of the new one
   * @throws Exception when a build cannot be loaded
   */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int slices = Integer.parseInt(args[1]);
    List<Partnership> partnerships = new ArrayList<>(PartnershipGenerator.withSeed(42).complete().next(20));
    partnerships.addAll(PartnershipGenerator.withSeed(43).next(20));
    Object[] validators = new Object[2];
    Method[] validate = new Method[2];
    for (int k = 0; k < 2; k++) {
      @SuppressWarnings("resource") // lives as long as the JVM
      ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[2 + k]).toUri().toURL()},
          RulesBeforeAfter.class.getClassLoader());
      Class<?> type = Class.forName("io.github.smpkit.rules.PartnershipValidator", true, loader);
      Object builder = type.getMethod("builder").invoke(null);
      if (mode.equals("domain")) {
        builder = builder.getClass().getMethod("disable", String[].class)
            .invoke(builder, (Object) new String[] {"SMP-STRUCT-*"});
      }
      validators[k] = builder.getClass().getMethod("build").invoke(builder);
      validate[k] = type.getMethod("validate", Partnership.class);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[2];
    long[] count = new long[2];
    List<Double> ratios = new ArrayList<>();
    for (int s = 0; s < slices; s++) {
      double[] rate = new double[2];
      for (int k = 0; k < 2; k++) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        long n = 0;
        long end = System.nanoTime() + 500_000_000L;
        while (System.nanoTime() < end) {
          for (Partnership p : partnerships) {
            validate[k].invoke(validators[k], p);
            n++;
          }
        }
        long used = threads.getCurrentThreadCpuTime() - cpu0;
        rate[k] = n * 1e9 / used;
        if (s >= slices / 4) {
          cpu[k] += used;
          count[k] += n;
        }
      }
      if (s >= slices / 4) {
        ratios.add(rate[1] / rate[0]);
      }
    }
    Collections.sort(ratios);
    System.out.printf(Locale.ROOT, "%s rules: old %.0f, new %.0f partnerships per CPU-second;"
        + " new/old median of %d slices %.2f (min %.2f, max %.2f)%n", mode, count[0] * 1e9 / cpu[0],
        count[1] * 1e9 / cpu[1], ratios.size(), ratios.get(ratios.size() / 2), ratios.get(0),
        ratios.get(ratios.size() - 1));
  }
}
