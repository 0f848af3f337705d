package io.github.smpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.examples.embed.HostApplication;
import io.github.smpkit.json.SmpJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as its own process, as bin/smp starts it but without examples/logging.properties:
 * the exit status reaches the shell, and no library puts a start-up notice on standard error.
 */
class SmpProcessTest {

  /** What one process printed and returned. */
  private record Exit(int status, String out, String err) {
  }

  private static Exit smp(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", Repo.classPath(), "io.github.smpkit.examples.cli.SmpCommand"));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "smp did not end");
    return new Exit(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void exitStatusesReachTheShellAndStandardErrorHasNoLibraryNotice(@TempDir Path dir) throws Exception {
    Path valid = dir.resolve("valid.json");
    Files.writeString(valid, SmpJson.standard().write(HostApplication.example()));
    Exit ok = smp(dir, valid.toString());
    assertEquals(0, ok.status(), ok.err());
    assertTrue(ok.out().contains("Partnership example-ict-pilot"), ok.out());
    assertEquals("", ok.err());
    Exit usage = smp(dir, "--colour");
    assertEquals(2, usage.status());
    assertTrue(usage.err().startsWith("smp: unknown option '--colour'"), usage.err());
    Path tied = dir.resolve("tied.json");
    Files.writeString(tied, SmpJson.standard().write(HostApplication.example().withId("tied").withPathways(
        LegalPathway.builder().destination(Country.of("LT")).permitCategory("Work permit").employerTied(true)
            .changeOfEmployerAllowed(false).build())));
    Exit breach = smp(dir, "--fail-on", "warning", "--quiet", tied.toString());
    assertEquals(1, breach.status(), breach.err());
    assertEquals("", breach.out() + breach.err());
  }
}
