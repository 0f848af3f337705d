package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Rule#reads(String)}: a pointer and a fact pattern overlap where their segments agree as far as both go. */
class RuleReadsTest {

  private static Rule reading(String... facts) {
    return Rule.of("ACME-READS-001", EssentialElement.COSTS, Severity.WARNING, "Reads", List.of(facts),
        (p, c) -> c.notApplicable());
  }

  /** The definition, by splitting both into segments. */
  private static boolean overlap(String pointer, String fact) {
    String[] p = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    String[] f = fact.isEmpty() ? new String[0] : fact.substring(1).split("/", -1);
    for (int i = 0; i < Math.min(p.length, f.length); i++) {
      if (!f[i].equals("*") && !f[i].equals(p[i])) {
        return false;
      }
    }
    return true;
  }

  @Test
  void examples() {
    Rule rule = reading("/costs/*/shares/*/payer", "/title");
    assertTrue(rule.reads("/costs/2/shares/0/payer"));
    assertTrue(rule.reads("/costs/2"), "a pointer inside the pattern's path");
    assertTrue(rule.reads("/costs/2/shares/0/payer/name"), "a pointer below a fact");
    assertTrue(rule.reads(""), "the whole partnership holds every fact");
    assertFalse(rule.reads("/costs/2/shares/0/percent"));
    assertFalse(rule.reads("/cost"));
    assertFalse(rule.reads("/titles"));
    assertTrue(reading("").reads("/anything/at/all"));
  }

  @Test
  void everyPointerOfSmallSegmentsAgreesWithTheDefinition() {
    String[] segments = {"", "*", "a", "ab", "b", "0", "10", "a~1b"};
    List<String> paths = new ArrayList<>(List.of(""));
    for (int depth = 0; depth < 3; depth++) {
      List<String> longer = new ArrayList<>();
      for (String path : paths) {
        for (String s : segments) {
          longer.add(path + "/" + s);
        }
      }
      paths.addAll(longer.subList(0, longer.size()));
      paths = new ArrayList<>(new java.util.LinkedHashSet<>(paths));
    }
    int checked = 0;
    for (String fact : paths) {
      Rule rule = reading(fact);
      for (String pointer : paths) {
        assertEquals(overlap(pointer, fact), rule.reads(pointer), () -> "fact '" + fact + "', pointer '" + pointer + "'");
        checked++;
      }
    }
    assertTrue(checked > 300_000, "checked " + checked);
  }
}
