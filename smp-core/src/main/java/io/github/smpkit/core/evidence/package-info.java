/**
 * Data and information for evidence-based design: needs assessments, data sources, and the monitoring, evaluation and learning framework with its indicators (IOM SMP Guidance 2023, ch. 5).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.evidence;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
