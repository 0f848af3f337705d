package io.github.smpkit.rules;

import io.github.smpkit.core.Partnership;

/**
 * The logic of one rule: looks at a partnership and reports to the context what it concludes:
 * met, breach (with the recorded facts as evidence), gap (an open question) or not applicable.
 * This is the interface to implement (usually as a lambda) when writing a custom rule; wrap it in
 * a {@link Rule} with an id, element, severity and the facts it reads:
 *
 * <pre>{@code
 * Rule rule = Rule.of("ACME-TRAIN-001", EssentialElement.TRAINING, Severity.WARNING,
 *     "Training lasts at least three months", List.of("/training/*}{@code /duration"),
 *     (partnership, context) -> {
 *       if (partnership.training().isEmpty()) {
 *         context.gap("/training", "What training do participants get?", "Record the training.");
 *       }
 *       for (int i = 0; i < partnership.training().size(); i++) {
 *         String at = Finding.pointer("training", i, "duration");
 *         Optional<Period> d = partnership.training().get(i).duration();
 *         if (d.isEmpty()) {
 *           context.gap(at, "How long does this training last?", "Record its duration.");
 *         } else if (d.get().toTotalMonths() < 3 && d.get().getDays() < 90) {
 *           context.breach(at, "This training lasts " + d.get() + ".", "Plan at least three months.",
 *               Evidence.of(at, d.get()));
 *         } else {
 *           context.met(at, "This training lasts " + d.get() + ".");
 *         }
 *       }
 *     });
 * }</pre>
 *
 * <p>Facts the partnership leaves empty are not recorded: a check reports a gap for them, never a
 * breach (IOM SMP Guidance 2023, ch. 1 and 2: the guidance recommends, it does not oblige).
 * Implementations must be stateless (or thread-safe): a validator runs rules from several threads
 * at once. An exception thrown here does not stop validation; the validator lists it in
 * {@link Report#failures()}.
 */
@FunctionalInterface
public interface RuleCheck {

  /**
   * Checks the partnership and reports its conclusions to {@code context}.
   *
   * @param partnership the partnership, never {@code null}
   * @param context where to report findings; valid only during this call
   */
  void check(Partnership partnership, RuleContext context);
}
