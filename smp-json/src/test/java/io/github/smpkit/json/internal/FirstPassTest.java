package io.github.smpkit.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.JsonTree;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.json.SmpJsonException;
import io.github.smpkit.testkit.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The reader's first pass decodes a whole document straight from Jackson's tokens and gives up at
 * anything the full pass, through a tree, would report ({@code DocumentReader.firstPass}). Two
 * things must hold: the first pass reads every good document (or every read would silently pay
 * for both passes), and whatever it reads, the full pass reads too, to an equal partnership (or a
 * bad document would slip through). The second is checked on documents broken in many ways: every
 * member and element of a complete document removed, set to null or given twice in turn; and at
 * random places, a value of another type, an unknown member, a changed code or text, a number out
 * of range, a list emptied or with an element repeated.
 */
class FirstPassTest {

  private static final DocumentReader READER = new DocumentReader(SmpJson.DEFAULT_MAX_DOCUMENT_LENGTH,
      SmpJson.DEFAULT_MAX_TOKEN_COUNT, SmpJson.DEFAULT_MAX_NESTING_DEPTH, SmpJson.DEFAULT_MAX_STRING_LENGTH,
      SmpJson.DEFAULT_MAX_NUMBER_LENGTH, false);
  private static final String REPEAT = "@@repeat@@";

  @Test
  void readsEveryGoodDocumentToTheSamePartnershipAsTheFullPass() {
    List<Partnership> all = new ArrayList<>();
    Property.forAll(100, all::add);
    Property.forAllComplete(40, all::add);
    Property.forAllHostile(20, all::add);
    for (SmpJson json : new SmpJson[] {SmpJson.standard(), SmpJson.builder().compact().build()}) {
      for (Partnership p : all) {
        String text = json.write(p);
        assertEquals(p, READER.firstPass(text), text);
        assertEquals(p, READER.throughTree(text));
      }
    }
  }

  @Test
  void readsNothingTheFullPassRefusesWhenAnyMemberIsRemovedNulledOrGivenTwice() {
    // every member of a complete document, in each object and in the first element of each array
    int[] outcomes = new int[2];
    Property.forAllComplete(1, p -> {
      Object original = JsonTree.of(p);
      List<Integer> first = firstPlaces(original);
      for (int kind = 0; kind < 3; kind++) {
        for (int i : first) {
          Object tree = copy(original);
          String mutation = mutate(tree, places(tree).get(i), kind, null);
          if (mutation != null) {
            outcomes[agree(tree, mutation)]++;
          }
        }
      }
    });
    assertTrue(outcomes[0] > 300 && outcomes[1] > 100, () -> "refused " + outcomes[0] + ", read " + outcomes[1]);
  }

  @Test
  void readsNothingTheFullPassRefusesWhenAValueIsChanged() {
    SplittableRandom random = new SplittableRandom(20261130L);
    int[] outcomes = new int[2];
    Property.forAllComplete(20, p -> {
      Object original = JsonTree.of(p);
      for (int i = 0; i < 25; i++) {
        Object tree = copy(original);
        List<Object[]> places = places(tree);
        String mutation = null;
        while (mutation == null) {
          mutation = mutate(tree, places.get(random.nextInt(places.size())), 3 + random.nextInt(5), random);
        }
        outcomes[agree(tree, mutation)]++;
      }
    });
    assertTrue(outcomes[0] > 200 && outcomes[1] > 30, () -> "refused " + outcomes[0] + ", read " + outcomes[1]);
  }

  @Test
  void readsMoneyAndCountsOnlyAsTheFullPassDoes() {
    // the two codecs with token decoding of their own besides objects, lists, text and enums
    String[] counts = {"{\"exactly\": 3}", "{\"about\": 0}", "{\"atLeast\": 2}", "{\"atMost\": 9}",
        "{\"min\": 1, \"max\": 3}", "{\"max\": 3, \"min\": 1}", "{\"min\": 3, \"max\": 3}",
        "{\"min\": 3, \"max\": 1}", "{\"min\": 1}", "{\"max\": 1}", "{\"exactly\": 3, \"about\": 3}",
        "{\"exactly\": 3, \"min\": 1}", "{\"exactly\": 3.0}", "{\"exactly\": 1e1}", "{\"exactly\": -1}",
        "{\"exactly\": 99999999999999999999}", "{\"exactly\": 9223372036854775807}", "{}",
        "{\"exactly\": \"3\"}", "{\"exactly\": 3, \"unknown\": 1}", "{\"exactly\": 3, \"exactly\": 4}", "3"};
    String[] money = {"{\"amount\": \"1.00\", \"currency\": \"EUR\"}", "{\"currency\": \"EUR\", \"amount\": \"7\"}",
        "{\"amount\": \"1.005\", \"currency\": \"EUR\"}", "{\"amount\": \"-1\", \"currency\": \"EUR\"}",
        "{\"amount\": \"1\", \"currency\": \"XAU\"}", "{\"amount\": \"1\", \"currency\": \"EUX\"}",
        "{\"amount\": \"1\", \"currency\": \"eur\"}", "{\"currency\": \"EUR\"}",
        "{\"amount\": 1, \"currency\": \"EUR\"}",
        "{\"amount\": \"1\", \"currency\": \"EUR\", \"x\": 1}", "{\"amount\": \"100\", \"currency\": \"JPY\"}",
        "{\"amount\": \"1.5\", \"currency\": \"JPY\"}", "{\"amount\": \"1e3\", \"currency\": \"EUR\"}",
        "{\"amount\": \"1\", \"amount\": \"2\", \"currency\": \"EUR\"}", "\"EUR 1.00\""};
    int[] outcomes = new int[2];
    Property.forAllComplete(1, p -> {
      String text = TreeWriter.compact(JsonTree.of(p));
      for (String[] variants : new String[][] {counts, money}) {
        String key = variants == counts ? "{\"exactly\":" : "{\"amount\":";
        int at = text.indexOf(key);
        assertTrue(at > 0, key);
        int end = text.indexOf('}', at) + 1;
        for (String variant : variants) {
          String changed = text.substring(0, at) + variant + text.substring(end);
          outcomes[agree(changed, text.substring(at, end) + " -> " + variant)]++;
        }
      }
    });
    assertTrue(outcomes[0] > 20 && outcomes[1] > 8, () -> "refused " + outcomes[0] + ", read " + outcomes[1]);
  }

  /** Asserts that the first pass reads the tree's document only as the full pass does: 0 when refused, 1 when read. */
  private static int agree(Object tree, String mutation) {
    return agree(TreeWriter.compact(tree).replace("\"" + REPEAT, "\""), mutation);
  }

  /** As {@link #agree(Object, String)}, for a document's text. */
  private static int agree(String text, String mutation) {
    Partnership first = READER.firstPass(text);
    Partnership full;
    try {
      full = READER.throughTree(text);
    } catch (SmpJsonException e) {
      assertNull(first, () -> mutation + ": the first pass read what the full pass refuses: " + e.getMessage()
          + "\n" + text);
      return 0;
    }
    if (first != null) {
      assertEquals(full, first, mutation);
    }
    return 1;
  }

  @Test
  void givesUpOnAnUnknownFieldEvenWhenUnknownFieldsAreIgnored() {
    DocumentReader lenient = new DocumentReader(SmpJson.DEFAULT_MAX_DOCUMENT_LENGTH,
        SmpJson.DEFAULT_MAX_TOKEN_COUNT, SmpJson.DEFAULT_MAX_NESTING_DEPTH, SmpJson.DEFAULT_MAX_STRING_LENGTH,
        SmpJson.DEFAULT_MAX_NUMBER_LENGTH, true);
    Property.forAll(1, p -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> tree = (Map<String, Object>) JsonTree.of(p);
      tree.put("later", List.of(Map.of("a", 1)));
      String text = TreeWriter.compact(tree);
      assertNull(lenient.firstPass(text));
      assertEquals(p, lenient.throughTree(text));
    });
  }

  @Test
  void givesUpOnADocumentOverALimit() {
    Property.forAllComplete(1, p -> {
      String text = SmpJson.standard().write(p);
      DocumentReader shortDocuments = new DocumentReader(text.length() - 1, SmpJson.DEFAULT_MAX_TOKEN_COUNT,
          SmpJson.DEFAULT_MAX_NESTING_DEPTH, SmpJson.DEFAULT_MAX_STRING_LENGTH, SmpJson.DEFAULT_MAX_NUMBER_LENGTH,
          false);
      assertNull(shortDocuments.firstPass(text));
      DocumentReader fewTokens = new DocumentReader(SmpJson.DEFAULT_MAX_DOCUMENT_LENGTH, 20,
          SmpJson.DEFAULT_MAX_NESTING_DEPTH, SmpJson.DEFAULT_MAX_STRING_LENGTH, SmpJson.DEFAULT_MAX_NUMBER_LENGTH,
          false);
      assertNull(fewTokens.firstPass(text));
      assertNotNull(READER.firstPass(text));
    });
  }

  /**
   * Breaks a document in one place ({container, key or index, pointer}) in one of eight ways; says
   * how, or null when that way does not apply there.
   */
  @SuppressWarnings("unchecked")
  private static String mutate(Object tree, Object[] place, int kind, SplittableRandom random) {
    Object container = place[0];
    Object key = place[1];
    Object value = container instanceof Map<?, ?> m ? m.get(key) : ((List<?>) container).get((Integer) key);
    Object replacement;
    switch (kind) {
      case 0 -> {
        if (container instanceof Map<?, ?> m) {
          m.remove(key);
        } else {
          ((List<?>) container).remove((int) (Integer) key);
        }
        return place[2] + " removed";
      }
      case 1 -> replacement = null;
      case 2 -> {
        if (!(container instanceof Map<?, ?> m)) {
          return null;
        }
        ((Map<String, Object>) m).put(REPEAT + key, value);
        return place[2] + " given twice";
      }
      case 3 -> {
        Object[] others = {"x", "", BigInteger.valueOf(7), new BigDecimal("1.5"), true, new LinkedHashMap<>(),
            new ArrayList<>(), List.of("x")};
        replacement = others[random.nextInt(others.length)];
      }
      case 4 -> {
        Object target = value instanceof Map<?, ?> ? value : container;
        if (!(target instanceof Map<?, ?>)) {
          return null;
        }
        ((Map<String, Object>) target).put("unknownField", "x");
        return place[2] + ": an unknown field added";
      }
      case 5 -> {
        if (!(value instanceof String s)) {
          return null;
        }
        String[] changes = {s.toLowerCase(Locale.ROOT), s + " ", " " + s, s + "\u0001", s + "X", "ZZ"};
        replacement = changes[random.nextInt(changes.length)];
      }
      case 6 -> {
        if (!(value instanceof BigInteger n)) {
          return null;
        }
        BigInteger[] changes = {n.negate(), n.add(BigInteger.valueOf(1_000_000_000L)), BigInteger.ZERO,
            BigInteger.TEN.pow(30)};
        replacement = changes[random.nextInt(changes.length)];
      }
      default -> {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
          return null;
        }
        if (random.nextBoolean()) {
          ((List<Object>) list).add(list.get(0));
          return place[2] + ": its first element added again";
        }
        list.clear();
        return place[2] + " emptied";
      }
    }
    if (container instanceof Map<?, ?> m) {
      ((Map<Object, Object>) m).put(key, replacement);
    } else {
      ((List<Object>) container).set((Integer) key, replacement);
    }
    return place[2] + " set to " + replacement;
  }

  /** Every member and element of a tree, outermost first, as {container, key or index, pointer}. */
  private static List<Object[]> places(Object tree) {
    List<Object[]> places = new ArrayList<>();
    collect(tree, "", places);
    return places;
  }

  /** A copy of a plain tree whose objects and arrays can be changed. */
  private static Object copy(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, copy(v)));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(e -> copy.add(copy(e)));
      return copy;
    }
    return node;
  }

  /**
   * The indexes in {@link #places} of the places within each object and the first element of each
   * array (the other elements repeat its fields).
   */
  private static List<Integer> firstPlaces(Object tree) {
    List<Integer> first = new ArrayList<>();
    List<Object[]> places = places(tree);
    for (int i = 0; i < places.size(); i++) {
      if (!((String) places.get(i)[2]).matches(".*/[1-9][0-9]*(/.*)?")) {
        first.add(i);
      }
    }
    return first;
  }

  private static void collect(Object node, String pointer, List<Object[]> places) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        String at = pointer + "/" + k;
        places.add(new Object[] {map, k, at});
        collect(v, at, places);
      });
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        String at = pointer + "/" + i;
        places.add(new Object[] {list, i, at});
        collect(list.get(i), at, places);
      }
    }
  }
}
