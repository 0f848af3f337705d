package io.github.smpkit.json.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON text into a plain tree with Jackson's streaming parser: objects as
 * {@link LinkedHashMap}s in document order, arrays as {@link ArrayList}s, whole numbers as
 * {@link java.math.BigInteger}s, other numbers as {@link java.math.BigDecimal}s, exactly as
 * written. For trees smpkit itself wrote (the schema, a partnership's document); not API.
 */
public final class TreeReader {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private TreeReader() {}

  /**
   * The plain tree of one JSON value.
   *
   * @throws IllegalArgumentException when the text is not one well-formed JSON value or repeats a
   *     key in an object, with the parser's description of where
   */
  public static Object parse(String json) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      if (parser.nextToken() == null) {
        throw failure("no content", parser.currentLocation(), null);
      }
      Object tree = value(parser);
      if (parser.nextToken() != null) {
        throw failure("unexpected " + parser.currentToken().asString() + " after the value",
            parser.currentTokenLocation(), null);
      }
      return tree;
    } catch (JacksonException e) {
      throw failure(e.getOriginalMessage(), e.getLocation(), e);
    }
  }

  private static Object value(JsonParser parser) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.put(name, value(parser));
        }
        return object;
      }
      case START_ARRAY: {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        return array;
      }
      case VALUE_STRING:
        return parser.getString();
      case VALUE_NUMBER_INT:
        return parser.getBigIntegerValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalStateException("unexpected token " + token);
    }
  }

  private static IllegalArgumentException failure(String what, TokenStreamLocation at, Throwable cause) {
    return new IllegalArgumentException("not one well-formed JSON value: " + what
        + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), cause);
  }
}
