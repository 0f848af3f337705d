package io.github.smpkit.rules.internal;

import io.github.smpkit.rules.EssentialElement;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.Severity;

/** Builds catalogue rules (IOM SMP Guidance 2023, ch. 3 to 12). */
final class Rules {

  private Rules() {
  }

  /**
   * Starts a catalogue rule of an element, citing the element's chapter unless {@code chapter(..)}
   * or {@code source(..)} says otherwise, its title and rationale taken from the message bundle
   * ({@code <id>.title}, {@code <id>.rationale}; see {@link Messages}); add {@code reads(..)} and
   * {@code check(..)}, then build.
   */
  static Rule.Builder define(String id, EssentialElement element, Severity severity) {
    Rule.Builder rule = Rule.builder(id).element(element).severity(severity).title(Messages.text(id + ".title"));
    String rationale = id + ".rationale";
    return Messages.has(rationale) ? rule.rationale(Messages.text(rationale)) : rule;
  }
}
