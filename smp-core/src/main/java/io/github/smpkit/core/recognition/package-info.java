/**
 * Skills classification and recognition: the mechanisms by which skills and qualifications gained in one country count in another (IOM SMP Guidance 2023, ch. 7).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.recognition;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
