package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.TRAINING;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.training.ProviderType;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.training.TrainingTiming;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.RuleContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Rules of element 6, skills development and training (IOM SMP Guidance 2023, ch. 8). */
final class TrainingRules {

  private static final Set<StakeholderType> EMPLOYERS =
      EnumSet.of(StakeholderType.EMPLOYER, StakeholderType.EMPLOYERS_ORGANISATION);
  private static final Set<StakeholderType> MIGRANT_VOICES = EnumSet.of(StakeholderType.MIGRANT_REPRESENTATIVES,
      StakeholderType.DIASPORA_ORGANISATION, StakeholderType.TRADE_UNION);
  private static final Set<TrainingTiming> AFTER_DEPARTURE =
      EnumSet.of(TrainingTiming.AFTER_ARRIVAL, TrainingTiming.DURING_EMPLOYMENT, TrainingTiming.ON_RETURN);

  private TrainingRules() {
  }

  /** Asks for the training components ({@code <id>.gap.training}) when none is recorded; returns whether it did. */
  private static boolean noTraining(Partnership p, RuleContext c) {
    if (p.training().isEmpty()) {
      Messages.gap(c, "/training", "training");
      return true;
    }
    return false;
  }

  /** The first component whose contents include {@code content}, or -1. */
  private static int teaching(Partnership p, TrainingContent content) {
    for (int i = 0; i < p.training().size(); i++) {
      if (p.training().get(i).contents().contains(content)) {
        return i;
      }
    }
    return -1;
  }

  static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(firstRules());
    rules.add(employerOrientation());
    return rules;
  }

  private static List<Rule> firstRules() {
    return List.of(
        Rules.define("SMP-TRAIN-002", TRAINING, WARNING)
            .reads("/training/*/location", "/training/*/name")
            .check((p, c) -> {
              if (noTraining(p, c)) {
                return;
              }
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                if (t.location() == TrainingLocation.ORIGIN) {
                  Messages.met(c, Finding.pointer("training", i, "location"), "", t.name());
                  return;
                }
              }
              Messages.gap(c, "/training", "");
            }).build(),
        Rules.define("SMP-TRAIN-003", TRAINING, WARNING)
            .reads("/training/*/curriculumCoDesigners", "/training/*/name")
            .check((p, c) -> {
              if (noTraining(p, c)) {
                return;
              }
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                if (t.curriculumCoDesigners().stream().anyMatch(EMPLOYERS::contains)) {
                  Messages.met(c, Finding.pointer("training", i, "curriculumCoDesigners"), "", t.name());
                  return;
                }
              }
              Messages.gap(c, "/training", "");
            }).build(),
        Rules.define("SMP-TRAIN-004", TRAINING, WARNING)
            .reads("/training/*/curriculumCoDesigners", "/training/*/name")
            .check((p, c) -> {
              if (noTraining(p, c)) {
                return;
              }
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                if (t.curriculumCoDesigners().stream().anyMatch(MIGRANT_VOICES::contains)) {
                  Messages.met(c, Finding.pointer("training", i, "curriculumCoDesigners"), "", t.name());
                  return;
                }
              }
              Messages.gap(c, "/training", "");
            }).build(),
        Rules.define("SMP-TRAIN-005", TRAINING, WARNING)
            .chapter(12)
            .source("IOM SMP Guidance 2023, ch. 12 (orientation) and ch. 10 (information packages)")
            .reads("/mobilityModes", "/training/*/contents", "/training/*/name", "/procedures/*/kind")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              int orientation = teaching(p, TrainingContent.PRE_DEPARTURE_ORIENTATION);
              int procedure = -1;
              for (int i = 0; i < p.procedures().size() && procedure < 0; i++) {
                if (p.procedures().get(i).kind() == ProcedureKind.ORIENTATION) {
                  procedure = i;
                }
              }
              if (orientation >= 0) {
                Messages.met(c, Finding.pointer("training", orientation, "contents"), "orientation",
                    p.training().get(orientation)
                    .name());
              } else if (procedure >= 0) {
                Messages.met(c, Finding.pointer("procedures", procedure), "procedure");
              } else {
                Messages.gap(c, "/procedures", "orientation");
              }
              int rights = teaching(p, TrainingContent.RIGHTS_AWARENESS);
              if (rights >= 0) {
                Messages.met(c, Finding.pointer("training", rights, "contents"), "rights",
                    p.training().get(rights).name());
              } else {
                Messages.gap(c, "/training", "rights");
              }
            }).build(),
        Rules.define("SMP-TRAIN-006", TRAINING, INFO)
            .reads("/training/*/timings", "/training/*/name")
            .check((p, c) -> {
              if (noTraining(p, c)) {
                return;
              }
              boolean known = false;
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                known |= !t.timings().isEmpty();
                for (TrainingTiming timing : t.timings()) {
                  if (AFTER_DEPARTURE.contains(timing)) {
                    Messages.met(c, Finding.pointer("training", i, "timings"), "", t.name(),
                        Messages.words(timing));
                    return;
                  }
                }
              }
              Messages.gap(c, "/training", known ? "departure" : "");
            }).build(),
        Rules.define("SMP-TRAIN-007", TRAINING, INFO)
            .reads("/training/*/location", "/training/*/provider", "/training/*/name")
            .check((p, c) -> {
              if (noTraining(p, c)) {
                return;
              }
              boolean origin = false;
              boolean unknown = false;
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                if (t.location() != TrainingLocation.ORIGIN) {
                  continue;
                }
                origin = true;
                Optional<ProviderType> provider = t.provider();
                if (provider.isPresent() && provider.get() != ProviderType.PRIVATE) {
                  Messages.met(c, Finding.pointer("training", i, "provider"), "", t.name(),
                      provider.get().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                  return;
                }
                unknown |= provider.isEmpty();
              }
              if (!origin) {
                c.notApplicable();
              } else {
                Messages.gap(c, "/training", unknown ? "" : "private");
              }
            }).build(),
        Rules.define("SMP-TRAIN-008", TRAINING, WARNING)
            .reads("/training/*/genderResponsive", "/training/*/name")
            .check((p, c) -> {
              if (noTraining(p, c)) {
                return;
              }
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                String at = Finding.pointer("training", i, "genderResponsive");
                if (t.genderResponsive().isEmpty()) {
                  Messages.gap(c, at, "", t.name());
                } else if (t.genderResponsive().get()) {
                  Messages.met(c, at, "", t.name());
                } else {
                  Messages.breach(c, at, "", List.of(Evidence.of(at, false)), t.name());
                }
              }
            }).build());
  }

  // --- SMP-TRAIN-009 -----------------------------------------------------------------------------

  private static Rule employerOrientation() {
    return Rules.define("SMP-TRAIN-009", TRAINING, INFO)
        .reads("/training/*/contents", "/training/*/name")
        .check((p, c) -> {
          for (int i = 0; i < p.training().size(); i++) {
            TrainingComponent t = p.training().get(i);
            if (t.contents().contains(TrainingContent.EMPLOYER_ORIENTATION)) {
              Messages.met(c, Finding.pointer("training", i, "contents"), "", t.name());
              return;
            }
          }
          Messages.gap(c, "/training", "");
        }).build();
  }
}
