package io.github.smpkit.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules {@link CostRules} and {@link EvidenceRules} define, built afresh: their ids in order, their element,
 * their severity, and the same definitions the catalogue holds.
 */
class RuleFilesTest {

  private static List<String> ids(List<Rule> rules) {
    return rules.stream().map(Rule::id).collect(Collectors.toList());
  }

  private static List<Rule> inCatalogue(List<String> ids) {
    return Catalogue.rules().stream().filter(r -> ids.contains(r.id())).collect(Collectors.toList());
  }

  private static void sameDefinitions(List<Rule> fresh) {
    List<Rule> catalogued = inCatalogue(ids(fresh));
    assertEquals(ids(catalogued), ids(fresh));
    for (int i = 0; i < fresh.size(); i++) {
      Rule a = fresh.get(i);
      Rule b = catalogued.get(i);
      assertEquals(b.element(), a.element(), a.id());
      assertEquals(b.severity(), a.severity(), a.id());
      assertEquals(b.chapter(), a.chapter(), a.id());
      assertEquals(b.source(), a.source(), a.id());
      assertEquals(b.title(), a.title(), a.id());
      assertEquals(b.rationale(), a.rationale(), a.id());
      assertTrue(a.rationale().isPresent(), a.id() + " gives its reason");
    }
  }

  @Test
  void costRulesAreTheTwelveRulesOfElementNine() {
    List<Rule> rules = CostRules.rules();
    assertEquals(List.of("SMP-COST-001", "SMP-COST-002", "SMP-COST-003", "SMP-COST-004", "SMP-COST-005",
        "SMP-COST-006", "SMP-COST-007", "SMP-COST-008", "SMP-COST-009", "SMP-COST-010", "SMP-COST-011",
        "SMP-COST-012"), ids(rules));
    rules.forEach(r -> assertEquals(java.util.Optional.of(EssentialElement.COSTS), r.element(), r.id()));
    assertEquals(Severity.ERROR, rules.get(0).severity());
    sameDefinitions(rules);
  }

  @Test
  void evidenceRulesAreTheElevenRulesOfElementThree() {
    List<Rule> rules = EvidenceRules.rules();
    assertEquals(List.of("SMP-DATA-001", "SMP-DATA-002", "SMP-DATA-003", "SMP-DATA-004", "SMP-DATA-005",
        "SMP-DATA-006", "SMP-DATA-007", "SMP-DATA-008", "SMP-DATA-009", "SMP-DATA-010", "SMP-DATA-011"), ids(rules));
    rules.forEach(r -> assertEquals(java.util.Optional.of(EssentialElement.EVIDENCE), r.element(), r.id()));
    sameDefinitions(rules);
  }
}
