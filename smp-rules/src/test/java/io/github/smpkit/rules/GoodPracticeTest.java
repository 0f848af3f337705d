package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.Property;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The "done when": a complete generated partnership made exemplary passes with every
 * element addressed, and taking any one element away makes that element's status drop and names
 * the rules that fired.
 */
class GoodPracticeTest {

  private static final PartnershipValidator STANDARD = PartnershipValidator.standard();
  private static final PartnershipValidator ALL = PartnershipValidator.builder()
      .ruleSets("iom-smp", "blma").build();

  @Test
  void exemplaryCompletePartnershipsHaveNoErrorsAndEveryElementAddressed() {
    Property.forAllComplete(150, raw -> {
      Partnership p = GoodPractice.apply(raw);
      for (PartnershipValidator validator : List.of(STANDARD, ALL)) {
        Report report = validator.validate(p);
        assertTrue(report.isValid(), report::toText);
        assertEquals(0, report.count(Severity.WARNING), report::toText);
        assertEquals(EssentialElement.values().length, report.elements().size());
        report.elements().values().forEach(r -> assertEquals(ElementStatus.ADDRESSED, r.status(), report::toText));
        assertEquals(100, report.score(), report::toText);
      }
    });
  }

  @ParameterizedTest(name = "without {0}")
  @EnumSource(EssentialElement.class)
  void takingOneElementAwayDropsItsStatusAndNamesTheRulesThatFired(EssentialElement element) {
    Property.forAllComplete(25, raw -> {
      Partnership stripped = Strip.element(GoodPractice.apply(raw), element);
      Report report = STANDARD.validate(stripped);
      ElementResult result = report.element(element).orElseThrow();
      assertEquals(ElementStatus.MISSING, result.status(), report::toText);
      assertEquals(0, result.score());
      assertTrue(result.firedRules().contains(Strip.notDescribedRule(element)), result::toString);
      List<String> fromFindings = report.findings(element).stream().map(Finding::ruleId).distinct().sorted()
          .collect(Collectors.toList());
      assertEquals(List.copyOf(result.firedRules()), fromFindings);
      assertFalse(report.findings(element).stream().anyMatch(f -> f.severity().isBlocking()),
          () -> "an element that is not described must not produce errors: " + report.toText());
    });
  }
}
