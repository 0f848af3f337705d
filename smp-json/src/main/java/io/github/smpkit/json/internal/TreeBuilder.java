package io.github.smpkit.json.internal;

import io.github.smpkit.json.JsonProblem.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one JSON value from a Jackson 3 streaming parser into a {@link Node} tree with
 * locations. It reports duplicate keys (keeping the first value) and, when the value is longer
 * than the limit, reports it once and goes on consuming tokens without keeping them, so memory
 * stays bounded and the parser ends up after the value. Jackson's own limits (nesting depth,
 * string, number and name length) surface as exceptions the caller maps to problems.
 */
final class TreeBuilder {

  private static final Node SKIPPED = new Node.NullNode(0, 0);

  private final JsonParser parser;
  private final Decoding problems;
  private final long maxLength;
  private final int lineBase;
  private final boolean abortWhenTooLarge;
  private final long maxTokens;
  private long tokens;
  /** How many values are being read: 1 while reading the outermost. */
  private int depth;
  private long start = -1;
  private boolean tooLarge;

  /**
   * A builder reading from {@code parser}, reporting to {@code problems}, refusing values longer
   * than {@code maxLength} characters (or bytes) and adding {@code lineBase} to every line.
   * A value of more than {@code maxTokens} values and field names is over the limit too, so that
   * the tree, whose nodes cost far more memory than their text, stays bounded.
   * When {@code abortWhenTooLarge}, a value over the limit throws {@link TooLarge} after its
   * problem is reported; otherwise the rest of the value is consumed and dropped.
   */
  TreeBuilder(JsonParser parser, Decoding problems, long maxLength, long maxTokens, int lineBase,
      boolean abortWhenTooLarge) {
    this.abortWhenTooLarge = abortWhenTooLarge;
    this.maxTokens = maxTokens;
    this.parser = parser;
    this.problems = problems;
    this.maxLength = maxLength;
    this.lineBase = lineBase;
  }

  /** Whether the value was too long (its tree is then not usable). */
  boolean tooLarge() {
    return tooLarge;
  }

  /** Reads the value whose first token is the parser's current token; leaves the parser on its last token. */
  Node read() {
    JsonToken token = parser.currentToken();
    TokenStreamLocation location = parser.currentTokenLocation();
    checkLength(location);
    countToken(location);
    int line = location.getLineNr() + lineBase;
    int column = location.getColumnNr();
    depth++;
    Node node = switch (token) {
      case START_OBJECT -> readObject(line, column);
      case START_ARRAY -> readArray(line, column);
      case VALUE_STRING -> tooLarge ? SKIPPED : new Node.StringNode(parser.getString(), line, column);
      case VALUE_NUMBER_INT -> tooLarge ? SKIPPED : new Node.NumberNode(parser.getString(), true, line, column);
      case VALUE_NUMBER_FLOAT -> tooLarge ? SKIPPED : new Node.NumberNode(parser.getString(), false, line, column);
      case VALUE_TRUE -> new Node.BooleanNode(true, line, column);
      case VALUE_FALSE -> new Node.BooleanNode(false, line, column);
      case VALUE_NULL -> new Node.NullNode(line, column);
      default -> throw new IllegalStateException("unexpected token " + token + " at " + location);
    };
    depth--;
    // the value's end counts too: a closing bracket, or a long last value of the document, can
    // cross the limit (the end of any other value is followed by a token whose start is checked)
    if (depth == 0 || token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      checkLength(parser.currentLocation());
    }
    return tooLarge ? SKIPPED : node;
  }

  private Node readArray(int line, int column) {
    List<Node> elements = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      Node element = read();
      if (!tooLarge) {
        elements.add(element);
      }
    }
    return tooLarge ? SKIPPED : new Node.ArrayNode(elements, line, column);
  }

  private Node readObject(int line, int column) {
    List<Node.Member> members = new ArrayList<>();
    Map<String, Node.Member> index = null;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      TokenStreamLocation at = parser.currentTokenLocation();
      checkLength(at);
      countToken(at);
      parser.nextToken();
      Node value = read();
      if (tooLarge) {
        continue;
      }
      Node.Member first = null;
      if (index != null) {
        first = index.get(name);
      } else {
        for (Node.Member m : members) {
          if (m.name().equals(name)) {
            first = m;
            break;
          }
        }
      }
      int nameLine = at.getLineNr() + lineBase;
      if (first != null) {
        problems.add(Kind.DUPLICATE_KEY, pointer(), nameLine, at.getColumnNr(), "each field once",
            "the field " + Texts.quote(name) + " again", List.of(), List.of(),
            "duplicate field " + Texts.quote(name) + ": it was first given at line " + first.line() + ", column "
                + first.column() + "; give each field once");
      } else {
        Node.Member member = new Node.Member(name, value, nameLine, at.getColumnNr());
        members.add(member);
        if (index != null) {
          index.put(name, member);
        } else if (members.size() > Node.ObjectNode.INDEXED_FROM) {
          index = new HashMap<>();
          for (Node.Member m : members) {
            index.put(m.name(), m);
          }
        }
      }
    }
    return tooLarge ? SKIPPED : new Node.ObjectNode(members, index, line, column);
  }

  private void checkLength(TokenStreamLocation location) {
    if (tooLarge) {
      return;
    }
    long offset = location.getCharOffset() >= 0 ? location.getCharOffset() : location.getByteOffset();
    if (start < 0) {
      start = offset;
    }
    if (offset - start > maxLength) {
      tooLarge = true;
      problems.add(Kind.TOO_LARGE, pointer(), location.getLineNr() + lineBase, location.getColumnNr(),
          "at most " + maxLength + " characters", "more than " + maxLength + " characters", List.of(), List.of(),
          "the document is longer than the limit of " + maxLength
              + " characters; it was not read (raise SmpJson.Builder.maxDocumentLength if it is genuine)");
      if (abortWhenTooLarge) {
        throw new TooLarge();
      }
    }
  }

  private void countToken(TokenStreamLocation location) {
    if (tooLarge || ++tokens <= maxTokens) {
      return;
    }
    tooLarge = true;
    problems.add(Kind.TOO_LARGE, pointer(), location.getLineNr() + lineBase, location.getColumnNr(),
        "at most " + maxTokens + " values and field names", "more", List.of(), List.of(),
        "the document holds more than the limit of " + maxTokens + " values and field names; it was not read"
            + " (raise SmpJson.Builder.maxTokenCount if it is genuine)");
    if (abortWhenTooLarge) {
      throw new TooLarge();
    }
  }

  /**
   * The JSON pointer of where the parser is, from its own context: it is built only for a problem,
   * never per value.
   */
  private String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  /** Thrown to stop reading a document that is over the length limit (its problem is already reported). */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null, false, false);
    }
  }
}
