package io.github.smpkit.json.internal;

import io.github.smpkit.core.code.UnknownCodeException;
import io.github.smpkit.json.JsonProblem.Kind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Checks on the members of an object shared by the object codecs. */
final class Fields {

  private Fields() {}

  /** Reports member {@code m} as unknown in {@code type}, unless unknown fields are ignored. */
  static void unknownField(Node.Member m, Pointer pointer, String type, List<String> known, Decoding d) {
    if (d.ignoresUnknownFields()) {
      return;
    }
    if (d.full()) {
      d.countOnly();
      return;
    }
    String nearest = known.stream()
        .min(Comparator.comparingInt((String k) -> distance(k.toLowerCase(), m.name().toLowerCase())))
        .filter(k -> distance(k.toLowerCase(), m.name().toLowerCase()) <= Math.max(2, k.length() / 3))
        .map(k -> " (did you mean '" + k + "'?)").orElse("");
    d.add(Kind.UNKNOWN_FIELD, pointer, m.line(), m.column(), "one of the fields of " + type,
        "the field " + Texts.quote(m.name()), known, List.of(),
        "unknown field " + Texts.quote(m.name()) + " in " + type + nearest + "; known fields: "
            + String.join(", ", known));
  }

  /** Reports every name of {@code required} that {@code o} lacks. */
  static void requireMembers(Node.ObjectNode o, Pointer pointer, String type, List<String> required, Decoding d) {
    for (String name : required) {
      if (!o.has(name)) {
        d.add(Kind.MISSING_FIELD, pointer, o.line(), o.column(), "the field '" + name + "'", null, List.of(),
            List.of(), "missing required field '" + name + "' in " + type);
      }
    }
  }

  /** The number of single-character edits between two names. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  /** Maps an exception from a builder's checks other than an invariant to a problem. */
  static void buildFailure(RuntimeException e, Pointer pointer, Node.ObjectNode o, Decoding d) {
    Kind kind = e instanceof UnknownCodeException ? Kind.UNKNOWN_CODE : Kind.INVALID_VALUE;
    d.add(kind, pointer, o.line(), o.column(), null, null, List.of(), List.of(), e.getMessage());
  }

  /**
   * The deepest node of {@code o} that exists along a relative JSON pointer such as
   * {@code /pathways/0/destination} (an {@code InvariantViolationException}'s pointer), with its
   * absolute pointer.
   */
  static Map.Entry<Pointer, Node> locate(Pointer pointer, Node.ObjectNode o, String relativePointer) {
    String[] steps = relativePointer.split("/");
    Pointer at = pointer;
    Node node = o;
    for (String escaped : steps) {
      if (escaped.isEmpty()) {
        continue;
      }
      String step = escaped.replace("~1", "/").replace("~0", "~");
      Node next = null;
      if (node instanceof Node.ObjectNode obj && obj.has(step)) {
        next = obj.member(step).value();
      } else if (node instanceof Node.ArrayNode arr && step.chars().allMatch(Character::isDigit)
          && Integer.parseInt(step) < arr.elements().size()) {
        next = arr.elements().get(Integer.parseInt(step));
      }
      at = at.child(step);
      if (next == null) {
        break;
      }
      node = next;
    }
    return Map.entry(at, node);
  }
}
