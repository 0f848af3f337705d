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

  /**
   * A JSON object; members in document order, each name once. Small objects (most of a document)
   * are searched in order; larger ones carry an {@code index} by name.
   */
  record ObjectNode(List<Member> members, Map<String, Member> index, int line, int column) implements Node {

    /** Objects with more members than this get an index. */
    static final int INDEXED_FROM = 8;

    /** The member called {@code name}, or null. */
    Member member(String name) {
      if (index != null) {
        return index.get(name);
      }
      for (Member m : members) {
        if (m.name().equals(name)) {
          return m;
        }
      }
      return null;
    }

    /** Whether the object has a member called {@code name}. */
    boolean has(String name) {
      return member(name) != null;
    }

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
