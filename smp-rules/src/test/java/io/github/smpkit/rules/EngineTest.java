package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Party;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The rule engine: outcomes, evidence, failures, the two measures and the verdict. */
class EngineTest {

  private static final Partnership BARE = Partnership.builder().id("bare").title("Nothing known yet")
      .status(PartnershipStatus.PLANNED)
      .addParties(Party.origin(Country.of("MA")), Party.destination(Country.of("BE"))).build();

  private static Rule rule(String id, RuleCheck check) {
    return Rule.of(id, EssentialElement.COSTS, Severity.WARNING, "A test rule", List.of("/title"), check);
  }

  private static Report run(Partnership p, Rule... rules) {
    PartnershipValidator.Builder b = PartnershipValidator.builder().disable("SMP-*");
    for (Rule r : rules) {
      b.addRule(r);
    }
    return b.build().validate(p);
  }

  @Test
  void aRuleThatThrowsIsAFailureOfTheRuleNotAFindingAndTheOthersStillRun() {
    Rule broken = rule("ACME-BROKEN-001", (p, c) -> {
      throw new IllegalStateException("boom");
    });
    Rule fine = rule("ACME-FINE-001", (p, c) -> c.met("/title", "Fine."));
    Report report = run(BARE, broken, fine);
    assertEquals(1, report.failures().size());
    assertEquals("ACME-BROKEN-001", report.failures().get(0).ruleId());
    assertTrue(report.failures().get(0).message().contains("boom"));
    assertEquals(List.of(), report.breaches());
    assertEquals(Optional.empty(), report.evaluation("ACME-BROKEN-001"));
    assertEquals(Outcome.MET, report.evaluation("ACME-FINE-001").orElseThrow().outcome());
    assertEquals(2, report.rulesRun());
  }

  @Test
  void aContextKeptByARuleTakesNoFindingAfterTheCheckReturned() {
    // the evaluation keeps the context's list of findings, so a late report must not reach it
    java.util.concurrent.atomic.AtomicReference<RuleContext> kept = new java.util.concurrent.atomic.AtomicReference<>();
    Report report = run(BARE, rule("ACME-KEEPS-001", (p, c) -> {
      kept.set(c);
      c.met("/title", "Fine.");
    }));
    IllegalStateException late = assertThrows(IllegalStateException.class, () -> kept.get().met("/title", "Later."));
    assertEquals("rule ACME-KEEPS-001 reported a finding after its check had returned; a rule reports only while"
        + " it checks", late.getMessage());
    assertEquals(1, report.evaluation("ACME-KEEPS-001").orElseThrow().findings().size());
  }

  @Test
  void aRuleThatReportsNothingIsAFailure() {
    Report report = run(BARE, rule("ACME-SILENT-001", (p, c) -> { }));
    assertTrue(report.failures().get(0).message().contains("reported no outcome"), report.failures()::toString);
  }

  @Test
  void aBreachNeedsEvidenceAmongTheFactsTheRuleDeclares() {
    Report none = run(BARE, rule("ACME-NOPROOF-001", (p, c) -> c.breach("/title", "Bad.", "Fix.")));
    assertTrue(none.failures().get(0).message().contains("no evidence"), none.failures()::toString);
    Report elsewhere = run(BARE, rule("ACME-ELSEWHERE-001", (p, c) -> c.breach("/title", "Bad.", "Fix.",
        Evidence.of("/costs/0/item", "RECRUITMENT_FEE"))));
    assertTrue(elsewhere.failures().get(0).message().contains("/costs/0/item"), elsewhere.failures()::toString);
    assertEquals(List.of(), elsewhere.breaches());
  }

  @Test
  void aBreachMayNotBeMoreSeriousThanItsRule() {
    Report report = run(BARE, rule("ACME-LOUD-001", (p, c) -> c.breach(Severity.ERROR, "/title", "Bad.", "Fix.",
        Evidence.of("/title", p.title()))));
    assertEquals(1, report.failures().size());
  }

  @Test
  void theOutcomeIsBreachThenGapThenMetThenNotApplicable() {
    Rule all = rule("ACME-ALL-001", (p, c) -> {
      c.met("/title", "Met.");
      c.gap("/title", "What?", null);
      c.breach(Severity.INFO, "/title", "Bad.", null, Evidence.of("/title", p.title()));
      c.notApplicable();
    });
    Rule gapAndMet = rule("ACME-GAP-001", (p, c) -> {
      c.met("/title", "Met.");
      c.gap("/title", "What?", null);
    });
    Rule na = rule("ACME-NA-001", (p, c) -> c.notApplicable());
    Report report = run(BARE, all, gapAndMet, na);
    assertEquals(Outcome.BREACH, report.evaluation("ACME-ALL-001").orElseThrow().outcome());
    assertEquals(Optional.of(Severity.INFO), report.evaluation("ACME-ALL-001").orElseThrow().severity());
    assertEquals(Outcome.GAP, report.evaluation("ACME-GAP-001").orElseThrow().outcome());
    assertEquals(Outcome.NOT_APPLICABLE, report.evaluation("ACME-NA-001").orElseThrow().outcome());
    assertEquals(2, report.openQuestions().size());
    assertEquals(2, report.met().size());
    assertEquals(1, report.breaches().size());
  }

  @Test
  void designAndCompletenessAreCountedFromOutcomesAndNeverMixed() {
    Rule met = rule("ACME-MET-001", (p, c) -> c.met("/title", "Met."));
    Rule breach = rule("ACME-BREACH-001", (p, c) -> c.breach("/title", "Bad.", null, Evidence.of("/title", "x")));
    Rule gap1 = rule("ACME-GAP-001", (p, c) -> c.gap("/title", "What?", null));
    Rule gap2 = rule("ACME-GAP-002", (p, c) -> c.gap("/title", "Who?", null));
    Rule na = rule("ACME-NA-001", (p, c) -> c.notApplicable());
    Report report = run(BARE, met, breach, gap1, gap2, na);
    ElementResult costs = report.element(EssentialElement.COSTS).orElseThrow();
    assertEquals(Proportion.of(1, 2), costs.design());
    assertEquals(Proportion.of(2, 4), costs.completeness());
    assertEquals(Proportion.of(1, 2), report.design());
    assertEquals(Proportion.of(2, 4), report.completeness());
    assertEquals(1, costs.count(Outcome.NOT_APPLICABLE));
    assertEquals("1 breach (1 warning)", report.verdict());
    assertTrue(report.hasBreach(Severity.WARNING));
    assertFalse(report.hasBreach(Severity.ERROR));
  }

  @Test
  void aPartnershipWithOnlyOpenQuestionsHasNoBreachAndNoDesignMeasure() {
    Report report = run(BARE, rule("ACME-GAP-001", (p, c) -> c.gap("/title", "What?", null)));
    assertEquals("no breach recorded", report.verdict());
    assertEquals(OptionalInt.empty(), report.design().percent());
    assertEquals(OptionalInt.of(0), report.completeness().percent());
    assertFalse(report.hasBreach(Severity.INFO));
  }

  @Test
  void theStandardValidatorFindsNoBreachWhereNothingIsRecorded() {
    Report report = PartnershipValidator.standard().validate(BARE);
    assertEquals(List.of(), report.breaches(), report::toText);
    assertEquals(List.of(), report.failures());
    assertEquals("no breach recorded", report.verdict());
    assertFalse(report.openQuestions().isEmpty());
  }

  @Test
  void sharedFactsAreComputedOncePerValidation() {
    AtomicInteger computed = new AtomicInteger();
    Object key = new Object();
    RuleCheck check = (p, c) -> {
      c.shared(key, x -> computed.incrementAndGet());
      c.met("/title", "Met.");
    };
    PartnershipValidator v = PartnershipValidator.builder().disable("SMP-*")
        .addRule(rule("ACME-ONE-001", check)).addRule(rule("ACME-TWO-001", check)).build();
    v.validate(BARE);
    assertEquals(1, computed.get());
    v.validate(BARE);
    assertEquals(2, computed.get());
  }

  @Test
  void rulesDeclareTheFactsTheyRead() {
    Rule r = Rule.builder("ACME-1").element(EssentialElement.COSTS).severity(Severity.INFO).title("t")
        .reads("/costs/*/shares/*/payer", "/status").check((p, c) -> c.notApplicable()).build();
    assertTrue(r.reads("/costs/3/shares/0/payer"));
    assertTrue(r.reads("/costs/3"));
    assertTrue(r.reads("/costs"));
    assertTrue(r.reads(""));
    assertTrue(r.reads("/status"));
    assertFalse(r.reads("/costs/3/item"));
    assertFalse(r.reads("/title"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rule.builder("ACME-2")
        .element(EssentialElement.COSTS).severity(Severity.INFO).title("t").check((p, c) -> c.notApplicable())
        .build());
    assertTrue(e.getMessage().contains("reads"), e.getMessage());
  }

  @Test
  void ruleIdsAreCheckedAndMustBeUnique() {
    assertThrows(IllegalArgumentException.class, () -> rule("lower-case", (p, c) -> c.notApplicable()));
    Rule clash = rule("SMP-COST-001", (p, c) -> c.notApplicable());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PartnershipValidator.builder().addRule(clash).build());
    assertTrue(e.getMessage().contains("SMP-COST-001"), e.getMessage());
    Rule retired = rule("SMP-STRUCT-001", (p, c) -> c.notApplicable());
    IllegalArgumentException reused = assertThrows(IllegalArgumentException.class,
        () -> PartnershipValidator.builder().addRule(retired).build());
    assertTrue(reused.getMessage().contains("SMP-STRUCT-001 was retired"), reused.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Rule.builder("ACME-1").severity(Severity.INFO)
        .title("no chapter").reads("").check((p, c) -> { }).build());
  }

  @Test
  void findingsCarryAJsonPointer() {
    assertEquals("/costs/2/shares/0", Finding.pointer("costs", 2, "shares", 0));
    assertEquals("", Finding.pointer());
    assertEquals("/a~1b/c~0d", Finding.pointer("a/b", "c~d"));
    Rule r = rule("ACME-1", (p, c) -> c.notApplicable());
    assertThrows(IllegalArgumentException.class, () -> Finding.gap(r, "costs/2", "What?", null));
  }

  @Test
  void severitiesAreOrderedFromMildToSerious() {
    assertTrue(Severity.ERROR.isAtLeast(Severity.WARNING));
    assertFalse(Severity.INFO.isAtLeast(Severity.WARNING));
    assertEquals(List.of(Severity.INFO, Severity.WARNING, Severity.ERROR), List.of(Severity.values()));
  }

  @Test
  void elementsCarryTheirGuidanceChapters() {
    int chapter = 3;
    for (EssentialElement element : EssentialElement.values()) {
      assertEquals(chapter++, element.chapter());
    }
  }

  @Test
  void proportionsRoundHalfUpAndRefuseNonsense() {
    assertEquals(OptionalInt.of(67), Proportion.of(2, 3).percent());
    assertEquals(OptionalInt.of(50), Proportion.of(1, 2).percent());
    assertEquals(OptionalInt.of(100), Proportion.of(3, 3).percent());
    assertEquals("2/3", Proportion.of(2, 3).toString());
    assertThrows(IllegalArgumentException.class, () -> Proportion.of(3, 2));
    assertThrows(IllegalArgumentException.class, () -> Proportion.of(-1, 2));
  }

  @Test
  void aReportSummarisesItselfOnOneLine() {
    Rule breach = rule("ACME-BREACH-001", (p, c) -> c.breach("/title", "Bad.", null, Evidence.of("/title", "x")));
    String s = run(BARE, breach).toString();
    assertFalse(s.contains("\n"));
    assertEquals("Report[bare: 1 breach (1 warning), design 0/1, completeness 1/1; BREACH WARNING ACME-BREACH-001"
        + " at /title: Bad. [/title = x] (IOM SMP Guidance 2023, ch. 11)]", s);
  }

  @Test
  void validatingTheSamePartnershipTwiceGivesEqualReports() {
    Partnership p = io.github.smpkit.testkit.PartnershipGenerator.withSeed(3).next();
    Report a = PartnershipValidator.standard().validate(p);
    Report b = PartnershipValidator.builder().build().validate(p);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void aReportListsItsEvaluationsAndEqualsOnlyAReportOfTheSameFindings() {
    Rule met = rule("ACME-MET-001", (p, c) -> c.met("/title", "Fine."));
    Rule gap = rule("ACME-GAP-001", (p, c) -> c.gap("/title", "What is it called?", "Name it."));
    Rule broken = rule("ACME-BROKEN-001", (p, c) -> {
      throw new IllegalStateException("boom");
    });
    Report report = run(BARE, met, gap);
    assertEquals(List.of("ACME-MET-001", "ACME-GAP-001"), report.evaluations().stream().map(Evaluation::ruleId)
        .collect(java.util.stream.Collectors.toList()));
    Report again = run(BARE, met, gap);
    assertEquals(report, again);
    assertEquals(report.hashCode(), again.hashCode());
    assertFalse(report.equals(run(BARE, met)), "other evaluations");
    assertFalse(report.equals(run(BARE, met, gap, broken)), "a failure more");
    assertFalse(report.equals(run(BARE.withTitle("Renamed"), met, gap)), "another title");
    assertFalse(report.equals(run(BARE.withId("other"), met, gap)), "another partnership");
    assertFalse(report.equals(report.toText()), "not a report");
  }

  private static Rule.Builder anyRule(String id) {
    return Rule.builder(id).severity(Severity.INFO).title("A test rule").reads("/title").check((p, c) -> c.met("/title",
        "Fine."));
  }

  @Test
  void aRuleCitesAChapterOfTheGuidanceFromTheFirstToTheThirteenth() {
    assertEquals(1, anyRule("ACME-001").chapter(1).build().chapter());
    assertEquals(13, anyRule("ACME-013").chapter(13).build().chapter());
    assertThrows(IllegalArgumentException.class, () -> anyRule("ACME-014").chapter(14).build());
    assertThrows(IllegalArgumentException.class, () -> anyRule("ACME-000").build());
  }

  @Test
  void aBlankRationaleIsNone() {
    assertEquals(Optional.empty(), anyRule("ACME-001").chapter(2).rationale(null).build().rationale());
    assertEquals(Optional.empty(), anyRule("ACME-001").chapter(2).rationale(" ").build().rationale());
    assertEquals(Optional.of("Why it matters."), anyRule("ACME-001").chapter(2).rationale("Why it matters.").build()
        .rationale());
  }

  @Test
  void rulesAreEqualByIdOnly() {
    Rule one = anyRule("ACME-001").chapter(2).build();
    assertEquals(one, anyRule("ACME-001").chapter(3).build());
    assertEquals(one.hashCode(), anyRule("ACME-001").chapter(3).build().hashCode());
    assertFalse(one.equals(anyRule("ACME-002").chapter(2).build()));
    assertFalse(one.equals("ACME-001"));
  }

  @Test
  void aPointerSegmentThatBeginsWithAnEscapedCharacterIsEscaped() {
    assertEquals("/~0a", Finding.pointer("~a"));
    assertEquals("/~1a", Finding.pointer("/a"));
    assertEquals("/a~0", Finding.pointer("a~"));
  }

  @Test
  void aKeyedFindingKeepsItsHashOnceItsMessageIsRead() {
    PartnershipValidator standard = PartnershipValidator.standard();
    Finding read = standard.validate(BARE).evaluation("SMP-COST-009").orElseThrow().findings().get(0);
    Finding unread = standard.validate(BARE).evaluation("SMP-COST-009").orElseThrow().findings().get(0);
    assertTrue(read.messageKey().isPresent());
    assertFalse(read.message().isBlank());
    assertEquals(read, unread);
    assertEquals(read.hashCode(), unread.hashCode());
  }
}
