package io.github.smpkit.rules;

import java.util.List;
import java.util.Locale;

/** An example {@link RuleProvider}, registered in the test resources' {@code META-INF/services}. */
public final class ExampleRuleProvider implements RuleProvider {

  static final String ID = "EXAMPLE-PLAN-001";

  /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
  public ExampleRuleProvider() {
  }

  @Override
  public List<Rule> rules() {
    return List.of(Rule.builder(ID).element(EssentialElement.PLANNING).severity(Severity.INFO)
        .title("The title does not call the partnership a pilot")
        .rationale("Our organisation keeps the word 'pilot' for the status, not the name.")
        .reads("/title")
        .check((p, c) -> {
          if (p.title().toLowerCase(Locale.ROOT).contains("pilot")) {
            c.breach("/title", "The title calls the partnership a pilot.", "Use the status PILOT instead.",
                Evidence.of("/title", p.title()));
          } else {
            c.met("/title", "The title does not call the partnership a pilot.");
          }
        }).build());
  }
}
