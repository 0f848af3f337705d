package io.github.smpkit.json;

/**
 * What the reader does with a field the format does not define. Rejecting is the default: a
 * misspelt field ({@code "titel"}) would otherwise silently lose a fact of the partnership
 * description (IOM SMP Guidance 2023, ch. 5 on reliable data).
 *
 * <p>Whatever the policy, a document that declares a higher minor {@code formatVersion} than
 * this reader knows (for example {@code "1.3"} when the reader knows {@code "1.0"}) has its
 * unknown fields ignored: minor versions only add optional fields.
 */
public enum UnknownFieldPolicy {
  /** An unknown field is a problem of kind {@link JsonProblem.Kind#UNKNOWN_FIELD}. */
  REJECT,
  /** Unknown fields are skipped, whatever their value. */
  IGNORE
}
