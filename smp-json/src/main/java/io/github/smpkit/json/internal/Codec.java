package io.github.smpkit.json.internal;

import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * How one type of the model is written to JSON, read back and described in the JSON Schema.
 *
 * @param <V> the type mapped
 */
interface Codec<V> {

  /**
   * The value that {@code node} describes, or {@code null} after adding at least one problem to
   * {@code decoding} when it describes none.
   */
  V decode(Node node, Pointer pointer, Decoding decoding);

  /** Writes {@code value}. */
  void encode(V value, JsonGenerator out);

  /** The JSON Schema of the value (a plain tree), registering definitions in {@code schema}. */
  Map<String, Object> schema(SchemaBuilder schema);

  /** A short description of the JSON form, for messages. */
  String expected();

  /** The JSON form as the format reference (docs/json-format.md) names it. */
  default String reference() {
    return expected();
  }
}
