/**
 * The rules for the model's text, declared once: {@link io.github.smpkit.core.text.TextRule}
 * (blank, allowed characters, length in code points, pattern) and the Bean Validation
 * constraint {@link io.github.smpkit.core.text.ValidText} that names a rule on a field.
 */
@NullMarked
package io.github.smpkit.core.text;

import org.jspecify.annotations.NullMarked;
