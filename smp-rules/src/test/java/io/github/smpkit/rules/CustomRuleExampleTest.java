package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How to write a custom rule and register it, directly on the builder or through
 * {@link java.util.ServiceLoader} (see {@link ExampleRuleProvider} and
 * {@code META-INF/services/io.github.smpkit.rules.RuleProvider} in the test resources).
 */
class CustomRuleExampleTest {

  /** A custom rule in a few lines: every training component states how long it lasts. */
  static final Rule TRAINING_DURATION = Rule.of("ACME-TRAIN-001", EssentialElement.TRAINING, Severity.WARNING,
      "Every training component states its duration",
      (partnership, context) -> {
        for (int i = 0; i < partnership.training().size(); i++) {
          if (partnership.training().get(i).duration().isEmpty()) {
            context.report(Finding.pointer("training", i, "duration"),
                "The length of '" + partnership.training().get(i).name() + "' is not stated.",
                "State how long the training lasts.");
          }
        }
      });

  private static Partnership withoutDurations() {
    Partnership p = GoodPractice.exemplary();
    return p.withTraining(Edits.map(p.training(), t -> t.withDuration(java.util.Optional.<Period>empty())));
  }

  @Test
  void aRuleAddedOnTheBuilderReportsWithItsOwnIdElementAndChapter() {
    PartnershipValidator validator = PartnershipValidator.builder().addRule(TRAINING_DURATION).build();
    Report report = validator.validate(withoutDurations());

    List<Finding> findings = report.findingsOf("ACME-TRAIN-001");
    assertEquals(1, findings.size(), report::toText);
    Finding finding = findings.get(0);
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals(java.util.Optional.of(EssentialElement.TRAINING), finding.element());
    assertEquals(8, finding.chapter());
    assertEquals("/training/0/duration", finding.path());
    assertEquals(ElementStatus.PARTLY_ADDRESSED, report.element(EssentialElement.TRAINING).orElseThrow().status());
    assertTrue(report.element(EssentialElement.TRAINING).orElseThrow().firedRules().contains("ACME-TRAIN-001"));
  }

  @Test
  void rulesOfAServiceLoaderProviderAreAddedByDiscoverRules() {
    PartnershipValidator validator = PartnershipValidator.builder().discoverRules().build();
    assertTrue(validator.rules().stream().anyMatch(r -> r.id().equals(ExampleRuleProvider.ID)));

    Report report = validator.validate(GoodPractice.exemplary().withTitle("A partnership called pilot"));
    assertEquals(1, report.findingsOf(ExampleRuleProvider.ID).size(), report::toText);
    assertEquals(0, validator.validate(GoodPractice.exemplary()).findingsOf(ExampleRuleProvider.ID).size());
  }

  @Test
  void withoutDiscoverRulesTheProviderIsNotConsulted() {
    assertTrue(PartnershipValidator.standard().rules().stream().noneMatch(r -> r.id().equals(ExampleRuleProvider.ID)));
  }
}
