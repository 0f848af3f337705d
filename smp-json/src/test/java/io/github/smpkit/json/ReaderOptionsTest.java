package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.json.JsonProblem.Kind;
import org.junit.jupiter.api.Test;

/** The options of an {@link SmpJson}: their defaults, their bounds, and each limit at its exact value. */
class ReaderOptionsTest {

  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"opts\",\"title\":\"T\",\"status\":\"PLANNED\","
      + "\"parties\":[{\"country\":\"MA\",\"role\":\"ORIGIN\"},{\"country\":\"BE\",\"role\":\"DESTINATION\"}]";

  private static Kind refusal(SmpJson json, String text) {
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> json.read(text));
    return e.problems().get(0).kind();
  }

  @Test
  void theDefaultsAreSaid() {
    SmpJson d = SmpJson.standard();
    assertTrue(d.isPretty());
    assertEquals(UnknownFieldPolicy.REJECT, d.unknownFields());
    assertEquals("SmpJson[pretty, unknown fields REJECT, maxDocumentLength 10000000, maxTokenCount 1000000, "
        + "maxNestingDepth 64, maxStringLength 100000, maxNumberLength 50]", d.toString());
  }

  @Test
  void toBuilderKeepsEveryOption() {
    SmpJson custom = SmpJson.builder().compact().unknownFields(UnknownFieldPolicy.IGNORE).maxDocumentLength(5000)
        .maxTokenCount(700).maxNestingDepth(9).maxStringLength(300).maxNumberLength(12).build();
    assertEquals("SmpJson[compact, unknown fields IGNORE, maxDocumentLength 5000, maxTokenCount 700, "
        + "maxNestingDepth 9, maxStringLength 300, maxNumberLength 12]", custom.toString());
    SmpJson copy = custom.toBuilder().build();
    assertEquals(custom.toString(), copy.toString());
    assertFalse(copy.isPretty());
    assertEquals(UnknownFieldPolicy.IGNORE, copy.unknownFields());
    assertEquals(custom.write(Fixtures.minimal()), copy.write(Fixtures.minimal()));
    assertEquals(Fixtures.minimal(), copy.read(HEAD.replace("\"id\":\"opts\"", "\"id\":\"minimal\"")
        .replace("\"title\":\"T\"", "\"title\":\"Minimal\"").replace("\"MA\"", "\"NG\"").replace("\"BE\"", "\"LT\"")
        + ",\"someday\":1}"));
  }

  @Test
  void theNestingDepthIsFromEightToAThousand() {
    assertTrue(SmpJson.builder().maxNestingDepth(8).build().toString().contains("maxNestingDepth 8,"));
    assertTrue(SmpJson.builder().maxNestingDepth(1000).build().toString().contains("maxNestingDepth 1000,"));
    assertEquals("maxNestingDepth must be from 8 to 1000, but was 7",
        assertThrows(IllegalArgumentException.class, () -> SmpJson.builder().maxNestingDepth(7)).getMessage());
    assertEquals("maxNestingDepth must be from 8 to 1000, but was 1001",
        assertThrows(IllegalArgumentException.class, () -> SmpJson.builder().maxNestingDepth(1001)).getMessage());
  }

  @Test
  void lengthAndCountLimitsArePositive() {
    assertEquals("maxDocumentLength must be positive, but was 0",
        assertThrows(IllegalArgumentException.class, () -> SmpJson.builder().maxDocumentLength(0)).getMessage());
    assertEquals("maxTokenCount must be positive, but was 0",
        assertThrows(IllegalArgumentException.class, () -> SmpJson.builder().maxTokenCount(0)).getMessage());
    assertEquals("maxStringLength must be positive, but was -1",
        assertThrows(IllegalArgumentException.class, () -> SmpJson.builder().maxStringLength(-1)).getMessage());
    assertEquals("maxNumberLength must be positive, but was 0",
        assertThrows(IllegalArgumentException.class, () -> SmpJson.builder().maxNumberLength(0)).getMessage());
    assertTrue(SmpJson.builder().maxDocumentLength(1).maxTokenCount(1).maxStringLength(1).maxNumberLength(1).build()
        .toString().endsWith("maxDocumentLength 1, maxTokenCount 1, maxNestingDepth 64, maxStringLength 1, "
            + "maxNumberLength 1]"));
    assertThrows(NullPointerException.class, () -> SmpJson.builder().unknownFields(null));
  }

  @Test
  void aStringOfExactlyTheLimitIsReadAndOneMoreIsTooLarge() {
    SmpJson strict = SmpJson.builder().maxStringLength(20).build();
    String title = "t".repeat(20);
    assertEquals(title, strict.read(HEAD.replace("\"title\":\"T\"", "\"title\":\"" + title + "\"") + "}").title());
    assertEquals(Kind.TOO_LARGE, refusal(strict, HEAD.replace("\"title\":\"T\"", "\"title\":\"" + title + "t\"") + "}"));
  }

  @Test
  void aNumberOfExactlyTheLimitIsReadAndOneDigitMoreIsTooLarge() {
    SmpJson strict = SmpJson.builder().maxNumberLength(3).build();
    String months = ",\"timeFrame\":{\"fundingCycleMonths\":";
    assertEquals(120, strict.read(HEAD + months + "120}}").timeFrame().orElseThrow().fundingCycleMonths()
        .orElseThrow());
    assertEquals(Kind.TOO_LARGE, refusal(strict, HEAD + months + "1200}}"));
  }

  @Test
  void aDocumentOfExactlyTheLimitIsReadAndOneCharacterMoreIsTooLarge() {
    String doc = HEAD + "}";
    SmpJson strict = SmpJson.builder().maxDocumentLength(doc.length()).build();
    assertEquals("opts", strict.read(doc).id());
    assertEquals(Kind.TOO_LARGE, refusal(strict, doc + " "));
  }

  @Test
  void tooManyValuesAreTooLarge() {
    String doc = HEAD + "}";
    assertEquals("opts", SmpJson.builder().maxTokenCount(100).build().read(doc).id());
    assertEquals(Kind.TOO_LARGE, refusal(SmpJson.builder().maxTokenCount(5).build(), doc));
  }
}
