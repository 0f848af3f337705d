/**
 * How a partnership is steered: its lead, the decision-making, operational and advisory bodies, and working groups (IOM SMP Guidance 2023, ch. 4 on multi-stakeholder governance and policy coherence).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.governance;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
