/**
 * Local development and job creation: how a partnership links to investment and development in the origin, strengthens its systems and guards against brain drain (IOM SMP Guidance 2023, ch. 6).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.development;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
