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
import static io.github.smpkit.rules.Severity.ERROR;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;
import static io.github.smpkit.rules.internal.Rules.rule;
import static io.github.smpkit.rules.internal.Facts.hasSocial;

import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.rules.Rule;
import java.util.List;
import java.util.stream.Collectors;

/** Rules of element 7, social aspects of employment and mobility (IOM SMP Guidance 2023, ch. 9 and 10). */
final class SocialRules {

  private SocialRules() {
  }

  static List<Rule> rules() {
    return List.of(
        Rules.notDescribed("SMP-SOC-000", SOCIAL, "any social provision for participants",
            "Describe family reunification, social security, integration support, remittances and return support."),
        rule("SMP-SOC-001", SOCIAL, ERROR, 9, "Circular or temporary migration comes with return and reintegration"
                + " support",
            "Schemes built on return must plan for it: job placement, skills verification and support to reinvest"
                + " at home.",
            (p, c) -> {
              if (!Facts.temporary(p)) {
                return;
              }
              boolean supported = hasSocial(p, RETURN_AND_REINTEGRATION_SUPPORT)
                  || p.procedures().stream().anyMatch(pr -> pr.phase() == MigrationPhase.RETURN_AND_REINTEGRATION)
                  || p.stakeholders().stream().anyMatch(s -> s.migrationPhases().contains(
                      MigrationPhase.RETURN_AND_REINTEGRATION));
              if (!supported) {
                boolean circular = p.migrationTypes().contains(MigrationType.CIRCULAR);
                String types = p.migrationTypes().stream().map(t -> t.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-')).collect(Collectors.joining(", "));
                c.report(circular ? ERROR : WARNING, "/socialProvisions", "Migration is " + types + ", but nothing"
                    + " supports participants when they return.", "Add return and reintegration support (information"
                    + " before return, job placement, skills verification, access to finance) and name who gives it.");
              }
            }),
        rule("SMP-SOC-002", SOCIAL, WARNING, 9, "Family reunification and visits are provided for",
            "Whether family members can join, work or visit shapes who takes part and how well they settle.",
            (p, c) -> {
              boolean longStay = p.migrationTypes().contains(MigrationType.LONGER_TERM)
                  || p.migrationTypes().contains(MigrationType.PERMANENT);
              if (!hasSocial(p, FAMILY_REUNIFICATION) && !hasSocial(p, FAMILY_VISITS)) {
                c.report(longStay ? WARNING : INFO, "/socialProvisions", "Participants have no stated right to bring"
                    + " their family or to be visited.", "State the family reunification and visit options, or the"
                    + " exemption sought.");
              } else if (hasSocial(p, FAMILY_REUNIFICATION) && !hasSocial(p, SPOUSE_LABOUR_MARKET_ACCESS)) {
                c.report(INFO, "/socialProvisions", "Families may join, but nothing says whether spouses may work.",
                    "State whether spouses get access to the labour market.");
              }
            }),
        rule("SMP-SOC-003", SOCIAL, WARNING, 9, "Social-security rights are portable",
            "Pension and social-security rights earned abroad should not be lost, and income should not be taxed"
                + " twice.",
            (p, c) -> {
              if (!Facts.physical(p)) {
                return;
              }
              if (!hasSocial(p, SOCIAL_SECURITY_PORTABILITY)) {
                c.report("/socialProvisions", "Nothing says how participants keep the social-security and pension"
                    + " rights they earn abroad.", "Refer to the social-security agreement between the countries,"
                    + " or say how contributions are refunded or added up.");
              }
              if (!hasSocial(p, DOUBLE_TAXATION_AGREEMENT)) {
                c.report(INFO, "/socialProvisions", "Double taxation of participants' income is not addressed.",
                    "Refer to the tax treaty between the countries, if any.");
              }
            }),
        rule("SMP-SOC-004", SOCIAL, WARNING, 9, "Arrival and integration are supported",
            "Help on arrival with housing, registration, bank accounts and settling in is part of what migrants"
                + " are offered.",
            (p, c) -> {
              if (!Facts.physical(p)) {
                return;
              }
              if (!hasSocial(p, SOFT_LANDING) && !hasSocial(p, INTEGRATION_SUPPORT)) {
                c.report("/socialProvisions", "No support on arrival or for integration is planned.",
                    "Say who helps with housing, registration, bank accounts and mentoring on arrival.");
              } else if (!hasSocial(p, HOUSING)) {
                c.report(INFO, "/socialProvisions", "Housing for participants is not addressed.",
                    "Say how participants find housing.");
              }
            }),
        rule("SMP-SOC-005", SOCIAL, WARNING, 9, "A gender analysis was carried out",
            "A gender analysis before the scheme (and again when evaluating it) shows how it affects women and men.",
            (p, c) -> {
              if (p.assessments().stream().noneMatch(a -> a.kind() == AssessmentKind.GENDER_ANALYSIS)) {
                c.report("/assessments", "No gender analysis was carried out for the partnership.",
                    "Analyse the sector and target groups by gender and adapt selection, training and support.");
              }
            }),
        rule("SMP-SOC-006", SOCIAL, WARNING, 9, "Women and people of diverse SOGIESC have specific safeguards",
            "Women in care and domestic work face specific risks, and migrants of diverse sexual orientation,"
                + " gender identity and expression or sex characteristics need to know their rights.",
            (p, c) -> {
              if (!hasSocial(p, GENDER_SAFEGUARDS)) {
                c.report(Facts.careOrDomestic(p) ? WARNING : INFO, "/socialProvisions", "No specific safeguards for"
                    + " migrant women are described" + (Facts.careOrDomestic(p) ? ", although care and health work"
                    + " carry specific risks." : "."), "Add safeguards such as maternity protection and a way to"
                    + " report harassment.");
              }
              if (!hasSocial(p, SOGIESC_SAFEGUARDS)) {
                c.report(INFO, "/socialProvisions", "No safeguards for participants of diverse SOGIESC are described.",
                    "Cover their rights and support in orientation and provisions.");
              }
            }),
        rule("SMP-SOC-007", SOCIAL, INFO, 9, "Remittances and savings are supported",
            "Cheap transfers and financial products for migrants and returnees are among the main benefits of"
                + " labour mobility.",
            (p, c) -> {
              boolean literacy = p.training().stream().anyMatch(t -> t.contents().contains(
                  TrainingContent.FINANCIAL_LITERACY));
              if (!hasSocial(p, REMITTANCE_SERVICES) && !literacy
                  && !Facts.hasStakeholder(p, StakeholderType.FINANCIAL_SERVICE_PROVIDER)) {
                c.report("/socialProvisions", "Nothing helps participants send money home or manage savings.",
                    "Involve a financial service provider and add financial literacy training.");
              }
            }),
        rule("SMP-SOC-008", SOCIAL, WARNING, 10, "Participants have health coverage",
            "Migrant workers need health care from arrival, on the same terms as others.",
            (p, c) -> {
              if (Facts.physical(p) && !hasSocial(p, HEALTH_COVERAGE)) {
                c.report("/socialProvisions", "The partnership does not say how participants are covered for health"
                    + " care in the destination.", "State the health insurance or public cover from arrival, and who"
                    + " pays for it.");
              }
            }),
        rule("SMP-BLMA-001", SOCIAL, WARNING, 10, "Occupational safety and health is addressed",
            "Labour migration agreements should say how workers are protected at work: safety training, equipment,"
                + " inspection and accident cover.",
            (p, c) -> {
              if (Facts.physical(p) && !hasSocial(p, OCCUPATIONAL_SAFETY_AND_HEALTH)) {
                c.report("/socialProvisions", "The workers' safety and health at work is not addressed.",
                    "Add commitments on safety training, protective equipment, inspection and accident cover.");
              }
            }),
        rule("SMP-BLMA-004", SOCIAL, WARNING, 9, "A labour migration agreement addresses remittances",
            "Bilateral labour migration agreements are expected to cover cheap remittance transfers and savings"
                + " options.",
            (p, c) -> {
              if (Facts.hasForm(p, EngagementForm.BILATERAL_LABOUR_MIGRATION_AGREEMENT)
                  && !hasSocial(p, REMITTANCE_SERVICES)) {
                c.report("/socialProvisions", "The labour migration agreement does not address remittances or"
                    + " savings.", "Add provisions on transfer costs, accounts and savings or investment options.");
              }
            }));
  }
}
