package io.github.smpkit.rules;

import io.github.smpkit.core.Partnership;

/**
 * The logic of one rule: looks at a partnership and reports what it finds to the context. This is
 * the interface to implement (usually as a lambda) when writing a custom rule; wrap it in a
 * {@link Rule} with an id, element, severity and chapter:
 *
 * <pre>{@code
 * Rule rule = Rule.of("ACME-TRAIN-001", EssentialElement.TRAINING, Severity.WARNING,
 *     "Training lasts at least three months",
 *     (partnership, context) -> {
 *       for (int i = 0; i < partnership.training().size(); i++) {
 *         if (partnership.training().get(i).duration().isEmpty()) {
 *           context.report(Finding.pointer("training", i, "duration"),
 *               "The length of this training is not stated.", "State how long it lasts.");
 *         }
 *       }
 *     });
 * }</pre>
 *
 * <p>Implementations must be stateless (or thread-safe): a validator runs rules from several
 * threads at once. An exception thrown here does not stop validation; it becomes a
 * {@link Severity#FATAL} finding naming the rule. Facts the partnership leaves empty mean
 * "unknown", so a check should not report an error on them (IOM SMP Guidance 2023, ch. 3 to 12).
 */
@FunctionalInterface
public interface RuleCheck {

  /**
   * Checks the partnership and reports findings to {@code context}.
   *
   * @param partnership the partnership, never {@code null}
   * @param context where to report findings; valid only during this call
   */
  void check(Partnership partnership, RuleContext context);
}
