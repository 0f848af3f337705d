/**
 * Social aspects of employment and mobility: family, social protection, integration, remittances, gender and return (IOM SMP Guidance 2023, ch. 9).
 */
@SmpStyle
@NullMarked
package io.github.smpkit.core.social;

import io.github.smpkit.core.internal.SmpStyle;
import org.jspecify.annotations.NullMarked;
