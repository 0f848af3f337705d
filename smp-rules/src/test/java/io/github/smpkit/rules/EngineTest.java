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
import org.junit.jupiter.api.Test;

class EngineTest {

  private static final Partnership BARE = Partnership.builder().id("bare").title("Nothing known yet")
      .status(PartnershipStatus.PLANNED)
      .addParties(Party.origin(Country.of("MA")), Party.destination(Country.of("BE"))).build();

  @Test
  void aRuleThatThrowsBecomesAFatalFindingNamingTheRuleAndTheOthersStillRun() {
    Rule broken = Rule.of("ACME-BROKEN-001", EssentialElement.COSTS, Severity.WARNING, "Always throws",
        (p, c) -> {
          throw new IllegalStateException("boom");
        });
    Report report = PartnershipValidator.builder().addRule(broken).build().validate(GoodPractice.exemplary());

    List<Finding> fatal = report.findingsOf("ACME-BROKEN-001");
    assertEquals(1, fatal.size());
    assertEquals(Severity.FATAL, fatal.get(0).severity());
    assertTrue(fatal.get(0).message().contains("ACME-BROKEN-001"), fatal.get(0).message());
    assertTrue(fatal.get(0).message().contains("boom"), fatal.get(0).message());
    assertFalse(report.isValid());
    assertEquals(ElementStatus.PARTLY_ADDRESSED, report.element(EssentialElement.COSTS).orElseThrow().status());
    assertEquals(PartnershipValidator.standard().rules().size() + 1, report.rulesRun());
  }

  @Test
  void aRuleMayNotReportFatalItself() {
    Rule cheat = Rule.of("ACME-CHEAT-001", EssentialElement.COSTS, Severity.WARNING, "Reports FATAL",
        (p, c) -> c.report(Severity.FATAL, "", "fatal", "none"));
    Report report = PartnershipValidator.builder().addRule(cheat).build().validate(GoodPractice.exemplary());
    Finding f = report.findingsOf("ACME-CHEAT-001").get(0);
    assertEquals(Severity.FATAL, f.severity());
    assertTrue(f.message().contains("IllegalArgumentException"), f.message());
  }

  @Test
  void unknownFactsNeverProduceErrorsAndEveryElementIsMissing() {
    Report report = PartnershipValidator.standard().validate(BARE);
    assertTrue(report.isValid(), report::toText);
    assertEquals(EssentialElement.values().length, report.elements().size());
    for (EssentialElement element : EssentialElement.values()) {
      ElementResult result = report.element(element).orElseThrow();
      assertEquals(ElementStatus.MISSING, result.status());
      assertEquals(0, result.score());
      assertEquals(List.of(Strip.notDescribedRule(element)), List.copyOf(result.firedRules()), result::toString);
    }
    assertEquals(0, report.score());
  }

  @Test
  void scoresWeighTheRulesThatFiredBySeverity() {
    Partnership p = Edits.noSafeguard(GoodPractice.exemplary(), io.github.smpkit.core.recruitment
        .RecruitmentSafeguard.EMPLOYER_PAYS);
    Report report = PartnershipValidator.standard().validate(p);
    ElementResult ethics = report.element(EssentialElement.ETHICAL_RECRUITMENT).orElseThrow();
    assertEquals(ElementStatus.PARTLY_ADDRESSED, ethics.status());
    int total = PartnershipValidator.standard().rules().stream()
        .filter(r -> r.element().equals(Optional.of(EssentialElement.ETHICAL_RECRUITMENT)))
        .mapToInt(r -> r.severity() == Severity.ERROR ? 3 : r.severity() == Severity.WARNING ? 2 : 1).sum();
    assertEquals(Math.round(100f * (total - 2) / total), ethics.score());
    assertTrue(report.score() < 100 && report.score() > 90, () -> String.valueOf(report.score()));
  }

  @Test
  void infoFindingsLeaveAnElementAddressed() {
    Partnership p = Edits.noLink(GoodPractice.exemplary(), io.github.smpkit.core.development.DevelopmentLinkKind
        .DIASPORA_ENGAGEMENT);
    p = Edits.noStakeholder(p, io.github.smpkit.core.party.StakeholderType.DIASPORA_ORGANISATION);
    Report report = PartnershipValidator.standard().validate(p);
    assertEquals(List.of("SMP-DEV-006"), report.findings().stream().map(Finding::ruleId).toList());
    assertEquals(ElementStatus.ADDRESSED, report.element(EssentialElement.LOCAL_DEVELOPMENT).orElseThrow().status());
    assertTrue(report.element(EssentialElement.LOCAL_DEVELOPMENT).orElseThrow().score() < 100);
  }

  @Test
  void ruleIdsAreCheckedAndMustBeUnique() {
    assertThrows(IllegalArgumentException.class, () -> Rule.of("lower-case", EssentialElement.COSTS, Severity.INFO, "x",
        (p, c) -> { }));
    Rule clash = Rule.of("SMP-COST-001", EssentialElement.COSTS, Severity.INFO, "clash", (p, c) -> { });
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PartnershipValidator.builder().addRule(clash).build());
    assertTrue(e.getMessage().contains("SMP-COST-001"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Rule.builder("ACME-1").severity(Severity.FATAL)
        .element(EssentialElement.COSTS).title("t").check((p, c) -> { }).build());
    assertThrows(IllegalArgumentException.class, () -> Rule.builder("ACME-1").severity(Severity.INFO)
        .title("no chapter").check((p, c) -> { }).build());
  }

  @Test
  void findingsCarryAJsonPointer() {
    assertEquals("/costs/2/shares/0", Finding.pointer("costs", 2, "shares", 0));
    assertEquals("", Finding.pointer());
    assertEquals("/a~1b/c~0d", Finding.pointer("a/b", "c~d"));
    assertThrows(IllegalArgumentException.class, () -> Finding.of("ACME-1", Severity.INFO, Optional.empty(), 2,
        "costs/2", "message", Optional.empty()));
  }

  @Test
  void severitiesAreOrderedFromMildToFatal() {
    assertTrue(Severity.FATAL.isAtLeast(Severity.ERROR));
    assertTrue(Severity.ERROR.isBlocking());
    assertFalse(Severity.WARNING.isBlocking());
    assertTrue(Severity.INFO.compareTo(Severity.WARNING) < 0);
  }

  @Test
  void elementsCarryTheirGuidanceChapters() {
    int chapter = 3;
    for (EssentialElement element : EssentialElement.values()) {
      assertEquals(chapter++, element.chapter());
    }
  }

  @Test
  void aReportSummarisesItselfOnOneLine() {
    Report report = PartnershipValidator.standard().validate(BARE);
    String s = report.toString();
    assertFalse(s.contains("\n"));
    assertTrue(s.startsWith("Report[bare: VALID, score 0, 10 warnings; WARNING SMP-"), s);
    assertTrue(s.endsWith("(+7 more)]"), s);
  }

  @Test
  void validatingTheSamePartnershipTwiceGivesEqualReports() {
    Partnership p = io.github.smpkit.testkit.PartnershipGenerator.withSeed(3).next();
    Report a = PartnershipValidator.standard().validate(p);
    Report b = PartnershipValidator.builder().build().validate(p);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }
}
