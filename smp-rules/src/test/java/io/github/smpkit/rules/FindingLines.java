package io.github.smpkit.rules;

import io.github.smpkit.core.Partnership;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a rule reports, one line per finding, for tests that pin every finding of a rule rather than
 * its outcome alone: the message key without the rule id ({@code met.origin}), the severity of a
 * breach, the path, the message arguments and the evidence, for example
 * {@code breach WARNING /objectives [] [/objectives/0/published = false]}.
 */
final class FindingLines {

  private FindingLines() {
  }

  /** The findings of rule {@code id} on {@code p}, one line each, in the order the rule reported them. */
  static List<String> of(Partnership p, String id) {
    return RuleOutcomes.eval(p, id).findings().stream().map(FindingLines::line).collect(Collectors.toList());
  }

  /** One finding as a line. */
  static String line(Finding f) {
    String key = f.messageKey().orElseThrow().substring(f.ruleId().length() + 1);
    return key + f.severity().map(s -> " " + s).orElse("") + " " + f.path() + " " + f.messageArguments()
        + (f.evidence().isEmpty() ? "" : " " + f.evidence());
  }
}
