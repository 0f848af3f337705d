/**
 * Regular pathways, admission procedures and visas: the legal pathway each destination offers participants (IOM SMP Guidance 2023, ch. 10).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.pathway;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
