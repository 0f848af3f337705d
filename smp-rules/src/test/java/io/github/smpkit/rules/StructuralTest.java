package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Citation;
import io.github.smpkit.core.InvariantViolationException;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.Property;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Structural validation through Hibernate Validator lands in the same report as the guidance rules. */
class StructuralTest {

  private static final PartnershipValidator STRUCTURAL = PartnershipValidator.builder().ruleSets("structural").build();

  private static Finding only(Partnership p, String ruleId) {
    Report report = STRUCTURAL.validate(p);
    assertEquals(1, report.breaches().size(), report::toText);
    Finding f = report.breaches().get(0);
    assertEquals(ruleId, f.ruleId());
    assertEquals(Optional.of(Severity.ERROR), f.severity());
    assertEquals(1, f.evidence().size());
    assertEquals(f.path(), f.evidence().get(0).pointer());
    assertEquals(Optional.empty(), f.element());
    assertEquals(2, f.chapter());
    return f;
  }

  /**
   * Text rules (blank, pattern, length) are now enforced by the builders (smp-core's
   * {@code TextRule}), so a partnership that breaks one cannot be built: the structural rules
   * SMP-STRUCT-001 to 003 stay as a second line for values built by other means.
   */
  @Test
  void textsThatBreakTheirRuleCannotBeBuilt() {
    assertEquals("title", assertThrows(InvariantViolationException.class,
        () -> GoodPractice.exemplary().withTitle("  ")).field());
    assertEquals("id", assertThrows(InvariantViolationException.class,
        () -> GoodPractice.exemplary().withId("Not An Id")).field());
    assertEquals("url", assertThrows(InvariantViolationException.class,
        () -> Citation.builder().key("bad").title("Another source").url("ftp://example.org/b").build()).field());
    assertEquals("title", assertThrows(InvariantViolationException.class,
        () -> GoodPractice.exemplary().withTitle("t".repeat(301))).field());
  }

  @Test
  void outOfRangeNumbersAreReported() {
    Partnership slow = Edits.pathways(GoodPractice.exemplary(), w -> w.withProcessingDays(4000));
    assertEquals("/pathways/0/processingDays", only(slow, "SMP-STRUCT-004").path());
  }

  @Test
  void absentOptionalsAreUnknownNotBlank() {
    assertEquals(List.of(), STRUCTURAL.validate(GoodPractice.exemplary().withSummary(Optional.empty())).breaches());
  }

  @Test
  void generatedPartnershipsAreStructurallyValid() {
    Property.forAll(100, p -> assertEquals(List.of(), STRUCTURAL.validate(p).breaches()));
    Property.forAllComplete(100, p -> assertEquals(List.of(), STRUCTURAL.validate(p).breaches()));
  }

  @Test
  void oneReportHoldsStructuralAndGuidanceFindings() {
    Partnership slow = Edits.pathways(GoodPractice.exemplary(), w -> w.withProcessingDays(4000));
    Report report = PartnershipValidator.standard().validate(slow);
    assertEquals(List.of("SMP-STRUCT-004"), report.breaches().stream().map(Finding::ruleId).toList());
    assertTrue(report.evaluations().stream().anyMatch(e -> e.rule().element().isPresent()));
  }

  @Test
  void eachStructuralRuleReportsOnlyItsOwnConstraints() {
    Partnership p = Edits.pathways(GoodPractice.exemplary(), w -> w.withProcessingDays(4000));
    Report report = STRUCTURAL.validate(p);
    assertEquals(List.of("SMP-STRUCT-004"), report.breaches().stream().map(Finding::ruleId).sorted().toList());
    assertEquals(Outcome.MET, report.evaluation("SMP-STRUCT-003").orElseThrow().outcome());
  }
}
