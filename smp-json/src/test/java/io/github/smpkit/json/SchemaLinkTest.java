package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A document may name its JSON Schema in a top-level "$schema" string, as editors expect. */
class SchemaLinkTest {

  private static final String LINK = "\"$schema\":\"https://smpkit.github.io/schema/partnership-2.0.schema.json\",";

  private static String minimalWith(String member) {
    String doc = SmpJson.builder().compact().build().write(Fixtures.minimal());
    return "{" + member + doc.substring(1);
  }

  @Test
  void aTopLevelSchemaStringIsAcceptedAndIgnored() {
    assertEquals(Fixtures.minimal(), SmpJson.defaults().read(minimalWith(LINK)));
  }

  @Test
  void aSchemaThatIsNotAStringIsAWrongType() {
    SmpJsonException e = assertThrows(SmpJsonException.class,
        () -> SmpJson.defaults().read(minimalWith("\"$schema\":42,")));
    List<JsonProblem> problems = e.problems();
    assertEquals(1, problems.size(), e.getMessage());
    assertEquals(JsonProblem.Kind.WRONG_TYPE, problems.get(0).kind());
    assertEquals("/$schema", problems.get(0).pointer());
  }

  @Test
  void aSchemaInsideTheDocumentIsStillAnUnknownField() {
    String doc = minimalWith("").replace("{\"country\":\"NG\"", "{\"$schema\":\"x\",\"country\":\"NG\"");
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> SmpJson.defaults().read(doc));
    assertEquals(JsonProblem.Kind.UNKNOWN_FIELD, e.problems().get(0).kind(), e.getMessage());
  }

  @Test
  void writingNeverAddsTheLink() {
    assertEquals(-1, SmpJson.defaults().write(Fixtures.minimal()).indexOf("$schema"));
  }
}
