package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.json.internal.TreeWriter;
import io.github.smpkit.testkit.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

  private static final SmpJson JSON = SmpJson.standard();

  @Test
  void aPartnershipsTreeWritesBackToItsCanonicalDocumentAndReadsBackEqual() {
    Property.forAll(200, p -> {
      Object tree = JsonTree.of(p);
      assertEquals(SmpJson.builder().compact().build().write(p), TreeWriter.compact(tree));
      assertEquals(p, JSON.readTree(tree));
    });
    Property.forAllComplete(100, p -> assertEquals(p, JSON.read(TreeWriter.compact(JsonTree.of(p)))));
  }

  @Test
  void numbersKeepTheirExactValueAndObjectsTheirOrder() {
    Object tree = JsonTree.parse("{\"b\": 1, \"a\": [0.10, 12345678901234567890, true, null, \"x\"]}");
    Map<?, ?> map = assertInstanceOf(Map.class, tree);
    assertEquals(List.of("b", "a"), List.copyOf(map.keySet()));
    assertEquals(BigInteger.ONE, map.get("b"));
    List<?> a = assertInstanceOf(List.class, map.get("a"));
    assertEquals(new BigDecimal("0.10"), a.get(0));
    assertEquals(new BigInteger("12345678901234567890"), a.get(1));
    assertEquals(true, a.get(2));
    assertEquals(null, a.get(3));
    assertEquals("x", a.get(4));
  }

  @Test
  void theSchemaParsesToATree() {
    Map<?, ?> schema = assertInstanceOf(Map.class, JsonTree.parse(SmpJson.schema()));
    assertTrue(schema.containsKey("$defs"));
  }

  @Test
  void malformedTextAndRepeatedKeysAreRefusedWithWhere() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonTree.parse("{\"a\": }"));
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JsonTree.parse("{\"a\": 1, \"a\": 2}"));
  }

  @Test
  void anythingButOneValueIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> JsonTree.parse(""));
    assertThrows(IllegalArgumentException.class, () -> JsonTree.parse("{} {}"));
    assertThrows(IllegalArgumentException.class, () -> JsonTree.parse("[1] 2"));
  }

  @Test
  void aTreeIsReadWithTheProblemsOfItsText() {
    Property.forAll(20, p -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> tree = (Map<String, Object>) JsonTree.of(p);
      tree.put("status", "SOMETIMES");
      SmpJsonException e = assertThrows(SmpJsonException.class, () -> JSON.readTree(tree));
      assertEquals("/status", e.problems().get(0).pointer());
    });
  }
}
