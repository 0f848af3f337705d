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
 * Writing one partnership as compact JSON, next to its anchor: Jackson 3 writing the equivalent
 * tree (the tree of the very bytes smp-json writes) as compact JSON. Target (issue 14):
 * {@code write} no slower than {@code writeTreeAnchor}.
 */
@State(Scope.Benchmark)
public class WriteBenchmark {

  /** Which document: {@code catalogue} or {@code complete} (see {@link Documents}). */
  @Param({"catalogue", "complete"})
  public String doc;

  private final SmpJson json = SmpJson.builder().compact().build();
  private final JsonMapper mapper = JsonMapper.shared();
  private Partnership partnership;
  private JsonNode tree;

  /** Creates the benchmark; JMH sets {@link #doc}. */
  public WriteBenchmark() {
  }

  /** Reads the document and builds the equivalent tree once. */
  @Setup
  public void setUp() {
    partnership = json.read(new ByteArrayInputStream(Documents.bytes(doc)));
    tree = mapper.readTree(json.write(partnership));
  }

  /** smp-json writes the partnership. */
  @Benchmark
  public String write() {
    return json.write(partnership);
  }

  /** The anchor: Jackson 3 writes the equivalent tree. */
  @Benchmark
  public String writeTreeAnchor() {
    return mapper.writeValueAsString(tree);
  }
}
