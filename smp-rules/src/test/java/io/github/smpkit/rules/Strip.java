package io.github.smpkit.rules;

import io.github.smpkit.core.Partnership;
import java.util.List;
import java.util.Optional;

/** Takes one essential element away from a partnership: every fact it rests on becomes empty (unknown). */
final class Strip {

  private Strip() {
  }

  static Partnership element(Partnership p, EssentialElement element) {
    switch (element) {
      case PLANNING:
        return p.withObjectives(List.of()).withTimeFrame(Optional.empty()).withFlexibility(List.of());
      case STAKEHOLDERS:
        return p.withGovernance(Optional.empty()).withStakeholders(List.of());
      case EVIDENCE:
        return p.withAssessments(List.of()).withDataSources(List.of()).withMonitoring(Optional.empty());
      case LOCAL_DEVELOPMENT:
        return p.withDevelopmentLinks(List.of());
      case RECOGNITION:
        return p.withRecognition(List.of());
      case TRAINING:
        return p.withTraining(List.of());
      case SOCIAL:
        return p.withSocialProvisions(List.of());
      case PATHWAYS:
        return p.withPathways(List.of()).withProcedures(List.of());
      case COSTS:
        return p.withCosts(List.of()).withFundingSources(List.of()).withFinancingMechanisms(List.of())
            .withSustainabilityPlan(Optional.empty());
      default:
        return p.withRecruitmentProvisions(List.of());
    }
  }
}
