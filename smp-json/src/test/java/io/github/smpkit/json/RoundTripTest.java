package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.PartnershipGenerator;
import io.github.smpkit.testkit.Property;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("long") // run once, on the default JDK (.ci/run step 1); see docs/releasing.md
class RoundTripTest {

  private static final SmpJson PRETTY = SmpJson.standard();
  private static final SmpJson COMPACT = SmpJson.builder().compact().build();

  static String resource(String name) throws IOException {
    try (InputStream in = RoundTripTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void fullFixtureReadsBackEqual() {
    Partnership p = Fixtures.full();
    assertEquals(p, PRETTY.read(PRETTY.write(p)));
    assertEquals(p, COMPACT.read(COMPACT.write(p)));
  }

  @Test
  void canonicalDocumentOfTheFixtureIsStable() throws IOException {
    Golden.assertMatchesResource("full-partnership.json", PRETTY.write(Fixtures.full()));
  }

  @Test
  void formatVersionIsTheFirstField() {
    assertTrue(COMPACT.write(Fixtures.minimal()).startsWith("{\"formatVersion\":\"2.0\","));
    assertTrue(PRETTY.write(Fixtures.minimal()).startsWith("{\n  \"formatVersion\": \"2.0\",\n"));
  }

  @Test
  void minimalPartnershipOmitsEveryEmptyField() {
    assertEquals("{\"formatVersion\":\"2.0\",\"id\":\"minimal\",\"title\":\"Minimal\",\"status\":\"PLANNED\","
        + "\"parties\":[{\"country\":\"NG\",\"role\":\"ORIGIN\"},{\"country\":\"LT\",\"role\":\"DESTINATION\"}],"
        + "\"scope\":\"BILATERAL\"}", COMPACT.write(Fixtures.minimal()));
  }

  @Test
  void compactFormIsOneLineWithoutWhitespaceOutsideStrings() {
    String json = COMPACT.write(Fixtures.full());
    assertFalse(json.contains("\n"));
    assertFalse(json.contains("\": "));
  }

  @Test
  void setsAreWrittenSortedWhateverTheInsertionOrder() {
    String json = COMPACT.write(Fixtures.full());
    assertTrue(json.contains("\"models\":[\"SKILLS_MOBILITY_PARTNERSHIP\",\"TALENT_PARTNERSHIP\"]"), json);
    assertTrue(json.contains("\"sdgTargets\":[\"4.4\",\"10.7\"]"), json);
    assertTrue(json.contains("\"gcmObjectives\":[5,18]"), json);
    assertTrue(json.contains("\"countries\":[\"LT\",\"NG\"]"), json);
    assertTrue(json.contains("\"members\":[\"Enterprise Lithuania\",\"IOM\"]"), json);
  }

  @Test
  void countsMoneyDatesAndPercentsHaveTheirDocumentedForms() {
    String json = COMPACT.write(Fixtures.full());
    assertTrue(json.contains("\"planned\":{\"min\":100,\"max\":120},\"actual\":{\"about\":105}"), json);
    assertTrue(json.contains("\"actual\":{\"atLeast\":30}"), json);
    assertTrue(json.contains("\"planned\":{\"atMost\":500},\"actual\":{\"exactly\":420}"), json);
    assertTrue(json.contains("\"amount\":{\"amount\":\"1500000.00\",\"currency\":\"EUR\"}"), json);
    assertTrue(json.contains("\"amount\":{\"amount\":\"2500.00\",\"currency\":\"EUR\"}"), json);
    assertTrue(json.contains("{\"payer\":\"DONOR\",\"percent\":\"66.67\"}"), json);
    assertTrue(json.contains("\"timeFrame\":{\"start\":\"2019\",\"end\":\"2021-12-31\",\"fundingCycleMonths\":36}"),
        json);
    assertTrue(json.contains("\"duration\":\"P6M\""), json);
    assertTrue(json.contains("\"accessed\":\"2024-05-01\""), json);
    assertTrue(json.contains("\"qualification\":{\"eqf\":5,\"isced\":4}"), json);
    assertTrue(json.contains("\"sectors\":[\"62\",\"J\"]"), json);
  }

  @Test
  void generatedPartnershipsReadBackEqualInBothForms() {
    Property.forAll(1000, p -> {
      assertEquals(p, PRETTY.read(PRETTY.write(p)));
      assertEquals(p, COMPACT.read(COMPACT.write(p)));
    });
  }

  @Test
  void completeGeneratedPartnershipsReadBackEqual() {
    Property.forAllComplete(1000, p -> assertEquals(p, COMPACT.read(COMPACT.write(p))));
  }

  @Test
  void readingThenWritingACanonicalDocumentGivesItBackByteForByte() {
    Property.forAll(200, p -> {
      String pretty = PRETTY.write(p);
      assertEquals(pretty, PRETTY.write(PRETTY.read(pretty)));
      String compact = COMPACT.write(p);
      assertEquals(compact, COMPACT.write(COMPACT.read(compact)));
    });
    Property.forAllComplete(200, p -> {
      String pretty = PRETTY.write(p);
      assertEquals(pretty, PRETTY.write(PRETTY.read(pretty)));
    });
  }

  @Test
  void oneInstanceIsSafeToShareBetweenThreads() {
    List<Partnership> many = PartnershipGenerator.withSeed(11).next(300);
    List<String> sequential = many.stream().map(COMPACT::write).collect(Collectors.toList());
    List<String> parallel = many.parallelStream().map(COMPACT::write).collect(Collectors.toList());
    assertEquals(sequential, parallel);
    assertEquals(many, parallel.parallelStream().map(COMPACT::read).collect(Collectors.toList()));
  }

  @Test
  void theSamePartnershipBuiltTwiceGivesTheSameBytes() {
    assertEquals(PRETTY.write(Fixtures.full()), PRETTY.write(Fixtures.full()));
    Property.forAll(200, p -> assertEquals(COMPACT.write(p),
        COMPACT.write(Partnership.builder().from(p).build())));
  }
}
