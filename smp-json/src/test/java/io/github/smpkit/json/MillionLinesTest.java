package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A million JSON Lines records are read in a JVM whose heap is capped at 256 MB. */
@Tag("long") // run once, on the default JDK (.ci/run step 1); see docs/releasing.md
class MillionLinesTest {

  @Test
  void aMillionRecordsAreReadWithAHeapUnder256Megabytes() throws IOException, InterruptedException {
    String output = ForkedJvm.run("256m", MillionLines.class, "1000000");
    assertTrue(output.contains("records=1000000 failures=0 "), output);
    Matcher heap = Pattern.compile("maxHeapMB=([0-9]+) usedHeapMaxSampledMB=([0-9]+)").matcher(output);
    assertTrue(heap.find(), output);
    assertTrue(Integer.parseInt(heap.group(1)) <= 256, output);
    assertTrue(Integer.parseInt(heap.group(2)) < 256, output);
    System.out.println("MillionLines: " + output.strip());
  }
}
