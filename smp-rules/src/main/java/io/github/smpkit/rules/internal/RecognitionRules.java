package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.RECOGNITION;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recognition.RecognitionArrangement;
import io.github.smpkit.core.recognition.RecognitionMechanism;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.SkillLevelRange;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules of element 5, skills classification and recognition (IOM SMP Guidance 2023, ch. 7). */
final class RecognitionRules {

  /** Mechanisms that give a formal route to recognition across borders (ch. 7). */
  private static final Set<RecognitionMechanism> FORMAL = EnumSet.of(
      RecognitionMechanism.MUTUAL_RECOGNITION_AGREEMENT, RecognitionMechanism.REGIONAL_QUALIFICATIONS_FRAMEWORK,
      RecognitionMechanism.DOUBLE_CERTIFICATION, RecognitionMechanism.ACCREDITED_JOINT_CERTIFICATE,
      RecognitionMechanism.FAST_TRACK);

  /** Mechanisms by which a certificate counts on both sides: agreement, shared framework, double or joint one. */
  private static final Set<RecognitionMechanism> PORTABLE = EnumSet.of(
      RecognitionMechanism.MUTUAL_RECOGNITION_AGREEMENT, RecognitionMechanism.REGIONAL_QUALIFICATIONS_FRAMEWORK,
      RecognitionMechanism.DOUBLE_CERTIFICATION, RecognitionMechanism.ACCREDITED_JOINT_CERTIFICATE);

  private RecognitionRules() {
  }

  static boolean has(Partnership p, RecognitionMechanism... mechanisms) {
    for (RecognitionArrangement arrangement : p.recognition()) {
      for (RecognitionMechanism mechanism : mechanisms) {
        if (arrangement.mechanism() == mechanism) {
          return true;
        }
      }
    }
    return false;
  }

  /** The recorded mechanisms among {@code wanted}, by name, for messages. */
  private static String named(Partnership p, Set<RecognitionMechanism> wanted) {
    return p.recognition().stream().map(RecognitionArrangement::mechanism).filter(wanted::contains).distinct()
        .map(Messages::words).collect(Collectors.joining(", "));
  }

  static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(firstRules());
    rules.add(trustedCertificates());
    return rules;
  }

  private static List<Rule> firstRules() {
    return List.of(
        Rules.define("SMP-RECOG-001", RECOGNITION, WARNING)
            .reads("/parties/*/country", "/parties/*/role", "/recognition/*/countries")
            .check((p, c) -> {
              if (p.recognition().isEmpty()) {
                Messages.gap(c, "/recognition", "none", Facts.codes(Facts.destinations(c)));
                return;
              }
              for (Country d : Facts.destinations(c)) {
                List<Integer> covering = new ArrayList<>();
                boolean unknown = false;
                for (int i = 0; i < p.recognition().size(); i++) {
                  Set<Country> countries = p.recognition().get(i).countries();
                  if (countries.contains(d)) {
                    covering.add(i);
                  } else if (countries.isEmpty()) {
                    unknown = true;
                  }
                }
                if (!covering.isEmpty()) {
                  Messages.met(c, Finding.pointer("recognition", covering.get(0), "countries"), "", d.code());
                } else {
                  Messages.gap(c, "/recognition", unknown ? "countries" : "destination", d.code());
                }
              }
            }).build(),
        Rules.define("SMP-RECOG-002", RECOGNITION, WARNING)
            .reads("/sectors", "/occupations/*/isco", "/recognition/*/regulatedProfession",
                "/recognition/*/mechanism")
            .check((p, c) -> {
              int regulatedAt = -1;
              boolean unknown = false;
              for (int i = 0; i < p.recognition().size(); i++) {
                Optional<Boolean> r = p.recognition().get(i).regulatedProfession();
                if (r.equals(Optional.of(true)) && regulatedAt < 0) {
                  regulatedAt = i;
                } else if (r.isEmpty()) {
                  unknown = true;
                }
              }
              boolean statedNotRegulated = !p.recognition().isEmpty() && regulatedAt < 0 && !unknown;
              if (regulatedAt >= 0) {
                RecognitionMechanism m = p.recognition().get(regulatedAt).mechanism();
                if (m == RecognitionMechanism.OTHER) {
                  Messages.met(c, Finding.pointer("recognition", regulatedAt), "other");
                } else {
                  Messages.met(c, Finding.pointer("recognition", regulatedAt), "regulated", m.name());
                }
              } else if (statedNotRegulated) {
                c.notApplicable();
              } else if (Facts.health(p)) {
                if (has(p, FORMAL.toArray(new RecognitionMechanism[0]))) {
                  Messages.met(c, "/recognition", "health", named(p, FORMAL));
                } else {
                  Messages.gap(c, "/recognition", "health", String.join(", ",
                      Facts.healthCodes(p)));
                }
              } else {
                Messages.gap(c, "/recognition", "regulated");
              }
            }).build(),
        Rules.define("SMP-RECOG-003", RECOGNITION, WARNING)
            .reads("/training/*/contents", "/training/*/qualification", "/training/*/name")
            .check((p, c) -> {
              if (p.training().isEmpty()) {
                Messages.gap(c, "/training", "none");
                return;
              }
              boolean any = false;
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                String at = Finding.pointer("training", i, "qualification");
                if (t.contents().contains(TrainingContent.TECHNICAL)) {
                  any = true;
                  if (t.qualification().isPresent()) {
                    Messages.met(c, at, "", t.name());
                  } else {
                    Messages.gap(c, at, "qualification", t.name());
                  }
                } else if (t.contents().isEmpty()) {
                  any = true;
                  Messages.gap(c, Finding.pointer("training", i, "contents"), "contents", t.name());
                }
              }
              if (!any) {
                c.notApplicable();
              }
            }).build(),
        Rules.define("SMP-RECOG-004", RECOGNITION, INFO)
            .reads("/recognition/*/mechanism")
            .check((p, c) -> {
              if (has(p, PORTABLE.toArray(new RecognitionMechanism[0]))) {
                Messages.met(c, "/recognition", "", named(p, PORTABLE));
              } else {
                Messages.gap(c, "/recognition", "");
              }
            }).build(),
        Rules.define("SMP-RECOG-005", RECOGNITION, WARNING)
            .reads("/stakeholders/*/type", "/stakeholders/*/roles", "/stakeholders/*/name")
            .check((p, c) -> {
              for (int i = 0; i < p.stakeholders().size(); i++) {
                Stakeholder s = p.stakeholders().get(i);
                if (s.type() == StakeholderType.CERTIFICATION_BODY || s.roles().contains(StakeholderRole.CERTIFIER)) {
                  Messages.met(c, Finding.pointer("stakeholders", i), "", s.name());
                  return;
                }
              }
              Messages.gap(c, "/stakeholders", "");
            }).build(),
        Rules.define("SMP-RECOG-006", RECOGNITION, INFO)
            .reads("/recognition/*/mechanism")
            .check((p, c) -> {
              if (has(p, RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING)) {
                Messages.met(c, "/recognition", "");
              } else {
                Messages.gap(c, "/recognition", "");
              }
            }).build(),
        Rules.define("SMP-RECOG-007", RECOGNITION, INFO)
            .source("IOM SMP Guidance 2023, ch. 7, Box 17; ILO ISCO-08 skill levels")
            .reads("/skillLevels", "/occupations/*/isco")
            .check((p, c) -> {
              if (p.skillLevels().isEmpty()) {
                Messages.gap(c, "/skillLevels", "skillLevels");
                return;
              }
              if (p.occupations().isEmpty()) {
                Messages.gap(c, "/occupations", "occupations");
                return;
              }
              SkillLevelRange range = p.skillLevels().get();
              for (int i = 0; i < p.occupations().size(); i++) {
                Occupation o = p.occupations().get(i);
                String at = Finding.pointer("occupations", i, "isco");
                if (o.skillLevels().stream().anyMatch(range::contains)) {
                  Messages.met(c, at, "", o.isco().code(), range);
                } else {
                  Messages.gap(c, at, "level", o.isco().code(), o.isco().title(), o.skillLevels(), range);
                }
              }
            }).build(),
        Rules.define("SMP-RECOG-008", RECOGNITION, WARNING)
            .source("IOM SMP Guidance 2023, ch. 7 and Box 19; ch. 10, Box 27 (verification of skills on return)")
            .reads("/mobilityModes", "/recognition/*/mechanism", "/procedures/*/kind", "/procedures/*/phase")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              if (has(p, RecognitionMechanism.SKILLS_PASSPORT, RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING)) {
                Messages.met(c, "/recognition", "arrangement", named(p, EnumSet.of(RecognitionMechanism.SKILLS_PASSPORT,
                        RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING)));
                return;
              }
              for (int i = 0; i < p.procedures().size(); i++) {
                Procedure pr = p.procedures().get(i);
                if (pr.kind() == ProcedureKind.SKILLS_VERIFICATION_ON_RETURN || pr.kind() == ProcedureKind.RECOGNITION
                    && (pr.phase() == MigrationPhase.RETURN_AND_REINTEGRATION
                        || pr.phase() == MigrationPhase.ONWARD_MIGRATION)) {
                  Messages.met(c, Finding.pointer("procedures", i), "procedure");
                  return;
                }
              }
              Messages.gap(c, "/recognition", "");
            }).build());
  }

  // --- SMP-RECOG-009 -----------------------------------------------------------------------------

  private static Rule trustedCertificates() {
    return Rules.define("SMP-RECOG-009", RECOGNITION, WARNING)
        .reads("/recognition/*/employersConsulted")
        .check((p, c) -> {
          List<RecognitionArrangement> arrangements = p.recognition();
          for (int i = 0; i < arrangements.size(); i++) {
            if (arrangements.get(i).employersConsulted().equals(Optional.of(true))) {
              Messages.met(c, Finding.pointer("recognition", i, "employersConsulted"), "");
              return;
            }
          }
          if (!arrangements.isEmpty() && arrangements.stream().allMatch(r -> r.employersConsulted().isPresent())) {
            List<Evidence> evidence = new ArrayList<>();
            for (int i = 0; i < arrangements.size(); i++) {
              evidence.add(Evidence.of(Finding.pointer("recognition", i, "employersConsulted"), false));
            }
            Messages.breach(c, "/recognition", "", evidence);
          } else {
            Messages.gap(c, "/recognition", "");
          }
        }).build();
  }
}
