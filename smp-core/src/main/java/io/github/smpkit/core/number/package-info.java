/**
 * The ranges of the model's whole numbers ({@link io.github.smpkit.core.number.WholeNumberRule}),
 * declared once and enforced by the builders, Bean Validation
 * ({@link io.github.smpkit.core.number.ValidNumber}), the JSON reader and writer and the JSON
 * Schema alike, the way {@link io.github.smpkit.core.text.TextRule} does for text.
 */
@NullMarked
package io.github.smpkit.core.number;

import org.jspecify.annotations.NullMarked;
