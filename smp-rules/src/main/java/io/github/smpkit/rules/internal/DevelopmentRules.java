package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.LOCAL_DEVELOPMENT;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.development.DevelopmentLinkKind;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.training.TrainingTiming;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Rules of element 4, local development and job creation (IOM SMP Guidance 2023, ch. 6). */
final class DevelopmentRules {

  private DevelopmentRules() {
  }

  /** The index of the first development link of one of {@code kinds}, or -1. */
  static int link(Partnership p, DevelopmentLinkKind... kinds) {
    List<DevelopmentLinkKind> wanted = List.of(kinds);
    for (int i = 0; i < p.developmentLinks().size(); i++) {
      if (wanted.contains(p.developmentLinks().get(i).kind())) {
        return i;
      }
    }
    return -1;
  }

  /** Reports met when a link of one of {@code kinds} is recorded, and returns whether it is. */
  private static boolean metByLink(Partnership p, RuleContext c, String what, DevelopmentLinkKind... kinds) {
    int i = link(p, kinds);
    if (i >= 0) {
      c.met("/developmentLinks/" + i, what + " (" + words(p.developmentLinks().get(i).kind()) + ").");
    }
    return i >= 0;
  }

  static List<Rule> rules() {
    return List.of(programmes(), originSystems(), brainDrain(), homeTrack(), skillsTransfer(), diaspora(),
        originEmployers(), localAuthorities());
  }

  private static Rule programmes() {
    return Rules.define("SMP-DEV-001", LOCAL_DEVELOPMENT, WARNING, "The partnership is linked to investment,"
            + " development or job-creation programmes",
        "Skills create local value when the partnership is embedded in wider economic, business, investment"
            + " and development programmes between the partner countries.")
        .reads("/developmentLinks/*/kind")
        .check((p, c) -> {
          if (!metByLink(p, c, "The partnership is linked to a wider programme",
              DevelopmentLinkKind.INVESTMENT_PROGRAMME, DevelopmentLinkKind.DEVELOPMENT_PROGRAMME,
              DevelopmentLinkKind.JOB_CREATION)) {
            c.gap("/developmentLinks", "Which investment, development or job-creation programmes does the"
                + " partnership connect to?", "Record them as development links.");
          }
        }).build();
  }

  private static Rule originSystems() {
    return Rules.define("SMP-DEV-002", LOCAL_DEVELOPMENT, WARNING, "Training in the origin strengthens the origin's"
            + " training system",
        "Training set up in the origin should leave better institutions, curricula and trainers behind, not"
            + " only graduates who leave.")
        .reads("/developmentLinks/*/kind", "/training/*/location")
        .check((p, c) -> {
          if (metByLink(p, c, "The partnership strengthens the origin's training system",
              DevelopmentLinkKind.ORIGIN_SYSTEM_STRENGTHENING)) {
            return;
          }
          if (!p.training().isEmpty() && !Facts.originTraining(p)) {
            c.notApplicable();
          } else if (p.training().isEmpty()) {
            c.gap("/training", "Does training take place in the origin, and if so, how does it strengthen the"
                + " local training system?", "Record the training components with their location, and the"
                + " system-strengthening measures as a development link.");
          } else {
            c.gap("/developmentLinks", "Training takes place in the origin: how does it strengthen the local"
                + " training system (curricula, trainers, equipment)?", "Record those measures as a development"
                + " link of kind ORIGIN_SYSTEM_STRENGTHENING.");
          }
        }).build();
  }

  private static Rule brainDrain() {
    return Rules.define("SMP-DEV-003", LOCAL_DEVELOPMENT, WARNING, "Brain drain is guarded against",
        "Recruitment should not deepen shortages in the origin: safeguards such as a home track, training more"
            + " people than are recruited, or recruitment limits.")
        .reads("/developmentLinks/*/kind", "/recruitmentProvisions/*/safeguard", "/training/*/track",
            "/training/*/name")
        .check((p, c) -> {
          if (metByLink(p, c, "A safeguard against brain drain is recorded",
              DevelopmentLinkKind.BRAIN_DRAIN_SAFEGUARD)) {
            return;
          }
          for (int i = 0; i < p.recruitmentProvisions().size(); i++) {
            if (p.recruitmentProvisions().get(i).safeguard() == RecruitmentSafeguard.BRAIN_DRAIN_LIMITS) {
              c.met("/recruitmentProvisions/" + i, "Recruitment is limited to protect the origin's workforce.");
              return;
            }
          }
          int home = homeTraining(p);
          if (home >= 0) {
            c.met("/training/" + home + "/track", "Some trainees are trained for jobs at home ('"
                + p.training().get(home).name() + "').");
            return;
          }
          c.gap("/developmentLinks", "How is the origin protected against losing skilled workers it needs?",
              "Record the safeguard: a home track, recruitment limits, training more people than are recruited.");
        }).build();
  }

  private static Rule homeTrack() {
    return Rules.define("SMP-DEV-004", LOCAL_DEVELOPMENT, INFO, "Some trainees are trained for jobs at home",
        "Training that also serves the origin's labour market (a home track) spreads the benefits and guards"
            + " against brain drain; it defines the dual-track Global Skill Partnership.")
        .chapter(2).source("IOM SMP Guidance 2023, ch. 2, Table 1 (dual track); ch. 4, Table 2")
        .reads("/training/*/track", "/training/*/name", "/models")
        .check((p, c) -> {
          int home = homeTraining(p);
          if (home >= 0) {
            c.met("/training/" + home + "/track", "'" + p.training().get(home).name() + "' trains people for jobs"
                + " at home.");
            return;
          }
          boolean gsp = p.models().contains(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP);
          c.gap("/training", (gsp ? "The partnership follows the Global Skill Partnership model, whose training"
              + " has a home and an away track: " : "") + "are some trainees trained for jobs in the origin?",
              "Record the home-track training (track HOME or BOTH)" + (gsp ? "." : ", if there is one."));
        }).build();
  }

  private static Rule skillsTransfer() {
    return Rules.define("SMP-DEV-005", LOCAL_DEVELOPMENT, INFO, "Skills flow back to the origin",
        "Skills transfer to the origin can be encouraged by incentives for circular rather than permanent"
            + " migration (weighed against employers' wish for longer stays), by training on return, or through"
            + " the diaspora. Return and reintegration support as such is SMP-SOC-001.")
        .reads("/developmentLinks/*/kind", "/training/*/timings", "/training/*/name")
        .check((p, c) -> {
          if (metByLink(p, c, "The partnership brings skills back to the origin",
              DevelopmentLinkKind.SKILLS_TRANSFER, DevelopmentLinkKind.CIRCULARITY_INCENTIVE)) {
            return;
          }
          for (int i = 0; i < p.training().size(); i++) {
            if (p.training().get(i).timings().contains(TrainingTiming.ON_RETURN)) {
              c.met("/training/" + i + "/timings", "'" + p.training().get(i).name() + "' is given on return, so"
                  + " returnees put their skills to use at home.");
              return;
            }
          }
          c.gap("/developmentLinks", "How do skills and knowledge gained abroad come back to the origin?",
              "Record skills-transfer or circularity incentives as development links, or training given on"
                  + " return (timing ON_RETURN).");
        }).build();
  }

  private static Rule diaspora() {
    return Rules.define("SMP-DEV-006", LOCAL_DEVELOPMENT, INFO, "The diaspora has a role",
        "Diaspora groups can mentor, help newcomers settle, invest and transfer knowledge; map them and define"
            + " their role.")
        .reads("/developmentLinks/*/kind", "/stakeholders/*/type", "/stakeholders/*/name")
        .check((p, c) -> {
          if (metByLink(p, c, "The diaspora has a role", DevelopmentLinkKind.DIASPORA_ENGAGEMENT)) {
            return;
          }
          Optional<Stakeholder> d = first(p, Set.of(StakeholderType.DIASPORA_ORGANISATION));
          if (d.isPresent()) {
            c.met("/stakeholders", d.get().name() + " takes part for the diaspora.");
          } else {
            c.gap("/developmentLinks", "Which diaspora organisations could take part, and in what role?",
                "Record the diaspora organisation as a stakeholder, or its role as a development link.");
          }
        }).build();
  }

  private static Rule originEmployers() {
    return Rules.define("SMP-DEV-007", LOCAL_DEVELOPMENT, WARNING, "A home track involves employers in the origin",
        "Trainees who stay need employers at home who help shape the training and hire from it.")
        .reads("/training/*/track", "/stakeholders/*/type", "/stakeholders/*/country", "/stakeholders/*/name",
            "/parties")
        .check((p, c) -> {
          if (!p.training().isEmpty() && homeTraining(p) < 0) {
            c.notApplicable();
            return;
          }
          Optional<Stakeholder> employer = Facts.in(p, Facts.origins(c)).stream()
              .filter(s -> s.type() == StakeholderType.EMPLOYER || s.type() == StakeholderType.EMPLOYERS_ORGANISATION)
              .findFirst();
          if (employer.isPresent()) {
            c.met("/stakeholders", employer.get().name() + " takes part for employers in the origin.");
          } else if (p.training().isEmpty()) {
            c.gap("/training", "Is there a home track, and which employers in the origin shape it and hire from"
                + " it?", "Record the training components with their track, and the origin employers as"
                + " stakeholders.");
          } else {
            c.gap("/stakeholders", "There is a home track: which employers in the origin shape it and hire its"
                + " graduates?", "Record the origin employers or chambers as stakeholders, with their country.");
          }
        }).build();
  }

  private static Rule localAuthorities() {
    return Rules.define("SMP-DEV-008", LOCAL_DEVELOPMENT, INFO, "Local or regional authorities take part",
        "Local and regional governments shape services, data and jobs along the corridor; involving them roots"
            + " the partnership in local realities.")
        .reads("/stakeholders/*/type", "/stakeholders/*/name", "/formsOfEngagement/*/form")
        .check((p, c) -> {
          Optional<Stakeholder> local = first(p, Set.of(StakeholderType.LOCAL_AUTHORITY));
          if (local.isPresent()) {
            c.met("/stakeholders", local.get().name() + " takes part as a local or regional authority.");
          } else if (Facts.hasForm(p, EngagementForm.CITY_TO_CITY_COOPERATION)) {
            c.met("/formsOfEngagement", "The partnership is a city-to-city cooperation.");
          } else {
            c.gap("/stakeholders", "Which municipalities or regions that send and receive participants take"
                + " part?", "Record them as stakeholders of type LOCAL_AUTHORITY.");
          }
        }).build();
  }

  /** The index of the first training component serving the home track (HOME or BOTH), or -1. */
  static int homeTraining(Partnership p) {
    for (int i = 0; i < p.training().size(); i++) {
      if (p.training().get(i).track().servesHome()) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<Stakeholder> first(Partnership p, Set<StakeholderType> types) {
    return p.stakeholders().stream().filter(s -> types.contains(s.type())).findFirst();
  }

  private static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
