package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.json.JsonProblem.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Ten-megabyte documents built to cost the most (millions of bad elements, a million unknown
 * keys) are refused within a 256 MB heap. The build runs this class alone in its own JVM with
 * {@code -Xmx256m} (see the {@code small-heap} execution in smp-json's pom); the generous
 * timeout only stops a regression from hanging the build, it measures nothing.
 */
@EnabledIfSystemProperty(named = "smpkit.smallHeap", matches = "true",
    disabledReason = "runs in the small-heap execution only, with -Xmx256m")
class SmallHeapTest {

  private static final SmpJson JSON = SmpJson.standard();
  private static final long TEN_MB = SmpJson.DEFAULT_MAX_DOCUMENT_LENGTH;
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"big\",\"title\":\"Big\",\"status\":\"PLANNED\","
      + "\"parties\":[{\"country\":\"MA\",\"role\":\"ORIGIN\"},{\"country\":\"BE\",\"role\":\"DESTINATION\"}],";

  @Test
  void theHeapIsSmall() {
    assertTrue(Runtime.getRuntime().maxMemory() <= 256L * 1024 * 1024,
        "run with -Xmx256m; max memory is " + Runtime.getRuntime().maxMemory());
  }

  @Test
  void tenMegabytesOfFiveMillionBadElementsAreRefusedAsTooManyValues() {
    String tail = "0]}";
    long repeats = (TEN_MB - HEAD.length() - 20 - tail.length()) / 2;
    GeneratedInput in = new GeneratedInput(HEAD + "\"sectors\":[", "0,", repeats, tail);
    assertTrue(in.length() <= TEN_MB && in.length() > TEN_MB - 100, () -> "length " + in.length());
    SmpJsonException e = refused(() -> JSON.read(in));
    assertEquals(1, e.problemCount(), e::getMessage);
    assertEquals(Kind.TOO_LARGE, e.problems().get(0).kind());
    assertTrue(e.getMessage().contains("more than the limit of 1000000 values and field names"), e::getMessage);
  }

  @Test
  void tenMegabytesOfBadElementsWithinTheLimitsKeepAThousandProblemsAndCountTheRest() {
    String element = "\"XX\"       ,";
    StringBuilder s = new StringBuilder(HEAD).append("\"sectors\":[");
    long n = 0;
    while (s.length() < TEN_MB - 100) {
      s.append(element);
      n++;
    }
    String json = s.append("\"J\"]}").toString();
    long elements = n;
    SmpJsonException e = refused(() -> JSON.read(json));
    assertEquals(1000, e.problems().size());
    assertEquals(elements, e.problemCount(), e::getMessage);
    assertEquals(Kind.UNKNOWN_CODE, e.problems().get(999).kind());
  }

  @Test
  void tenMegabytesOfDistinctUnknownKeysWithinTheLimitsAreRefused() {
    StringBuilder s = new StringBuilder(HEAD);
    long n = 0;
    while (s.length() < TEN_MB - 100) {
      s.append(String.format("\"unknown-field-%07d\":0,", n++));
    }
    String json = s.append("\"sectors\":[\"J\"]}").toString();
    long keys = n;
    SmpJsonException e = refused(() -> JSON.read(json));
    assertEquals(1000, e.problems().size());
    assertEquals(keys, e.problemCount(), e::getMessage);
    assertEquals(Kind.UNKNOWN_FIELD, e.problems().get(999).kind());
  }

  @Test
  void tenMegabytesOfRepeatedKeysAreRefused() {
    StringBuilder unit = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      unit.append("\"u").append(i).append("x\":0,");
    }
    long repeats = (TEN_MB - HEAD.length() - 30) / unit.length();
    GeneratedInput in = new GeneratedInput(HEAD, unit.toString(), repeats, "\"sectors\":[\"J\"]}");
    SmpJsonException e = refused(() -> JSON.read(in));
    assertEquals(1000, e.problems().size());
    assertEquals(Kind.DUPLICATE_KEY, e.problems().get(999).kind());
  }

  private static SmpJsonException refused(org.junit.jupiter.api.function.Executable read) {
    return assertTimeoutPreemptively(Duration.ofMinutes(2), () -> assertThrows(SmpJsonException.class, read));
  }
}
