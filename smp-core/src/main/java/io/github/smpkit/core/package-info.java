/**
 * The immutable model of a Skills Mobility Partnership (SMP): an arrangement between countries
 * of origin and destination that puts skills development at the centre of labour mobility, so
 * that both countries, employers, training institutions and migrant workers gain (IOM,
 * <i>Skills Mobility Partnerships: Recommendations and Guidance for Policymakers and
 * Practitioners</i>, 2023). {@link io.github.smpkit.core.Partnership} is the root; the
 * sub-packages follow the guidance's chapters.
 *
 * <p>Every value is immutable and checks its invariants when built: a value that describes
 * something that cannot exist throws {@link io.github.smpkit.core.InvariantViolationException}
 * naming the field and the value. What the guidance only recommends is checked by smp-rules.
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
