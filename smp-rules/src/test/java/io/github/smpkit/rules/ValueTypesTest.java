package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Party;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The small values of a report: proportions, evidence, evaluations and element results, at their bounds. */
class ValueTypesTest {

  private static final Partnership BARE = Partnership.builder().id("bare").title("Nothing known yet")
      .status(PartnershipStatus.PLANNED)
      .addParties(Party.origin(Country.of("MA")), Party.destination(Country.of("BE"))).build();

  private static Rule rule(String id, RuleCheck check) {
    return Rule.of(id, EssentialElement.COSTS, Severity.WARNING, "A test rule", List.of("/title"), check);
  }

  private static Report run(Rule... rules) {
    PartnershipValidator.Builder b = PartnershipValidator.builder().disable("SMP-*");
    for (Rule r : rules) {
      b.addRule(r);
    }
    return b.build().validate(BARE);
  }

  @Test
  void aProportionHasAPartFromZeroToItsTotal() {
    assertEquals(OptionalInt.of(0), Proportion.of(0, 1).percent());
    assertEquals(OptionalInt.of(100), Proportion.of(1, 1).percent());
    assertEquals(OptionalInt.empty(), Proportion.of(0, 0).percent());
    assertThrows(IllegalArgumentException.class, () -> Proportion.of(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> Proportion.of(2, 1));
    // half a per cent rounds up
    assertEquals(OptionalInt.of(1), Proportion.of(1, 200).percent());
    assertEquals(OptionalInt.of(0), Proportion.of(1, 201).percent());
  }

  @Test
  void proportionsAreEqualByPartAndTotal() {
    assertEquals(Proportion.of(1, 2), Proportion.of(1, 2));
    assertEquals(Proportion.of(1, 2).hashCode(), Proportion.of(1, 2).hashCode());
    assertNotEquals(Proportion.of(1, 2), Proportion.of(2, 4));
    assertNotEquals(Proportion.of(1, 2), Proportion.of(1, 3));
    assertNotEquals(Proportion.of(1, 3), Proportion.of(2, 3));
    assertFalse(Proportion.of(1, 2).equals("1/2"));
    assertEquals(1, Proportion.of(1, 2).part());
    assertEquals(2, Proportion.of(1, 2).total());
  }

  @Test
  void evidenceValuesOfUpTo200CharactersAreKeptLongerOnesCut() {
    String exact = "v".repeat(200);
    assertEquals(exact, Evidence.of("/title", exact).value());
    assertEquals("v".repeat(197) + "...", Evidence.of("/title", exact + "w").value());
    assertEquals("/title = 3", Evidence.of("/title", 3).toString());
    assertThrows(IllegalArgumentException.class, () -> Evidence.of("title", "x"));
  }

  @Test
  void evidenceIsEqualByPointerAndValue() {
    Evidence e = Evidence.of("/title", "A");
    assertEquals(e, Evidence.of("/title", "A"));
    assertEquals(e.hashCode(), Evidence.of("/title", "A").hashCode());
    assertNotEquals(e, Evidence.of("/title", "B"));
    assertNotEquals(e, Evidence.of("/id", "A"));
    assertFalse(e.equals("/title = A"));
  }

  @Test
  void evaluationsAreEqualByRuleOutcomeAndFindings() {
    Rule met = rule("ACME-001", (p, c) -> c.met("/title", "Fine."));
    Evaluation e = run(met).evaluation("ACME-001").orElseThrow();
    assertEquals(e, run(met).evaluation("ACME-001").orElseThrow());
    assertEquals(e.hashCode(), run(met).evaluation("ACME-001").orElseThrow().hashCode());
    assertNotEquals(e, run(rule("ACME-001", (p, c) -> c.met("/title", "Fine, too."))).evaluation("ACME-001")
        .orElseThrow());
    assertNotEquals(e, run(rule("ACME-002", (p, c) -> c.met("/title", "Fine."))).evaluation("ACME-002")
        .orElseThrow());
    assertNotEquals(e, run(rule("ACME-001", (p, c) -> {
      c.met("/title", "Fine.");
      c.gap("/title", "Fine?", "Say.");
    })).evaluation("ACME-001").orElseThrow());
    assertFalse(e.equals(e.toString()));
    assertEquals("ACME-001 MET (1 finding)", e.toString());
    Evaluation two = run(rule("ACME-001", (p, c) -> {
      c.met("/title", "Fine.");
      c.met("/id", "Fine too.");
    })).evaluation("ACME-001").orElseThrow();
    assertEquals("ACME-001 MET (2 findings)", two.toString());
  }

  @Test
  void elementResultsAreEqualByElementAndTheirRulesOutcomes() {
    Rule met = rule("ACME-001", (p, c) -> c.met("/title", "Fine."));
    Rule gap = rule("ACME-002", (p, c) -> c.gap("/title", "Fine?", "Say."));
    ElementResult r = run(met, gap).element(EssentialElement.COSTS).orElseThrow();
    assertEquals(r, run(met, gap).element(EssentialElement.COSTS).orElseThrow());
    assertEquals(r.hashCode(), run(met, gap).element(EssentialElement.COSTS).orElseThrow().hashCode());
    assertNotEquals(r, run(met).element(EssentialElement.COSTS).orElseThrow());
    Rule training = Rule.of("ACME-003", EssentialElement.TRAINING, Severity.WARNING, "A test rule", List.of("/title"),
        (p, c) -> c.met("/title", "Fine."));
    assertNotEquals(run(training).element(EssentialElement.TRAINING).orElseThrow(),
        run(met).element(EssentialElement.COSTS).orElseThrow());
    assertFalse(r.equals(r.toString()));
    assertEquals("COSTS: design 1/1, completeness 1/2", r.toString());
    assertEquals(java.util.Set.of("ACME-002"), r.rules(Outcome.GAP));
    assertEquals(java.util.Set.of(), r.rules(Outcome.BREACH));
  }
}
