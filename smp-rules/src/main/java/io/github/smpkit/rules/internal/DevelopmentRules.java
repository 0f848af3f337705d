package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.LOCAL_DEVELOPMENT;
import static io.github.smpkit.rules.Severity.ERROR;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;
import static io.github.smpkit.rules.internal.Rules.rule;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.development.DevelopmentLink;
import io.github.smpkit.core.development.DevelopmentLinkKind;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.rules.Rule;
import java.util.List;

/** Rules of element 4, local development and job creation (IOM SMP Guidance 2023, ch. 6). */
final class DevelopmentRules {

  private DevelopmentRules() {
  }

  static boolean has(Partnership p, DevelopmentLinkKind... kinds) {
    List<DevelopmentLinkKind> wanted = List.of(kinds);
    return p.developmentLinks().stream().map(DevelopmentLink::kind).anyMatch(wanted::contains);
  }

  static List<Rule> rules() {
    return List.of(
        Rules.notDescribed("SMP-DEV-000", LOCAL_DEVELOPMENT, "how it links to development in the country of origin",
            "Describe the links to investment or development programmes, brain-drain safeguards and skills transfer."),
        rule("SMP-DEV-001", LOCAL_DEVELOPMENT, WARNING, 6, "The partnership is linked to investment, development or"
                + " job-creation programmes",
            "Skills create local value only when the partnership is embedded in wider economic, business and"
                + " development programmes.",
            (p, c) -> {
              if (!has(p, DevelopmentLinkKind.INVESTMENT_PROGRAMME, DevelopmentLinkKind.DEVELOPMENT_PROGRAMME,
                  DevelopmentLinkKind.JOB_CREATION)) {
                c.report("/developmentLinks", "The partnership is not linked to any investment, development or"
                    + " job-creation programme.", "Name the programmes it connects to.");
              }
            }),
        rule("SMP-DEV-002", LOCAL_DEVELOPMENT, WARNING, 6, "Training in the origin strengthens the origin's"
                + " training system",
            "Training set up in the origin should leave better institutions, curricula and teachers behind, not"
                + " only graduates who leave.",
            (p, c) -> {
              if (Facts.originTraining(p) && !has(p, DevelopmentLinkKind.ORIGIN_SYSTEM_STRENGTHENING)) {
                c.report("/developmentLinks", "Training takes place in the origin, but nothing says how it"
                    + " strengthens the local training system.", "Add measures such as curriculum upgrades,"
                    + " training of trainers or equipment for public institutions.");
              }
            }),
        rule("SMP-DEV-003", LOCAL_DEVELOPMENT, WARNING, 6, "Brain drain is guarded against",
            "Recruitment must not deepen shortages in the origin; safeguards should be explicit, especially for"
                + " health and highly skilled workers.",
            (p, c) -> {
              if (!has(p, DevelopmentLinkKind.BRAIN_DRAIN_SAFEGUARD)
                  && !Facts.hasSafeguard(p, RecruitmentSafeguard.BRAIN_DRAIN_LIMITS) && !Facts.homeTraining(p)) {
                c.report(Facts.health(p) || Facts.highSkilled(p) ? WARNING : INFO, "/developmentLinks",
                    "Nothing protects the country of origin against losing skilled workers it needs.",
                    "Add a home track, recruitment caps, training more people than are recruited, or another"
                        + " safeguard.");
              }
            }),
        rule("SMP-DEV-004", LOCAL_DEVELOPMENT, INFO, 6, "Some trainees are trained for jobs at home",
            "Training that also serves the origin labour market (a home track) spreads the benefits.",
            (p, c) -> {
              if (!p.training().isEmpty() && !Facts.homeTraining(p)) {
                c.report("/training", "All training prepares people to leave; no one is trained for jobs at home.",
                    "Consider a home track placed with origin employers.");
              }
            }),
        rule("SMP-DEV-005", LOCAL_DEVELOPMENT, WARNING, 6, "Skills flow back to the origin",
            "Incentives for skills transfer and circular migration bring knowledge back, balanced against"
                + " employers' wish for longer stays.",
            (p, c) -> {
              if (!has(p, DevelopmentLinkKind.SKILLS_TRANSFER, DevelopmentLinkKind.CIRCULARITY_INCENTIVE)) {
                c.report(p.migrationTypes().contains(MigrationType.CIRCULAR) ? WARNING : INFO, "/developmentLinks",
                    "No mechanism brings skills or knowledge back to the country of origin.",
                    "Add skills-transfer or circularity incentives (return support, re-entry rights, diaspora"
                        + " exchanges).");
              }
            }),
        rule("SMP-DEV-006", LOCAL_DEVELOPMENT, INFO, 6, "The diaspora has a role",
            "Diaspora groups can mentor, help newcomers settle, invest and transfer knowledge.",
            (p, c) -> {
              if (!has(p, DevelopmentLinkKind.DIASPORA_ENGAGEMENT)
                  && !Facts.hasStakeholder(p, StakeholderType.DIASPORA_ORGANISATION)) {
                c.report("/developmentLinks", "The diaspora has no role in the partnership.",
                    "Map diaspora organisations and give them a role.");
              }
            }),
        rule("SMP-DEV-007", LOCAL_DEVELOPMENT, WARNING, 6, "A home track involves employers in the origin",
            "Trainees who stay need employers at home who shape the training and hire from it.",
            (p, c) -> {
              if (Facts.homeTraining(p) && !p.stakeholders().isEmpty() && Facts.in(p, p.origins()).stream()
                  .noneMatch(s -> s.type() == StakeholderType.EMPLOYER
                      || s.type() == StakeholderType.EMPLOYERS_ORGANISATION)) {
                c.report("/stakeholders", "There is a home track but no employer in the country of origin takes"
                    + " part.", "Involve origin employers or chambers in the curriculum and in placing home-track"
                    + " graduates.");
              }
            }),
        rule("SMP-DEV-008", LOCAL_DEVELOPMENT, INFO, 6, "Local or regional authorities take part",
            "Local and regional governments shape services, data and jobs along the corridor.",
            (p, c) -> {
              if (!Facts.hasStakeholder(p, StakeholderType.LOCAL_AUTHORITY)
                  && !Facts.hasForm(p, EngagementForm.CITY_TO_CITY_COOPERATION)) {
                c.report("/stakeholders", "No local or regional authority takes part.",
                    "Involve the municipalities or regions that send and receive participants.");
              }
            }),
        rule("SMP-GSP-001", LOCAL_DEVELOPMENT, ERROR, 2, "A declared Global Skill Partnership has a home track",
            "The Global Skill Partnership model trains people for both the origin and the destination labour"
                + " market; without a home track the design contradicts its own label.",
            (p, c) -> {
              if (p.models().contains(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP) && !p.training().isEmpty()
                  && !Facts.homeTraining(p)) {
                c.report("/training", "The partnership calls itself a Global Skill Partnership, but no training"
                    + " serves the home track.", "Add a home track, or drop the GLOBAL_SKILL_PARTNERSHIP model.");
              }
            }));
  }
}
