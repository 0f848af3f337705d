package io.github.smpkit.json;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads generated JSON Lines records (never materialised) through {@code .parallel()} streams —
 * {@code forEach}, {@code count()} and a {@code map}/{@code reduce} — and then sequentially, and
 * prints what each saw: the number of records, of failures and an order-insensitive sum of the
 * records' identifiers' hashes. {@link ParallelLinesTest} runs it in a JVM with {@code -Xmx64m},
 * where a stream that split its source into ever larger batches ran out of memory.
 */
public final class ParallelLines {

  private ParallelLines() {}

  /** Reads the records; the first argument is the number of records (default 200,000). */
  public static void main(String[] args) {
    long records = args.length > 0 ? Long.parseLong(args[0]) : 200_000L;
    SmpJson json = SmpJson.standard();
    SmpJson compact = SmpJson.builder().compact().build();
    StringBuilder unit = new StringBuilder();
    String[] ids = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"};
    for (String id : ids) {
      unit.append(compact.write(Fixtures.minimal().withId(id).withTitle("Partnership " + id))).append('\n');
    }
    unit.append("{\"not\": \"a partnership\"}\n");
    long repeats = records / (ids.length + 1);
    Supplier<Stream<RecordResult>> lines =
        () -> json.readLinesResults(new GeneratedInput("", unit.toString(), repeats, ""));

    LongAdder read = new LongAdder();
    LongAdder failed = new LongAdder();
    LongAdder idHashes = new LongAdder();
    try (Stream<RecordResult> results = lines.get()) {
      results.parallel().forEach(r -> {
        read.increment();
        if (r.isSuccess()) {
          idHashes.add(r.partnership().get().id().hashCode());
        } else {
          failed.increment();
        }
      });
    }
    print("parallelForEach", read.sum(), failed.sum(), idHashes.sum());

    try (Stream<RecordResult> results = lines.get()) {
      System.out.printf("parallelCount records=%d%n", results.parallel().count());
    }

    try (Stream<RecordResult> results = lines.get()) {
      long sum = results.parallel().filter(RecordResult::isSuccess)
          .mapToLong(r -> r.partnership().get().id().hashCode()).sum();
      System.out.printf("parallelSum idHashes=%d%n", sum);
    }

    long[] sequential = new long[3];
    try (Stream<RecordResult> results = lines.get()) {
      results.forEach(r -> {
        sequential[0]++;
        if (r.isSuccess()) {
          sequential[2] += r.partnership().get().id().hashCode();
        } else {
          sequential[1]++;
        }
      });
    }
    print("sequential", sequential[0], sequential[1], sequential[2]);
    System.out.printf("maxHeapMB=%d%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  private static void print(String how, long read, long failed, long idHashes) {
    System.out.printf("%s records=%d failures=%d idHashes=%d%n", how, read, failed, idHashes);
  }
}
