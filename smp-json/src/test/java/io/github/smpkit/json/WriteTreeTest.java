package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.json.internal.TreeWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plain trees are written in the same canonical form as partnerships. */
class WriteTreeTest {

  private static Map<String, Object> report() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("rule", "IOM-3.1");
    tree.put("passed", false);
    tree.put("count", 3);
    tree.put("share", new BigDecimal("33.30"));
    tree.put("big", new BigInteger("123456789012345678901234567890"));
    tree.put("ratio", 0.25);
    tree.put("status", PartnershipStatus.PILOT);
    tree.put("none", null);
    tree.put("empty", List.of());
    tree.put("nothing", Map.of());
    tree.put("findings", List.of(Map.of("at", "/parties"), "text \"quoted\"\n"));
    return tree;
  }

  @Test
  void prettyTreeIsIndentedAndKeepsInsertionOrder() {
    assertEquals("{\n"
        + "  \"rule\": \"IOM-3.1\",\n"
        + "  \"passed\": false,\n"
        + "  \"count\": 3,\n"
        + "  \"share\": 33.30,\n"
        + "  \"big\": 123456789012345678901234567890,\n"
        + "  \"ratio\": 0.25,\n"
        + "  \"status\": \"PILOT\",\n"
        + "  \"none\": null,\n"
        + "  \"empty\": [],\n"
        + "  \"nothing\": {},\n"
        + "  \"findings\": [\n"
        + "    {\n"
        + "      \"at\": \"/parties\"\n"
        + "    },\n"
        + "    \"text \\\"quoted\\\"\\n\"\n"
        + "  ]\n"
        + "}\n", TreeWriter.pretty(report()));
  }

  @Test
  void compactTreeIsOneLine() {
    assertEquals("{\"rule\":\"IOM-3.1\",\"passed\":false,\"count\":3,\"share\":33.30,"
        + "\"big\":123456789012345678901234567890,\"ratio\":0.25,\"status\":\"PILOT\",\"none\":null,\"empty\":[],"
        + "\"nothing\":{},\"findings\":[{\"at\":\"/parties\"},\"text \\\"quoted\\\"\\n\"]}",
        TreeWriter.compact(report()));
  }

  @Test
  void writerVariantWritesTheSameText() {
    StringWriter out = new StringWriter();
    TreeWriter.pretty(report(), out);
    assertEquals(TreeWriter.pretty(report()), out.toString());
  }

  @Test
  void controlCharactersAreEscaped() {
    assertEquals("\"a\\u0001b\\tc\"", TreeWriter.compact("a\u0001b\tc"));
  }

  @Test
  void valuesOutsideAPlainTreeAreRefusedWithTheirPointer() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TreeWriter.pretty(Map.of("items", List.of(1, Set.of(2)))));
    assertEquals("value at /items/1 is a " + Set.of(2).getClass().getName() + "; a plain tree holds only Map "
        + "(String keys), List, String, Number, Boolean, enum constants and null", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TreeWriter.pretty(Arrays.asList(Double.NaN)));
    assertThrows(IllegalArgumentException.class, () -> TreeWriter.pretty(Map.of(1, "x")));
  }
}
