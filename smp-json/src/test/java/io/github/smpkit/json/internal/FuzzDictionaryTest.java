package io.github.smpkit.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzzing dictionary names every field of the format, so the fuzzer can build real documents. */
class FuzzDictionaryTest {

  @Test
  void theDictionaryHasEveryFieldName() throws IOException {
    String dictionary;
    try (InputStream in = FuzzDictionaryTest.class.getResourceAsStream("/io/github/smpkit/json/partnership.dict")) {
      dictionary = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> missing = new ArrayList<>();
    for (ObjectCodec<?, ?> type : Model.types()) {
      for (ObjectCodec.Field<?, ?> field : type.fields()) {
        if (!dictionary.contains("\"\\\"" + field.name + "\\\"\"")) {
          missing.add(type.typeName() + "." + field.name);
        }
      }
    }
    assertEquals(List.of(), missing);
  }
}
