/**
 * Skills development in a partnership: training components with where, by whom, what, how and when they train, the qualification they lead to and the track they serve (IOM SMP Guidance 2023, ch. 7 and 8).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.training;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
