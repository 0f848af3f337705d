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
    assertEquals(1, report.findings().size(), report::toText);
    Finding f = report.findings().get(0);
    assertEquals(ruleId, f.ruleId());
    assertEquals(Severity.ERROR, f.severity());
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
    assertEquals(List.of(), STRUCTURAL.validate(GoodPractice.exemplary().withSummary(Optional.empty())).findings());
  }

  @Test
  void generatedPartnershipsAreStructurallyValid() {
    Property.forAll(100, p -> assertEquals(List.of(), STRUCTURAL.validate(p).findings()));
    Property.forAllComplete(100, p -> assertEquals(List.of(), STRUCTURAL.validate(p).findings()));
  }

  @Test
  void oneReportHoldsStructuralAndGuidanceFindings() {
    Partnership p = Edits.noSafeguard(GoodPractice.exemplary().withTitle(" "),
        io.github.smpkit.core.recruitment.RecruitmentSafeguard.EMPLOYER_PAYS);
    Report report = PartnershipValidator.standard().validate(p);
    assertEquals(List.of("SMP-STRUCT-001", "SMP-ETHIC-001"),
        report.findings().stream().map(Finding::ruleId).toList());
    assertEquals(1, report.structuralFindings().size());
  }
}
