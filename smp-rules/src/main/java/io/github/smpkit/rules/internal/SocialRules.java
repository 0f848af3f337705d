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
import java.util.Locale;
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

  /** Reports met when a provision of one of {@code kinds} is recorded; returns whether it did. */
  private static boolean metBy(Partnership p, RuleContext c, String what, SocialProvisionKind... kinds) {
    for (SocialProvisionKind kind : kinds) {
      int i = social(p, kind);
      if (i >= 0) {
        c.met(Finding.pointer("socialProvisions", i), what + " (" + name(kind) + ").");
        return true;
      }
    }
    return false;
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static void ask(RuleContext c, String question, String hint) {
    c.gap("/socialProvisions", question, hint);
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
        Rules.define("SMP-SOC-001", SOCIAL, WARNING, "Temporary and circular migration comes with return and"
                + " reintegration support",
            "Schemes built on temporary or circular migration should include reintegration support: information"
                + " before return, training and job placement on return, verification of skills and access to"
                + " finance, so that people can reinvest what they gained (ch. 9; ch. 10 and Box 29).")
            .reads("/mobilityModes", "/migrationTypes", "/socialProvisions/*/kind", "/procedures/*/phase",
                "/procedures/*/kind", "/training/*/timings", "/stakeholders/*/migrationPhases")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              String support = returnSupport(p);
              if (support != null) {
                c.met(support, "Returning participants are supported (" + where(support) + ").");
              } else if (Facts.temporary(p)) {
                String types = p.migrationTypes().stream().map(t -> name(t).replace(' ', '-'))
                    .collect(Collectors.joining(", "));
                ask(c, "Migration is " + types + ": how are participants supported when they return (information"
                    + " before return, job placement, skills verification, training, access to finance), and by"
                    + " whom?", "Record the return and reintegration support, its procedures or training on"
                    + " return, and who gives it.");
              } else if (p.migrationTypes().isEmpty()) {
                ask(c, "Do participants return, and if so, how are they supported when they come back?", "Record"
                    + " the migration types and any return and reintegration support.");
              } else {
                c.notApplicable();
              }
            }).build(),
        Rules.define("SMP-SOC-002", SOCIAL, WARNING, "Family reunification and visits are provided for",
            "Whether spouses and children can join, work or visit shapes who takes part and how well they settle;"
                + " where the law does not allow it, exemptions or reform can be considered (ch. 9; ch. 10,"
                + " Box 28).")
            .reads("/mobilityModes", "/socialProvisions/*/kind")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              if (!metBy(p, c, "Family members can join or visit", FAMILY_REUNIFICATION, FAMILY_VISITS)) {
                ask(c, "Can participants' families join them or visit, and is an exemption needed?", "Record the"
                    + " family reunification and visit options.");
              } else if (social(p, FAMILY_REUNIFICATION) >= 0 && social(p, SPOUSE_LABOUR_MARKET_ACCESS) < 0) {
                ask(c, "Families may join: may spouses work in the destination?", "Record spouses' access to the"
                    + " labour market once known.");
              }
            }).build(),
        Rules.define("SMP-SOC-003", SOCIAL, WARNING, "Social-security rights are portable and income is not taxed"
                + " twice",
            "Cooperation on the portability of pensions and social-security rights, and on taxation, keeps"
                + " migrants from losing what they earn abroad.")
            .reads("/mobilityModes", "/socialProvisions/*/kind")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              if (!metBy(p, c, "Social-security rights are portable", SOCIAL_SECURITY_PORTABILITY)) {
                ask(c, "How do participants keep the social-security and pension rights they earn abroad?",
                    "Record the social-security agreement, or how contributions are refunded or added up.");
              }
              if (!metBy(p, c, "Double taxation is addressed", DOUBLE_TAXATION_AGREEMENT)) {
                ask(c, "Is participants' income protected from being taxed twice?", "Record the tax treaty"
                    + " between the countries, if any.");
              }
            }).build(),
        Rules.define("SMP-SOC-004", SOCIAL, WARNING, "Arrival and integration are supported",
            "A soft landing (help with housing, taxes, bank accounts, schooling) and support structures that"
                + " inform and guide migrants make the move a package, not only a job.")
            .reads("/mobilityModes", "/socialProvisions/*/kind")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              if (!metBy(p, c, "Arrival and integration are supported", SOFT_LANDING, INTEGRATION_SUPPORT,
                  HOUSING)) {
                ask(c, "Who helps participants on arrival with housing, registration, bank accounts and settling"
                    + " in?", "Record the soft-landing or integration support and who gives it.");
              }
            }).build(),
        Rules.define("SMP-SOC-005", SOCIAL, WARNING, "A gender analysis was carried out",
            "A gender analysis before the scheme, and again when evaluating it, shows how it affects women and men"
                + " and what must change.")
            .reads("/assessments/*/kind")
            .check((p, c) -> {
              for (int i = 0; i < p.assessments().size(); i++) {
                if (p.assessments().get(i).kind() == AssessmentKind.GENDER_ANALYSIS) {
                  c.met(Finding.pointer("assessments", i), "A gender analysis was carried out.");
                  return;
                }
              }
              c.gap("/assessments", "Was a gender analysis carried out for the partnership?", "Record the gender"
                  + " analysis (scope, date) once done.");
            }).build(),
        Rules.define("SMP-SOC-006", SOCIAL, WARNING, "Women and people of diverse SOGIESC have specific safeguards",
            "Migrant women face specific risks (harassment and exploitation in care and domestic work, maternity"
                + " protection), and migrants of diverse sexual orientation, gender identity and expression or sex"
                + " characteristics need to know their rights: both call for extra safeguards.")
            .reads("/socialProvisions/*/kind", "/sectors", "/occupations/*/isco")
            .check((p, c) -> {
              if (!metBy(p, c, "Migrant women have specific safeguards", GENDER_SAFEGUARDS)) {
                ask(c, "Which safeguards protect migrant women" + (Facts.careOrDomestic(p) ? ", given the risks of"
                    + " care and domestic work" : "") + " (maternity protection, reporting harassment)?",
                    "Record the safeguards for women.");
              }
              if (!metBy(p, c, "Participants of diverse SOGIESC have safeguards", SOGIESC_SAFEGUARDS)) {
                ask(c, "How are participants of diverse SOGIESC informed of their rights and protected?", "Record"
                    + " the safeguards, for example in orientation.");
              }
            }).build(),
        Rules.define("SMP-SOC-007", SOCIAL, INFO, "Remittances and savings are supported",
            "Sending money home is a main motive for labour migration: cheaper transfers, banking access and"
                + " financial products for migrants and returnees, developed with financial service providers,"
                + " support it.")
            .reads("/socialProvisions/*/kind", "/stakeholders/*/type", "/stakeholders/*/name", "/training/*/contents",
                "/training/*/name")
            .check((p, c) -> {
              if (metBy(p, c, "Remittances are supported", REMITTANCE_SERVICES)) {
                return;
              }
              for (int i = 0; i < p.stakeholders().size(); i++) {
                if (p.stakeholders().get(i).type() == StakeholderType.FINANCIAL_SERVICE_PROVIDER) {
                  c.met(Finding.pointer("stakeholders", i), p.stakeholders().get(i).name() + ", a financial service"
                      + " provider, takes part.");
                  return;
                }
              }
              for (int i = 0; i < p.training().size(); i++) {
                if (p.training().get(i).contents().contains(TrainingContent.FINANCIAL_LITERACY)) {
                  c.met(Finding.pointer("training", i, "contents"), "'" + p.training().get(i).name() + "' teaches"
                      + " financial literacy.");
                  return;
                }
              }
              ask(c, "How are participants helped to send money home and to save?", "Record remittance services,"
                  + " the financial service providers involved, or financial literacy training.");
            }).build(),
        Rules.define("SMP-SOC-008", SOCIAL, WARNING, "Participants have health coverage",
            "Access to health care is among the basic services that shape migrants' choices, and whether the"
                + " agreement covers health care is part of mapping it (ch. 10, Box 27).")
            .source("IOM SMP Guidance 2023, ch. 9 (access to basic services) and ch. 10, Box 27")
            .reads("/mobilityModes", "/socialProvisions/*/kind", "/procedures/*/kind")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              if (metBy(p, c, "Participants have health coverage", HEALTH_COVERAGE)) {
                return;
              }
              for (int i = 0; i < p.procedures().size(); i++) {
                if (p.procedures().get(i).kind() == ProcedureKind.HEALTH) {
                  c.met(Finding.pointer("procedures", i), "A health procedure (checks and insurance) is mapped.");
                  return;
                }
              }
              ask(c, "How are participants covered for health care in the destination, and who pays?", "Record the"
                  + " health insurance or public cover.");
            }).build(),
        Rules.define("SMP-BLMA-001", SOCIAL, WARNING, "Occupational safety and health is addressed",
            "Labour migration agreements should protect workers' safety and health at work: training, protective"
                + " equipment, inspection and cover for accidents and occupational diseases.")
            .source("UN Network on Migration, Guidance on Bilateral Labour Migration Agreements (2022),"
                + " occupational safety and health; ILO Occupational Safety and Health Convention, 1981 (No. 155)")
            .reads("/mobilityModes", "/socialProvisions/*/kind")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              if (!metBy(p, c, "Safety and health at work is addressed", OCCUPATIONAL_SAFETY_AND_HEALTH)) {
                ask(c, "How are workers protected at work: safety training, protective equipment, inspection,"
                    + " accident cover?", "Record the occupational safety and health provisions.");
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
    return Rules.define("SMP-SOC-009", SOCIAL, WARNING, "People's aspirations were studied",
        "Whether people take up training and migration depends on their aspirations, plans and circumstances;"
            + " they should be studied for women and men alike, through surveys, focus groups, past evaluations"
            + " and research, and the scheme kept flexible as they change.")
        .reads("/assessments/*/kind")
        .check((p, c) -> {
          for (int i = 0; i < p.assessments().size(); i++) {
            if (p.assessments().get(i).kind() == AssessmentKind.ASPIRATIONS) {
              c.met("/assessments/" + i, "The aspirations and plans of the people targeted were studied.");
              return;
            }
          }
          c.gap("/assessments", "What do the people targeted aspire to and plan (work, migration, family), and"
              + " has it been studied?", "Record the study as an assessment of kind ASPIRATIONS.");
        }).build();
  }

  // --- SMP-SOC-010 -------------------------------------------------------------------------------

  private static Rule uncertainty() {
    return Rules.define("SMP-SOC-010", SOCIAL, WARNING, "Participants know that training does not guarantee"
            + " travel",
        "To manage expectations, participants should be told of the uncertainties of the scheme, such as not"
            + " being able to travel after being trained.")
        .reads("/uncertaintyDisclosed", "/training/*/track")
        .check((p, c) -> {
          Optional<Boolean> disclosed = p.uncertaintyDisclosed();
          if (disclosed.equals(Optional.of(true))) {
            c.met("/uncertaintyDisclosed", "Participants are told that training does not guarantee travel or a"
                + " job abroad.");
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
            c.breach("/uncertaintyDisclosed", "People are trained for work abroad without being told that the"
                + " training does not guarantee travel or a job there.", "Tell candidates, before they train, what"
                + " may keep them from travelling (permits, employers' demand, exams) and what happens then.",
                evidence.toArray(new Evidence[0]));
          } else {
            c.gap(disclosed.isPresent() ? "/training" : "/uncertaintyDisclosed", disclosed.isPresent()
                ? "Does the partnership train people for work abroad?" : "Are participants told, before they"
                + " train, that training does not guarantee travel or a job abroad?", disclosed.isPresent()
                ? "Record the training components with their track." : "Record uncertaintyDisclosed.");
          }
        }).build();
  }
}
