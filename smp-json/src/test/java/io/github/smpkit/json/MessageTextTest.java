package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.json.JsonProblem.Kind;
import org.junit.jupiter.api.Test;

/** How a message quotes what it found: whole up to 60 characters, cut after; pointers escaped as RFC 6901 says. */
class MessageTextTest {

  private static final SmpJson COMPACT = SmpJson.builder().compact().build();
  private static final String HEAD = "{\"formatVersion\":\"2.0\",\"id\":\"m\",\"title\":\"M\","
      + "\"parties\":[{\"country\":\"MA\",\"role\":\"ORIGIN\"},{\"country\":\"BE\",\"role\":\"DESTINATION\"}]";

  private static JsonProblem only(String document) {
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> COMPACT.read(document));
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0);
  }

  @Test
  void aValueOfSixtyCharactersIsQuotedWholeAndALongerOneIsCut() {
    String sixty = "S".repeat(60);
    JsonProblem whole = only(HEAD + ",\"status\":\"" + sixty + "\"}");
    assertTrue(whole.message().startsWith("unknown PartnershipStatus value '" + sixty + "'; allowed values: "),
        whole.message());
    JsonProblem cut = only(HEAD + ",\"status\":\"" + sixty + "T\"}");
    assertTrue(cut.message().startsWith("unknown PartnershipStatus value '" + sixty + "... (61 characters)'; "),
        cut.message());
  }

  @Test
  void aFieldNameWithSlashOrTildeIsEscapedInItsPointer() {
    JsonProblem p = only(HEAD + ",\"status\":\"PILOT\",\"a/b~c\":1}");
    assertEquals(Kind.UNKNOWN_FIELD, p.kind());
    assertEquals("/a~1b~0c", p.pointer());
    assertTrue(p.message().startsWith("unknown field 'a/b~c' in Partnership; known fields: "), p.message());
  }

  @Test
  void anEnumValueInTheWrongCaseOrWithSpacesGetsAHint() {
    assertTrue(only(HEAD + ",\"status\":\" pilot \"}").message()
        .contains("(did you mean 'PILOT'? names are upper case)"));
    assertTrue(only(HEAD + ",\"status\":\"scaling up\"}").message()
        .contains("(did you mean 'SCALING_UP'? names are upper case)"));
    assertTrue(!only(HEAD + ",\"status\":\"piloting\"}").message().contains("did you mean"));
  }

  @Test
  void whatWasFoundIsDescribedByItsKind() {
    String expected = "expected non-blank text (at most 300 characters), but found ";
    String[][] cases = {{"true", "the boolean true"}, {"{}", "an object"}, {"[]", "an array"},
        {"1.50e2", "the number 1.50e2"}, {"1" + "0".repeat(40), "the number 1" + "0".repeat(40)}};
    for (String[] c : cases) {
      JsonProblem p = only(HEAD.replace("\"title\":\"M\"", "\"title\":" + c[0]) + ",\"status\":\"PILOT\"}");
      assertEquals(Kind.WRONG_TYPE, p.kind(), c[0]);
      assertEquals(expected + c[1], p.message(), c[0]);
    }
    JsonProblem nothing = only(HEAD.replace("\"title\":\"M\"", "\"title\":null") + ",\"status\":\"PILOT\"}");
    assertEquals(Kind.NULL_VALUE, nothing.kind());
    assertEquals("null is not allowed: omit the field 'title' when the value is unknown or empty", nothing.message());
  }
}
