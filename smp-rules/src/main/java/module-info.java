/**
 * smpkit rules: checks a Skills Mobility Partnership against the ten essential elements of the
 * IOM guidance (IOM SMP Guidance 2023, ch. 3 to 12) and renders reports as text, Markdown and
 * JSON. Only {@code io.github.smpkit.rules} is API;
 * {@code io.github.smpkit.rules.internal} (the catalogue, rule sets, renderers) is not exported.
 *
 * <p>The model is required transitively because the API takes its types. JSON reports are written
 * without a JSON library, so a rules user does not pull in smp-json or Jackson. The model's own
 * constraints need no rules here: smp-core's builders enforce them, so a partnership that breaks
 * one cannot be built (the structural rules that checked them with Hibernate Validator were
 * retired). Custom rules arrive through {@link io.github.smpkit.rules.RuleProvider} services.
 */
module io.github.smpkit.rules {
  requires transitive io.github.smpkit.core;

  exports io.github.smpkit.rules;

  uses io.github.smpkit.rules.RuleProvider;
}
