package io.github.smpkit.json.internal;

import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

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

  /**
   * The value whose first token is the parser's current token, decoded in a
   * {@linkplain Decoding#firstPass first pass} straight from the tokens; leaves the parser on the
   * value's last token and gives up ({@link Decoding.Abandoned}) at anything the full pass would
   * report. By default the value becomes a small tree ({@link FirstPass#node}) for
   * {@link #decode(Node, Pointer, Decoding)}; the codecs of objects, lists, text, enums,
   * booleans, money and counts, most of a document, read the tokens themselves.
   */
  default V decode(JsonParser parser, Decoding firstPass) {
    return FirstPass.present(decode(FirstPass.node(parser), Pointer.ROOT, firstPass));
  }

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
