package io.github.smpkit.rules.internal;

import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.RuleCheck;
import io.github.smpkit.rules.Severity;

/** Builds catalogue rules: the rules of an element that is not described stay quiet. */
final class Rules {

  private Rules() {
  }

  /**
   * A catalogue rule. Unless its id ends in {@code -000} (the "not described" rule), it runs only
   * when the partnership describes its element.
   */
  static Rule rule(String id, EssentialElement element, Severity severity, int chapter, String title, String rationale,
      RuleCheck check) {
    RuleCheck guarded = id.endsWith("-000") ? check : (p, context) -> {
      if (Described.test(element, p)) {
        check.check(p, context);
      }
    };
    return Rule.builder(id).element(element).severity(severity).chapter(chapter).title(title).rationale(rationale)
        .check(guarded).build();
  }

  /** The "not described" rule of an element: a warning when every fact it rests on is empty. */
  static Rule notDescribed(String id, EssentialElement element, String what, String hint) {
    return rule(id, element, Severity.WARNING, element.chapter(), "The element is described: " + element.title(),
        "Each of the ten essential elements needs its own chapter of a partnership's design; an element left blank"
            + " cannot be judged.",
        (p, context) -> {
          if (!Described.test(element, p)) {
            context.report(Described.field(element), "The partnership does not describe " + what
                + ", so this element cannot be assessed.", hint);
          }
        });
  }
}
