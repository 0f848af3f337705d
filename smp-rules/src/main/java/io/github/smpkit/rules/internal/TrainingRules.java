package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.TRAINING;
import static io.github.smpkit.rules.Severity.ERROR;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;
import static io.github.smpkit.rules.internal.Rules.rule;

import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.training.ProviderType;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.training.TrainingTiming;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules of element 6, skills development and training (IOM SMP Guidance 2023, ch. 8). */
final class TrainingRules {

  private static final Set<StakeholderType> EMPLOYERS =
      EnumSet.of(StakeholderType.EMPLOYER, StakeholderType.EMPLOYERS_ORGANISATION);
  private static final Set<StakeholderType> MIGRANT_VOICES = EnumSet.of(StakeholderType.MIGRANT_REPRESENTATIVES,
      StakeholderType.DIASPORA_ORGANISATION, StakeholderType.TRADE_UNION);

  private TrainingRules() {
  }

  private static boolean employerDesigned(TrainingComponent t) {
    return t.curriculumCoDesigners().stream().anyMatch(EMPLOYERS::contains);
  }

  static List<Rule> rules() {
    return List.of(
        Rules.notDescribed("SMP-TRAIN-000", TRAINING, "any training component",
            "Skills development is the core of an SMP: describe where, by whom, what and when people are trained."),
        rule("SMP-TRAIN-002", TRAINING, WARNING, 8, "Some training takes place in the country of origin",
            "Investing in training in the origin is what sets a skills partnership apart from recruiting people"
                + " already trained.",
            (p, c) -> {
              if (!Facts.originTraining(p)) {
                c.report("/training", "All training takes place outside the country of origin.",
                    "Add training (at least the technical foundation) at institutions in the origin.");
              }
            }),
        rule("SMP-TRAIN-003", TRAINING, WARNING, 8, "Employers help design the curriculum of training for work abroad",
            "Curricula designed without the employers who will hire the graduates risk teaching the wrong skills.",
            (p, c) -> {
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                if (t.track().servesAway() && !employerDesigned(t)) {
                  c.report(Finding.pointer("training", i, "curriculumCoDesigners"), "Employers did not help design"
                      + " the curriculum of '" + t.name() + "'.", "Record the employers or chambers that co-designed"
                      + " it.");
                }
              }
            }),
        rule("SMP-TRAIN-004", TRAINING, WARNING, 8, "Migrants or their representatives help design the training",
            "The people being trained should help shape the training so it serves their needs too.",
            (p, c) -> {
              if (p.training().stream().noneMatch(t -> t.curriculumCoDesigners().stream()
                  .anyMatch(MIGRANT_VOICES::contains))) {
                c.report("/training", "Migrants or their representatives had no part in designing the training.",
                    "Consult former participants, migrant associations, diaspora or unions on the curricula.");
              }
            }),
        rule("SMP-TRAIN-005", TRAINING, WARNING, 8, "Training for work abroad covers rights and pre-departure"
                + " orientation",
            "People who will migrate need to know their rights, the procedures and life and work in the"
                + " destination before they leave.",
            (p, c) -> {
              if (!Facts.awayTraining(p)) {
                return;
              }
              Set<TrainingContent> contents = p.training().stream().filter(t -> t.track().servesAway())
                  .flatMap(t -> t.contents().stream()).collect(Collectors.toSet());
              for (TrainingContent needed : List.of(TrainingContent.RIGHTS_AWARENESS,
                  TrainingContent.PRE_DEPARTURE_ORIENTATION)) {
                if (!contents.contains(needed)) {
                  c.report("/training", "The training for work abroad covers no " + (needed
                      == TrainingContent.RIGHTS_AWARENESS ? "rights awareness" : "pre-departure orientation") + ".",
                      "Add a module on workers' rights, complaint"
                      + " channels and procedures, and a pre-departure orientation.");
                }
              }
              if (!contents.contains(TrainingContent.LANGUAGE)) {
                c.report(INFO, "/training", "The training for work abroad includes no language course.",
                    "Consider language training for the destination.");
              }
            }),
        rule("SMP-TRAIN-006", TRAINING, INFO, 8, "Training continues after departure",
            "Skills can be developed at every stage: after arrival, during employment and on return, not only"
                + " before departure.",
            (p, c) -> {
              Set<TrainingTiming> timings = p.training().stream().flatMap(t -> t.timings().stream())
                  .collect(Collectors.toSet());
              if (!timings.isEmpty() && !timings.contains(TrainingTiming.AFTER_ARRIVAL)
                  && !timings.contains(TrainingTiming.DURING_EMPLOYMENT) && !timings.contains(TrainingTiming.ON_RETURN)) {
                c.report("/training", "All training happens before departure; none after arrival, during"
                    + " employment or on return.", "Consider onboarding after arrival, upskilling at work and"
                    + " training on return.");
              }
            }),
        rule("SMP-TRAIN-007", TRAINING, INFO, 8, "Public training institutions in the origin are strengthened",
            "Public institutions reach more people at lower cost, which helps scale and sustainability.",
            (p, c) -> {
              List<TrainingComponent> origin = p.training().stream()
                  .filter(t -> t.location() == TrainingLocation.ORIGIN).collect(Collectors.toList());
              if (!origin.isEmpty() && origin.stream().allMatch(t -> t.provider().equals(Optional.of(
                  ProviderType.PRIVATE)))) {
                c.report("/training", "Training in the origin relies on private providers only.",
                    "Consider delivering it through or with public training institutions.");
              }
            }),
        rule("SMP-TRAIN-008", TRAINING, WARNING, 8, "Training is designed for women's and men's needs",
            "Training design should take account of the different needs and barriers of women and men.",
            (p, c) -> {
              if (p.training().stream().noneMatch(t -> t.genderResponsive().orElse(false))) {
                c.report("/training", "No training component is gender-responsive.", "Assess gender-specific needs"
                    + " (timing, childcare, safety, stereotyped occupations), adapt the training and mark it.");
              }
            }),
        rule("SMP-GSP-003", TRAINING, ERROR, 2, "A declared Global Skill Partnership trains in the origin",
            "The Global Skill Partnership model trains people in the country of origin; training elsewhere only"
                + " contradicts the declared model.",
            (p, c) -> {
              if (p.models().contains(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP) && !Facts.originTraining(p)) {
                c.report("/training", "The partnership calls itself a Global Skill Partnership, but no training"
                    + " takes place in the country of origin.", "Train in the origin, or drop the"
                    + " GLOBAL_SKILL_PARTNERSHIP model.");
              }
            }),
        rule("SMP-GSP-004", TRAINING, ERROR, 2, "A declared Global Skill Partnership involves employers in the"
                + " curriculum",
            "In the Global Skill Partnership model employers shape the training they will hire from.",
            (p, c) -> {
              if (p.models().contains(PartnershipModel.GLOBAL_SKILL_PARTNERSHIP)
                  && p.training().stream().noneMatch(TrainingRules::employerDesigned)) {
                c.report("/training", "The partnership calls itself a Global Skill Partnership, but no employer"
                    + " helped design any curriculum.", "Record the employers who co-designed the curricula.");
              }
            }));
  }
}
