package io.github.smpkit.benchmarks;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.json.RecordResult;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import io.github.smpkit.testkit.PartnershipGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads JSON Lines records from a generated stream (never materialised) and validates every
 * record with {@code PartnershipValidator.standard()}, in bounded memory, on one thread or on
 * several. The stream repeats a unit of 100 lines: 98 small partnerships (an id, a title, a
 * status, an origin and a destination country, all different), one of the test kit's default
 * generator and one complete generated partnership (every optional attribute present), seed 42:
 * about 300 bytes a record on average. Records are read sequentially in batches of
 * 64 (a third argument sets another size). With one thread, each batch is validated on the
 * reading thread after it is read. With {@code n > 1} threads, the reading thread puts each batch
 * in a queue of two, and {@code n - 1} validating threads take batches from it and validate them
 * ({@code validateAll(batch, Runnable::run)}): on two cores one thread reads while the other
 * validates, and at most four batches are alive at once. Prints the records read, failed,
 * validated, their breaches, the
 * wall time, records per second, process CPU seconds, the CPU seconds of the reading thread
 * (which validates too with one thread) and the time it waited for room in the queue, the most heap in use sampled after every
 * batch, and the load average at start and end. scripts/million-lines.sh runs it.
 */
public final class MillionLines {

  /**
   * Records per batch unless a third argument says otherwise. Small, so that the batches alive at
   * once (at most three) stay a small part of a 64 MB heap: with 256 a batch, about 37 MB survived
   * each young collection and the collector paused the run for 18 of its 49 seconds; with 64, 3.
   */
  private static final int BATCH = 64;
  private static final int UNIT = 100;

  private MillionLines() {
  }

  /**
   * Runs the reading and validating.
   *
   * @param args the number of records (rounded down to a multiple of 100) and the number of
   *     validating threads
   * @throws Exception when validating fails
   */
  public static void main(String[] args) throws Exception {
    long records = Long.parseLong(args[0]);
    int threads = Integer.parseInt(args[1]);
    int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : BATCH;
    SmpJson json = SmpJson.builder().compact().build();
    PartnershipValidator validator = PartnershipValidator.standard();
    StringBuilder unit = new StringBuilder();
    String[] origins = {"NG", "GH", "MA", "TN", "PH", "IN", "BD", "GE", "MD", "RS", "AL"};
    String[] destinations = {"LT", "DE", "BE", "ES", "IT", "FR", "NL", "AT", "PL", "SE", "IE", "PT"};
    PartnershipStatus[] statuses = PartnershipStatus.values();
    for (int i = 0; i < UNIT - 2; i++) {
      Partnership small = Partnership.builder().id("partnership-" + i).title("Skills partnership " + i)
          .status(statuses[i % statuses.length])
          .addParty(Party.origin(Country.of(origins[i % origins.length])))
          .addParty(Party.destination(Country.of(destinations[i % destinations.length]))).build();
      unit.append(json.write(small)).append('\n');
    }
    unit.append(json.write(PartnershipGenerator.withSeed(42).next())).append('\n');
    unit.append(json.write(PartnershipGenerator.withSeed(42).complete().next())).append('\n');
    RepeatedInput in = new RepeatedInput(unit.toString().getBytes(StandardCharsets.UTF_8), records / UNIT);
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    double loadBefore = os.getSystemLoadAverage();
    long cpuBefore = cpuNanos(os);

    long start = System.nanoTime();
    long waited = 0;
    Counts counts = new Counts();
    // With n > 1 threads, the reading thread hands each batch to n - 1 validating threads through
    // a queue of two: on two cores, one reads while the other validates, and at most four batches
    // are alive (two queued, one being validated, one being read).
    BlockingQueue<List<Partnership>> queue = new ArrayBlockingQueue<>(2);
    List<Partnership> end = List.of();
    ExecutorService validators = threads > 1 ? Executors.newFixedThreadPool(threads - 1) : null;
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; validators != null && w < threads - 1; w++) {
      workers.add(validators.submit(() -> {
        for (List<Partnership> batch = queue.take(); batch != end; batch = queue.take()) {
          counts.add(validator.validateAll(batch, Runnable::run));
        }
        queue.put(end);
        return null;
      }));
    }
    try (Stream<RecordResult> results = json.readLinesResults(in)) {
      Iterator<RecordResult> it = results.iterator();
      while (it.hasNext()) {
        List<Partnership> batch = new ArrayList<>(batchSize);
        while (batch.size() < batchSize && it.hasNext()) {
          RecordResult r = it.next();
          counts.read++;
          if (r.isSuccess()) {
            batch.add(r.partnership().get());
          } else {
            counts.failed++;
          }
        }
        if (validators == null) {
          counts.add(validator.validateAll(batch, Runnable::run));
        } else {
          long waitStart = System.nanoTime();
          while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            for (Future<?> worker : workers) {
              if (worker.isDone()) {
                worker.get(); // a validating thread that ended early failed: its exception, not a hang
              }
            }
          }
          waited += System.nanoTime() - waitStart;
        }
        counts.samplePeak();
      }
      if (validators != null) {
        queue.put(end);
        for (Future<?> worker : workers) {
          worker.get();
        }
      }
    } finally {
      if (validators != null) {
        validators.shutdownNow();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (cpuNanos(os) - cpuBefore) / 1e9;
    double readerCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
    System.out.printf(Locale.ROOT, "threads=%d records=%d failures=%d validated=%d breaches=%d bytes=%d"
            + " seconds=%.1f recordsPerSecond=%.0f cpuSeconds=%.1f readerCpuSeconds=%.1f readerWaitedSeconds=%.1f maxHeapMB=%d usedHeapMaxSampledMB=%d"
            + " load=%.2f->%.2f%n",
        threads, counts.read, counts.failed, counts.validated, counts.breaches, in.length(), seconds,
        counts.read / seconds, cpu, readerCpu, waited / 1e9, Runtime.getRuntime().maxMemory() / (1024 * 1024), counts.peak / (1024 * 1024),
        loadBefore, os.getSystemLoadAverage());
  }

  private static long cpuNanos(OperatingSystemMXBean os) {
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
  }

  /** What was read and found; written by one thread at a time (the futures are joined in turn). */
  private static final class Counts {
    long read;
    long failed;
    volatile long validated;
    volatile long breaches;
    volatile long peak;

    synchronized void add(List<Report> reports) {
      validated += reports.size();
      for (Report r : reports) {
        breaches += r.breaches().size();
      }
    }

    synchronized void samplePeak() {
      Runtime rt = Runtime.getRuntime();
      peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
    }
  }
}
