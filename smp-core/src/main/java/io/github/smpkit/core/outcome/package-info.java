/**
 * Outcomes in numbers: participant figures with planned and actual values kept apart, each a count that may be exact, approximate or bounded ("at least 400") (IOM SMP Guidance 2023, ch. 5).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.outcome;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
