/**
 * Money as exact decimals in ISO 4217 currencies, for budgets and cost items (IOM SMP Guidance
 * 2023, ch. 11). No floating point anywhere.
 */
@NullMarked
package io.github.smpkit.core.money;

import org.jspecify.annotations.NullMarked;
