package io.github.smpkit.rules.internal;

import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Outcome;
import io.github.smpkit.rules.RuleContext;
import io.github.smpkit.rules.Severity;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * How the catalogue's rules report their findings as data: a key into the message bundle
 * {@code io/github/smpkit/rules/messages.properties} and its arguments, the text made only when a
 * report reads it (IOM SMP Guidance 2023, ch. 3 to 12). The key is the rule id, the outcome in
 * lower case and the suffix a rule gives ({@code SMP-COST-001.breach.payment}; the hint under the
 * same key followed by {@code .hint}); a rule's title and rationale are under
 * {@code <id>.title} and {@code <id>.rationale}.
 *
 * <p>{@link RuleContext} has no public method for keyed findings (custom rules give their text
 * literally, and the bundle is not theirs): it hands this class a {@link Reporter} when it is
 * first loaded, which happens before any rule can hold a context.
 */
public final class Messages {

  /** The message bundle's base name. */
  static final String BUNDLE = "io.github.smpkit.rules.messages";

  private static volatile Reporter reporter;

  private Messages() {
  }

  /** Reports a keyed finding to a context: the engine's side of the bridge. */
  @FunctionalInterface
  public interface Reporter {
    /**
     * Reports a finding.
     *
     * @param context the context of the running rule
     * @param outcome met, breach or gap
     * @param severity a breach's severity, {@code null} for the rule's own (and for others)
     * @param path where: a JSON pointer
     * @param suffix the key's last part, {@code ""} for none
     * @param arguments the arguments of the message and hint
     * @param evidence a breach's evidence
     */
    void report(RuleContext context, Outcome outcome, Severity severity, String path, String suffix,
        Object[] arguments, List<Evidence> evidence);
  }

  /**
   * Installs the engine's reporter; only the first call counts.
   *
   * @param engine the reporter
   */
  public static synchronized void reporter(Reporter engine) {
    if (reporter == null) {
      reporter = Objects.requireNonNull(engine, "engine");
    }
  }

  /** Reports that the recorded facts show the recommendation followed: {@code <id>.met.<suffix>}. */
  static void met(RuleContext c, String path, String suffix, Object... arguments) {
    reporter.report(c, Outcome.MET, null, path, suffix, arguments, List.of());
  }

  /** Reports an open question: {@code <id>.gap.<suffix>}, and its hint. */
  static void gap(RuleContext c, String path, String suffix, Object... arguments) {
    reporter.report(c, Outcome.GAP, null, path, suffix, arguments, List.of());
  }

  /** Reports a breach at the rule's severity: {@code <id>.breach.<suffix>}, and its hint. */
  static void breach(RuleContext c, String path, String suffix, List<Evidence> evidence, Object... arguments) {
    reporter.report(c, Outcome.BREACH, null, path, suffix, arguments, evidence);
  }

  /** Reports a breach at a severity at most the rule's: {@code <id>.breach.<suffix>}, and its hint. */
  static void breach(RuleContext c, Severity severity, String path, String suffix, List<Evidence> evidence,
      Object... arguments) {
    reporter.report(c, Outcome.BREACH, Objects.requireNonNull(severity, "severity"), path, suffix, arguments,
        evidence);
  }

  /**
   * An enum constant in words, for a message argument: {@code PUBLIC_EMPLOYMENT_SERVICE} reads
   * "public employment service". Made once per constant (rules name constants on every
   * validation).
   */
  static String words(Enum<?> constant) {
    return WORDS.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  private static final ClassValue<String[]> WORDS = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] words = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        words[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', ' ');
      }
      return words;
    }
  };

  /** {@return the text under a key of the bundle, for a rule's title or rationale (a pattern with no arguments)} */
  static String text(String key) {
    return new MessageFormat(Holder.MESSAGES.getString(key), Locale.ROOT).format(new Object[0]);
  }

  /** {@return whether the bundle has the key} */
  static boolean has(String key) {
    return Holder.MESSAGES.containsKey(key);
  }

  private static final class Holder {
    static final ResourceBundle MESSAGES = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  }
}
