package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.json.JsonProblem.Kind;
import java.io.BufferedWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Behaviour that mutation testing (PIT) found unpinned: each test fails when its mutant lives. */
class PinnedBehaviourTest {

  private static final SmpJson JSON = SmpJson.builder().compact().build();
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"P\",\"status\":\"PILOT\","
      + "\"parties\":[{\"country\":\"MA\",\"role\":\"ORIGIN\"},{\"country\":\"BE\",\"role\":\"DESTINATION\"}]";

  private static JsonProblem onlyProblem(String json) {
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> JSON.read(json));
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0);
  }

  @Test
  void aRangeWhoseBoundsAreEqualIsThatExactCount() {
    Partnership p = JSON.read(HEAD + ",\"participants\":[{\"kind\":\"TRAINED\",\"planned\":{\"min\":30,\"max\":30}}]}");
    assertEquals(Count.exactly(30), p.participants().get(0).planned().orElseThrow());
    JsonProblem p2 = onlyProblem(HEAD + ",\"participants\":[{\"kind\":\"TRAINED\",\"planned\":{\"min\":31,\"max\":30}}]}");
    assertEquals("/participants/0/planned/min", p2.pointer());
    assertEquals("Count.min 31 is above max 30", p2.message());
  }

  @Test
  void aMalformedFormatVersionIsInvalidAndStopsTheRead() {
    for (String version : new String[] {"1.0.0", "one", "1", "1.", ".0", "12345.0"}) {
      JsonProblem p = onlyProblem("{\"formatVersion\":\"" + version + "\",\"unknown\":1}");
      assertEquals(Kind.INVALID_VALUE, p.kind(), version);
      assertEquals("/formatVersion", p.pointer());
      assertEquals("expected formatVersion as MAJOR.MINOR such as '" + SmpJson.FORMAT_VERSION + "', but found the"
          + " string '" + version + "'", p.message());
    }
  }

  @Test
  void writingToAWriterFlushesIt() {
    StringWriter target = new StringWriter();
    BufferedWriter buffered = new BufferedWriter(target, 1 << 16);
    JSON.write(Fixtures.minimal(), buffered);
    assertEquals(JSON.write(Fixtures.minimal()), target.toString());
  }

  @Test
  void anUnknownFieldCloseToAKnownOneGetsADidYouMean() {
    // "sectors": 7 letters, so up to max(2, 7 / 3) = 2 edits away is close enough
    assertTrue(onlyProblem(HEAD + ",\"sectorz\":[]}").message().contains("(did you mean 'sectors'?)"));
    assertTrue(onlyProblem(HEAD + ",\"sectrz\":[]}").message().contains("(did you mean 'sectors'?)"));
    assertTrue(!onlyProblem(HEAD + ",\"sxctrz\":[]}").message().contains("did you mean"));
    // "sustainabilityPlan": 18 letters, so up to 6 edits
    assertTrue(onlyProblem(HEAD + ",\"sustainabilityXXXXXX\":\"x\"}").message()
        .contains("(did you mean 'sustainabilityPlan'?)"));
    assertTrue(!onlyProblem(HEAD + ",\"sustainabilityXXXXXXX\":\"x\"}").message().contains("did you mean"));
  }

  @Test
  void textAtItsExactLimitIsReadAndOneMoreCharacterIsNot() {
    String title = "t".repeat(300);
    assertEquals(title, JSON.read(HEAD.replace("\"title\":\"P\"", "\"title\":\"" + title + "\"") + "}").title());
    JsonProblem p = onlyProblem(HEAD.replace("\"title\":\"P\"", "\"title\":\"" + title + "t\"") + "}");
    assertEquals("/title", p.pointer());
    assertTrue(p.message().endsWith("which has 301 characters, more than the 300 allowed (characters are Unicode code"
        + " points)"), p.message());
  }
}
