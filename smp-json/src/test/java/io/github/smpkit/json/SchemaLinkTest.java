package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.List;
import java.util.Set;
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
    assertEquals(Fixtures.minimal(), SmpJson.standard().read(minimalWith(LINK)));
  }

  @Test
  void aSchemaThatIsNotAStringIsAWrongType() {
    SmpJsonException e = assertThrows(SmpJsonException.class,
        () -> SmpJson.standard().read(minimalWith("\"$schema\":42,")));
    List<JsonProblem> problems = e.problems();
    assertEquals(1, problems.size(), e.getMessage());
    assertEquals(JsonProblem.Kind.WRONG_TYPE, problems.get(0).kind());
    assertEquals("/$schema", problems.get(0).pointer());
  }

  @Test
  void aSchemaInsideTheDocumentIsStillAnUnknownField() {
    String doc = minimalWith("").replace("{\"country\":\"NG\"", "{\"$schema\":\"x\",\"country\":\"NG\"");
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> SmpJson.standard().read(doc));
    assertEquals(JsonProblem.Kind.UNKNOWN_FIELD, e.problems().get(0).kind(), e.getMessage());
  }

  @Test
  void theSchemaAllowsTheLinkAsAStringOnly() throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SmpJson.schema());
    ObjectMapper jackson2 = new ObjectMapper();
    String compact = SmpJson.builder().compact().build().write(Fixtures.minimal());
    assertEquals(Set.of(), schema.validate(jackson2.readTree("{" + LINK + compact.substring(1))));
    assertFalse(schema.validate(jackson2.readTree("{\"$schema\":42," + compact.substring(1))).isEmpty());
  }

  @Test
  void writingNeverAddsTheLink() {
    assertEquals(-1, SmpJson.standard().write(Fixtures.minimal()).indexOf("$schema"));
  }
}
