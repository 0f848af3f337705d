package io.github.smpkit.json.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the JSON Schema (draft 2020-12) of the format from the codecs, so that the schema and
 * the reader cannot drift apart: the object types go to {@code $defs} in the order first met.
 */
public final class SchemaBuilder {

  private final Map<String, Object> defs = new LinkedHashMap<>();

  /** The definitions collected so far, by type name. */
  Map<String, Object> defs() {
    return defs;
  }

  /** A reference to definition {@code name}, building it with {@code body} when first met. */
  Map<String, Object> ref(String name, java.util.function.Supplier<Map<String, Object>> body) {
    if (!defs.containsKey(name)) {
      defs.put(name, Map.of());
      defs.put(name, body.get());
    }
    return map("$ref", "#/$defs/" + name);
  }

  /** An insertion-ordered map of alternating keys and values. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** The whole schema of a partnership document. */
  public static Map<String, Object> partnershipSchema() {
    SchemaBuilder s = new SchemaBuilder();
    Map<String, Object> root = map(
        "$schema", "https://json-schema.org/draft/2020-12/schema",
        "$id", "https://smpkit.github.io/schema/partnership-2.0.schema.json",
        "title", "Skills Mobility Partnership",
        "description", "One partnership in smpkit's JSON format " + Model.FORMAT_VERSION
            + " (see docs/json-format.md). Field names are the accessor names of smp-core's model;"
            + " absent values and empty collections are omitted; null is never written.");
    Map<String, Object> body = Model.PARTNERSHIP.objectSchema(s);
    root.putAll(body);
    root.put("$defs", s.defs());
    return root;
  }
}
