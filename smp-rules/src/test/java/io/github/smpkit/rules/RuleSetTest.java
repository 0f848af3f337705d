package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  private static List<String> ids(PartnershipValidator v) {
    return v.rules().stream().map(Rule::id).collect(Collectors.toList());
  }

  @Test
  void theCatalogueHasAtLeastFiftyGuidanceRulesAndThreePerElement() {
    List<Rule> catalogue = PartnershipValidator.catalogue();
    long guidance = catalogue.stream().filter(r -> r.element().isPresent()).count();
    assertTrue(guidance >= 50, "only " + guidance + " rules");
    Map<EssentialElement, Integer> perElement = new EnumMap<>(EssentialElement.class);
    catalogue.forEach(r -> r.element().ifPresent(e -> perElement.merge(e, 1, Integer::sum)));
    for (EssentialElement element : EssentialElement.values()) {
      assertTrue(perElement.getOrDefault(element, 0) >= 3, element + " has " + perElement.get(element));
    }
  }

  @Test
  void everyRuleIsDocumentedAndCitesAChapter() {
    Set<String> seen = new LinkedHashSet<>();
    for (Rule rule : PartnershipValidator.catalogue()) {
      assertTrue(seen.add(rule.id()), "duplicate " + rule.id());
      assertTrue(rule.rationale().isPresent(), rule.id() + " has no rationale");
      assertTrue(rule.chapter() >= 2 && rule.chapter() <= 12, rule.id());
      assertTrue(rule.title().length() <= 100, rule.id() + " title too long");
      assertTrue(rule.id().startsWith("SMP-"), rule.id());
    }
  }

  @Test
  void theMandatoryRulesHaveTheirSeverityAndChapter() {
    Map<String, Rule> byId = PartnershipValidator.catalogue().stream()
        .collect(Collectors.toMap(Rule::id, r -> r));
    // ERROR only where a standard the guidance cites is breached: employer pays, the WHO Code
    assertRule(byId, "SMP-COST-001", Severity.ERROR, 11);
    assertRule(byId, "SMP-ETHIC-002", Severity.ERROR, 12);
    assertEquals(List.of("SMP-COST-001", "SMP-ETHIC-002"), PartnershipValidator.catalogue().stream()
        .filter(r -> r.severity() == Severity.ERROR && r.element().isPresent()).map(Rule::id).sorted().toList());
    assertRule(byId, "SMP-STAKE-002", Severity.WARNING, 4);
    assertRule(byId, "SMP-SOC-001", Severity.WARNING, 9);
    assertRule(byId, "SMP-PATH-002", Severity.WARNING, 10);
    assertRule(byId, "SMP-COST-003", Severity.WARNING, 11);
    assertRule(byId, "SMP-PLAN-008", Severity.WARNING, 4);
    assertTrue(byId.get("SMP-COST-001").source().startsWith("ILO"), byId.get("SMP-COST-001").source());
    assertTrue(byId.get("SMP-ETHIC-002").source().contains("WHO"), byId.get("SMP-ETHIC-002").source());
  }

  @Test
  void retiredIdsAreGoneAndNoIdEndsInZeroZeroZero() {
    Set<String> ids = PartnershipValidator.catalogue().stream().map(Rule::id).collect(Collectors.toSet());
    for (String retired : List.of("SMP-GSP-001", "SMP-GSP-002", "SMP-GSP-003", "SMP-GSP-004", "SMP-ETHIC-007",
        "SMP-BLMA-004", "SMP-BLMA-005", "SMP-PLAN-009", "SMP-STRUCT-001", "SMP-STRUCT-002", "SMP-STRUCT-003",
        "SMP-STRUCT-004")) {
      assertFalse(ids.contains(retired), retired);
    }
    assertTrue(ids.stream().noneMatch(id -> id.endsWith("-000")), ids::toString);
  }

  private static void assertRule(Map<String, Rule> byId, String id, Severity severity, int chapter) {
    Rule rule = byId.get(id);
    assertEquals(severity, rule.severity(), id);
    assertEquals(chapter, rule.chapter(), id);
  }

  @Test
  void theBuiltInSetsAreListedAndResolve() {
    assertEquals(List.of("iom-smp", "ethical-recruitment", "global-skill-partnership", "blma"),
        PartnershipValidator.ruleSetNames());
    for (String name : PartnershipValidator.ruleSetNames()) {
      assertFalse(PartnershipValidator.ruleSet(name).isEmpty(), name);
    }
  }

  @Test
  void theDefaultSetHoldsEveryElementRuleButThoseFromOtherSources() {
    List<String> expected = PartnershipValidator.catalogue().stream().map(Rule::id)
        .filter(id -> !id.startsWith("SMP-BLMA-") && !id.equals("SMP-ETHIC-010")).collect(Collectors.toList());
    assertEquals(expected, ids(PartnershipValidator.standard()));
    assertEquals(expected, PartnershipValidator.ruleSet("iom-smp"));
  }

  @Test
  void setsHoldWhatTheirNamesPromise() {
    assertTrue(PartnershipValidator.ruleSet("blma").containsAll(List.of("SMP-BLMA-001", "SMP-BLMA-003",
        "SMP-TRAIN-005", "SMP-SOC-007", "SMP-ETHIC-010", "SMP-COST-001", "SMP-SOC-001", "SMP-PATH-002")));
    assertTrue(PartnershipValidator.ruleSet("global-skill-partnership").containsAll(List.of("SMP-DEV-004",
        "SMP-COST-007", "SMP-TRAIN-002", "SMP-TRAIN-003")));
    List<String> ethical = PartnershipValidator.ruleSet("ethical-recruitment");
    PartnershipValidator.catalogue().stream()
        .filter(r -> r.element().equals(Optional.of(EssentialElement.ETHICAL_RECRUITMENT)))
        .forEach(r -> assertTrue(ethical.contains(r.id()), r.id()));
    assertTrue(ethical.contains("SMP-COST-001"));
  }

  /** The structural set was retired (issue 14): asking for it says so and why, not merely "unknown". */
  @Test
  void theRetiredStructuralSetIsRefusedWithItsReason() {
    for (Runnable ask : List.<Runnable>of(() -> PartnershipValidator.ruleSet("structural"),
        () -> PartnershipValidator.builder().ruleSets("structural").build())) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, ask::run);
      assertTrue(e.getMessage().startsWith("rule set 'structural' was retired: the model's builders enforce these"
          + " constraints; a partnership that breaks one cannot be built"), e.getMessage());
      assertTrue(e.getMessage().endsWith("known sets: " + PartnershipValidator.ruleSetNames()), e.getMessage());
    }
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> PartnershipValidator.ruleSet("structure"));
    assertEquals("unknown rule set 'structure'; known sets: " + PartnershipValidator.ruleSetNames(),
        unknown.getMessage());
  }

  /** Disabling a retired rule changes nothing (it is gone); a mistyped id is still refused. */
  @Test
  void retiredIdsMayStillBeDisabled() {
    assertEquals(ids(PartnershipValidator.standard()),
        ids(PartnershipValidator.builder().disable("SMP-STRUCT-*", "SMP-STRUCT-004").build()));
    // a pattern that covers the retired ones is accepted too
    assertEquals(ids(PartnershipValidator.standard()),
        ids(PartnershipValidator.builder().disable("SMP-STRUCT*").build()));
    assertThrows(IllegalArgumentException.class, () -> PartnershipValidator.builder().disable("SMP-STRUKT-*").build());
  }

  @Test
  void setsCombineAndRulesCanBeSwitchedOff() {
    PartnershipValidator v = PartnershipValidator.builder().ruleSets("blma", "ethical-recruitment")
        .disable("SMP-ETHIC-010", "SMP-BLMA-*", "SMP-PLAN-*").build();
    List<String> ids = ids(v);
    assertFalse(ids.contains("SMP-ETHIC-010"));
    assertTrue(ids.stream().noneMatch(id -> id.startsWith("SMP-BLMA-") || id.startsWith("SMP-PLAN-")));
    assertTrue(ids.contains("SMP-ETHIC-002"));
    assertTrue(ids.contains("SMP-COST-001"));
    Report report = v.validate(GoodPractice.exemplary());
    assertFalse(report.element(EssentialElement.PLANNING).isPresent(), "no planning rule is active");
    assertTrue(report.element(EssentialElement.ETHICAL_RECRUITMENT).isPresent());
  }

  @Test
  void unknownSetsAndIdsAreRejectedWithTheKnownNames() {
    IllegalArgumentException set = assertThrows(IllegalArgumentException.class,
        () -> PartnershipValidator.builder().ruleSets("iom").build());
    assertTrue(set.getMessage().contains("iom-smp"), set.getMessage());
    IllegalArgumentException id = assertThrows(IllegalArgumentException.class,
        () -> PartnershipValidator.builder().disable("SMP-COST-999").build());
    assertTrue(id.getMessage().contains("SMP-COST-999"), id.getMessage());
  }
}
