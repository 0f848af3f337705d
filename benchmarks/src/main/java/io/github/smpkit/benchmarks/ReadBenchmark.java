package io.github.smpkit.benchmarks;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.SmpJson;
import java.io.ByteArrayInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading one document into a {@link Partnership}, next to its anchor: Jackson 3's
 * {@code readTree} of the same bytes. Target (issue 14): {@code read} at most 1.5x
 * {@code readTreeAnchor}.
 */
@State(Scope.Benchmark)
public class ReadBenchmark {

  /** Which document: {@code catalogue} or {@code complete} (see {@link Documents}). */
  @Param({"catalogue", "complete"})
  public String doc;

  private final SmpJson json = SmpJson.standard();
  private final JsonMapper mapper = JsonMapper.shared();
  private byte[] bytes;

  /** Creates the benchmark; JMH sets {@link #doc}. */
  public ReadBenchmark() {
  }

  /** Loads the document once. */
  @Setup
  public void setUp() {
    bytes = Documents.bytes(doc);
  }

  /** smp-json reads the document. */
  @Benchmark
  public Partnership read() {
    return json.read(new ByteArrayInputStream(bytes));
  }

  /** The anchor: Jackson 3 reads the same bytes into a tree. */
  @Benchmark
  public JsonNode readTreeAnchor() {
    return mapper.readTree(bytes);
  }
}
