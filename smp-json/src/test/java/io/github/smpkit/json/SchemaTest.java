package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.smpkit.json.internal.SchemaBuilder;
import io.github.smpkit.json.internal.TreeWriter;
import io.github.smpkit.testkit.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The JSON Schema, checked both ways with networknt's validator (an independent implementation). */
class SchemaTest {

  private static final ObjectMapper JACKSON2 = new ObjectMapper();
  private static final SmpJson JSON = SmpJson.builder().compact().build();

  /** The shipped schema, loaded on first use (so that a missing file fails only the tests that need it). */
  private static final class Shipped {
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(SmpJson.schema());
  }

  private static Set<ValidationMessage> validate(String json) {
    try {
      JsonNode node = JACKSON2.readTree(json);
      return Shipped.SCHEMA.validate(node);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void shippedSchemaIsTheOneTheFormatTableDescribes() {
    Golden.assertMatchesResource(SmpJson.SCHEMA_RESOURCE, TreeWriter.pretty(SchemaBuilder.partnershipSchema()));
  }

  @Test
  void docsCopyOfTheSchemaIsIdenticalToTheShippedOne() throws IOException {
    String shipped = SmpJson.schema();
    assertEquals(shipped, Files.readString(Path.of("..", "docs", "schema", "partnership-2.0.schema.json")));
  }

  @Test
  void fixturesValidate() {
    assertEquals(Set.of(), validate(JSON.write(Fixtures.full())));
    assertEquals(Set.of(), validate(JSON.write(Fixtures.minimal())));
  }

  @Test
  void everyGeneratedPartnershipValidates() {
    Property.forAll(1000, p -> assertEquals(Set.of(), validate(JSON.write(p)), () -> JSON.write(p)));
    Property.forAllComplete(200, p -> assertEquals(Set.of(), validate(JSON.write(p)), () -> JSON.write(p)));
  }

  /** Documents that break the format in one place each, starting from the minimal partnership. */
  static List<String> badDocuments() {
    String head = "{\"formatVersion\":\"1.0\",\"id\":\"minimal\",\"title\":\"Minimal\",\"status\":\"PLANNED\","
        + "\"parties\":[{\"country\":\"NG\",\"role\":\"ORIGIN\"},{\"country\":\"LT\",\"role\":\"DESTINATION\"}]";
    return List.of(
        "{\"id\":\"minimal\",\"title\":\"Minimal\",\"status\":\"PLANNED\",\"parties\":[{\"country\":\"NG\","
            + "\"role\":\"ORIGIN\"},{\"country\":\"LT\",\"role\":\"DESTINATION\"}]}",
        head.replace("\"1.0\"", "\"3.0\"") + "}",
        head.replace("\"1.0\"", "1.0") + "}",
        head.replace("\"id\":\"minimal\",", "") + "}",
        head.replace("\"minimal\"", "\"Not An Id\"") + "}",
        head.replace("\"Minimal\"", "\"   \"") + "}",
        head.replace("\"Minimal\"", "\"" + "x".repeat(301) + "\"") + "}",
        head.replace("\"PLANNED\"", "\"RUNNING\"") + "}",
        head.replace("\"PLANNED\"", "null") + "}",
        head.replace("\"NG\"", "\"ng\"") + "}",
        head.replace("\"NG\"", "\"NGA\"") + "}",
        head.replace("\"NG\"", "7") + "}",
        head + ",\"unknown\":true}",
        head + ",\"summary\":null}",
        head + ",\"scope\":\"GLOBAL\"}",
        head + ",\"models\":\"TALENT_PARTNERSHIP\"}",
        head + ",\"models\":[\"TALENT_PARTNERSHIP\",\"TALENT_PARTNERSHIP\"]}",
        head + ",\"sectors\":[\"Z\"]}",
        head + ",\"sectors\":[\"J62\"]}",
        head + ",\"occupations\":[{\"isco\":\"25120\"}]}",
        head + ",\"occupations\":[{\"isco\":2512}]}",
        head + ",\"occupations\":[{\"title\":\"no code\"}]}",
        head + ",\"occupations\":[{\"isco\":\"2512\",\"escoUri\":\"https://example.org/x\"}]}",
        head + ",\"timeFrame\":{\"start\":\"2019-6\"}}",
        head + ",\"timeFrame\":{\"start\":\"June 2019\"}}",
        head + ",\"timeFrame\":{\"fundingCycleMonths\":0}}",
        head + ",\"timeFrame\":{\"fundingCycleMonths\":12.5}}",
        head + ",\"skillLevels\":{\"lowest\":\"LOW\"}}",
        head + ",\"objectives\":[{\"statement\":\"x\",\"sdgTargets\":[\"10\"]}]}",
        head + ",\"objectives\":[{\"statement\":\"x\",\"gcmObjectives\":[24]}]}",
        head + ",\"objectives\":[{\"statement\":\"x\",\"gcmObjectives\":[\"5\"]}]}",
        head + ",\"objectives\":[{\"statement\":\"x\",\"published\":\"yes\"}]}",
        head + ",\"costs\":[{\"item\":\"TRAINING_PROVIDER\",\"amount\":{\"amount\":2500,\"currency\":\"EUR\"}}]}",
        head + ",\"costs\":[{\"item\":\"TRAINING_PROVIDER\",\"amount\":{\"amount\":\"2500\"}}]}",
        head + ",\"costs\":[{\"item\":\"TRAINING_PROVIDER\",\"amount\":{\"amount\":\"2,500\",\"currency\":\"EUR\"}}]}",
        head + ",\"costs\":[{\"item\":\"TRAINING_PROVIDER\",\"amount\":{\"amount\":\"1\",\"currency\":\"eur\"}}]}",
        head + ",\"costs\":[{\"item\":\"TRAINING_PROVIDER\",\"shares\":[{\"payer\":\"DONOR\",\"percent\":100}]}]}",
        head + ",\"costs\":[{\"item\":\"TRAINING_PROVIDER\",\"shares\":[{\"payer\":\"DONOR\",\"percent\":\"-5\"}]}]}",
        head + ",\"participants\":[{\"kind\":\"SELECTED\",\"planned\":{\"exactly\":-1}}]}",
        head + ",\"participants\":[{\"kind\":\"SELECTED\",\"planned\":{\"exactly\":1,\"about\":1}}]}",
        head + ",\"participants\":[{\"kind\":\"SELECTED\",\"planned\":{\"min\":1}}]}",
        head + ",\"participants\":[{\"kind\":\"SELECTED\",\"planned\":{\"roughly\":1}}]}",
        head + ",\"participants\":[{\"kind\":\"SELECTED\",\"planned\":30}]}",
        head + ",\"training\":[{\"name\":\"t\",\"location\":\"ORIGIN\",\"track\":\"AWAY\",\"duration\":\"6 months\"}]}",
        head + ",\"training\":[{\"name\":\"t\",\"location\":\"ORIGIN\",\"track\":\"AWAY\",\"qualification\":"
            + "{\"eqf\":9}}]}",
        head + ",\"pathways\":[{\"destination\":\"LT\",\"permitCategory\":\"p\",\"processingDays\":4000}]}",
        head + ",\"pathways\":[{\"destination\":\"LT\",\"permitCategory\":\"p\",\"fastTrack\":\"true\"}]}",
        head + ",\"citations\":[{\"key\":\"k\",\"title\":\"t\",\"url\":\"ftp://example.org\"}]}",
        head + ",\"citations\":[{\"key\":\"k\",\"title\":\"t\",\"accessed\":\"2024-5-1\"}]}",
        head + ",\"governance\":{\"bodies\":[{\"name\":\"b\",\"layer\":\"TOP\"}]}}",
        head + ",\"stakeholders\":[{\"name\":\"s\",\"type\":\"NGO\",\"roles\":[\"LEAD\",\"LEAD\"]}]}",
        "[" + head + "}]",
        "\"a partnership\"");
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void documentsTheSchemaRejectsTheReaderRejectsToo(String json) {
    assertFalse(validate(json).isEmpty(), "the schema should reject " + json);
    SmpJsonException e = assertThrows(SmpJsonException.class, () -> JSON.read(json));
    assertFalse(e.problems().isEmpty());
  }

  @Test
  void badDocumentsDifferFromAValidOneInOnePlaceOnly() {
    String valid = "{\"formatVersion\":\"1.0\",\"id\":\"minimal\",\"title\":\"Minimal\",\"status\":\"PLANNED\","
        + "\"parties\":[{\"country\":\"NG\",\"role\":\"ORIGIN\"},{\"country\":\"LT\",\"role\":\"DESTINATION\"}]}";
    assertTrue(validate(valid).isEmpty());
    assertEquals(Fixtures.minimal(), JSON.read(valid));
  }
}
