package io.github.smpkit.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.json.internal.TreeWriter;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.testkit.Property;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** smp-rules writes JSON reports without smp-json, byte for byte as smp-json would write them. */
class JsonTextTest {

  @Test
  void reportsOfGeneratedPartnershipsAreWrittenAsSmpJsonWritesThem() {
    PartnershipValidator validator = PartnershipValidator.builder().ruleSets("iom-smp", "blma").build();
    Property.forAll(100, p -> {
      Map<String, Object> tree = JsonReport.tree(validator.validate(p));
      assertEquals(TreeWriter.pretty(tree), JsonText.write(tree));
    });
  }

  @Test
  void awkwardTextIsEscapedAsSmpJsonEscapesIt() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("quote", "say \"no\" \\ back\\slash / slash");
    tree.put("controls", "tab\tnew\nline\rcr\bbs\ffeed\u0001\u001f");
    tree.put("unicode", "é ü 中文 \uD83D\uDE00 \u2028");
    tree.put("empty", List.of());
    tree.put("emptyObject", Map.of());
    tree.put("nested", List.of(Map.of("a", 1), List.of(true, false, 2L)));
    assertEquals(TreeWriter.pretty(tree), JsonText.write(tree));
  }

  @Test
  void somethingThatIsNotAReportTreeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonText.write(Map.of("x", 1.5)));
    assertTrue(e.getMessage().endsWith(" not java.lang.Double"), e.getMessage());
    java.util.List<Object> withNull = new java.util.ArrayList<>();
    withNull.add(null);
    IllegalArgumentException n = assertThrows(IllegalArgumentException.class, () -> JsonText.write(withNull));
    assertTrue(n.getMessage().endsWith(" not null"), n.getMessage());
  }
}
