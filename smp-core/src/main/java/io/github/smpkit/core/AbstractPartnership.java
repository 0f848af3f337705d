package io.github.smpkit.core;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.development.DevelopmentLink;
import io.github.smpkit.core.evidence.Assessment;
import io.github.smpkit.core.evidence.DataSource;
import io.github.smpkit.core.evidence.MonitoringFramework;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.FinancingMechanism;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.governance.Governance;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.Outcome;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.PartyRole;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.planning.Objective;
import io.github.smpkit.core.recognition.RecognitionArrangement;
import io.github.smpkit.core.recruitment.RecruitmentProvision;
import io.github.smpkit.core.social.SocialProvision;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import io.github.smpkit.core.time.DatedChange;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.typology.AgreementScope;
import io.github.smpkit.core.typology.FlexibilityProvision;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.core.typology.SkillLevelRange;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A Skills Mobility Partnership: an agreement or arrangement between countries of origin and
 * destination that puts skills development at the centre of labour mobility (IOM SMP Guidance
 * 2023, ch. 2). It carries the typology choices (ch. 2) and what each of the ten essential
 * elements needs: planning (ch. 3), stakeholders and governance (ch. 4), evidence and
 * monitoring (ch. 5), local development (ch. 6), recognition (ch. 7), training (ch. 8), social
 * provisions (ch. 9), legal pathways (ch. 10), funding and costs (ch. 11) and ethical recruitment
 * (ch. 12), plus participant figures and the public sources of its facts.
 *
 * <p>Build one with {@code Partnership.builder()}; copy with {@code with*} methods or
 * {@code Partnership.builder().from(p)}. Unknown facts stay empty: an empty list or optional
 * means "not known or not described", never "no".
 *
 * <p>Invariants: at least one origin and one destination; each party listed once; strand names
 * are unique and a strand's origins (destinations) are ORIGIN (DESTINATION) parties; a country is
 * both origin and destination only in a {@link AgreementScope#REGIONAL} scheme; a
 * {@link AgreementScope#BILATERAL} scope has exactly one origin and one destination; stakeholder
 * names are unique and governance refers only to them; a legal pathway's destination, and the
 * country of a training component in the origin or destination, is a party in that role; a
 * women-only participant figure does not count more people than the stated bound of its total
 * figure (same kind, track, country and date).
 */
@Value.Immutable
abstract class AbstractPartnership {

  // --- identity -------------------------------------------------------------------------------

  /** A stable identifier: lower-case letters, digits and hyphens, for example {@code "palim"}. */
  @ValidText(TextRule.ID)
  abstract String id();

  /** The partnership's name, for example {@code "Digital Explorers"}. */
  @ValidText(TextRule.SHORT)
  abstract String title();

  /** A short summary in a few sentences. */
  abstract Optional<@ValidText(TextRule.ESSAY) String> summary();

  /** Where it stands in its life. */
  abstract PartnershipStatus status();

  /**
   * The date the recorded facts are as of: when they were last checked against their sources.
   * Schemes change (RSE's 2024 rules, Timor-Leste joining in 2025), so a description is true of a
   * date; {@link #changes()} records what changed before it.
   */
  abstract Optional<PartialDate> asOf();

  // --- typology (ch. 2) -----------------------------------------------------------------------

  /** The models it follows or is labelled as. */
  abstract Set<PartnershipModel> models();

  /** The countries taking part, each as origin or destination. */
  abstract List<Party> parties();

  /**
   * Bilateral, multilateral or regional; unless set, bilateral with one origin and one
   * destination country, multilateral otherwise.
   */
  @Value.Default
  public AgreementScope scope() {
    return countries().size() <= 2 && origins().size() == 1 && destinations().size() == 1
        ? AgreementScope.BILATERAL : AgreementScope.MULTILATERAL;
  }

  /**
   * The strands it runs, each with its own origins, destinations, implementer, sectors and
   * figures (ch. 2 and 4); empty when it runs as one. When strands are given, a partnership's
   * corridors are those of its strands.
   */
  abstract List<@Valid Strand> strands();

  /** The instruments through which the parties engage. */
  abstract List<@Valid FormOfEngagement> formsOfEngagement();

  /** The types of migration. */
  abstract Set<MigrationType> migrationTypes();

  /** Physical, remote or hybrid mobility. */
  abstract Set<MobilityMode> mobilityModes();

  /** When it runs. */
  abstract Optional<@Valid TimeFrame> timeFrame();

  /** The skill levels targeted. */
  abstract Optional<SkillLevelRange> skillLevels();

  /**
   * The skill levels of the jobs the workers do in the destination, kept apart from
   * {@link #workerSkillLevels()}: a degree-level nurse working as a care assistant is deskilled
   * (ch. 7, Box 17 on deskilling and brain waste).
   */
  abstract Optional<SkillLevelRange> jobSkillLevels();

  /** The skill levels of the qualifications the workers hold (ch. 7, Box 17). */
  abstract Optional<SkillLevelRange> workerSkillLevels();

  /** The sectors, as ISIC Rev.4 sections or divisions. */
  abstract Set<IsicCode> sectors();

  /** The occupations, as ISCO-08 groups. */
  abstract List<@Valid Occupation> occupations();

  /** What may change while it runs (ch. 2 and 3). */
  abstract List<@Valid FlexibilityProvision> flexibility();

  // --- planning (ch. 3) -----------------------------------------------------------------------

  /** Its objectives. */
  abstract List<@Valid Objective> objectives();

  // --- stakeholders and governance (ch. 4) ----------------------------------------------------

  /** The stakeholders. */
  abstract List<@Valid Stakeholder> stakeholders();

  /** The governance structure. */
  abstract Optional<@Valid Governance> governance();

  // --- evidence (ch. 5) -----------------------------------------------------------------------

  /** Needs assessments, feasibility studies and other studies that informed the design. */
  abstract List<@Valid Assessment> assessments();

  /** The data sources used. */
  abstract List<@Valid DataSource> dataSources();

  /** The monitoring, evaluation and learning framework. */
  abstract Optional<@Valid MonitoringFramework> monitoring();

  // --- local development (ch. 6) --------------------------------------------------------------

  /** Links to development in the origin. */
  abstract List<@Valid DevelopmentLink> developmentLinks();

  // --- recognition (ch. 7) and training (ch. 8) -----------------------------------------------

  /** Recognition arrangements. */
  abstract List<@Valid RecognitionArrangement> recognition();

  /** Training components. */
  abstract List<@Valid TrainingComponent> training();

  // --- social aspects (ch. 9) -----------------------------------------------------------------

  /** Social provisions. */
  abstract List<@Valid SocialProvision> socialProvisions();

  /**
   * Whether participants are told, before they train, that training does not guarantee travel or
   * a job abroad (ch. 9, on managing migrants' expectations).
   */
  abstract Optional<Boolean> uncertaintyDisclosed();

  // --- pathways (ch. 10) ----------------------------------------------------------------------

  /** The legal pathway of each destination. */
  abstract List<@Valid LegalPathway> pathways();

  /** The procedures mapped along the migration continuum. */
  abstract List<@Valid Procedure> procedures();

  // --- costs (ch. 11) -------------------------------------------------------------------------

  /** Funders. */
  abstract List<@Valid FundingSource> fundingSources();

  /** Financing mechanisms. */
  abstract List<@Valid FinancingMechanism> financingMechanisms();

  /** Cost items, as in Table 3. */
  abstract List<@Valid CostItem> costs();

  /** How the partnership will be financed once its initial (often public) funding ends. */
  abstract Optional<@ValidText(TextRule.ESSAY) String> sustainabilityPlan();

  /**
   * Whether safeguards keep public money from subsidising the commercial aims of participating
   * employers, for example by training one company's future staff at public cost (ch. 11).
   */
  abstract Optional<Boolean> publicFundsSafeguarded();

  // --- ethical recruitment (ch. 12) -----------------------------------------------------------

  /** Ethical-recruitment safeguards. */
  abstract List<@Valid RecruitmentProvision> recruitmentProvisions();

  /**
   * Whether a government-to-government agreement governs the recruitment of the partnership's
   * migrant workers ({@code true}), or they are recruited without one ({@code false}); empty when
   * not recorded. A form of engagement concluded between the governments (a bilateral labour
   * migration agreement, a memorandum of understanding, ...) shows such an agreement as well;
   * this fact records one that is not listed, or that there is none. The WHO Global Code of
   * Practice on the International Recruitment of Health Personnel turns on it for health workers
   * from the countries on the WHO health workforce support and safeguards list (ch. 12).
   */
  abstract Optional<Boolean> governmentToGovernment();

  // --- outcomes and sources -------------------------------------------------------------------

  /** Participant figures, planned and actual. */
  abstract List<@Valid ParticipantFigure> participants();

  /**
   * Outcomes beyond participant counts: drop-outs, visa refusals, retention, earnings, returns
   * and the like, each a count, a share or an amount (ch. 5 on monitoring and evaluation).
   */
  abstract List<@Valid Outcome> outcomes();

  /**
   * Dated changes to the scheme before {@link #asOf()}: a country joining or leaving, a new cap
   * or rule, a new phase (ch. 3 on flexibility and adapting a partnership over time).
   */
  abstract List<@Valid DatedChange> changes();

  /** The public documents its facts come from. */
  abstract List<@Valid Citation> citations();

  /** Free-text notes, for example on disagreeing sources. */
  abstract Optional<@ValidText(TextRule.ESSAY) String> notes();

  // --- derived views --------------------------------------------------------------------------

  /** The countries of origin, in code order. */
  public SortedSet<Country> origins() {
    return countriesIn(PartyRole.ORIGIN);
  }

  /** The countries of destination, in code order. */
  public SortedSet<Country> destinations() {
    return countriesIn(PartyRole.DESTINATION);
  }

  /** Every country taking part, in code order. */
  public SortedSet<Country> countries() {
    SortedSet<Country> countries = new TreeSet<>();
    for (Party party : parties()) {
      countries.add(party.country());
    }
    return countries;
  }

  private SortedSet<Country> countriesIn(PartyRole role) {
    // a loop, not a stream: the rules and the builder's checks ask for the sides of every partnership
    SortedSet<Country> countries = new TreeSet<>();
    for (Party party : parties()) {
      if (party.role() == role) {
        countries.add(party.country());
      }
    }
    return countries;
  }

  /** The stakeholder with this name, if any. */
  public Optional<Stakeholder> stakeholder(String name) {
    return stakeholders().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * A one-line summary: id, title, status, corridor, sectors and time frame, for example
   * {@code Partnership[digital-explorers "Digital Explorers" COMPLETED NG -> LT, J, 2019..2021]}.
   * Use the accessors, or smp-json, for the whole content.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Partnership[").append(id()).append(" \"").append(title()).append("\" ")
        .append(status()).append(' ')
        .append(origins().stream().map(Country::code).collect(Collectors.joining(",")))
        .append(" -> ")
        .append(destinations().stream().map(Country::code).collect(Collectors.joining(",")));
    if (!sectors().isEmpty()) {
      s.append(", ").append(sectors().stream().map(IsicCode::code).sorted().collect(Collectors.joining(",")));
    }
    timeFrame().ifPresent(t -> s.append(", ").append(t.start().map(Object::toString).orElse("?")).append("..")
        .append(t.end().map(Object::toString).orElse("")));
    return s.append(']').toString();
  }

  // --- invariants -----------------------------------------------------------------------------

  @Value.Check
  void check() {
    String type = "Partnership";
    Invariants.require(!origins().isEmpty(), type, "parties", parties(), "needs at least one ORIGIN country");
    Invariants.require(!destinations().isEmpty(), type, "parties", parties(),
        "needs at least one DESTINATION country");
    Invariants.unique(parties(), p -> p, type, "parties");
    if (scope() != AgreementScope.REGIONAL) {
      Set<Country> both = new TreeSet<>(origins());
      both.retainAll(destinations());
      Invariants.require(both.isEmpty(), type, "parties", both,
          "names a country as both ORIGIN and DESTINATION, which only a REGIONAL scope allows (scope is "
              + scope() + ")");
    }
    if (scope() == AgreementScope.BILATERAL) {
      Invariants.require(origins().size() == 1 && destinations().size() == 1, type, "scope", scope(),
          "needs exactly one origin and one destination country, but parties are " + parties());
    }
    Invariants.unique(stakeholders(), Stakeholder::name, type, "stakeholders");
    Invariants.unique(strands(), Strand::name, type, "strands");
    for (int i = 0; i < strands().size(); i++) {
      Strand strand = strands().get(i);
      for (Country c : strand.origins()) {
        Invariants.require(origins().contains(c), type, "strands[" + i + "].origins", c, "is not an ORIGIN party");
      }
      for (Country c : strand.destinations()) {
        Invariants.require(destinations().contains(c), type, "strands[" + i + "].destinations", c,
            "is not a DESTINATION party");
      }
    }
    governance().ifPresent(g -> {
      Set<String> names = stakeholders().stream().map(Stakeholder::name).collect(Collectors.toSet());
      g.stakeholderNames().filter(n -> !names.contains(n)).findFirst().ifPresent(n ->
          Invariants.require(false, type, "governance", n, "refers to a stakeholder that is not in stakeholders"));
    });
    for (int i = 0; i < pathways().size(); i++) {
      LegalPathway pathway = pathways().get(i);
      Invariants.require(destinations().contains(pathway.destination()), type,
          "pathways[" + i + "].destination", pathway.destination(), "is not a DESTINATION party");
    }
    for (int i = 0; i < training().size(); i++) {
      TrainingComponent component = training().get(i);
      if (component.country().isPresent() && component.location() != TrainingLocation.THIRD_COUNTRY) {
        Set<Country> expected = component.location() == TrainingLocation.ORIGIN ? origins() : destinations();
        Invariants.require(expected.contains(component.country().get()), type, "training[" + i + "].country",
            component.country().get(), "is not a party in the role its location " + component.location()
                + " needs");
      }
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < citations().size(); i++) {
      Invariants.require(keys.add(citations().get(i).key()), type, "citations[" + i + "].key",
          citations().get(i).key(), "is given twice; each must be unique");
    }
    checkWomenWithinTotals();
    Invariants.texts(this, "Partnership");
  }

  /**
   * A women-only figure counts a subset of the people its total figure counts (same kind,
   * track, country and date), so its lower bound cannot lie above the total's upper bound.
   */
  private void checkWomenWithinTotals() {
    List<ParticipantFigure> figures = participants();
    for (int i = 0; i < figures.size(); i++) {
      ParticipantFigure women = figures.get(i);
      if (!women.womenOnly()) {
        continue;
      }
      for (ParticipantFigure total : figures) {
        if (total.womenOnly() || total.kind() != women.kind() || !total.track().equals(women.track())
            || !total.country().equals(women.country()) || !total.asOf().equals(women.asOf())) {
          continue;
        }
        requireWithin(women.planned(), total.planned(), "participants[" + i + "].planned", women);
        requireWithin(women.actual(), total.actual(), "participants[" + i + "].actual", women);
      }
    }
  }

  private static void requireWithin(Optional<Count> part, Optional<Count> whole, String field,
      ParticipantFigure women) {
    if (part.isPresent() && whole.isPresent() && whole.get().upper().isPresent()) {
      Invariants.require(part.get().lower() <= whole.get().upper().get(), "Partnership", field, part.get(),
          "counts more women than the stated bound of the total " + women.kind() + " figure ("
              + whole.get() + ")");
    }
  }
}
