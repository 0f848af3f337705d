package io.github.smpkit.rules.internal;

import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.CONSULAR_ACCESS;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.EMPLOYER_PAYS;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.FREEDOM_TO_CHANGE_EMPLOYER;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.GRIEVANCE_MECHANISM;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.IRIS_CERTIFICATION;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.LICENSED_RECRUITERS;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.RETENTION_OF_DOCUMENTS_BY_WORKER;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.WHO_GLOBAL_CODE;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.WRITTEN_CONTRACT;
import static io.github.smpkit.rules.EssentialElement.ETHICAL_RECRUITMENT;
import static io.github.smpkit.rules.Severity.ERROR;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;
import static io.github.smpkit.rules.internal.Facts.hasSafeguard;
import static io.github.smpkit.rules.internal.Rules.rule;

import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.typology.FlexibilityAspect;
import io.github.smpkit.rules.Rule;
import java.util.List;
import java.util.Optional;

/** Rules of element 10, ethical recruitment (IOM SMP Guidance 2023, ch. 12). */
final class EthicalRules {

  private EthicalRules() {
  }

  static List<Rule> rules() {
    return List.of(
        Rules.notDescribed("SMP-ETHIC-000", ETHICAL_RECRUITMENT, "any ethical-recruitment safeguard",
            "Commit to the employer-pays principle, licensed recruiters, a grievance mechanism and, for health"
                + " workers, the WHO Global Code."),
        rule("SMP-ETHIC-001", ETHICAL_RECRUITMENT, WARNING, 12, "The employer-pays principle is stated",
            "The agreement should commit explicitly that workers pay no recruitment fees or related costs.",
            (p, c) -> {
              if (!hasSafeguard(p, EMPLOYER_PAYS)) {
                c.report("/recruitmentProvisions", "The partnership does not commit to the employer-pays principle.",
                    "Add an employer-pays clause covering fees and related costs (travel, visa, tests, documents).");
              }
            }),
        rule("SMP-ETHIC-002", ETHICAL_RECRUITMENT, ERROR, 12, "Health-worker recruitment follows the WHO Global Code",
            "Recruiting health workers must follow the WHO Global Code of Practice so that origin health systems"
                + " are not weakened.",
            (p, c) -> {
              if (Facts.health(p) && !hasSafeguard(p, WHO_GLOBAL_CODE)) {
                c.report("/recruitmentProvisions", "Health workers are recruited (" + String.join(", ",
                    Facts.healthCodes(p)) + "), but the partnership does not commit to the WHO Global Code of"
                    + " Practice on the International Recruitment of Health Personnel.", "Commit to the WHO Global"
                    + " Code and say how the origin's health workforce is supported.");
              }
            }),
        rule("SMP-ETHIC-003", ETHICAL_RECRUITMENT, WARNING, 12, "Recruiters are licensed and supervised",
            "Where agencies recruit, only licensed and supervised recruiters should be used.",
            (p, c) -> {
              boolean recruiters = Facts.hasStakeholder(p, StakeholderType.PRIVATE_RECRUITMENT_AGENCY)
                  || p.stakeholders().stream().anyMatch(s -> s.roles().contains(StakeholderRole.RECRUITER));
              if (recruiters && !hasSafeguard(p, LICENSED_RECRUITERS)) {
                c.report("/recruitmentProvisions", "Recruiters take part but nothing requires them to be licensed or"
                    + " supervised.", "Require licensed (or certified) recruiters and name the regulator.");
              }
            }),
        rule("SMP-ETHIC-004", ETHICAL_RECRUITMENT, WARNING, 12, "Workers have a grievance mechanism",
            "Workers need an accessible way to complain and obtain remedies, and must be told about it.",
            (p, c) -> {
              if (!hasSafeguard(p, GRIEVANCE_MECHANISM)) {
                c.report("/recruitmentProvisions", "No complaint or grievance mechanism is available to workers.",
                    "Name the complaint channels in both countries and who handles them.");
              }
            }),
        rule("SMP-ETHIC-005", ETHICAL_RECRUITMENT, WARNING, 12, "Workers have consular support",
            "The origin's consulates should be able to support workers in the destination.",
            (p, c) -> {
              if (!hasSafeguard(p, CONSULAR_ACCESS)) {
                c.report(Facts.physical(p) ? WARNING : INFO, "/recruitmentProvisions", "Consular support for workers"
                    + " abroad is not addressed.", "State the consular support available (labour attaché, hotline,"
                    + " consulate services).");
              }
            }),
        rule("SMP-ETHIC-006", ETHICAL_RECRUITMENT, WARNING, 12, "Workers get a written contract before departure",
            "Each worker should sign a written contract, in a language they understand, before leaving.",
            (p, c) -> {
              if (Facts.physical(p) && !hasSafeguard(p, WRITTEN_CONTRACT)) {
                c.report("/recruitmentProvisions", "No written employment contract before departure is required.",
                    "Require a written contract on an agreed model, in a language the worker understands, signed"
                        + " before departure.");
              }
            }),
        rule("SMP-ETHIC-007", ETHICAL_RECRUITMENT, WARNING, 12, "Whether workers may change employer is stated",
            "The partnership should say whether and how workers may change employer, with safeguards where law ties"
                + " them to one.",
            (p, c) -> {
              boolean stated = hasSafeguard(p, FREEDOM_TO_CHANGE_EMPLOYER)
                  || p.pathways().stream().anyMatch(w -> w.changeOfEmployerAllowed().equals(Optional.of(true)))
                  || p.flexibility().stream().anyMatch(f -> f.aspect() == FlexibilityAspect.EMPLOYER_CHANGE);
              if (!stated) {
                c.report("/recruitmentProvisions", "It is not stated whether participants may change employer.",
                    "State the rule for changing employer and the protection where permits tie workers to one.");
              }
            }),
        rule("SMP-ETHIC-008", ETHICAL_RECRUITMENT, WARNING, 12, "Migrant workers are treated equally with local"
                + " workers",
            "Decent work for migrants means the same pay and conditions as local workers in the same job.",
            (p, c) -> {
              if (!Facts.hasSocial(p, SocialProvisionKind.EQUAL_TREATMENT)) {
                c.report("/socialProvisions", "No provision guarantees migrant workers the same pay and conditions"
                    + " as local workers.", "Add an equal-treatment provision and say who monitors it.");
              }
            }),
        rule("SMP-ETHIC-009", ETHICAL_RECRUITMENT, INFO, 12, "Private recruiters are certified",
            "Certification schemes for recruiters, such as IOM's IRIS, give workers and employers assurance of fair"
                + " practice.",
            (p, c) -> {
              if (Facts.hasStakeholder(p, StakeholderType.PRIVATE_RECRUITMENT_AGENCY)
                  && !hasSafeguard(p, IRIS_CERTIFICATION)) {
                c.report("/recruitmentProvisions", "Private recruitment agencies take part without a certification"
                    + " such as IRIS.", "Prefer certified recruiters.");
              }
            }),
        rule("SMP-ETHIC-010", ETHICAL_RECRUITMENT, INFO, 12, "Workers keep their identity documents",
            "Taking workers' passports or papers is a sign of forced labour; workers should keep them.",
            (p, c) -> {
              if (Facts.physical(p) && !hasSafeguard(p, RETENTION_OF_DOCUMENTS_BY_WORKER)) {
                c.report("/recruitmentProvisions", "Nothing says that workers keep their own identity documents.",
                    "Forbid employers and recruiters to hold workers' documents.");
              }
            }));
  }
}
