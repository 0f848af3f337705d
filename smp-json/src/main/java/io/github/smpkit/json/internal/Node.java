package io.github.smpkit.json.internal;

import java.util.List;
import java.util.Map;

/**
 * A JSON value as read, with the line and column where it starts: the tree that the decoders
 * map to the model. Unlike a Jackson tree it keeps locations, so that every problem can say
 * where it is.
 */
sealed interface Node {

  /** The line of the value's first character, from 1. */
  int line();

  /** The column of the value's first character, from 1. */
  int column();

  /** A short description of the value for messages, for example {@code the number 42}. */
  String describe();

  /** A JSON object; members in document order. */
  record ObjectNode(Map<String, Member> members, int line, int column) implements Node {
    @Override
    public String describe() {
      return "an object";
    }
  }

  /** One member of an object, with the location of its name. */
  record Member(String name, Node value, int line, int column) {}

  /** A JSON array. */
  record ArrayNode(List<Node> elements, int line, int column) implements Node {
    @Override
    public String describe() {
      return "an array";
    }
  }

  /** A JSON string. */
  record StringNode(String value, int line, int column) implements Node {
    @Override
    public String describe() {
      return "the string " + Texts.quote(value);
    }
  }

  /** A JSON number, kept as written; {@code integral} when it has no fraction or exponent. */
  record NumberNode(String text, boolean integral, int line, int column) implements Node {
    @Override
    public String describe() {
      return "the number " + Texts.shorten(text);
    }
  }

  /** {@code true} or {@code false}. */
  record BooleanNode(boolean value, int line, int column) implements Node {
    @Override
    public String describe() {
      return "the boolean " + value;
    }
  }

  /** {@code null}, or a value skipped because its document was too large. */
  record NullNode(int line, int column) implements Node {
    @Override
    public String describe() {
      return "null";
    }
  }
}
