/**
 * The two continua along which a partnership acts: the migration continuum (before departure to return) with its procedures, and the skills continuum (formation to transfer) (IOM SMP Guidance 2023, ch. 10, Box 27; IOM SMP project overview).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.continuum;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
