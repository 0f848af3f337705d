package io.github.smpkit.rules.internal;

import static io.github.smpkit.rules.EssentialElement.RECOGNITION;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;
import static io.github.smpkit.rules.internal.Rules.rule;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recognition.RecognitionArrangement;
import io.github.smpkit.core.recognition.RecognitionMechanism;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Rule;
import java.util.List;

/** Rules of element 5, skills classification and recognition (IOM SMP Guidance 2023, ch. 7). */
final class RecognitionRules {

  private RecognitionRules() {
  }

  static boolean has(Partnership p, RecognitionMechanism... mechanisms) {
    List<RecognitionMechanism> wanted = List.of(mechanisms);
    return p.recognition().stream().map(RecognitionArrangement::mechanism).anyMatch(wanted::contains);
  }

  static List<Rule> rules() {
    return List.of(
        Rules.notDescribed("SMP-RECOG-000", RECOGNITION, "how participants' skills and qualifications are recognised",
            "Add a recognition arrangement: mutual recognition, double certification, an accredited joint"
                + " certificate, recognition of prior learning, a skills passport or a fast track."),
        rule("SMP-RECOG-001", RECOGNITION, WARNING, 7, "Recognition covers every destination",
            "The agreement should say how qualifications gained under the scheme are recognised in each partner"
                + " country.",
            (p, c) -> {
              for (Country d : p.destinations()) {
                boolean covered = p.recognition().stream().anyMatch(r -> r.countries().isEmpty()
                    || r.countries().contains(d));
                if (!covered) {
                  c.report("/recognition", "No recognition arrangement applies to " + d.code() + ".",
                      "Extend an arrangement to " + d.code() + " or add one for it.");
                }
              }
            }),
        rule("SMP-RECOG-002", RECOGNITION, WARNING, 7, "A regulated profession has a formal recognition route",
            "In regulated trades and professions, the right to practise depends on formal recognition; its route"
                + " and speed must be set out.",
            (p, c) -> {
              boolean regulated = Facts.health(p) || p.recognition().stream().anyMatch(
                  r -> r.regulatedProfession().orElse(false));
              if (!regulated) {
                return;
              }
              if (!has(p, RecognitionMechanism.MUTUAL_RECOGNITION_AGREEMENT,
                  RecognitionMechanism.REGIONAL_QUALIFICATIONS_FRAMEWORK, RecognitionMechanism.DOUBLE_CERTIFICATION,
                  RecognitionMechanism.ACCREDITED_JOINT_CERTIFICATE, RecognitionMechanism.FAST_TRACK)) {
                c.report("/recognition", "The occupations are regulated, but no formal recognition or licensing"
                    + " route is described.", "Describe the recognition or licensing procedure, who pays for it and"
                    + " any fast track or adaptation period.");
              } else if (!has(p, RecognitionMechanism.FAST_TRACK)) {
                c.report(INFO, "/recognition", "The occupations are regulated and no fast-track recognition is"
                    + " foreseen.", "Consider a fast-track procedure for participants.");
              }
            }),
        rule("SMP-RECOG-003", RECOGNITION, WARNING, 7, "Technical training leads to a stated qualification",
            "What participants learn should end in a certificate that employers and authorities on both sides"
                + " accept.",
            (p, c) -> {
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                if (t.contents().contains(TrainingContent.TECHNICAL) && t.qualification().isEmpty()) {
                  c.report(Finding.pointer("training", i, "qualification"), "The technical training '" + t.name()
                      + "' does not lead to a stated qualification or level.", "State the qualification and its"
                      + " level (EQF, ISCED 2011 or a national framework).");
                }
              }
            }),
        rule("SMP-RECOG-004", RECOGNITION, INFO, 7, "Certification works even without mutual recognition",
            "Where no recognition agreement or shared framework exists, double or jointly accredited certification"
                + " still makes training portable.",
            (p, c) -> {
              if (!has(p, RecognitionMechanism.MUTUAL_RECOGNITION_AGREEMENT,
                  RecognitionMechanism.REGIONAL_QUALIFICATIONS_FRAMEWORK, RecognitionMechanism.DOUBLE_CERTIFICATION,
                  RecognitionMechanism.ACCREDITED_JOINT_CERTIFICATE)) {
                c.report("/recognition", "With neither a recognition agreement nor double or joint certification,"
                    + " certificates may not be accepted abroad.", "Consider double certification or an"
                    + " accredited joint certificate.");
              }
            }),
        rule("SMP-RECOG-005", RECOGNITION, WARNING, 7, "A certifying body takes part",
            "The institutions that certify or recognise qualifications must be on board, or recognition stays a"
                + " promise.",
            (p, c) -> {
              if (!p.stakeholders().isEmpty() && !Facts.hasStakeholder(p, StakeholderType.CERTIFICATION_BODY)
                  && p.stakeholders().stream().noneMatch(s -> s.roles().contains(StakeholderRole.CERTIFIER))) {
                c.report("/stakeholders", "Recognition is planned, but no certifying or recognising body takes part.",
                    "Add the qualification authority or professional body with the role CERTIFIER.");
              }
            }),
        rule("SMP-RECOG-006", RECOGNITION, INFO, 7, "Prior learning can be recognised",
            "Experienced and self-taught workers should be able to have their skills assessed without a full"
                + " course.",
            (p, c) -> {
              boolean relevant = p.skillLevels().map(r -> r.contains(SkillLevel.LOW) || r.contains(SkillLevel.MID))
                  .orElse(false) || p.sectors().stream().anyMatch(s -> s.section().code().equals("J"));
              if (relevant && !has(p, RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING)) {
                c.report("/recognition", "There is no way to recognise skills learned at work or informally.",
                    "Offer recognition of prior learning and name the body that assesses it.");
              }
            }),
        rule("SMP-RECOG-007", RECOGNITION, WARNING, 7, "The occupations match the declared skill levels",
            "Declared skill levels and the ISCO-08 occupations listed should tell the same story.",
            (p, c) -> {
              if (p.skillLevels().isEmpty()) {
                return;
              }
              SkillLevelRange range = p.skillLevels().get();
              for (int i = 0; i < p.occupations().size(); i++) {
                Occupation o = p.occupations().get(i);
                if (!o.skillLevels().isEmpty() && o.skillLevels().stream().noneMatch(range::contains)) {
                  c.report(Finding.pointer("occupations", i), "Occupation " + o.isco().code() + " ("
                      + o.isco().title() + ") is at skill level " + o.skillLevels() + ", outside the declared range "
                      + range + ".", "Correct the skill-level range or the occupation code.");
                }
              }
            }),
        rule("SMP-RECOG-008", RECOGNITION, WARNING, 7, "Skills gained abroad are documented for the return",
            "Learning during migration should be captured (for example in a skills passport) so it counts back"
                + " home and in later jobs.",
            (p, c) -> {
              boolean documented = has(p, RecognitionMechanism.SKILLS_PASSPORT,
                  RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING) || p.procedures().stream().anyMatch(
                      pr -> pr.kind() == ProcedureKind.SKILLS_VERIFICATION_ON_RETURN
                          || pr.phase() == MigrationPhase.RETURN_AND_REINTEGRATION && pr.kind() == ProcedureKind.RECOGNITION);
              if (!documented) {
                c.report(Facts.temporary(p) ? WARNING : INFO, "/recognition", "Skills gained abroad are neither"
                    + " documented nor verified on return.", "Offer a skills passport, or certify on-the-job"
                    + " learning before return.");
              }
            }));
  }
}
