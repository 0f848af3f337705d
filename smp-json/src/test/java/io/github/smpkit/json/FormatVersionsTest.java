package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How format 2.0 reads yes/no facts, and how it reads documents of format 1.x (docs/json-format.md). */
class FormatVersionsTest {

  private static final SmpJson JSON = SmpJson.standard();

  private static Partnership objectiveDoc(String version, String published) {
    return JSON.read("{\"formatVersion\":\"" + version + "\",\"id\":\"v\",\"title\":\"V\",\"status\":\"PLANNED\","
        + "\"parties\":[{\"country\":\"MA\",\"role\":\"ORIGIN\"},{\"country\":\"BE\",\"role\":\"DESTINATION\"}],"
        + "\"objectives\":[{\"statement\":\"Train ICT graduates.\"" + published + "}]}");
  }

  @Test
  void anAbsentYesNoFactIsNotRecordedInFormat2() {
    assertEquals(Optional.empty(), objectiveDoc("2.0", "").objectives().get(0).published());
  }

  @Test
  void anExplicitYesNoFactIsReadAsWritten() {
    assertEquals(Optional.of(false), objectiveDoc("2.0", ",\"published\":false").objectives().get(0).published());
    assertEquals(Optional.of(true), objectiveDoc("2.0", ",\"published\":true").objectives().get(0).published());
  }

  @Test
  void anAbsentYesNoFactInA1xDocumentIsNotRecordedNotNo() {
    assertEquals(Optional.empty(), objectiveDoc("1.0", "").objectives().get(0).published());
    assertEquals(Optional.of(false), objectiveDoc("1.0", ",\"published\":false").objectives().get(0).published());
  }

  @Test
  void aNotRecordedFactIsNotWrittenAndARecordedNoIs() {
    Partnership unknown = objectiveDoc("2.0", "");
    Partnership no = objectiveDoc("2.0", ",\"published\":false");
    assertEquals(false, JSON.write(unknown).contains("published"));
    assertEquals(true, JSON.write(no).contains("\"published\": false"));
    assertEquals(no, JSON.read(JSON.write(no)));
    assertEquals(unknown, JSON.read(JSON.write(unknown)));
  }
}
