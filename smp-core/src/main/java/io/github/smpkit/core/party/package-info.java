/**
 * Who takes part: the countries of origin and destination (the parties) and the stakeholders who design, fund and run a partnership, with their types and roles (IOM SMP Guidance 2023, ch. 2 Figure 2 and ch. 4 Table 2).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.party;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
