package io.github.smpkit.rules.internal;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.rules.EssentialElement;

/**
 * Whether a partnership describes an essential element at all: at least one of the facts the
 * element rests on is known (IOM SMP Guidance 2023, ch. 3 to 12). An element that is not
 * described is reported missing by its {@code -000} rule, and its other rules stay quiet.
 */
public final class Described {

  private Described() {
  }

  /**
   * Whether a partnership describes an element.
   *
   * @param element the element
   * @param p the partnership
   * @return whether at least one of the element's facts is known
   */
  public static boolean test(EssentialElement element, Partnership p) {
    switch (element) {
      case PLANNING:
        return !p.objectives().isEmpty() || p.timeFrame().isPresent() || !p.flexibility().isEmpty();
      case STAKEHOLDERS:
        return !p.stakeholders().isEmpty() || p.governance().isPresent();
      case EVIDENCE:
        return !p.assessments().isEmpty() || !p.dataSources().isEmpty() || p.monitoring().isPresent();
      case LOCAL_DEVELOPMENT:
        return !p.developmentLinks().isEmpty();
      case RECOGNITION:
        return !p.recognition().isEmpty();
      case TRAINING:
        return !p.training().isEmpty();
      case SOCIAL:
        return !p.socialProvisions().isEmpty();
      case PATHWAYS:
        return !p.pathways().isEmpty() || !p.procedures().isEmpty();
      case COSTS:
        return !p.costs().isEmpty() || !p.fundingSources().isEmpty() || !p.financingMechanisms().isEmpty()
            || p.sustainabilityPlan().isPresent();
      case ETHICAL_RECRUITMENT:
        return !p.recruitmentProvisions().isEmpty();
      default:
        throw new IllegalArgumentException("unknown element " + element);
    }
  }

  /**
   * Where a finding about an element's absence points.
   *
   * @param element the element
   * @return the JSON pointer of the first field the element rests on
   */
  public static String field(EssentialElement element) {
    switch (element) {
      case PLANNING:
        return "/objectives";
      case STAKEHOLDERS:
        return "/stakeholders";
      case EVIDENCE:
        return "/monitoring";
      case LOCAL_DEVELOPMENT:
        return "/developmentLinks";
      case RECOGNITION:
        return "/recognition";
      case TRAINING:
        return "/training";
      case SOCIAL:
        return "/socialProvisions";
      case PATHWAYS:
        return "/pathways";
      case COSTS:
        return "/costs";
      default:
        return "/recruitmentProvisions";
    }
  }
}
