package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.testkit.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No built-in rule throws on any generated partnership, and empty elements never yield errors. */
class RobustnessTest {

  private static final PartnershipValidator ALL = PartnershipValidator.builder().ruleSets("iom-smp", "blma").build();

  @Test
  void noRuleFailsOnGeneratedPartnerships() {
    Property.forAll(200, p -> assertEquals(List.of(), ALL.validate(p).findings().stream()
        .filter(f -> f.severity() == Severity.FATAL).toList()));
    Property.forAllComplete(100, p -> assertEquals(List.of(), ALL.validate(p).findings().stream()
        .filter(f -> f.severity() == Severity.FATAL).toList()));
  }

  @Test
  void elementsThatAreNotDescribedNeverCarryErrors() {
    Property.forAll(150, p -> {
      Report report = ALL.validate(p);
      report.elements().values().stream().filter(r -> r.status() == ElementStatus.MISSING).forEach(r ->
          assertTrue(report.findings(r.element()).stream().noneMatch(f -> f.severity().isBlocking()),
              report::toText));
    });
  }
}
