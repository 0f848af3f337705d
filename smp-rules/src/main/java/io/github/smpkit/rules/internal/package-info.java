/**
 * The implementation of smp-rules: the rule catalogue per essential element (IOM SMP Guidance
 * 2023, ch. 3 to 12), the structural rules on Hibernate Validator, rule sets as data, report
 * renderers and the generator of {@code docs/rules.md}. Not an API: not exported by the module,
 * and free to change.
 */
package io.github.smpkit.rules.internal;
