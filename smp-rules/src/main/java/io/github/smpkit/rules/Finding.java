package io.github.smpkit.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found about a partnership: which rule, how serious, which essential element
 * and guidance chapter it concerns, where in the partnership, what is wrong in plain words and
 * how to fix it (IOM SMP Guidance 2023, ch. 3 to 12).
 *
 * <p>The location is a JSON pointer (RFC 6901) into the partnership as smp-json writes it, whose
 * field names are the Java accessor names: {@code /costs/2/shares/0} is the first payer share of
 * the third cost item, {@code /recruitmentProvisions} the list of ethical-recruitment safeguards,
 * and the empty pointer {@code ""} the whole partnership. When something is missing, the pointer
 * names the field where it belongs. Build pointers with {@link #pointer(Object...)}.
 *
 * <p>Findings are immutable values; equal when all their fields are equal.
 */
public final class Finding {

  private final String ruleId;
  private final Severity severity;
  private final EssentialElement element;
  private final int chapter;
  private final String path;
  private final String message;
  private final String hint;

  private Finding(String ruleId, Severity severity, EssentialElement element, int chapter, String path, String message,
      String hint) {
    this.ruleId = Rule.requireId(ruleId);
    this.severity = Objects.requireNonNull(severity, "severity");
    this.element = element;
    this.chapter = chapter;
    this.path = requirePointer(path);
    this.message = requireText(message, "message");
    this.hint = hint == null || hint.isBlank() ? null : hint;
  }

  /**
   * Creates a finding.
   *
   * @param ruleId the id of the rule that found it, for example {@code SMP-COST-001}
   * @param severity how serious it is
   * @param element the essential element it concerns; empty for structural findings
   * @param chapter the guidance chapter the rule cites (2 to 12)
   * @param path a JSON pointer into the partnership ({@code ""} for the whole)
   * @param message what is wrong, in plain words
   * @param hint how to fix it; empty when there is nothing specific to say
   * @return the finding
   * @throws IllegalArgumentException naming the argument when the id, pointer or message is malformed
   */
  public static Finding of(String ruleId, Severity severity, Optional<EssentialElement> element, int chapter, String path,
      String message, Optional<String> hint) {
    return new Finding(ruleId, severity, element.orElse(null), chapter, path, message, hint.orElse(null));
  }

  /** {@return the id of the rule that reported it, for example {@code SMP-COST-001}} */
  public String ruleId() {
    return ruleId;
  }

  /** {@return how serious it is} */
  public Severity severity() {
    return severity;
  }

  /** {@return the essential element it concerns; empty for structural findings, which concern the model} */
  public Optional<EssentialElement> element() {
    return Optional.ofNullable(element);
  }

  /** {@return the chapter of the IOM SMP Guidance 2023 the rule cites} */
  public int chapter() {
    return chapter;
  }

  /** {@return where: a JSON pointer into the partnership, {@code ""} for the whole of it} */
  public String path() {
    return path;
  }

  /** {@return what is wrong, in plain words} */
  public String message() {
    return message;
  }

  /** {@return how to fix it, when the rule has something specific to say} */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  /**
   * Builds a JSON pointer from field names and list indexes, escaping {@code ~} and {@code /}:
   * {@code pointer("costs", 2, "shares", 0)} is {@code "/costs/2/shares/0"}, {@code pointer()} is
   * {@code ""}.
   *
   * @param segments field names (strings) and indexes (integers)
   * @return the pointer
   */
  public static String pointer(Object... segments) {
    StringBuilder s = new StringBuilder();
    for (Object segment : segments) {
      s.append('/').append(String.valueOf(Objects.requireNonNull(segment, "segment"))
          .replace("~", "~0").replace("/", "~1"));
    }
    return s.toString();
  }

  private static String requirePointer(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException("path must be a JSON pointer such as '/costs/2' or '' for the whole"
          + " partnership, but was '" + path + "'");
    }
    return path;
  }

  static String requireText(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return text;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return ruleId.equals(f.ruleId) && severity == f.severity && element == f.element && chapter == f.chapter
        && path.equals(f.path) && message.equals(f.message) && Objects.equals(hint, f.hint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, element, chapter, path, message, hint);
  }

  /** {@return a readable form, for example {@code ERROR SMP-COST-001 at /costs/2/shares/1: Migrants pay ... (ch. 11)}} */
  @Override
  public String toString() {
    return severity + " " + ruleId + " at " + (path.isEmpty() ? "/" : path) + ": " + message + " (ch. " + chapter
        + ")";
  }
}
