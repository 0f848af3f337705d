package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.JsonProblem.Kind;
import org.junit.jupiter.api.Test;

/** Which versions ignore the fields they add, a formatVersion that is not text, and sets written sorted. */
class VersionsAndSetsTest {

  private static final SmpJson COMPACT = SmpJson.builder().compact().build();
  private static final String BODY = ",\"id\":\"v\",\"title\":\"V\",\"status\":\"PLANNED\",\"parties\":[{\"country\":\"MA\","
      + "\"role\":\"ORIGIN\"},{\"country\":\"BE\",\"role\":\"DESTINATION\"}]";

  private static String withUnknownField(String version) {
    return "{\"formatVersion\":\"" + version + "\"" + BODY + ",\"addedLater\":1}";
  }

  @Test
  void aNewerMinorVersionOfEitherMajorIgnoresTheFieldsItAdds() {
    for (String version : new String[] {"1.1", "1.9", "2.1", "2.12"}) {
      assertEquals("v", COMPACT.read(withUnknownField(version)).id(), version);
    }
  }

  @Test
  void theVersionsThisReaderKnowsRefuseUnknownFields() {
    for (String version : new String[] {"1.0", "2.0"}) {
      SmpJsonException e = assertThrows(SmpJsonException.class, () -> COMPACT.read(withUnknownField(version)), version);
      assertEquals(Kind.UNKNOWN_FIELD, e.problems().get(0).kind(), version);
      assertEquals("/addedLater", e.problems().get(0).pointer());
    }
  }

  @Test
  void aFormatVersionThatIsNotTextStopsTheRead() {
    SmpJsonException e = assertThrows(SmpJsonException.class,
        () -> COMPACT.read("{\"formatVersion\":2" + BODY + ",\"addedLater\":1,\"sectors\":[0]}"));
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals(Kind.WRONG_TYPE, e.problems().get(0).kind());
    assertEquals("/formatVersion", e.problems().get(0).pointer());
  }

  @Test
  void aSetIsWrittenInItsNaturalOrderWhateverOrderItWasRead() {
    Partnership p = COMPACT.read("{\"formatVersion\":\"2.0\"" + BODY + ",\"objectives\":[{\"statement\":\"S\","
        + "\"beneficiaries\":[\"MIGRANTS\",\"EMPLOYERS\",\"ORIGIN_COUNTRY\"]}]}");
    String written = COMPACT.write(p);
    assertTrue(written.contains("\"beneficiaries\":[\"ORIGIN_COUNTRY\",\"EMPLOYERS\",\"MIGRANTS\"]"), written);
    assertEquals(p, COMPACT.read(written));
  }
}
