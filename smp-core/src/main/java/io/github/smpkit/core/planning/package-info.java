/**
 * Long- and mid-term planning: the objectives of a partnership, who they serve, and their links to the SDG targets and the Global Compact for Migration (IOM SMP Guidance 2023, ch. 3).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.planning;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
