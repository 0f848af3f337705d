package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A million JSON Lines records are read in a JVM whose heap is capped at 256 MB. */
@Tag("long") // run once, on the default JDK (.ci/run step 1); see docs/releasing.md
class MillionLinesTest {

  @Test
  void aMillionRecordsAreReadWithAHeapUnder256Megabytes() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = String.join(File.pathSeparator, System.getProperty("jdk.module.path", ""),
        System.getProperty("java.class.path"));
    Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", classPath,
        MillionLines.class.getName(), "1000000"))
        .redirectErrorStream(true).start();
    boolean done = process.waitFor(5, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      process.destroyForcibly();
    }
    assertTrue(done, "did not finish: " + output);
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("records=1000000 failures=0 "), output);
    Matcher heap = Pattern.compile("maxHeapMB=([0-9]+) usedHeapMaxSampledMB=([0-9]+)").matcher(output);
    assertTrue(heap.find(), output);
    assertTrue(Integer.parseInt(heap.group(1)) <= 256, output);
    assertTrue(Integer.parseInt(heap.group(2)) < 256, output);
    System.out.println("MillionLines: " + output.strip());
  }
}
