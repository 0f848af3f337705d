package io.github.smpkit.rules.internal;

import io.github.smpkit.rules.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The built-in rules: the rules of the ten essential elements in chapter order (IOM SMP Guidance
 * 2023, ch. 3 to 12).
 */
public final class Catalogue {

  private static final List<Rule> RULES = build();

  private Catalogue() {
  }

  /** {@return every built-in rule, in catalogue order} */
  public static List<Rule> rules() {
    return RULES;
  }

  private static List<Rule> build() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(PlanningRules.rules());
    rules.addAll(StakeholderRules.rules());
    rules.addAll(EvidenceRules.rules());
    rules.addAll(DevelopmentRules.rules());
    rules.addAll(RecognitionRules.rules());
    rules.addAll(TrainingRules.rules());
    rules.addAll(SocialRules.rules());
    rules.addAll(PathwayRules.rules());
    rules.addAll(CostRules.rules());
    rules.addAll(EthicalRules.rules());
    return Collections.unmodifiableList(rules);
  }
}
