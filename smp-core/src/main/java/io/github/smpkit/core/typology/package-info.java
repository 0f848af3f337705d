/**
 * The design choices that place a partnership in the typology: form of engagement, scope, type of migration and mobility mode, skill level, occupations, flexibility, and the related partnership models (IOM SMP Guidance 2023, ch. 2, Table 1 and the table of choices).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.typology;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
