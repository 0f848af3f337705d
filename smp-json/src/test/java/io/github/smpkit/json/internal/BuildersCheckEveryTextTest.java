package io.github.smpkit.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.json.JsonProblem;
import io.github.smpkit.json.JsonTree;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.json.SmpJsonException;
import io.github.smpkit.testkit.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The reader checks each text once: a first pass leaves the texts to the builders and is trusted
 * when it finds nothing wrong ({@code DocumentReader.decode}). That is only sound if the builder
 * of every type checks every one of its text fields. So: in a complete partnership, every string
 * of the document in turn is replaced by a text no rule allows (it holds a control character),
 * and the read must fail with exactly one problem, at that string's pointer, as it did when the
 * reader checked every text itself. A builder that skipped a field would let the first pass give
 * a partnership. Every text field of the format is tried, which the test checks: one complete
 * partnership holds them all ({@code TextRulesOfEveryFieldTest} holds each to its model
 * accessor's rule).
 */
class BuildersCheckEveryTextTest {

  private static final SmpJson JSON = SmpJson.builder().compact().build();
  private static final String BAD = "x\u0001";

  @Test
  void everyStringReplacedByABadTextIsRefusedAtItsPointer() {
    Set<String> tried = new TreeSet<>();
    Property.forAllComplete(1, p -> {
      Object tree = JsonTree.of(p);
      for (String pointer : stringPointers(tree)) {
        if (pointer.equals("/$schema")) {
          continue; // any string names a schema
        }
        Object original = replace(tree, pointer, BAD);
        SmpJsonException e = assertThrows(SmpJsonException.class, () -> JSON.read(TreeWriter.compact(tree)),
            pointer);
        replace(tree, pointer, original);
        List<String> at = e.problems().stream().map(JsonProblem::pointer).toList();
        assertEquals(List.of(pointer), at, pointer);
        tried.add(lastName(pointer));
      }
    });
    Set<String> textFields = new TreeSet<>();
    for (ObjectCodec<?, ?> type : Model.types()) {
      for (ObjectCodec.Field<?, ?> field : type.fields()) {
        if (isText(field.schema(new SchemaBuilder()))) {
          textFields.add(field.name);
        }
      }
    }
    assertTrue(textFields.size() > 20, textFields::toString);
    textFields.removeAll(tried);
    assertEquals(Set.of(), textFields, "text fields no complete partnership held");
  }

  private static boolean isText(Map<String, Object> schema) {
    if ("array".equals(schema.get("type"))) {
      @SuppressWarnings("unchecked")
      Map<String, Object> items = (Map<String, Object>) schema.get("items");
      return isText(items);
    }
    return "string".equals(schema.get("type")) && schema.containsKey("maxLength");
  }

  private static List<String> stringPointers(Object tree) {
    List<String> pointers = new ArrayList<>();
    walk(tree, "", pointers::add);
    return pointers;
  }

  private static void walk(Object node, String pointer, Consumer<String> strings) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, pointer + "/" + escape((String) k), strings));
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), pointer + "/" + i, strings);
      }
    } else if (node instanceof String) {
      strings.accept(pointer);
    }
  }

  /** Puts {@code value} at {@code pointer}; gives what was there. */
  @SuppressWarnings("unchecked")
  private static Object replace(Object tree, String pointer, Object value) {
    String[] steps = pointer.substring(1).split("/", -1);
    Object node = tree;
    for (int i = 0; i < steps.length - 1; i++) {
      node = node instanceof Map<?, ?> m ? m.get(unescape(steps[i])) : ((List<?>) node).get(Integer.parseInt(steps[i]));
    }
    String last = steps[steps.length - 1];
    if (node instanceof Map<?, ?> m) {
      return ((Map<String, Object>) m).put(unescape(last), value);
    }
    return ((List<Object>) node).set(Integer.parseInt(last), value);
  }

  /** The last object member name of a pointer (a list index names its list's field). */
  private static String lastName(String pointer) {
    String[] steps = pointer.substring(1).split("/", -1);
    for (int i = steps.length - 1; i >= 0; i--) {
      if (!steps[i].chars().allMatch(Character::isDigit)) {
        return unescape(steps[i]);
      }
    }
    return "";
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String unescape(String step) {
    return step.replace("~1", "/").replace("~0", "~");
  }
}
