package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.testkit.Property;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A complete generated partnership made exemplary breaches nothing; taking one element's facts
 * away turns that element's rules into open questions, never into breaches.
 */
class GoodPracticeTest {

  private static final PartnershipValidator STANDARD = PartnershipValidator.standard();
  private static final PartnershipValidator ALL = PartnershipValidator.builder()
      .ruleSets("iom-smp", "blma").build();

  @Test
  void exemplaryCompletePartnershipsBreachNothing() {
    Property.forAllComplete(150, raw -> {
      Partnership p = GoodPractice.apply(raw);
      for (PartnershipValidator validator : List.of(STANDARD, ALL)) {
        Report report = validator.validate(p);
        assertEquals(List.of(), report.breaches(), report::toText);
        assertEquals(List.of(), report.failures(), report::toText);
        assertEquals(EssentialElement.values().length, report.elements().size());
        report.elements().values().forEach(r -> assertTrue(r.design().part() == r.design().total(),
            report::toText));
      }
    });
  }

  @ParameterizedTest(name = "without {0}")
  @EnumSource(EssentialElement.class)
  void takingOneElementAwayLeavesOpenQuestionsNotBreaches(EssentialElement element) {
    Property.forAllComplete(25, raw -> {
      Partnership stripped = Strip.element(GoodPractice.apply(raw), element);
      Report report = STANDARD.validate(stripped);
      ElementResult result = report.element(element).orElseThrow();
      assertEquals(0, result.count(Outcome.BREACH), report::toText);
      assertTrue(result.count(Outcome.GAP) > 0, report::toText);
      assertTrue(report.breaches().stream().noneMatch(f -> f.element().equals(java.util.Optional.of(element))),
          report::toText);
    });
  }
}
