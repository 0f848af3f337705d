/**
 * Funding and costs: who funds a partnership, with which financing mechanisms, what each cost item is (Table 3 of the guidance) and which payers carry which share (IOM SMP Guidance 2023, ch. 11).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.funding;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
