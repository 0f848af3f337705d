package io.github.smpkit.rules.internal;

import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.CONSULAR_ACCESS;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.EMPLOYER_PAYS;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.GRIEVANCE_MECHANISM;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.IRIS_CERTIFICATION;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.LICENSED_RECRUITERS;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.RETENTION_OF_DOCUMENTS_BY_WORKER;
import static io.github.smpkit.core.recruitment.RecruitmentSafeguard.WRITTEN_CONTRACT;
import static io.github.smpkit.rules.EssentialElement.ETHICAL_RECRUITMENT;
import static io.github.smpkit.rules.Severity.ERROR;
import static io.github.smpkit.rules.Severity.INFO;
import static io.github.smpkit.rules.Severity.WARNING;
import static io.github.smpkit.rules.internal.Facts.hasSafeguard;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.code.SafeguardsListCountry;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.rules.Evidence;
import io.github.smpkit.rules.Finding;
import io.github.smpkit.rules.Rule;
import io.github.smpkit.rules.RuleContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules of element 10, ethical recruitment (IOM SMP Guidance 2023, ch. 12), with the standards it
 * points to: the WHO Global Code of Practice on the International Recruitment of Health Personnel
 * and the ILO's fair-recruitment guidelines.
 */
final class EthicalRules {

  /** Where SMP-ETHIC-002 comes from. */
  static final String WHO_CODE = "WHO Global Code of Practice on the International Recruitment of Health Personnel"
      + " (2010) and WHO health workforce support and safeguards list 2023; IOM SMP Guidance 2023, ch. 12";

  /**
   * Forms of engagement concluded between the governments themselves: a bilateral labour migration
   * agreement, a memorandum of understanding, a trade-related agreement, a migration partnership
   * or a talent partnership (IOM SMP Guidance 2023, ch. 2). A placement agreement counts when
   * public bodies of both sides recruit under it; a mutual recognition arrangement, a pilot project
   * or city-to-city cooperation does not count by itself.
   */
  static final Set<EngagementForm> BETWEEN_GOVERNMENTS = EnumSet.of(
      EngagementForm.BILATERAL_LABOUR_MIGRATION_AGREEMENT, EngagementForm.MEMORANDUM_OF_UNDERSTANDING,
      EngagementForm.TRADE_RELATED_AGREEMENT, EngagementForm.MIGRATION_PARTNERSHIP,
      EngagementForm.TALENT_PARTNERSHIP);

  /** An {@code OTHER} form whose description says it is a government-to-government instrument. */
  private static final Pattern G2G = Pattern.compile("(?i)government[- ]to[- ]government|\\bG2G\\b");

  private EthicalRules() {
  }

  /**
   * The government-to-government agreements recorded for recruitment from {@code origin}: forms
   * between governments (see {@link #BETWEEN_GOVERNMENTS}), an {@code OTHER} form described as
   * government-to-government, or a placement agreement under which government bodies of a
   * destination and of {@code origin} recruit. A form does not name its countries, so a form
   * between governments counts for every origin.
   */
  static List<String> governmentAgreements(Partnership p, Country origin) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < p.formsOfEngagement().size(); i++) {
      FormOfEngagement f = p.formsOfEngagement().get(i);
      String at = Finding.pointer("formsOfEngagement", i);
      if (BETWEEN_GOVERNMENTS.contains(f.form())) {
        found.add(f.form() + " (" + at + ")");
      } else if (f.form() == EngagementForm.OTHER && f.description().map(d -> G2G.matcher(d).find()).orElse(false)) {
        found.add("OTHER, described as government-to-government (" + at + ")");
      } else if (f.form() == EngagementForm.PLACEMENT_AGREEMENT && publicRecruiterIn(p, Set.of(origin))
          && publicRecruiterIn(p, p.destinations())) {
        found.add("PLACEMENT_AGREEMENT between public bodies that recruit (" + at + ")");
      }
    }
    return found;
  }

  /**
   * What proves SMP-ETHIC-002's breach for {@code origin}: the recorded "no" to a
   * government-to-government agreement, the health sectors and occupations, and the party that
   * makes {@code origin} a country of origin.
   */
  private static List<Evidence> healthRecruitmentEvidence(Partnership p, Country origin) {
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.of("/governmentToGovernment", false));
    List<String> sections = p.sectors().stream().filter(Facts::healthSector).map(IsicCode::code)
        .sorted().collect(Collectors.toList());
    if (!sections.isEmpty()) {
      evidence.add(Evidence.of("/sectors", String.join(", ", sections)));
    }
    for (int i = 0; i < p.occupations().size(); i++) {
      String code = p.occupations().get(i).isco().code();
      if (Facts.healthIsco(code)) {
        evidence.add(Evidence.of(Finding.pointer("occupations", i, "isco"), code));
      }
    }
    for (int i = 0; i < p.parties().size(); i++) {
      Party party = p.parties().get(i);
      if (party.country().equals(origin)) {
        evidence.add(Evidence.of(Finding.pointer("parties", i, "country"), origin.code()));
      }
    }
    return evidence;
  }

  private static boolean publicRecruiterIn(Partnership p, Set<Country> countries) {
    return p.stakeholders().stream().anyMatch(s -> s.type().isGovernment()
        && s.roles().contains(StakeholderRole.RECRUITER) && s.country().isPresent()
        && countries.contains(s.country().get()));
  }

  /** ISCO-08 groups too broad to tell whether they hold health work (major groups 2, 3, 5 and sub-major group 53). */
  static List<String> coarseOccupations(Partnership p) {
    return p.occupations().stream().map(o -> o.isco().code()).filter(Set.of("2", "3", "5", "53")::contains)
        .map(code -> "ISCO " + code).collect(Collectors.toList());
  }

  /** Who recruits, from the recorded stakeholders: private agencies and others that recruit for a living. */
  enum Recruiters {
    /** No stakeholder is recorded as a recruiter or a recruitment agency. */
    UNKNOWN,
    /**
     * Every recorded recruiter is a public body (a government body or a public training
     * institution), an international organisation or an employer recruiting directly.
     */
    PUBLIC_OR_DIRECT,
    /** A private recruitment agency, or another intermediary, recruits. */
    INTERMEDIARIES
  }

  static Recruiters recruiters(Partnership p) {
    boolean any = false;
    for (Stakeholder s : p.stakeholders()) {
      boolean agency = s.type() == StakeholderType.PRIVATE_RECRUITMENT_AGENCY;
      if (!agency && !s.roles().contains(StakeholderRole.RECRUITER)) {
        continue;
      }
      any = true;
      // a public training institution selecting its trainees is a public body, not a recruitment
      // intermediary (ch. 10 is about private agencies and the fees they charge)
      boolean publicOrDirect = s.type().isGovernment() || s.type() == StakeholderType.PUBLIC_TRAINING_INSTITUTION
          || s.type() == StakeholderType.INTERNATIONAL_ORGANISATION || s.type() == StakeholderType.EMPLOYER;
      if (agency || !publicOrDirect) {
        return Recruiters.INTERMEDIARIES;
      }
    }
    return any ? Recruiters.PUBLIC_OR_DIRECT : Recruiters.UNKNOWN;
  }

  /** Whether the recorded mobility modes are all remote: nobody moves. Unknown modes count as moving. */
  static boolean remoteOnly(Partnership p) {
    return !p.mobilityModes().isEmpty() && !p.mobilityModes().contains(MobilityMode.PHYSICAL)
        && !p.mobilityModes().contains(MobilityMode.HYBRID);
  }

  /** MET ({@code <id>.met}) when the safeguard is recorded, else an open question ({@code <id>.gap}). */
  private static void safeguard(Partnership p, RuleContext c, RecruitmentSafeguard s) {
    if (hasSafeguard(p, s)) {
      Messages.met(c, "/recruitmentProvisions", "");
    } else {
      Messages.gap(c, "/recruitmentProvisions", "");
    }
  }

  static List<Rule> rules() {
    return List.of(
        Rules.define("SMP-ETHIC-001", ETHICAL_RECRUITMENT, WARNING)
            .reads("/recruitmentProvisions/*/safeguard")
            .check((p, c) -> safeguard(p, c, EMPLOYER_PAYS)).build(),
        whoCode(),
        Rules.define("SMP-ETHIC-003", ETHICAL_RECRUITMENT, WARNING)
            .reads("/recruitmentProvisions/*/safeguard", "/stakeholders/*/type", "/stakeholders/*/roles")
            .check((p, c) -> {
              Recruiters who = recruiters(p);
              if (hasSafeguard(p, LICENSED_RECRUITERS)) {
                Messages.met(c, "/recruitmentProvisions", "");
              } else if (who == Recruiters.PUBLIC_OR_DIRECT) {
                c.notApplicable();
              } else {
                Messages.gap(c, "/recruitmentProvisions", who == Recruiters.UNKNOWN ? "unknown" : "agencies");
              }
            }).build(),
        Rules.define("SMP-ETHIC-004", ETHICAL_RECRUITMENT, WARNING)
            .reads("/recruitmentProvisions/*/safeguard")
            .check((p, c) -> safeguard(p, c, GRIEVANCE_MECHANISM)).build(),
        Rules.define("SMP-ETHIC-005", ETHICAL_RECRUITMENT, WARNING)
            .reads("/recruitmentProvisions/*/safeguard", "/mobilityModes")
            .check((p, c) -> {
              if (!hasSafeguard(p, CONSULAR_ACCESS) && remoteOnly(p)) {
                c.notApplicable();
                return;
              }
              safeguard(p, c, CONSULAR_ACCESS);
            }).build(),
        Rules.define("SMP-ETHIC-006", ETHICAL_RECRUITMENT, INFO)
            .chapter(10).source("IOM SMP Guidance 2023, ch. 10, Box 27")
            .reads("/recruitmentProvisions/*/safeguard", "/mobilityModes")
            .check((p, c) -> {
              if (!hasSafeguard(p, WRITTEN_CONTRACT) && remoteOnly(p)) {
                c.notApplicable();
                return;
              }
              safeguard(p, c, WRITTEN_CONTRACT);
            }).build(),
        Rules.define("SMP-ETHIC-008", ETHICAL_RECRUITMENT, WARNING)
            .chapter(10).source("IOM SMP Guidance 2023, ch. 10, Box 27")
            .reads("/socialProvisions/*/kind")
            .check((p, c) -> {
              if (Facts.hasSocial(p, SocialProvisionKind.EQUAL_TREATMENT)) {
                Messages.met(c, "/socialProvisions", "");
              } else {
                Messages.gap(c, "/socialProvisions", "");
              }
            }).build(),
        Rules.define("SMP-ETHIC-009", ETHICAL_RECRUITMENT, INFO)
            .reads("/recruitmentProvisions/*/safeguard", "/stakeholders/*/type", "/stakeholders/*/roles")
            .check((p, c) -> {
              Recruiters who = recruiters(p);
              if (hasSafeguard(p, IRIS_CERTIFICATION)) {
                Messages.met(c, "/recruitmentProvisions", "");
              } else if (who == Recruiters.PUBLIC_OR_DIRECT) {
                c.notApplicable();
              } else {
                Messages.gap(c, "/recruitmentProvisions", who == Recruiters.UNKNOWN ? "unknown" : "agencies");
              }
            }).build(),
        Rules.define("SMP-ETHIC-010", ETHICAL_RECRUITMENT, INFO)
            .source("ILO General principles and operational guidelines for fair recruitment (2019): workers' identity"
                + " documents are not retained")
            .reads("/recruitmentProvisions/*/safeguard", "/mobilityModes")
            .check((p, c) -> {
              if (!hasSafeguard(p, RETENTION_OF_DOCUMENTS_BY_WORKER) && remoteOnly(p)) {
                c.notApplicable();
                return;
              }
              safeguard(p, c, RETENTION_OF_DOCUMENTS_BY_WORKER);
            }).build());
  }

  // --- SMP-ETHIC-002 -----------------------------------------------------------------------------

  private static Rule whoCode() {
    return Rules.define("SMP-ETHIC-002", ETHICAL_RECRUITMENT, ERROR)
        .source(WHO_CODE)
        .reads("/sectors", "/occupations", "/parties", "/governmentToGovernment", "/formsOfEngagement/*/form",
            "/formsOfEngagement/*/description", "/stakeholders/*/type", "/stakeholders/*/country",
            "/stakeholders/*/roles")
        .check((p, c) -> {
          List<Country> listed = new ArrayList<>();
          for (Country origin : Facts.origins(c)) {
            if (SafeguardsListCountry.includes(origin)) {
              listed.add(origin);
            }
          }
          if (listed.isEmpty()) {
            c.notApplicable();
            return;
          }
          if (p.sectors().isEmpty() && p.occupations().isEmpty()) {
            Messages.gap(c, "/sectors", "sectors", listed.stream().map(Country::code)
                .collect(Collectors.joining(", ")), SafeguardsListCountry.EDITION);
            return;
          }
          if (!Facts.health(p)) {
            List<String> coarse = coarseOccupations(p);
            if (p.sectors().isEmpty() && !coarse.isEmpty()) {
              Messages.gap(c, "/occupations", "occupations", String.join(", ", coarse));
            } else {
              c.notApplicable();
            }
            return;
          }
          String health = String.join(", ", Facts.healthCodes(p));
          Optional<Boolean> betweenGovernments = p.governmentToGovernment();
          for (Country origin : listed) {
            if (betweenGovernments.equals(Optional.of(false))) {
              // recorded: recruited without a government-to-government agreement (a listed form
              // of engagement does not outweigh it: it may govern other things than recruitment)
              Messages.breach(c, "/governmentToGovernment", "", healthRecruitmentEvidence(p, origin),
                  health, origin.code(), origin.name(), SafeguardsListCountry.EDITION);
              continue;
            }
            List<String> agreements = governmentAgreements(p, origin);
            if (!agreements.isEmpty()) {
              Messages.met(c, "/formsOfEngagement", "", health, origin.code(), SafeguardsListCountry.EDITION,
                  String.join(", ", agreements));
            } else if (betweenGovernments.equals(Optional.of(true))) {
              Messages.met(c, "/governmentToGovernment", "recorded", health, origin.code(),
                  SafeguardsListCountry.EDITION);
            } else {
              Messages.gap(c, "/formsOfEngagement", "agreement", health, origin.code(), origin.name(),
                  SafeguardsListCountry.EDITION);
            }
          }
        }).build();
  }
}
