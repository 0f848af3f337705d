package io.github.smpkit.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The first pass of reading a whole document held in memory: the codecs decode straight from the
 * parser's tokens, without a tree, and give up at the first thing the full pass would report
 * (see {@link Decoding#firstPass}). Codecs without their own token decoding hand their value to
 * {@link Codec#decode(Node, Pointer, Decoding)} as a small tree made here; its nodes carry no
 * location, since a first pass never reports anything.
 */
final class FirstPass {

  private FirstPass() {}

  /** Gives up the first pass: the document is read again by the full pass, which places every problem. */
  static RuntimeException abandon() {
    return Decoding.Abandoned.INSTANCE;
  }

  /** {@code value}, or gives up when a decoder found none. */
  static <V> V present(V value) {
    if (value == null) {
      throw abandon();
    }
    return value;
  }

  /** Gives up unless the parser's current token is {@code token}. */
  static void expect(JsonParser parser, JsonToken token) {
    if (parser.currentToken() != token) {
      throw abandon();
    }
  }

  /**
   * In a small object of one value type (money, a count): the next member's name, with the parser
   * moved onto its value, which must be a {@code value} token; {@code null} at the object's end.
   */
  static String nextMember(JsonParser parser, JsonToken value) {
    if (parser.nextToken() != JsonToken.PROPERTY_NAME) {
      return null;
    }
    String name = parser.currentName();
    parser.nextToken();
    expect(parser, value);
    return name;
  }

  /**
   * The value whose first token is the parser's current token, as a tree without locations; leaves
   * the parser on the value's last token. A name given twice in an object gives up, as the full
   * pass reports it.
   */
  static Node node(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw abandon();
    }
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> new Node.StringNode(parser.getString(), 0, 0);
      case VALUE_NUMBER_INT -> new Node.NumberNode(parser.getString(), true, 0, 0);
      case VALUE_NUMBER_FLOAT -> new Node.NumberNode(parser.getString(), false, 0, 0);
      case VALUE_TRUE -> new Node.BooleanNode(true, 0, 0);
      case VALUE_FALSE -> new Node.BooleanNode(false, 0, 0);
      case VALUE_NULL -> new Node.NullNode(0, 0);
      default -> throw abandon();
    };
  }

  private static Node object(JsonParser parser) {
    List<Node.Member> members = new ArrayList<>();
    Map<String, Node.Member> index = null;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      Node.Member member = new Node.Member(name, node(parser), 0, 0);
      // small objects (money, counts: most of what comes here) are searched in order, as the tree's are
      boolean repeated = index != null ? index.putIfAbsent(name, member) != null : has(members, name);
      if (repeated) {
        throw abandon();
      }
      members.add(member);
      if (index == null && members.size() > Node.ObjectNode.INDEXED_FROM) {
        index = new HashMap<>();
        for (Node.Member m : members) {
          index.put(m.name(), m);
        }
      }
    }
    return new Node.ObjectNode(members, index, 0, 0);
  }

  private static boolean has(List<Node.Member> members, String name) {
    for (Node.Member m : members) {
      if (m.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static Node array(JsonParser parser) {
    List<Node> elements = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      elements.add(node(parser));
    }
    return new Node.ArrayNode(elements, 0, 0);
  }
}
