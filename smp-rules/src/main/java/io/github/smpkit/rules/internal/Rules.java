package io.github.smpkit.rules.internal;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/** Builds catalogue rules (IOM SMP Guidance 2023, ch. 3 to 12). */
final class Rules {

  private Rules() {
  }

  /**
   * Starts a catalogue rule of an element, citing the element's chapter unless {@code chapter(..)}
   * or {@code source(..)} says otherwise; add {@code reads(..)} and {@code check(..)}, then build.
   */
  static Rule.Builder define(String id, EssentialElement element, Severity severity, String title,
      String rationale) {
    return Rule.builder(id).element(element).severity(severity).title(title).rationale(rationale);
  }

  // ---------------------------------------------------------------------------------------------
  // Transitional: rules still written against the old report(...) API, while the catalogue moves
  // to outcomes. Each old report becomes an open question; a rule that reports nothing counts as
  // met. Removed once every rule file is converted.

  /** The old check interface. */
  @FunctionalInterface
  interface LegacyCheck {
    void check(Partnership p, Legacy c);
  }

  /** The old context. */
  static final class Legacy {
    final List<String[]> reports = new ArrayList<>();

    void report(String path, String message, String hint) {
      reports.add(new String[] {path, message, hint});
    }

    void report(Severity severity, String path, String message, String hint) {
      report(path, message, hint);
    }
  }

  static Rule rule(String id, EssentialElement element, Severity severity, int chapter, String title,
      String rationale, LegacyCheck check) {
    return Rule.builder(id).element(element).severity(severity).chapter(chapter).title(title).rationale(rationale)
        .reads("").check((p, context) -> {
          Legacy legacy = new Legacy();
          check.check(p, legacy);
          if (legacy.reports.isEmpty()) {
            context.met("", title);
          }
          for (String[] r : legacy.reports) {
            context.gap(r[0], r[1], r[2]);
          }
        }).build();
  }

  static Rule notDescribed(String id, EssentialElement element, String what, String hint) {
    return rule(id, element, Severity.WARNING, element.chapter(), "The element is described: " + element.title(),
        "Transitional.", (p, c) -> {
          if (!Described.test(element, p)) {
            c.report(Described.field(element), "The partnership does not describe " + what + ".", hint);
          }
        });
  }
}
