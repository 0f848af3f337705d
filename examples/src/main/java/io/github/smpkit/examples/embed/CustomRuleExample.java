package io.github.smpkit.examples.embed;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Evaluation;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.PartnershipValidator;
import io.github.smpkit.rules.Report;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.Severity;
import java.io.PrintStream;
import java.util.List;

/**
 * How a user adds an organisation's own rule to the IOM rules (IOM SMP Guidance 2023, ch. 8 on
 * training): here a funder that wants every training component to state how long it lasts.
 * The rule is a plain {@link Rule} with an id, an element, a severity, the facts it reads and a
 * check that reports met, breach, gap or not applicable, added to a
 * validator with {@link PartnershipValidator.Builder#addRule(Rule)}.
 *
 * <p>Run it with {@code java -cp "$(bin/smp --classpath)" io.github.smpkit.examples.embed.CustomRuleExample}.
 */
public final class CustomRuleExample {

  /** The id of the custom rule. */
  public static final String RULE_ID = "ACME-TRAIN-001";

  private CustomRuleExample() {
  }

  /**
   * Runs the example on the partnership of {@link HostApplication#example()}.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(HostApplication.example(), System.out);
  }

  /**
   * The custom rule: every training component states how long it lasts. A duration that is not
   * recorded is an open question (a gap), not a breach: nobody said the training has no length.
   *
   * @return the rule
   */
  public static Rule trainingDurationRule() {
    return Rule.of(RULE_ID, EssentialElement.TRAINING, Severity.WARNING, "Every training component states how long it lasts",
        List.of("/training/*/duration", "/training/*/name"),
        (partnership, context) -> {
          if (partnership.training().isEmpty()) {
            context.gap("/training", "What training do participants get?", "Record the training components.");
          }
          for (int i = 0; i < partnership.training().size(); i++) {
            String at = Finding.pointer("training", i, "duration");
            String name = partnership.training().get(i).name();
            if (partnership.training().get(i).duration().isEmpty()) {
              context.gap(at, "How long does training '" + name + "' last?",
                  "Give its duration, for example P6M for six months.");
            } else {
              context.met(at, "Training '" + name + "' lasts " + partnership.training().get(i).duration().get() + ".");
            }
          }
        });
  }

  /**
   * Validates {@code partnership} with the standard rules plus the custom rule and prints what
   * the custom rule concluded.
   *
   * @param partnership the partnership to check
   * @param out where to print
   * @return the custom rule's findings
   */
  public static List<Finding> run(Partnership partnership, PrintStream out) {
    PartnershipValidator validator = PartnershipValidator.builder().addRule(trainingDurationRule()).build();
    Report report = validator.validate(partnership);
    Evaluation mine = report.evaluation(RULE_ID).orElseThrow();
    out.println(validator.rules().size() + " rules run on " + partnership.id() + "; " + RULE_ID + ": "
        + mine.outcome());
    mine.findings().forEach(f -> out.println("  " + f.outcome() + " at " + f.path() + ": " + f.message()));
    return mine.findings();
  }
}
