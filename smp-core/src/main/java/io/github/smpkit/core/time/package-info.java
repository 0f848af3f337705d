/**
 * Time in the model: partial dates known to the year, month or day, and the time frame of a partnership (IOM SMP Guidance 2023, ch. 2 and 3).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.time;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
