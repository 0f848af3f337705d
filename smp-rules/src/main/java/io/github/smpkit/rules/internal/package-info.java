/**
 * The implementation of smp-rules: the rule catalogue per essential element (IOM SMP Guidance
 * 2023, ch. 3 to 12), rule sets as data (with the retired sets and ids), report
 * renderers and the generator of {@code docs/rules.md}. Not an API: not exported by the module,
 * and free to change.
 */
package io.github.smpkit.rules.internal;
