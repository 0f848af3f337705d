package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader and the JSON Schema give the same answer on the forms of numbers: whole numbers
 * written {@code 30.0} or {@code 3e1}, counts at and beyond the long range, negative money,
 * amounts and shares at their limits. (The schema cannot know a currency's decimals or that
 * shares add up to 100; those stay the reader's.) A count of {@code 1e30} is left out: both
 * refuse it by the JSON Schema specification, but networknt 1.5.9 compares it as the long
 * maximum and accepts it.
 */
class NumbersAgreeTest {

  private static final SmpJson JSON = SmpJson.standard();
  private static final ObjectMapper JACKSON2 = new ObjectMapper();
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(SmpJson.schema());
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"n\",\"title\":\"N\",\"status\":\"PILOT\","
      + "\"parties\":[{\"country\":\"MA\",\"role\":\"ORIGIN\"},{\"country\":\"BE\",\"role\":\"DESTINATION\"}],";

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "months | \"timeFrame\":{\"fundingCycleMonths\":30}",
      "months | \"timeFrame\":{\"fundingCycleMonths\":30.0}",
      "months | \"timeFrame\":{\"fundingCycleMonths\":3e1}",
      "months | \"timeFrame\":{\"fundingCycleMonths\":3.0E+1}",
      "months | \"timeFrame\":{\"fundingCycleMonths\":30.5}",
      "months | \"timeFrame\":{\"fundingCycleMonths\":1e-999999999}",
      "months | \"timeFrame\":{\"fundingCycleMonths\":1e999999999}",
      "months | \"timeFrame\":{\"fundingCycleMonths\":0}",
      "months | \"timeFrame\":{\"fundingCycleMonths\":1201}",
      "months | \"timeFrame\":{\"fundingCycleMonths\":-1}",
      "eqf | \"training\":[{\"name\":\"C\",\"location\":\"ORIGIN\",\"track\":\"AWAY\",\"qualification\":{\"eqf\":4.0}}]",
      "eqf | \"training\":[{\"name\":\"C\",\"location\":\"ORIGIN\",\"track\":\"AWAY\",\"qualification\":{\"eqf\":9}}]",
      "count | \"participants\":[{\"kind\":\"TRAINED\",\"planned\":{\"exactly\":9223372036854775807}}]",
      "count | \"participants\":[{\"kind\":\"TRAINED\",\"planned\":{\"exactly\":9223372036854775808}}]",
      "count | \"participants\":[{\"kind\":\"TRAINED\",\"planned\":{\"exactly\":30.0}}]",
      "count | \"participants\":[{\"kind\":\"TRAINED\",\"planned\":{\"atLeast\":-1}}]",
      "count | \"participants\":[{\"kind\":\"TRAINED\",\"planned\":{\"min\":30,\"max\":30}}]",
      "money | \"fundingSources\":[{\"name\":\"F\",\"type\":\"EMPLOYER\",\"amount\":{\"amount\":\"-5.00\",\"currency\":\"EUR\"}}]",
      "money | \"fundingSources\":[{\"name\":\"F\",\"type\":\"EMPLOYER\",\"amount\":{\"amount\":\"-0\",\"currency\":\"EUR\"}}]",
      "money | \"fundingSources\":[{\"name\":\"F\",\"type\":\"EMPLOYER\",\"amount\":{\"amount\":\"5.00\",\"currency\":\"EUR\"}}]",
      "money | \"fundingSources\":[{\"name\":\"F\",\"type\":\"EMPLOYER\",\"amount\":{\"amount\":\"999999999999999999.99\",\"currency\":\"EUR\"}}]",
      "money | \"fundingSources\":[{\"name\":\"F\",\"type\":\"EMPLOYER\",\"amount\":{\"amount\":\"1000000000000000000\",\"currency\":\"EUR\"}}]",
      "money | \"fundingSources\":[{\"name\":\"F\",\"type\":\"EMPLOYER\",\"amount\":{\"amount\":\"5.\",\"currency\":\"EUR\"}}]",
      "money | \"fundingSources\":[{\"name\":\"F\",\"type\":\"EMPLOYER\",\"amount\":{\"amount\":\"5.00\\n\",\"currency\":\"EUR\"}}]",
      "money | \"fundingSources\":[{\"name\":\"F\",\"type\":\"EMPLOYER\",\"amount\":{\"amount\":\"5\",\"currency\":\"EUR\\n\"}}]",
      "share | \"costs\":[{\"item\":\"TRAINING\",\"shares\":[{\"payer\":\"EMPLOYER\",\"percent\":\"100\"}]}]",
      "share | \"costs\":[{\"item\":\"TRAINING\",\"shares\":[{\"payer\":\"EMPLOYER\",\"percent\":\"100.000000\"}]}]",
      "share | \"costs\":[{\"item\":\"TRAINING\",\"shares\":[{\"payer\":\"EMPLOYER\",\"percent\":\"100.01\"}]}]",
      "share | \"costs\":[{\"item\":\"TRAINING\",\"shares\":[{\"payer\":\"EMPLOYER\",\"percent\":\"101\"}]}]",
      "share | \"costs\":[{\"item\":\"TRAINING\",\"shares\":[{\"payer\":\"EMPLOYER\",\"percent\":\"0\"}]}]",
      "share | \"costs\":[{\"item\":\"TRAINING\",\"shares\":[{\"payer\":\"EMPLOYER\",\"percent\":\"00.000\"}]}]",
      "share | \"costs\":[{\"item\":\"TRAINING\",\"shares\":[{\"payer\":\"EMPLOYER\",\"percent\":\"0.000001\"},{\"payer\":\"MIGRANT\",\"percent\":\"99.999999\"}]}]",
      "share | \"costs\":[{\"item\":\"TRAINING\",\"shares\":[{\"payer\":\"EMPLOYER\",\"percent\":\"0.0000001\"},{\"payer\":\"MIGRANT\",\"percent\":\"99.9999999\"}]}]",
      "share | \"costs\":[{\"item\":\"TRAINING\",\"shares\":[{\"payer\":\"EMPLOYER\",\"percent\":\"100\\n\"}]}]",
      "date | \"timeFrame\":{\"start\":\"2019\\n\"}",
  })
  void theReaderAndTheSchemaAgree(String what, String fragment) throws IOException {
    String json = HEAD + fragment + "}";
    boolean read = reads(json);
    boolean schema = SCHEMA.validate(JACKSON2.readTree(json)).isEmpty();
    assertEquals(read, schema, () -> "reader " + read + ", schema " + schema + " on " + json);
  }

  private static boolean reads(String json) {
    try {
      JSON.read(json);
      return true;
    } catch (SmpJsonException e) {
      return false;
    }
  }
}
