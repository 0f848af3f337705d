package io.github.smpkit.rules;

import java.util.List;

/**
 * A source of custom rules found through {@link java.util.ServiceLoader}: list the implementing
 * class in {@code META-INF/services/io.github.smpkit.rules.RuleProvider} (or in
 * {@code provides} of a module), and {@link PartnershipValidator.Builder#discoverRules()} adds
 * its rules to the validator. Use it to ship an organisation's own checks on top of the IOM
 * guidance (IOM SMP Guidance 2023, ch. 3 to 12).
 */
public interface RuleProvider {

  /** {@return the rules this provider contributes; ids must not clash with other rules} */
  List<Rule> rules();
}
