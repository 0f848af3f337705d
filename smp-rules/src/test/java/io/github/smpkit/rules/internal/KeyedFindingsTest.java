package io.github.smpkit.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** A keyed breach (the built-in rules' way, through {@link Messages}) is held to the same evidence law as any. */
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
}
