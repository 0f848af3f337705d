package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.LOCAL_DEVELOPMENT;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.development.DevelopmentLinkKind;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.training.TrainingTiming;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.RuleContext;
import java.util.List;
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

  /**
   * Reports met ({@code <id>.met.link}, its argument the kind of link in words) when a link of one
   * of {@code kinds} is recorded, and returns whether it is.
   */
  private static boolean metByLink(Partnership p, RuleContext c, DevelopmentLinkKind... kinds) {
    int i = link(p, kinds);
    if (i >= 0) {
      Messages.met(c, "/developmentLinks/" + i, "link", Messages.words(p.developmentLinks().get(i).kind()));
    }
    return i >= 0;
  }

  static List<Rule> rules() {
    return List.of(programmes(), originSystems(), brainDrain(), homeTrack(), skillsTransfer(), diaspora(),
        originEmployers(), localAuthorities());
  }

  private static Rule programmes() {
    return Rules.define("SMP-DEV-001", LOCAL_DEVELOPMENT, WARNING)
        .reads("/developmentLinks/*/kind")
        .check((p, c) -> {
          if (!metByLink(p, c, DevelopmentLinkKind.INVESTMENT_PROGRAMME, DevelopmentLinkKind.DEVELOPMENT_PROGRAMME,
              DevelopmentLinkKind.JOB_CREATION)) {
            Messages.gap(c, "/developmentLinks", "");
          }
        }).build();
  }

  private static Rule originSystems() {
    return Rules.define("SMP-DEV-002", LOCAL_DEVELOPMENT, WARNING)
        .reads("/developmentLinks/*/kind", "/training/*/location")
        .check((p, c) -> {
          if (metByLink(p, c, DevelopmentLinkKind.ORIGIN_SYSTEM_STRENGTHENING)) {
            return;
          }
          if (!p.training().isEmpty() && !Facts.originTraining(p)) {
            c.notApplicable();
          } else if (p.training().isEmpty()) {
            Messages.gap(c, "/training", "training");
          } else {
            Messages.gap(c, "/developmentLinks", "strengthening");
          }
        }).build();
  }

  private static Rule brainDrain() {
    return Rules.define("SMP-DEV-003", LOCAL_DEVELOPMENT, WARNING)
        .reads("/developmentLinks/*/kind", "/recruitmentProvisions/*/safeguard", "/training/*/track",
            "/training/*/name")
        .check((p, c) -> {
          if (metByLink(p, c, DevelopmentLinkKind.BRAIN_DRAIN_SAFEGUARD)) {
            return;
          }
          for (int i = 0; i < p.recruitmentProvisions().size(); i++) {
            if (p.recruitmentProvisions().get(i).safeguard() == RecruitmentSafeguard.BRAIN_DRAIN_LIMITS) {
              Messages.met(c, "/recruitmentProvisions/" + i, "limit");
              return;
            }
          }
          int home = homeTraining(p);
          if (home >= 0) {
            Messages.met(c, "/training/" + home + "/track", "track", p.training().get(home).name());
            return;
          }
          Messages.gap(c, "/developmentLinks", "");
        }).build();
  }

  private static Rule homeTrack() {
    return Rules.define("SMP-DEV-004", LOCAL_DEVELOPMENT, INFO)
        .chapter(2).source("IOM SMP Guidance 2023, ch. 2, Table 1 (dual track); ch. 4, Table 2")
        .reads("/training/*/track", "/training/*/name", "/models")
        .check((p, c) -> {
          int home = homeTraining(p);
          if (home >= 0) {
            Messages.met(c, "/training/" + home + "/track", "", p.training().get(home).name());
            return;
          }
          boolean gsp = p.models().contains(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP);
          Messages.gap(c, "/training", gsp ? "gsp" : "");
        }).build();
  }

  private static Rule skillsTransfer() {
    return Rules.define("SMP-DEV-005", LOCAL_DEVELOPMENT, INFO)
        .reads("/developmentLinks/*/kind", "/training/*/timings", "/training/*/name")
        .check((p, c) -> {
          if (metByLink(p, c, DevelopmentLinkKind.SKILLS_TRANSFER, DevelopmentLinkKind.CIRCULARITY_INCENTIVE)) {
            return;
          }
          for (int i = 0; i < p.training().size(); i++) {
            if (p.training().get(i).timings().contains(TrainingTiming.ON_RETURN)) {
              Messages.met(c, "/training/" + i + "/timings", "", p.training().get(i).name());
              return;
            }
          }
          Messages.gap(c, "/developmentLinks", "");
        }).build();
  }

  private static Rule diaspora() {
    return Rules.define("SMP-DEV-006", LOCAL_DEVELOPMENT, INFO)
        .reads("/developmentLinks/*/kind", "/stakeholders/*/type", "/stakeholders/*/name")
        .check((p, c) -> {
          if (metByLink(p, c, DevelopmentLinkKind.DIASPORA_ENGAGEMENT)) {
            return;
          }
          Optional<Stakeholder> d = first(p, Set.of(StakeholderType.DIASPORA_ORGANISATION));
          if (d.isPresent()) {
            Messages.met(c, "/stakeholders", "", d.get().name());
          } else {
            Messages.gap(c, "/developmentLinks", "");
          }
        }).build();
  }

  private static Rule originEmployers() {
    return Rules.define("SMP-DEV-007", LOCAL_DEVELOPMENT, WARNING)
        .reads("/training/*/track", "/stakeholders/*/type", "/stakeholders/*/country", "/stakeholders/*/countries",
            "/stakeholders/*/side", "/stakeholders/*/name", "/parties")
        .check((p, c) -> {
          if (!p.training().isEmpty() && homeTraining(p) < 0) {
            c.notApplicable();
            return;
          }
          Optional<Stakeholder> employer = Facts.onSide(c, Side.ORIGIN).stream()
              .filter(s -> s.type() == StakeholderType.EMPLOYER || s.type() == StakeholderType.EMPLOYERS_ORGANISATION)
              .findFirst();
          if (employer.isPresent()) {
            Messages.met(c, "/stakeholders", "", employer.get().name());
          } else if (p.training().isEmpty()) {
            Messages.gap(c, "/training", "track");
          } else {
            Messages.gap(c, "/stakeholders", "employers");
          }
        }).build();
  }

  private static Rule localAuthorities() {
    return Rules.define("SMP-DEV-008", LOCAL_DEVELOPMENT, INFO)
        .reads("/stakeholders/*/type", "/stakeholders/*/name", "/formsOfEngagement/*/form")
        .check((p, c) -> {
          Optional<Stakeholder> local = first(p, Set.of(StakeholderType.LOCAL_AUTHORITY));
          if (local.isPresent()) {
            Messages.met(c, "/stakeholders", "authority", local.get().name());
          } else if (Facts.hasForm(p, EngagementForm.CITY_TO_CITY_COOPERATION)) {
            Messages.met(c, "/formsOfEngagement", "cities");
          } else {
            Messages.gap(c, "/stakeholders", "");
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
}
