package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How to write a custom rule and register it, directly on the builder or through
 * {@link java.util.ServiceLoader} (see {@link ExampleRuleProvider} and
 * {@code META-INF/services/io.github.smpkit.rules.RuleProvider} in the test resources).
 */
class CustomRuleExampleTest {

  /** A custom rule in a few lines: every training component states how long it lasts. */
  static final Rule TRAINING_DURATION = Rule.of("ACME-TRAIN-001", EssentialElement.TRAINING, Severity.WARNING,
      "Every training component lasts at least three months", List.of("/training/*/duration", "/training/*/name"),
      (partnership, context) -> {
        if (partnership.training().isEmpty()) {
          context.gap("/training", "What training do participants get?", "Record the training components.");
        }
        for (int i = 0; i < partnership.training().size(); i++) {
          String at = Finding.pointer("training", i, "duration");
          Optional<Period> d = partnership.training().get(i).duration();
          if (d.isEmpty()) {
            context.gap(at, "How long does '" + partnership.training().get(i).name() + "' last?",
                "Record its duration.");
          } else if (d.get().toTotalMonths() < 3 && d.get().getDays() < 90) {
            context.breach(at, "'" + partnership.training().get(i).name() + "' lasts " + d.get() + ".",
                "Plan at least three months.", Evidence.of(at, d.get()));
          } else {
            context.met(at, "'" + partnership.training().get(i).name() + "' lasts " + d.get() + ".");
          }
        }
      });

  private static Partnership withDurations(Optional<Period> duration) {
    Partnership p = GoodPractice.exemplary();
    return p.withTraining(Edits.map(p.training(), t -> t.withDuration(duration)));
  }

  @Test
  void aRuleAddedOnTheBuilderReportsBreachesGapsAndMetWithItsOwnIdElementAndChapter() {
    PartnershipValidator validator = PartnershipValidator.builder().addRule(TRAINING_DURATION).build();

    Report shortTraining = validator.validate(withDurations(Optional.of(Period.ofWeeks(2))));
    Evaluation e = shortTraining.evaluation("ACME-TRAIN-001").orElseThrow();
    assertEquals(Outcome.BREACH, e.outcome());
    Finding finding = e.findings().get(0);
    assertEquals(Optional.of(Severity.WARNING), finding.severity());
    assertEquals(Optional.of(EssentialElement.TRAINING), finding.element());
    assertEquals(8, finding.chapter());
    assertEquals("IOM SMP Guidance 2023, ch. 8", finding.source());
    assertEquals("/training/0/duration", finding.path());
    assertEquals(List.of(Evidence.of("/training/0/duration", "P14D")), finding.evidence());
    assertTrue(shortTraining.element(EssentialElement.TRAINING).orElseThrow().rules(Outcome.BREACH)
        .contains("ACME-TRAIN-001"));

    Report unknown = validator.validate(withDurations(Optional.empty()));
    assertEquals(Outcome.GAP, unknown.evaluation("ACME-TRAIN-001").orElseThrow().outcome());
    assertTrue(unknown.breaches().stream().noneMatch(f -> f.ruleId().equals("ACME-TRAIN-001")));

    Report longTraining = validator.validate(withDurations(Optional.of(Period.ofMonths(6))));
    assertEquals(Outcome.MET, longTraining.evaluation("ACME-TRAIN-001").orElseThrow().outcome());
  }

  @Test
  void rulesOfAServiceLoaderProviderAreAddedByDiscoverRules() {
    PartnershipValidator validator = PartnershipValidator.builder().discoverRules().build();
    assertTrue(validator.rules().stream().anyMatch(r -> r.id().equals(ExampleRuleProvider.ID)));

    Report report = validator.validate(GoodPractice.exemplary().withTitle("A partnership called pilot"));
    assertEquals(Outcome.BREACH, report.evaluation(ExampleRuleProvider.ID).orElseThrow().outcome(), report::toText);
    assertEquals(Outcome.MET, validator.validate(GoodPractice.exemplary()).evaluation(ExampleRuleProvider.ID)
        .orElseThrow().outcome());
  }

  @Test
  void withoutDiscoverRulesTheProviderIsNotConsulted() {
    assertTrue(PartnershipValidator.standard().rules().stream().noneMatch(r -> r.id().equals(ExampleRuleProvider.ID)));
  }
}
