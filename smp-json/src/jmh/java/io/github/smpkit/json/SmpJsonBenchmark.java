package io.github.smpkit.json;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.PartnershipGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of writing and reading one complete generated partnership (every optional attribute
 * present), compact form. Not run in CI; the commands are in docs/json-format.md, "Speed".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SmpJsonBenchmark {

  private final SmpJson json = SmpJson.builder().compact().build();
  private Partnership partnership;
  private String text;

  /** Generates the partnership and its JSON once. */
  @Setup
  public void setUp() {
    partnership = PartnershipGenerator.withSeed(42).complete().next();
    text = json.write(partnership);
  }

  /** Writing one partnership. */
  @Benchmark
  public String write() {
    return json.write(partnership);
  }

  /** Reading one partnership. */
  @Benchmark
  public Partnership read() {
    return json.read(text);
  }
}
