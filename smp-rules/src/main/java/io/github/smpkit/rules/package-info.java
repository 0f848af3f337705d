/**
 * Checks a Skills Mobility Partnership against the ten essential elements of the IOM guidance
 * (IOM SMP Guidance 2023, ch. 3 to 12) and the standards it cites, and reports what the recorded facts breach, what they show met, and which facts are
 * not recorded yet (open questions, never breaches).
 *
 * <p>Start with {@link io.github.smpkit.rules.PartnershipValidator#standard()}; a
 * {@link io.github.smpkit.rules.Report} holds one {@link io.github.smpkit.rules.Evaluation} per
 * rule with its {@link io.github.smpkit.rules.Outcome} and {@link io.github.smpkit.rules.Finding}s,
 * and per {@link io.github.smpkit.rules.EssentialElement} the design and completeness measures
 * ({@link io.github.smpkit.rules.ElementResult}). Write custom rules with
 * {@link io.github.smpkit.rules.Rule#of} and a {@link io.github.smpkit.rules.RuleCheck}, and ship
 * them through a {@link io.github.smpkit.rules.RuleProvider}. The catalogue is listed in
 * {@code docs/rules.md}.
 */
package io.github.smpkit.rules;
