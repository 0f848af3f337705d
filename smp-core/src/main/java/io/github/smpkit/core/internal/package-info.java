/**
 * Not API: the Immutables style and the invariant helpers shared by the model's packages. The
 * package is not exported; nothing here is covered by semantic versioning.
 */
@NullMarked
package io.github.smpkit.core.internal;

import org.jspecify.annotations.NullMarked;
