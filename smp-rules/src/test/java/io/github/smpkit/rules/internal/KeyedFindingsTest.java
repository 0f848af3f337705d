package io.github.smpkit.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.RuleCheck;
import io.github.smpkit.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keyed findings, the built-in rules' way through {@link Messages}: a keyed breach is held to the same evidence law
 * as any, the texts come from the bundle, and the engine's reporter is installed once.
 */
class KeyedFindingsTest {

  private static final Partnership BARE = Partnership.builder().id("bare").title("Nothing known yet")
      .status(PartnershipStatus.PLANNED)
      .addParties(Party.origin(Country.of("MA")), Party.destination(Country.of("BE"))).build();

  private static Report run(RuleCheck check) {
    Rule rule = Rule.of("ACME-001", EssentialElement.COSTS, Severity.WARNING, "A test rule", List.of("/title"), check);
    return PartnershipValidator.builder().disable("SMP-*").addRule(rule).build().validate(BARE);
  }

  @Test
  void aKeyedBreachWithoutEvidenceIsAFailureOfTheRule() {
    Report report = run((p, c) -> Messages.breach(c, "/title", "", List.of()));
    assertEquals(1, report.failures().size(), report::toText);
    assertTrue(report.failures().get(0).message().contains("no evidence"), report.failures()::toString);
  }

  @Test
  void aKeyedBreachWithEvidenceOutsideItsFactsIsAFailureOfTheRule() {
    Report report = run((p, c) -> Messages.breach(c, "/id", "", List.of(Evidence.of("/id", p.id()))));
    assertEquals(1, report.failures().size(), report::toText);
    assertTrue(report.failures().get(0).message().contains("not among the facts"), report.failures()::toString);
  }

  @Test
  void aKeyedBreachWithItsEvidenceIsABreach() {
    Report report = run((p, c) -> Messages.breach(c, "/title", "", List.of(Evidence.of("/title", p.title()))));
    assertEquals(List.of(), report.failures());
    assertEquals(1, report.breaches().size());
  }

  @Test
  void theBundleHoldsTheTitlesAndRationalesTheRulesTakeFromIt() {
    Rule cost = Catalogue.rules().stream().filter(r -> r.id().equals("SMP-COST-001")).findFirst().orElseThrow();
    assertTrue(Messages.has("SMP-COST-001.title"));
    assertTrue(Messages.has("SMP-COST-001.rationale"));
    assertFalse(Messages.has("SMP-COST-001.no-such-key"));
    assertEquals(cost.title(), Messages.text("SMP-COST-001.title"));
    assertEquals(cost.rationale().orElseThrow(), Messages.text("SMP-COST-001.rationale"));
  }

  @Test
  void onlyTheFirstReporterCounts() {
    // the engine installed its reporter when it was loaded; a second one is ignored
    assertTrue(PartnershipValidator.standard().validate(BARE).failures().isEmpty());
    Messages.reporter((context, outcome, severity, path, suffix, arguments, evidence) -> {
      throw new IllegalStateException("a second reporter was installed");
    });
    Report report = PartnershipValidator.standard().validate(BARE);
    assertEquals(List.of(), report.failures(), report::toText);
  }
}
