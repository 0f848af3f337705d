package io.github.smpkit.rules;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * One thing a rule concluded about one place in a partnership: a {@link Outcome#BREACH} (with its
 * severity and the recorded facts that prove it), an open question ({@link Outcome#GAP}: a fact
 * to find out or a decision to take) or a recommendation the partnership shows
 * ({@link Outcome#MET}). It names the rule, the essential element and the source the rule traces
 * to (a chapter or box of the IOM SMP Guidance 2023, or the standard it cites) (IOM SMP Guidance
 * 2023, ch. 3 to 12).
 *
 * <p>The location is a JSON pointer (RFC 6901) into the partnership as smp-json writes it:
 * {@code /costs/2/shares/0} is the first payer share of the third cost item, and the empty pointer
 * {@code ""} the whole partnership. When something is not recorded, the pointer names the field
 * where it belongs. Build pointers with {@link #pointer(Object...)}.
 *
 * <p>Findings are made by a {@link RuleContext} while a rule runs, or by the factories
 * {@link #breach}, {@link #gap} and {@link #met}. They are immutable values, equal when all their
 * fields are equal.
 *
 * <p>The rules of the catalogue give their text as data: a {@linkplain #messageKey() key} into
 * smp-rules' message bundle ({@code io.github.smpkit.rules.messages}, English, in
 * {@link MessageFormat} syntax) and its {@linkplain #messageArguments() arguments}; the English
 * {@link #message()} and {@link #hint()} are made from them when first read. An application that
 * shows findings in another language looks the key up in a bundle of its own. A custom rule gives
 * its text literally and has no key.
 */
public final class Finding {

  private final Rule rule;
  private final Outcome outcome;
  private final Severity severity;
  private static final Object[] NO_ARGUMENTS = {};

  private final String path;
  /** The key's last part, after the rule id and the outcome; {@code null} for a literal text. */
  private final String suffix;
  private final Object[] arguments;
  /** The literal text, or the English text once made from the key and arguments. */
  private String message;
  /** The literal hint, or the English one once made; {@code null} before it is made. */
  private Optional<String> hint;
  private final List<Evidence> evidence;

  private Finding(Rule rule, Outcome outcome, Severity severity, String path, String message, String hint,
      List<Evidence> evidence) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.outcome = outcome;
    this.severity = severity;
    this.path = requirePointer(path);
    this.suffix = null;
    this.arguments = NO_ARGUMENTS;
    this.message = requireText(message, "message");
    this.hint = Optional.ofNullable(hint == null || hint.isBlank() ? null : hint);
    this.evidence = Collections.unmodifiableList(new ArrayList<>(evidence));
  }

  private Finding(Rule rule, Outcome outcome, Severity severity, String path, List<Evidence> evidence,
      String suffix, Object[] arguments) {
    this.rule = rule;
    this.outcome = outcome;
    this.severity = severity;
    this.path = requirePointer(path);
    this.suffix = Objects.requireNonNull(suffix, "suffix");
    // the array is the reporting call's own varargs array (keyed findings come only from the
    // catalogue's rules, through RuleContext): nothing else holds it, so it is kept, not copied
    this.arguments = arguments.length == 0 ? NO_ARGUMENTS : arguments;
    this.evidence = evidence.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(evidence));
  }

  /**
   * A finding whose text is in the message bundle, under {@code <rule id>.<outcome>.<suffix>}
   * (for example {@code SMP-COST-001.breach.payment}; without the suffix when it is empty), and its
   * hint under that key followed by {@code .hint}. For the engine: it checks a breach's evidence.
   */
  static Finding keyed(Rule rule, Outcome outcome, Severity severity, String path, String suffix,
      Object[] arguments, List<Evidence> evidence) {
    if (outcome == Outcome.BREACH) {
      checkEvidence(rule, evidence);
    }
    return new Finding(rule, outcome, severity, path, evidence, suffix, arguments);
  }

  private static void checkEvidence(Rule rule, List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("rule " + rule.id() + " reported a breach with no evidence; a breach is"
          + " proved by recorded facts, so name at least one");
    }
    for (Evidence e : evidence) {
      if (!rule.reads(e.pointer())) {
        throw new IllegalArgumentException("rule " + rule.id() + " gave evidence at " + e.pointer() + ", which is"
            + " not among the facts it declares it reads " + rule.facts());
      }
    }
  }

  /**
   * A breach: recorded facts contradict what the rule recommends.
   *
   * @param rule the rule that found it
   * @param severity how serious it is
   * @param path where: a JSON pointer into the partnership
   * @param message what the recorded facts show, in plain words
   * @param hint how to mend it; {@code null} when there is nothing specific to say
   * @param evidence the recorded facts that prove it: at least one, each within the facts the rule reads
   * @return the finding
   * @throws IllegalArgumentException when there is no evidence, or evidence the rule does not declare reading
   */
  public static Finding breach(Rule rule, Severity severity, String path, String message, String hint,
      List<Evidence> evidence) {
    Objects.requireNonNull(severity, "severity");
    checkEvidence(rule, evidence);
    return new Finding(rule, Outcome.BREACH, severity, path, message, hint, evidence);
  }

  /**
   * An open question: a fact the rule needs is not recorded.
   *
   * @param rule the rule that needs it
   * @param path where the fact belongs: a JSON pointer into the partnership
   * @param question what to find out or decide, in plain words
   * @param hint what to record once it is known; {@code null} when there is nothing specific to say
   * @return the finding
   */
  public static Finding gap(Rule rule, String path, String question, String hint) {
    return new Finding(rule, Outcome.GAP, null, path, question, hint, List.of());
  }

  /**
   * A recommendation the recorded facts show the partnership following.
   *
   * @param rule the rule
   * @param path where the facts are: a JSON pointer into the partnership
   * @param message what the partnership does, in plain words
   * @return the finding
   */
  public static Finding met(Rule rule, String path, String message) {
    return new Finding(rule, Outcome.MET, null, path, message, null, List.of());
  }

  /** {@return the rule that concluded it} */
  public Rule rule() {
    return rule;
  }

  /** {@return the id of the rule, for example {@code SMP-COST-001}} */
  public String ruleId() {
    return rule.id();
  }

  /** {@return {@link Outcome#BREACH}, {@link Outcome#GAP} or {@link Outcome#MET}} */
  public Outcome outcome() {
    return outcome;
  }

  /** {@return how serious a breach is; empty for a gap or a met recommendation} */
  public Optional<Severity> severity() {
    return Optional.ofNullable(severity);
  }

  /** {@return whether this is a breach of at least the given severity} */
  boolean isBreachOfAtLeast(Severity threshold) {
    return severity != null && severity.isAtLeast(threshold);
  }

  /** {@return the essential element it concerns; empty for findings about the record as a whole} */
  public Optional<EssentialElement> element() {
    return rule.element();
  }

  /** {@return the chapter of the IOM SMP Guidance 2023 the rule cites} */
  public int chapter() {
    return rule.chapter();
  }

  /** {@return the source the rule traces to, for example {@code "IOM SMP Guidance 2023, ch. 11, Table 3"}} */
  public String source() {
    return rule.source();
  }

  /** {@return where: a JSON pointer into the partnership, {@code ""} for the whole of it} */
  public String path() {
    return path;
  }

  /** {@return for a breach, what the recorded facts show; for a gap, the question; for a met one, what is shown} */
  public String message() {
    String text = message;
    if (text == null) {
      text = format(Bundle.MESSAGES.getString(key()), arguments);
      message = text;
    }
    return text;
  }

  /** {@return how to mend a breach or what to record for a gap, when the rule has something specific to say} */
  public Optional<String> hint() {
    Optional<String> text = hint;
    if (text == null) {
      String key = key() + ".hint";
      text = Bundle.MESSAGES.containsKey(key) ? Optional.of(format(Bundle.MESSAGES.getString(key), arguments))
          : Optional.empty();
      hint = text;
    }
    return text;
  }

  /**
   * {@return the key of the message in smp-rules' message bundle {@code io.github.smpkit.rules.messages}:
   * the rule id, the outcome in lower case and a short suffix, for example
   * {@code SMP-COST-001.breach.payment}; the hint, when there is one, is under the same key followed
   * by {@code .hint}. Empty when the rule gave its text literally, as custom rules do}
   */
  public Optional<String> messageKey() {
    return suffix == null ? Optional.empty() : Optional.of(key());
  }

  /**
   * {@return the arguments of the message and of its hint, {@code {0}} first, as the rule gave them
   * (recorded values such as codes and amounts, names, or counts); the English text shows each as
   * {@link String#valueOf(Object)} does, or through the format its pattern gives it. Empty when the
   * text is literal or needs no arguments}
   */
  public List<Object> messageArguments() {
    return Collections.unmodifiableList(Arrays.asList(arguments));
  }

  private String key() {
    String base = rule.id() + "." + outcome.name().toLowerCase(Locale.ROOT);
    return suffix.isEmpty() ? base : base + "." + suffix;
  }

  /**
   * Formats a pattern with its arguments: a plain {@code {0}} shows an argument as
   * {@link String#valueOf(Object)} does (no grouping of digits); one with a format, such as
   * {@code {0,choice,1#figure is|1<figures are}}, gets the argument itself.
   */
  static String format(String pattern, Object[] arguments) {
    MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
    Format[] formats = format.getFormatsByArgumentIndex();
    Object[] shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] = i < formats.length && formats[i] != null ? arguments[i] : String.valueOf(arguments[i]);
    }
    return format.format(shown);
  }

  /** smp-rules' message bundle, loaded when a keyed text is first read. */
  static final class Bundle {
    static final ResourceBundle MESSAGES = ResourceBundle.getBundle("io.github.smpkit.rules.messages", Locale.ROOT);

    private Bundle() {
    }
  }

  /** {@return the recorded facts that prove a breach; empty for gaps and met recommendations} */
  public List<Evidence> evidence() {
    return evidence;
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
      String text = String.valueOf(Objects.requireNonNull(segment, "segment"));
      s.append('/');
      if (text.indexOf('~') < 0 && text.indexOf('/') < 0) {
        s.append(text);
      } else {
        s.append(text.replace("~", "~0").replace("/", "~1"));
      }
    }
    return s.toString();
  }

  static String requirePointer(String path) {
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
    return rule.equals(f.rule) && outcome == f.outcome && severity == f.severity && path.equals(f.path)
        && Objects.equals(suffix, f.suffix) && Arrays.equals(arguments, f.arguments)
        && (suffix != null || message.equals(f.message) && hint.equals(f.hint)) && evidence.equals(f.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, outcome, severity, path, suffix, Arrays.hashCode(arguments),
        suffix == null ? message : null, evidence);
  }

  /** {@return a readable form, for example {@code BREACH ERROR SMP-COST-001 at /costs/2/shares/1: Migrants pay ...}} */
  @Override
  public String toString() {
    return outcome + (severity == null ? "" : " " + severity) + " " + rule.id() + " at " + (path.isEmpty() ? "/"
        : path) + ": " + message() + (evidence.isEmpty() ? "" : " " + evidence) + " (" + rule.source() + ")";
  }
}
