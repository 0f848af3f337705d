/**
 * The reference code lists the model uses, loaded from the official lists bundled in the jar
 * (see {@code SOURCES.md} next to them): countries (ISO 3166-1 plus XK), occupations (ISCO-08),
 * sectors (ISIC Rev.4), education levels (ISCED 2011), EQF levels, SDG targets and the
 * objectives of the Global Compact for Migration (IOM SMP Guidance 2023, ch. 2, 3 and 7).
 */
@NullMarked
package io.github.smpkit.core.code;

import org.jspecify.annotations.NullMarked;
