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
import io.github.smpkit.rules.RuleContext;
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
    List<RecognitionMechanism> wanted = List.of(mechanisms);
    return p.recognition().stream().map(RecognitionArrangement::mechanism).anyMatch(wanted::contains);
  }

  /** The recorded mechanisms among {@code wanted}, by name, for messages. */
  private static String named(Partnership p, Set<RecognitionMechanism> wanted) {
    return p.recognition().stream().map(RecognitionArrangement::mechanism).filter(wanted::contains).distinct()
        .map(m -> m.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
  }

  /** Where a recognition gap belongs when no arrangement is recorded. */
  private static void noRecognition(RuleContext c, String question) {
    c.gap("/recognition", question, "Record the recognition arrangements (mechanism, countries, occupations).");
  }

  static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(firstRules());
    rules.add(trustedCertificates());
    return rules;
  }

  private static List<Rule> firstRules() {
    return List.of(
        Rules.define("SMP-RECOG-001", RECOGNITION, WARNING, "Recognition covers every destination",
            "The agreement should refer to the way qualifications are recognised, with the roles of the bodies on"
                + " each side, so participants know how their skills will count in each partner country.")
            .reads("/parties/*/country", "/parties/*/role", "/recognition/*/countries")
            .check((p, c) -> {
              if (p.recognition().isEmpty()) {
                noRecognition(c, "How are participants' qualifications recognised in "
                    + Facts.codes(Facts.destinations(c)) + "?");
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
                  c.met(Finding.pointer("recognition", covering.get(0), "countries"), "A recognition arrangement"
                      + " covers " + d.code() + ".");
                } else {
                  c.gap("/recognition", "How are participants' qualifications recognised in " + d.code() + "?",
                      unknown ? "Record the countries each recognition arrangement covers." : "Record the"
                          + " arrangement that applies in " + d.code() + ", with its countries.");
                }
              }
            }).build(),
        Rules.define("SMP-RECOG-002", RECOGNITION, WARNING, "A regulated profession has a formal recognition route",
            "Where the right to practise depends on registration, certification or a licence, the partnership"
                + " should set out how participants' qualifications are recognised: the process, who does what and"
                + " who pays.")
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
                c.met(Finding.pointer("recognition", regulatedAt), "A recognition arrangement covers the regulated"
                    + " profession" + (m == RecognitionMechanism.OTHER ? "." : " (" + m.name() + ")."));
              } else if (statedNotRegulated) {
                c.notApplicable();
              } else if (Facts.health(p)) {
                if (has(p, FORMAL.toArray(new RecognitionMechanism[0]))) {
                  c.met("/recognition", "Health occupations, usually regulated, have a formal recognition route ("
                      + named(p, FORMAL) + ").");
                } else {
                  c.gap("/recognition", "The partnership recruits health workers (" + String.join(", ",
                      Facts.healthCodes(p)) + "), usually a regulated profession: how are their qualifications"
                      + " recognised so they may practise?", "Record the recognition or licensing route, mark it"
                      + " regulatedProfession, and say who pays for it.");
                }
              } else {
                c.gap("/recognition", "Do participants need registration, certification or a licence to practise"
                    + " their occupation in the destination?", "Record regulatedProfession on each recognition"
                    + " arrangement.");
              }
            }).build(),
        Rules.define("SMP-RECOG-003", RECOGNITION, WARNING, "Technical training leads to a stated qualification",
            "Training should end in a qualification or certificate that employers and migration officials on both"
                + " sides accept, placed on a framework (EQF, ISCED 2011 or a national one).")
            .reads("/training/*/contents", "/training/*/qualification", "/training/*/name")
            .check((p, c) -> {
              if (p.training().isEmpty()) {
                c.gap("/training", "What training do participants get, and which qualification does it lead to?",
                    "Record the training components and their qualifications.");
                return;
              }
              boolean any = false;
              for (int i = 0; i < p.training().size(); i++) {
                TrainingComponent t = p.training().get(i);
                String at = Finding.pointer("training", i, "qualification");
                if (t.contents().contains(TrainingContent.TECHNICAL)) {
                  any = true;
                  if (t.qualification().isPresent()) {
                    c.met(at, "'" + t.name() + "' leads to a stated qualification.");
                  } else {
                    c.gap(at, "Which qualification, and at which level, does '" + t.name() + "' lead to?",
                        "State the qualification and its level (EQF, ISCED 2011 or a national framework).");
                  }
                } else if (t.contents().isEmpty()) {
                  any = true;
                  c.gap(Finding.pointer("training", i, "contents"), "What does '" + t.name() + "' teach?",
                      "Record its contents; technical training should lead to a stated qualification.");
                }
              }
              if (!any) {
                c.notApplicable();
              }
            }).build(),
        Rules.define("SMP-RECOG-004", RECOGNITION, INFO, "Certification works even without mutual recognition",
            "Where no recognition agreement or shared framework exists, a double certificate or one accredited in"
                + " both countries still makes the training count on both sides.")
            .reads("/recognition/*/mechanism")
            .check((p, c) -> {
              if (has(p, PORTABLE.toArray(new RecognitionMechanism[0]))) {
                c.met("/recognition", "Certificates count on both sides through " + named(p, PORTABLE) + ".");
              } else {
                c.gap("/recognition", "How will certificates earned under the scheme be accepted in both countries:"
                    + " a recognition agreement, a shared framework, double certification or a jointly accredited"
                    + " certificate?", "Record the mechanism, for example double certification.");
              }
            }).build(),
        Rules.define("SMP-RECOG-005", RECOGNITION, WARNING, "A certifying body takes part",
            "The institutions that certify or recognise qualifications should be on board, so that recognition"
                + " barriers can be lowered and exceptions such as fast tracks agreed.")
            .reads("/stakeholders/*/type", "/stakeholders/*/roles", "/stakeholders/*/name")
            .check((p, c) -> {
              for (int i = 0; i < p.stakeholders().size(); i++) {
                Stakeholder s = p.stakeholders().get(i);
                if (s.type() == StakeholderType.CERTIFICATION_BODY || s.roles().contains(StakeholderRole.CERTIFIER)) {
                  c.met(Finding.pointer("stakeholders", i), s.name() + " certifies or recognises qualifications.");
                  return;
                }
              }
              c.gap("/stakeholders", "Which body certifies or recognises participants' qualifications, and does it"
                  + " take part?", "Add the qualification authority or professional body with the role CERTIFIER.");
            }).build(),
        Rules.define("SMP-RECOG-006", RECOGNITION, INFO, "Prior learning can be recognised",
            "Skills learned at work, informally or by oneself (common in ICT) should be assessable against set"
                + " standards without a full course.")
            .reads("/recognition/*/mechanism")
            .check((p, c) -> {
              if (has(p, RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING)) {
                c.met("/recognition", "Prior and informal learning can be recognised.");
              } else {
                c.gap("/recognition", "Can skills learned at work or informally be assessed and recognised?",
                    "Record recognition of prior learning and the body that assesses it, if there is one.");
              }
            }).build(),
        Rules.define("SMP-RECOG-007", RECOGNITION, INFO, "The occupations match the declared skill levels",
            "The skill levels a partnership declares and the ISCO-08 skill levels of its occupations should tell"
                + " the same story. Countries classify skills differently and low-skilled jobs are often done by"
                + " skilled migrants (Box 17), so a difference is a question to settle, not a breach.")
            .source("IOM SMP Guidance 2023, ch. 7, Box 17; ILO ISCO-08 skill levels")
            .reads("/skillLevels", "/occupations/*/isco")
            .check((p, c) -> {
              if (p.skillLevels().isEmpty()) {
                c.gap("/skillLevels", "Which skill levels does the partnership target?", "Record the skill-level"
                    + " range (LOW, MID, HIGH).");
                return;
              }
              if (p.occupations().isEmpty()) {
                c.gap("/occupations", "Which occupations (ISCO-08) does the partnership train and recruit for?",
                    "Record the occupations as ISCO-08 codes.");
                return;
              }
              SkillLevelRange range = p.skillLevels().get();
              for (int i = 0; i < p.occupations().size(); i++) {
                Occupation o = p.occupations().get(i);
                String at = Finding.pointer("occupations", i, "isco");
                if (o.skillLevels().stream().anyMatch(range::contains)) {
                  c.met(at, "ISCO " + o.isco().code() + " lies within the declared range " + range + ".");
                } else {
                  c.gap(at, "ISCO " + o.isco().code() + " (" + o.isco().title() + ") is classed " + o.skillLevels()
                      + " by ISCO-08, outside the declared range " + range + ": which describes the jobs"
                      + " participants take, and do skilled participants work below their level?", "Align the"
                      + " range or the occupation code, or say in the notes why they differ.");
                }
              }
            }).build(),
        Rules.define("SMP-RECOG-008", RECOGNITION, WARNING, "Skills gained during migration are validated and"
                + " recorded",
            "What participants learn while abroad should be assessed and written down (a skills passport, a check"
                + " of skills and certificates on return) so that it counts in later jobs and on reintegration.")
            .source("IOM SMP Guidance 2023, ch. 7 and Box 19; ch. 10, Box 27 (verification of skills on return)")
            .reads("/mobilityModes", "/recognition/*/mechanism", "/procedures/*/kind", "/procedures/*/phase")
            .check((p, c) -> {
              if (!Facts.physical(p)) {
                c.notApplicable();
                return;
              }
              if (has(p, RecognitionMechanism.SKILLS_PASSPORT, RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING)) {
                c.met("/recognition", "Skills gained abroad can be recorded or assessed ("
                    + named(p, EnumSet.of(RecognitionMechanism.SKILLS_PASSPORT,
                        RecognitionMechanism.RECOGNITION_OF_PRIOR_LEARNING)) + ").");
                return;
              }
              for (int i = 0; i < p.procedures().size(); i++) {
                Procedure pr = p.procedures().get(i);
                if (pr.kind() == ProcedureKind.SKILLS_VERIFICATION_ON_RETURN || pr.kind() == ProcedureKind.RECOGNITION
                    && (pr.phase() == MigrationPhase.RETURN_AND_REINTEGRATION
                        || pr.phase() == MigrationPhase.ONWARD_MIGRATION)) {
                  c.met(Finding.pointer("procedures", i), "Skills and certificates are verified after the stay"
                      + " abroad.");
                  return;
                }
              }
              c.gap("/recognition", "How are the skills participants gain abroad validated and recorded, for their"
                  + " return or next job?", "Record a skills passport, recognition of prior learning, or a"
                  + " procedure verifying skills on return.");
            }).build());
  }

  // --- SMP-RECOG-009 -----------------------------------------------------------------------------

  private static Rule trustedCertificates() {
    return Rules.define("SMP-RECOG-009", RECOGNITION, WARNING, "Employers say which certificates they trust",
        "Certificates count only if employers trust them: ask employers about their skill needs and which"
            + " certification they would trust and accept, so that certification fits their reality without"
            + " becoming too prescriptive.")
        .reads("/recognition/*/employersConsulted")
        .check((p, c) -> {
          List<RecognitionArrangement> arrangements = p.recognition();
          for (int i = 0; i < arrangements.size(); i++) {
            if (arrangements.get(i).employersConsulted().equals(Optional.of(true))) {
              c.met(Finding.pointer("recognition", i, "employersConsulted"), "Employers were asked which"
                  + " certificates they trust and accept.");
              return;
            }
          }
          if (!arrangements.isEmpty() && arrangements.stream().allMatch(r -> r.employersConsulted().isPresent())) {
            List<Evidence> evidence = new ArrayList<>();
            for (int i = 0; i < arrangements.size(); i++) {
              evidence.add(Evidence.of(Finding.pointer("recognition", i, "employersConsulted"), false));
            }
            c.breach("/recognition", "The recognition arrangements were set up without asking employers which"
                + " certificates they trust.", "Ask employers (interviews, surveys, their associations) which"
                + " certification they would accept, and adjust the arrangements.", evidence.toArray(new Evidence[0]));
          } else {
            c.gap("/recognition", "Were employers asked which certificates they trust and would accept when"
                + " hiring?", "Record employersConsulted on the recognition arrangements.");
          }
        }).build();
  }
}
