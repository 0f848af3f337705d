/**
 * Ethical recruitment: the safeguards that keep recruitment fair, such as the employer-pays principle, licensed recruiters, grievance mechanisms and the WHO Global Code (IOM SMP Guidance 2023, ch. 12).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.recruitment;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
