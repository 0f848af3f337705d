package io.github.smpkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import java.util.List;
import java.util.stream.Collectors;

/** What the per-element rule tests ask of a rule: its evaluation, its outcome, its evidence. */
final class RuleOutcomes {

  /** Every built-in set that holds element rules. */
  static final PartnershipValidator VALIDATOR = PartnershipValidator.builder().ruleSets("iom-smp", "blma").build();

  private RuleOutcomes() {
  }

  /** The evaluation of one rule on a partnership; no rule may fail. */
  static Evaluation eval(Partnership p, String id) {
    Report report = VALIDATOR.validate(p);
    assertEquals(List.of(), report.failures(), report::toText);
    return report.evaluation(id).orElseThrow();
  }

  static void assertOutcome(Outcome expected, Partnership p, String id) {
    Evaluation e = eval(p, id);
    assertEquals(expected, e.outcome(), e::toString);
  }

  /** The pointers of the evidence of a rule's breaches. */
  static List<String> evidence(Evaluation e) {
    return e.findings().stream().filter(f -> f.outcome() == Outcome.BREACH).flatMap(f -> f.evidence().stream())
        .map(Evidence::pointer).collect(Collectors.toList());
  }
}
