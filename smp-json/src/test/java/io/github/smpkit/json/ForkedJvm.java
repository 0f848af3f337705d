package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test class path in a JVM of its own, with a capped heap and the serial
 * collector, so that a memory bound is the child's alone (MillionLinesTest, ParallelLinesTest).
 */
final class ForkedJvm {

  private ForkedJvm() {}

  /**
   * What the child printed (standard output and error), once it has ended with status 0 within
   * five minutes; a child still running then is killed and the test fails with what it printed.
   */
  static String run(String maxHeap, Class<?> main, String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = String.join(File.pathSeparator, System.getProperty("jdk.module.path", ""),
        System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-cp", classPath,
        main.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    boolean done = process.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      // before reading: the output ends only when the process does
      process.destroyForcibly().waitFor();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(done, "did not finish: " + output);
    assertEquals(0, process.exitValue(), output);
    return output;
  }
}
