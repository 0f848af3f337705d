package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.PartnershipGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Fuzz targets for smp-json, run by Jazzer. In the normal build ({@code ./mvnw verify}) they run
 * in regression mode: once on every input stored under
 * {@code src/test/resources/io/github/smpkit/json/JsonFuzzTestInputs/<target>/} (the catalogue,
 * and one input per defect found so far). {@code scripts/fuzz.sh} fuzzes them for a chosen time;
 * Jazzer then stores each new crash in that directory, where it stays as a regression input.
 *
 * <p>What must hold for any input: the reader either returns a partnership, which writes to
 * bytes and reads back equal and passes Bean Validation, or throws {@link SmpJsonException} with
 * at most 1,000 located problems and short messages. Anything else is a finding.
 */
@Tag("long") // run once, on the default JDK (.ci/run step 1); see docs/releasing.md
@Isolated // Jazzer's agent and engine hold state of the whole JVM
class JsonFuzzTest {

  private static final SmpJson COMPACT = SmpJson.builder().compact().build();
  private static final SmpJson PRETTY = SmpJson.standard();

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/io/github/smpkit/json/partnership.dict")
  void readText(byte[] input) {
    check(() -> COMPACT.read(new String(input, StandardCharsets.UTF_8)));
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/io/github/smpkit/json/partnership.dict")
  void readBytes(byte[] input) {
    check(() -> COMPACT.read(new ByteArrayInputStream(input)));
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/io/github/smpkit/json/partnership.dict")
  void readThenValidate(byte[] input) {
    Partnership p = check(() -> COMPACT.read(new String(input, StandardCharsets.UTF_8)));
    if (p != null) {
      assertEquals(0, BeanValidation.VALIDATOR.validate(p).size(),
          () -> "read, yet Bean Validation refuses it: " + BeanValidation.VALIDATOR.validate(p));
    }
  }

  @FuzzTest(maxDuration = "10m")
  void writeReadRoundTrip(FuzzedDataProvider data) {
    PartnershipGenerator generator = PartnershipGenerator.withSeed(data.consumeLong());
    generator = data.consumeBoolean() ? generator.hostile() : generator;
    generator = data.consumeBoolean() ? generator.complete() : generator;
    Partnership p = generator.next();
    for (SmpJson json : new SmpJson[] {COMPACT, PRETTY}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      json.write(p, bytes);
      Partnership back = json.read(new ByteArrayInputStream(bytes.toByteArray()));
      assertEquals(p, back);
      assertArrayEquals(bytes.toByteArray(), json.write(back).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Reads; a partnership read must survive a write to bytes and a read; a refusal must be well formed. */
  private static Partnership check(Supplier<Partnership> read) {
    Partnership p;
    try {
      p = read.get();
    } catch (SmpJsonException e) {
      assertFalse(e.problems().isEmpty());
      assertTrue(e.problems().size() <= 1000);
      assertTrue(e.problemCount() >= e.problems().size());
      assertTrue(e.getMessage().length() < 30_000, "a short message");
      for (JsonProblem problem : e.problems()) {
        assertTrue(problem.pointer().isEmpty() || problem.pointer().startsWith("/"), problem::toString);
        assertTrue(problem.message().length() < 2_000, problem::toString);
      }
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    COMPACT.write(p, bytes);
    assertEquals(p, COMPACT.read(new ByteArrayInputStream(bytes.toByteArray())), "written to bytes and read back");
    return p;
  }
}
