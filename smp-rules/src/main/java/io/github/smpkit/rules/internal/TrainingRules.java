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

  /** Asks for the training components when none is recorded; returns whether it did. */
  private static boolean noTraining(Partnership p, RuleContext c, String question) {
    if (p.training().isEmpty()) {
      c.gap("/training", question, "Record the training components: where, by whom, what, when and for which"
          + " track.");
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
        Rules.define("SMP-TRAIN-002", TRAINING, WARNING, "Some training takes place in the country of origin",
            "Investing in training in the origin, and in its training system, is what sets a skills mobility"
                + " partnership apart from recruiting people already trained; the Global Skill Partnership model"
                + " (ch. 2, Table 1) trains in the origin too.")
            .reads("/training/*/location", "/training/*/name")
            .check((p, c) -> {
              if (noTraining(p, c, "Where are participants trained, and does any training take place in the"
                  + " country of origin?")) {
                return;
              }
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                if (t.location() == TrainingLocation.ORIGIN) {
                  c.met(Finding.pointer("training", i, "location"), "'" + t.name() + "' takes place in the"
                      + " country of origin.");
                  return;
                }
              }
              c.gap("/training", "All recorded training takes place outside the country of origin: is any training"
                  + " given there, or planned?", "Record training in the origin (at least the technical foundation),"
                  + " if there is any.");
            }).build(),
        Rules.define("SMP-TRAIN-003", TRAINING, WARNING, "Employers help design the training curricula",
            "Employers in the destination and the origin know which skills matter; they should give input to"
                + " curricula, content and modalities (ch. 8), as in the Global Skill Partnership model"
                + " (ch. 2, Table 1).")
            .reads("/training/*/curriculumCoDesigners", "/training/*/name")
            .check((p, c) -> {
              if (noTraining(p, c, "Which training do participants get, and did employers help design it?")) {
                return;
              }
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                if (t.curriculumCoDesigners().stream().anyMatch(EMPLOYERS::contains)) {
                  c.met(Finding.pointer("training", i, "curriculumCoDesigners"), "Employers helped design the"
                      + " curriculum of '" + t.name() + "'.");
                  return;
                }
              }
              c.gap("/training", "Did employers (or their organisations) help design the training curricula?",
                  "Record EMPLOYER or EMPLOYERS_ORGANISATION among the curriculum co-designers of the components"
                      + " they shaped.");
            }).build(),
        Rules.define("SMP-TRAIN-004", TRAINING, WARNING, "Migrants or their representatives help design the training",
            "Training shaped with migrants serves what they need as well as what employers want, for example by"
                + " teaching their rights.")
            .reads("/training/*/curriculumCoDesigners", "/training/*/name")
            .check((p, c) -> {
              if (noTraining(p, c, "Which training do participants get, and did migrants help design it?")) {
                return;
              }
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                if (t.curriculumCoDesigners().stream().anyMatch(MIGRANT_VOICES::contains)) {
                  c.met(Finding.pointer("training", i, "curriculumCoDesigners"), "Migrants or their"
                      + " representatives helped design '" + t.name() + "'.");
                  return;
                }
              }
              c.gap("/training", "Did migrants, former participants, the diaspora or workers' organisations help"
                  + " design the training?", "Record MIGRANT_REPRESENTATIVES, DIASPORA_ORGANISATION or TRADE_UNION"
                  + " among the curriculum co-designers, if they took part.");
            }).build(),
        Rules.define("SMP-TRAIN-005", TRAINING, WARNING, "Workers learn their rights and the procedures before"
                + " departure and on arrival",
            "Pre-departure and post-arrival orientation should tell migrants about the country and their work, the"
                + " procedures, their rights and where to complain or get help; migration agencies can give an"
                + " information package before departure and a welcome package on arrival (ch. 10).")
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
                c.met(Finding.pointer("training", orientation, "contents"), "'" + p.training().get(orientation)
                    .name() + "' includes a pre-departure orientation.");
              } else if (procedure >= 0) {
                c.met(Finding.pointer("procedures", procedure), "An orientation procedure is mapped.");
              } else {
                c.gap("/procedures", "How are workers oriented on life, work and procedures in the destination,"
                    + " before departure and on arrival?", "Record a pre-departure orientation (training content"
                    + " PRE_DEPARTURE_ORIENTATION or an ORIENTATION procedure).");
              }
              int rights = teaching(p, TrainingContent.RIGHTS_AWARENESS);
              if (rights >= 0) {
                c.met(Finding.pointer("training", rights, "contents"), "'" + p.training().get(rights).name()
                    + "' covers workers' rights and where to get help.");
              } else {
                c.gap("/training", "Are workers told their rights, and where to complain or get help, before they"
                    + " leave?", "Record RIGHTS_AWARENESS in the contents of the training that covers it.");
              }
            }).build(),
        Rules.define("SMP-TRAIN-006", TRAINING, INFO, "Training continues after departure",
            "Training need not stop at departure: it can help after arrival, at work and after return as well as"
                + " before recruitment and departure.")
            .reads("/training/*/timings", "/training/*/name")
            .check((p, c) -> {
              if (noTraining(p, c, "When, along the migration continuum, do participants get training?")) {
                return;
              }
              boolean known = false;
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                known |= !t.timings().isEmpty();
                for (TrainingTiming timing : t.timings()) {
                  if (AFTER_DEPARTURE.contains(timing)) {
                    c.met(Finding.pointer("training", i, "timings"), "'" + t.name() + "' takes place "
                        + timing.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
                    return;
                  }
                }
              }
              c.gap("/training", known ? "All recorded training takes place before departure: do participants get"
                  + " training after arrival, during employment or on return?" : "When do participants get"
                  + " training: before departure, after arrival, during employment, on return?", "Record the"
                  + " timings of each training component.");
            }).build(),
        Rules.define("SMP-TRAIN-007", TRAINING, INFO, "Public training institutions in the origin are strengthened",
            "Public institutions are more inclusive and reach more people at lower cost than private ones, which"
                + " helps scale and sustainability; strengthening them is worth considering.")
            .reads("/training/*/location", "/training/*/provider", "/training/*/name")
            .check((p, c) -> {
              if (noTraining(p, c, "Which institutions train participants in the country of origin?")) {
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
                  c.met(Finding.pointer("training", i, "provider"), "'" + t.name() + "' is given by a "
                      + provider.get().name().toLowerCase(Locale.ROOT).replace('_', '-') + " provider in"
                      + " the origin.");
                  return;
                }
                unknown |= provider.isEmpty();
              }
              if (!origin) {
                c.notApplicable();
              } else {
                c.gap("/training", unknown ? "Who delivers the training in the country of origin: public"
                    + " institutions, private providers or both?" : "The recorded training in the origin is given by"
                    + " private providers: could public training institutions deliver or co-deliver it?",
                    "Record the provider of each training component in the origin.");
              }
            }).build(),
        Rules.define("SMP-TRAIN-008", TRAINING, WARNING, "Training is designed for women's and men's needs",
            "Training should be shaped by an assessment of what women and men need (timing, childcare, safety,"
                + " occupations), not one design for all.")
            .reads("/training/*/genderResponsive", "/training/*/name")
            .check((p, c) -> {
              if (noTraining(p, c, "Which training do participants get, and does it take account of women's and"
                  + " men's needs?")) {
                return;
              }
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                String at = Finding.pointer("training", i, "genderResponsive");
                if (t.genderResponsive().isEmpty()) {
                  c.gap(at, "Does '" + t.name() + "' take account of the specific needs of women and men?",
                      "Record genderResponsive once known.");
                } else if (t.genderResponsive().get()) {
                  c.met(at, "'" + t.name() + "' is designed for women's and men's needs.");
                } else {
                  c.breach(at, "'" + t.name() + "' is recorded as not gender-responsive.", "Assess gender-specific"
                      + " needs (timing, childcare, safety, stereotyped occupations) and adapt the training.",
                      Evidence.of(at, false));
                }
              }
            }).build());
  }

  // --- SMP-TRAIN-009 -----------------------------------------------------------------------------

  private static Rule employerOrientation() {
    return Rules.define("SMP-TRAIN-009", TRAINING, INFO, "Employers are prepared to work with people from abroad",
        "Employers, small and medium ones above all, also need an orientation towards hiring people from abroad:"
            + " intercultural communication, diversity, and how to recognise and address discrimination and"
            + " racism (IOM's MATCH trained employers as well as migrants).")
        .reads("/training/*/contents", "/training/*/name")
        .check((p, c) -> {
          for (int i = 0; i < p.training().size(); i++) {
            TrainingComponent t = p.training().get(i);
            if (t.contents().contains(TrainingContent.EMPLOYER_ORIENTATION)) {
              c.met(Finding.pointer("training", i, "contents"), "'" + t.name() + "' prepares employers for hiring"
                  + " people from abroad.");
              return;
            }
          }
          c.gap("/training", "Are employers and managers prepared for hiring people from abroad (intercultural"
              + " communication, diversity, discrimination)?", "Record the orientation as a training component"
              + " with content EMPLOYER_ORIENTATION.");
        }).build();
  }
}
