/**
 * Checks a Skills Mobility Partnership against the ten essential elements of the IOM guidance
 * (IOM SMP Guidance 2023, ch. 3 to 12) and the structural constraints of the model, and reports
 * what is missing or wrong, where, and how to fix it.
 *
 * <p>Start with {@link io.github.smpkit.rules.PartnershipValidator#standard()}; a
 * {@link io.github.smpkit.rules.Report} holds the {@link io.github.smpkit.rules.Finding}s and,
 * per {@link io.github.smpkit.rules.Element}, a status and a score. Write custom rules with
 * {@link io.github.smpkit.rules.Rule#of} and a {@link io.github.smpkit.rules.RuleCheck}, and
 * ship them through a {@link io.github.smpkit.rules.RuleProvider}. The catalogue is listed in
 * {@code docs/rules.md}.
 */
package io.github.smpkit.rules;
