package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Citation;
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

  @Test
  void aBlankTitleIsReportedAtItsPointer() {
    Finding f = only(GoodPractice.exemplary().withTitle("  "), "SMP-STRUCT-001");
    assertEquals("/title", f.path());
    assertTrue(f.message().contains("'  '"), f.message());
  }

  @Test
  void anIdOutsideThePatternIsReported() {
    assertEquals("/id", only(GoodPractice.exemplary().withId("Not An Id"), "SMP-STRUCT-002").path());
  }

  @Test
  void aNestedOptionalValueIsReportedWithItsListIndex() {
    Partnership p = GoodPractice.exemplary().withCitations(List.of(
        Citation.builder().key("ok").title("A source").url("https://example.org/a").build(),
        Citation.builder().key("bad").title("Another source").url("ftp://example.org/b").build()));
    assertEquals("/citations/1/url", only(p, "SMP-STRUCT-002").path());
  }

  @Test
  void tooLongTextsAndOutOfRangeNumbersAreReported() {
    assertEquals("/title", only(GoodPractice.exemplary().withTitle("t".repeat(301)), "SMP-STRUCT-003").path());
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
    Report report = PartnershipValidator.standard().validate(GoodPractice.exemplary().withTitle(" "));
    assertEquals(List.of("SMP-STRUCT-001"), report.breaches().stream().map(Finding::ruleId).toList());
    assertTrue(report.evaluations().stream().anyMatch(e -> e.rule().element().isPresent()));
  }

  @Test
  void eachStructuralRuleReportsOnlyItsOwnConstraints() {
    Partnership p = GoodPractice.exemplary().withTitle(" ").withId("Not An Id");
    Report report = STRUCTURAL.validate(p);
    assertEquals(List.of("SMP-STRUCT-001", "SMP-STRUCT-002"), report.breaches().stream().map(Finding::ruleId)
        .sorted().toList());
    assertEquals(Outcome.MET, report.evaluation("SMP-STRUCT-003").orElseThrow().outcome());
  }
}
