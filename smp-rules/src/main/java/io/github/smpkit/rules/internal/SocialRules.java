package io.github.smpkit.rules.internal;

import static io.github.smpkit.core.social.SocialProvisionKind.DOUBLE_TAXATION_AGREEMENT;
import static io.github.smpkit.core.social.SocialProvisionKind.FAMILY_REUNIFICATION;
import static io.github.smpkit.core.social.SocialProvisionKind.FAMILY_VISITS;
import static io.github.smpkit.core.social.SocialProvisionKind.GENDER_SAFEGUARDS;
import static io.github.smpkit.core.social.SocialProvisionKind.HEALTH_COVERAGE;
import static io.github.smpkit.core.social.SocialProvisionKind.HOUSING;
import static io.github.smpkit.core.social.SocialProvisionKind.INTEGRATION_SUPPORT;
import static io.github.smpkit.core.social.SocialProvisionKind.OCCUPATIONAL_SAFETY_AND_HEALTH;
import static io.github.smpkit.core.social.SocialProvisionKind.REMITTANCE_SERVICES;
import static io.github.smpkit.core.social.SocialProvisionKind.RETURN_AND_REINTEGRATION_SUPPORT;
import static io.github.smpkit.core.social.SocialProvisionKind.SOCIAL_SECURITY_PORTABILITY;
import static io.github.smpkit.core.social.SocialProvisionKind.SOFT_LANDING;
import static io.github.smpkit.core.social.SocialProvisionKind.SOGIESC_SAFEGUARDS;
import static io.github.smpkit.core.social.SocialProvisionKind.SPOUSE_LABOUR_MARKET_ACCESS;
import static io.github.smpkit.rules.EssentialElement.SOCIAL;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.training.TrainingTiming;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rules of element 7, social aspects of employment and mobility (IOM SMP Guidance 2023, ch. 9, with
 * Boxes 27 to 29 of ch. 10), and the occupational safety and health rule of the UN Network on
 * Migration's guidance on bilateral labour migration agreements.
 */
final class SocialRules {

  private SocialRules() {
  }

  /** The index of the first social provision of {@code kind}, or -1. */
  static int social(Partnership p, SocialProvisionKind kind) {
    for (int i = 0; i < p.socialProvisions().size(); i++) {
      if (p.socialProvisions().get(i).kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Reports met ({@code <id>.met.<suffix>}, its argument the kind of provision in words) when a
   * provision of one of {@code kinds} is recorded; returns whether it did.
   */
  private static boolean metBy(Partnership p, RuleContext c, String suffix, SocialProvisionKind... kinds) {
    for (SocialProvisionKind kind : kinds) {
      int i = social(p, kind);
      if (i >= 0) {
        Messages.met(c, Finding.pointer("socialProvisions", i), suffix, Messages.words(kind));
        return true;
      }
    }
    return false;
  }

  /** Asks about social provisions: {@code <id>.gap.<suffix>}. */
  private static void ask(RuleContext c, String suffix, Object... arguments) {
    Messages.gap(c, "/socialProvisions", suffix, arguments);
  }

  /**
   * Where the recorded facts show support for returning migrants: a return provision, a procedure
   * of the return phase (or skills verification on return), training on return, or a stakeholder
   * active in the return phase. Reads {@code /socialProvisions/*}{@code /kind}, {@code /procedures/*},
   * {@code /training/*}{@code /timings}, {@code /stakeholders/*}{@code /migrationPhases}.
   */
  static String returnSupport(Partnership p) {
    int i = social(p, RETURN_AND_REINTEGRATION_SUPPORT);
    if (i >= 0) {
      return Finding.pointer("socialProvisions", i);
    }
    for (i = 0; i < p.procedures().size(); i++) {
      Procedure pr = p.procedures().get(i);
      if (pr.phase() == MigrationPhase.RETURN_AND_REINTEGRATION
          || pr.kind() == ProcedureKind.SKILLS_VERIFICATION_ON_RETURN) {
        return Finding.pointer("procedures", i);
      }
    }
    for (i = 0; i < p.training().size(); i++) {
      if (p.training().get(i).timings().contains(TrainingTiming.ON_RETURN)) {
        return Finding.pointer("training", i, "timings");
      }
    }
    for (i = 0; i < p.stakeholders().size(); i++) {
      if (p.stakeholders().get(i).migrationPhases().contains(MigrationPhase.RETURN_AND_REINTEGRATION)) {
        return Finding.pointer("stakeholders", i, "migrationPhases");
      }
    }
    return null;
  }

  static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(firstRules());
    rules.add(aspirations());
    rules.add(uncertainty());
    return rules;
  }

  private static List<Rule> firstRules() {
    return List.of(
        Rules.define("SMP-SOC-001", SOCIAL, WARNING)
            .reads("/mobilityModes", "/migrationTypes", "/socialProvisions/*/kind", "/procedures/*/phase",
                "/procedures/*/kind", "/training/*/timings", "/stakeholders/*/migrationPhases")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              String support = returnSupport(p);
              if (support != null) {
                Messages.met(c, support, "", where(support));
              } else if (Facts.temporary(p)) {
                String types = p.migrationTypes().stream().map(t -> Messages.words(t).replace(' ', '-'))
                    .collect(Collectors.joining(", "));
                ask(c, "return", types);
              } else if (p.migrationTypes().isEmpty()) {
                ask(c, "types");
              } else {
                c.notApplicable();
              }
            }).build(),
        Rules.define("SMP-SOC-002", SOCIAL, WARNING)
            .reads("/mobilityModes", "/socialProvisions/*/kind")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              if (!metBy(p, c, "family", FAMILY_REUNIFICATION, FAMILY_VISITS)) {
                ask(c, "family");
              } else if (social(p, FAMILY_REUNIFICATION) >= 0 && social(p, SPOUSE_LABOUR_MARKET_ACCESS) < 0) {
                ask(c, "spouses");
              }
            }).build(),
        Rules.define("SMP-SOC-003", SOCIAL, WARNING)
            .reads("/mobilityModes", "/socialProvisions/*/kind")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              if (!metBy(p, c, "security", SOCIAL_SECURITY_PORTABILITY)) {
                ask(c, "security");
              }
              if (!metBy(p, c, "tax", DOUBLE_TAXATION_AGREEMENT)) {
                ask(c, "tax");
              }
            }).build(),
        Rules.define("SMP-SOC-004", SOCIAL, WARNING)
            .reads("/mobilityModes", "/socialProvisions/*/kind")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              if (!metBy(p, c, "arrival", SOFT_LANDING, INTEGRATION_SUPPORT, HOUSING)) {
                ask(c, "arrival");
              }
            }).build(),
        Rules.define("SMP-SOC-005", SOCIAL, WARNING)
            .reads("/assessments/*/kind")
            .check((p, c) -> {
              for (int i = 0; i < p.assessments().size(); i++) {
                if (p.assessments().get(i).kind() == AssessmentKind.GENDER_ANALYSIS) {
                  Messages.met(c, Finding.pointer("assessments", i), "");
                  return;
                }
              }
              Messages.gap(c, "/assessments", "");
            }).build(),
        Rules.define("SMP-SOC-006", SOCIAL, WARNING)
            .reads("/socialProvisions/*/kind", "/sectors", "/occupations/*/isco")
            .check((p, c) -> {
              if (!metBy(p, c, "women", GENDER_SAFEGUARDS)) {
                ask(c, Facts.careOrDomestic(p) ? "care" : "women");
              }
              if (!metBy(p, c, "sogiesc", SOGIESC_SAFEGUARDS)) {
                ask(c, "sogiesc");
              }
            }).build(),
        Rules.define("SMP-SOC-007", SOCIAL, INFO)
            .reads("/socialProvisions/*/kind", "/stakeholders/*/type", "/stakeholders/*/name", "/training/*/contents",
                "/training/*/name")
            .check((p, c) -> {
              if (metBy(p, c, "remittances", REMITTANCE_SERVICES)) {
                return;
              }
              for (int i = 0; i < p.stakeholders().size(); i++) {
                if (p.stakeholders().get(i).type() == StakeholderType.FINANCIAL_SERVICE_PROVIDER) {
                  Messages.met(c, Finding.pointer("stakeholders", i), "provider", p.stakeholders().get(i).name());
                  return;
                }
              }
              for (int i = 0; i < p.training().size(); i++) {
                if (p.training().get(i).contents().contains(TrainingContent.FINANCIAL_LITERACY)) {
                  Messages.met(c, Finding.pointer("training", i, "contents"), "literacy", p.training().get(i).name());
                  return;
                }
              }
              ask(c, "remittances");
            }).build(),
        Rules.define("SMP-SOC-008", SOCIAL, WARNING)
            .source("IOM SMP Guidance 2023, ch. 9 (access to basic services) and ch. 10, Box 27")
            .reads("/mobilityModes", "/socialProvisions/*/kind", "/procedures/*/kind")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              if (metBy(p, c, "health", HEALTH_COVERAGE)) {
                return;
              }
              for (int i = 0; i < p.procedures().size(); i++) {
                if (p.procedures().get(i).kind() == ProcedureKind.HEALTH) {
                  Messages.met(c, Finding.pointer("procedures", i), "procedure");
                  return;
                }
              }
              ask(c, "health");
            }).build(),
        Rules.define("SMP-BLMA-001", SOCIAL, WARNING)
            .source("UN Network on Migration, Guidance on Bilateral Labour Migration Agreements (2022),"
                + " occupational safety and health; ILO Occupational Safety and Health Convention, 1981 (No. 155)")
            .reads("/mobilityModes", "/socialProvisions/*/kind")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              if (!metBy(p, c, "safety", OCCUPATIONAL_SAFETY_AND_HEALTH)) {
                ask(c, "safety");
              }
            }).build());
  }

  private static String where(String pointer) {
    if (pointer.startsWith("/socialProvisions")) {
      return "a return and reintegration provision";
    } else if (pointer.startsWith("/procedures")) {
      return "a mapped procedure on return";
    } else if (pointer.startsWith("/training")) {
      return "training on return";
    }
    return "a stakeholder active in the return phase";
  }

  // --- SMP-SOC-009 -------------------------------------------------------------------------------

  private static Rule aspirations() {
    return Rules.define("SMP-SOC-009", SOCIAL, WARNING)
        .reads("/assessments/*/kind")
        .check((p, c) -> {
          for (int i = 0; i < p.assessments().size(); i++) {
            if (p.assessments().get(i).kind() == AssessmentKind.ASPIRATIONS) {
              Messages.met(c, "/assessments/" + i, "");
              return;
            }
          }
          Messages.gap(c, "/assessments", "");
        }).build();
  }

  // --- SMP-SOC-010 -------------------------------------------------------------------------------

  private static Rule uncertainty() {
    return Rules.define("SMP-SOC-010", SOCIAL, WARNING)
        .reads("/uncertaintyDisclosed", "/training/*/track")
        .check((p, c) -> {
          Optional<Boolean> disclosed = p.uncertaintyDisclosed();
          if (disclosed.equals(Optional.of(true))) {
            Messages.met(c, "/uncertaintyDisclosed", "");
          } else if (!p.training().isEmpty() && !Facts.awayTraining(p)) {
            c.notApplicable();
          } else if (disclosed.isPresent() && !p.training().isEmpty()) {
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidence.of("/uncertaintyDisclosed", false));
            for (int i = 0; i < p.training().size(); i++) {
              if (p.training().get(i).track().servesAway()) {
                evidence.add(Evidence.of(Finding.pointer("training", i, "track"), p.training().get(i).track()));
              }
            }
            Messages.breach(c, "/uncertaintyDisclosed", "", evidence);
          } else {
            if (disclosed.isPresent()) {
              Messages.gap(c, "/training", "training");
            } else {
              Messages.gap(c, "/uncertaintyDisclosed", "disclosed");
            }
          }
        }).build();
  }
}
