package io.github.smpkit.testkit;

import io.github.smpkit.core.Citation;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.Strand;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.EqfLevel;
import io.github.smpkit.core.code.GcmObjective;
import io.github.smpkit.core.code.IscedLevel;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.code.SdgTarget;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.SkillsPhase;
import io.github.smpkit.core.development.DevelopmentLink;
import io.github.smpkit.core.evidence.Assessment;
import io.github.smpkit.core.evidence.DataSource;
import io.github.smpkit.core.evidence.Indicator;
import io.github.smpkit.core.evidence.MonitoringFramework;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.FinancingMechanism;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.funding.Payment;
import io.github.smpkit.core.governance.Governance;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.Outcome;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.pathway.Cap;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.planning.Objective;
import io.github.smpkit.core.recognition.RecognitionArrangement;
import io.github.smpkit.core.recruitment.RecruitmentProvision;
import io.github.smpkit.core.social.SocialProvision;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.time.DatedChange;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.training.QualificationLevel;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.typology.FlexibilityProvision;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.core.typology.SkillLevelRange;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A deterministic source of valid, random {@link Partnership}s and of their parts, for property
 * tests of smpkit and of code built on it.
 *
 * <p>Every value comes from one {@link SplittableRandom} seeded with {@link #seed()}: the same
 * seed gives the same sequence of values on every machine and JDK. Values always satisfy the
 * model's invariants (each party listed once, scope rules, payer shares adding up to exactly
 * 100 %, governance naming only listed stakeholders, pathways for destination parties only,
 * training countries that match their location, descriptions for every {@code OTHER}, ...) and
 * its Jakarta Validation constraints. Codes come from the real lists ({@link IscoCode#list()},
 * {@link IsicCode#list()}, ...). Across about a thousand partnerships the generator reaches
 * every model type and every constant of every enum of smp-core.
 *
 * <p>In the default mode, optional attributes are sometimes empty and collections sometimes
 * empty, as in real catalogue entries where much is unknown. {@link #complete()} gives a
 * generator whose values have every optional attribute present and every collection non-empty,
 * at every level of nesting, so all ten essential elements of the IOM SMP Guidance 2023
 * (ch. 3 to 12) are described.
 *
 * <pre>{@code
 * PartnershipGenerator gen = PartnershipGenerator.withSeed(42);
 * Partnership one = gen.next();
 * List<Partnership> many = gen.next(1000);
 * Money fee = gen.money();
 * }</pre>
 *
 * <p>The drawing of each area of the model lives in a package-private part class named after
 * smp-core's packages ({@code PartyParts}, {@code FundingParts}, {@code TrainingParts}, ...),
 * all drawing from one shared source in the order the generator always drew.
 *
 * <p>A generator is mutable and not thread-safe: give each thread its own, with its own seed.
 * To run a check over many partnerships and get a one-line reproduction of a failure, use
 * {@link Property}.
 */
public final class PartnershipGenerator {

  private final long seed;
  private final Draws d;
  private final CodeParts codes;
  private final TimeParts time;
  private final FundingParts funding;
  private final OutcomeParts outcomes;
  private final TypologyParts typology;
  private final EvidenceParts evidence;
  private final PartyParts party;
  private final TrainingParts training;
  private final PathwayParts pathways;
  private long counter;

  private PartnershipGenerator(long seed, boolean complete, boolean hostile) {
    this.seed = seed;
    this.d = new Draws(seed, complete, hostile);
    this.codes = new CodeParts(d);
    this.time = new TimeParts(d);
    this.funding = new FundingParts(d, codes);
    this.outcomes = new OutcomeParts(d, time, funding);
    this.typology = new TypologyParts(d, codes, time);
    this.evidence = new EvidenceParts(d, codes, time);
    this.party = new PartyParts(d, codes);
    this.training = new TrainingParts(d, codes);
    this.pathways = new PathwayParts(d, time, outcomes);
  }

  /** A generator in the default mode, whose values all derive from {@code seed}. */
  public static PartnershipGenerator withSeed(long seed) {
    return new PartnershipGenerator(seed, false, false);
  }

  /**
   * A new generator with the same seed, starting afresh, whose values have every optional
   * attribute present and every collection non-empty, at every level of nesting.
   */
  public PartnershipGenerator complete() {
    return new PartnershipGenerator(seed, true, d.hostile);
  }

  /**
   * A new generator with the same seed, starting afresh, whose values are valid but hostile:
   * names, titles, descriptions, ids and URLs at their maximum lengths or made of astral
   * characters (surrogate pairs), no-break spaces, byte order marks, line and paragraph
   * separators, quotes and backslashes; amounts of 18 whole digits, shares with six decimals,
   * counts up to the long maximum, years from 1 to 9999. Every text follows its
   * {@link TextRule}. It composes with {@link #complete()}; the default and complete modes draw
   * exactly as before, so their seeds keep their meaning.
   */
  public PartnershipGenerator hostile() {
    return new PartnershipGenerator(seed, d.complete, true);
  }

  /** Whether this generator is in the hostile mode (see {@link #hostile()}). */
  public boolean isHostile() {
    return d.hostile;
  }

  /** The seed this generator started from. */
  public long seed() {
    return seed;
  }

  /** Whether this generator is in the complete mode (see {@link #complete()}). */
  public boolean isComplete() {
    return d.complete;
  }

  /**
   * The Java expression that creates a generator in this one's initial state, for example
   * {@code PartnershipGenerator.withSeed(42L)} or {@code PartnershipGenerator.withSeed(42L).complete()}.
   */
  public String reproduction() {
    return "PartnershipGenerator.withSeed(" + seed + "L)" + (d.complete ? ".complete()" : "")
        + (d.hostile ? ".hostile()" : "");
  }

  // --- partnerships ---------------------------------------------------------------------------

  /** The next partnership. */
  public Partnership next() {
    counter++;
    Parties parties = party.parties();
    List<Stakeholder> stakeholders = party.stakeholders(parties);
    List<String> names = stakeholders.stream().map(Stakeholder::name).collect(Collectors.toList());
    Partnership.Builder b = Partnership.builder()
        .id(id())
        .title(title())
        .summary(d.maybe(() -> d.sentence(3, 20)))
        .status(d.oneOf(PartnershipStatus.class))
        .models(d.enumSet(PartnershipModel.class))
        .parties(parties.list)
        .formsOfEngagement(d.listOf(3, typology::baseFormOfEngagement))
        .migrationTypes(d.enumSet(MigrationType.class))
        .mobilityModes(d.enumSet(MobilityMode.class))
        .timeFrame(d.maybe(time::timeFrame))
        .skillLevels(d.maybe(typology::skillLevelRange))
        .sectors(d.setOf(3, codes::isicCode))
        .occupations(d.listOf(3, typology::occupation))
        .flexibility(d.listOf(3, typology::flexibilityProvision))
        .objectives(d.listOf(3, evidence::objective))
        .stakeholders(stakeholders)
        .governance(d.maybe(() -> party.governance(names)))
        .assessments(d.listOf(3, evidence::baseAssessment))
        .dataSources(d.listOf(3, evidence::dataSource))
        .monitoring(d.maybe(evidence::monitoringFramework))
        .developmentLinks(d.listOf(3, evidence::developmentLink))
        .recognition(d.listOf(2, () -> training.recognitionArrangement(parties.countries())))
        .training(d.listOf(3, () -> training.baseTrainingComponent(parties)))
        .socialProvisions(d.listOf(4, pathways::socialProvision))
        .pathways(d.listOf(3, () -> pathways.baseLegalPathway(d.pick(parties.destinations()))))
        .procedures(d.listOf(4, pathways::procedure))
        .fundingSources(d.listOf(3, () -> funding.fundingSource(parties.countries())))
        .financingMechanisms(d.listOf(2, funding::financingMechanism))
        .costs(d.listOf(5, funding::baseCostItem))
        .sustainabilityPlan(d.maybe(() -> d.sentence(4, 30)))
        .recruitmentProvisions(d.listOf(4, pathways::recruitmentProvision))
        .participants(OutcomeParts.withinTotals(d.listOf(4, () -> outcomes.participantFigure(parties.countries()))))
        .citations(citations())
        .notes(d.maybe(() -> d.sentence(3, 20)));
    parties.scope.ifPresent(b::scope);
    Partnership p = b.build();
    return d.later(() -> extended(p, parties));
  }

  /** Adds the attributes that came after release 0.1, drawn from the second source. */
  private Partnership extended(Partnership p, Parties parties) {
    return governmentToGovernment(issue9(extended10(p, parties)));
  }

  /**
   * The facts added for issue 9's new rules, drawn last from the second source so that the
   * draws before them keep their values: cost sharing in agreements, labour market information
   * systems, employers consulted on certificates, employer orientation, social partners
   * identifying skill needs, participants told of uncertainties, public funds safeguarded.
   */
  private Partnership issue9(Partnership p) {
    return Partnership.builder().from(p)
        .formsOfEngagement(p.formsOfEngagement().stream()
            .map(f -> f.withCostSharing(d.maybe(d.random()::nextBoolean))).collect(Collectors.toList()))
        .dataSources(p.dataSources().stream().map(evidence::withLabourMigration).collect(Collectors.toList()))
        .recognition(p.recognition().stream().map(r -> r.withEmployersConsulted(d.maybe(d.random()::nextBoolean)))
            .collect(Collectors.toList()))
        .training(p.training().stream().map(training::withEmployerOrientation).collect(Collectors.toList()))
        .stakeholders(p.stakeholders().stream().map(party::withSkillNeeds).collect(Collectors.toList()))
        .uncertaintyDisclosed(d.maybe(d.random()::nextBoolean))
        .publicFundsSafeguarded(d.maybe(d.random()::nextBoolean))
        .build();
  }

  /**
   * Whether a government-to-government agreement governs recruitment, drawn after everything
   * else from the second source, so that the draws before it keep their values.
   */
  private Partnership governmentToGovernment(Partnership p) {
    return p.withGovernmentToGovernment(d.maybe(d.random()::nextBoolean));
  }

  /** The attributes issue 10 added, drawn from the second source. */
  private Partnership extended10(Partnership p, Parties parties) {
    return Partnership.builder().from(p)
        .asOf(d.maybe(time::partialDate))
        .strands(strands(parties))
        .formsOfEngagement(p.formsOfEngagement().stream().map(typology::signed).collect(Collectors.toList()))
        .jobSkillLevels(d.maybe(typology::skillLevelRange))
        .workerSkillLevels(d.maybe(typology::skillLevelRange))
        .stakeholders(p.stakeholders().stream().map(s -> party.sided(s, parties.countries()))
            .collect(Collectors.toList()))
        .assessments(p.assessments().stream().map(evidence::withResults).collect(Collectors.toList()))
        .recognition(p.recognition().stream().map(r -> r.withSkillsPhases(d.enumSet(SkillsPhase.class)))
            .collect(Collectors.toList()))
        .training(p.training().stream().map(training::phased).collect(Collectors.toList()))
        .pathways(p.pathways().stream().map(pathways::withRules).collect(Collectors.toList()))
        .fundingSources(p.fundingSources().stream().map(f -> f.withSide(d.maybe(() -> d.oneOf(Side.class))))
            .collect(Collectors.toList()))
        .costs(p.costs().stream().map(funding::withPayments).collect(Collectors.toList()))
        .outcomes(d.listOf(3, () -> outcomes.outcome(parties.countries())))
        .changes(d.listOf(3, () -> time.datedChange(parties.countries())))
        .build();
  }

  /**
   * Up to three strands, each on a part of the partnership's origins and destinations, with its
   * own pathways, training and figures.
   */
  private List<Strand> strands(Parties parties) {
    int n = d.size(3);
    List<Strand> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Country> origins = someOf(parties.origins());
      List<Country> destinations = !d.complete && d.random().nextInt(5) == 0 ? List.of()
          : someOf(parties.destinations());
      List<Party> own = new ArrayList<>();
      origins.forEach(c -> own.add(Party.origin(c)));
      destinations.forEach(c -> own.add(Party.destination(c)));
      Parties strand = Parties.of(own);
      result.add(Strand.builder()
          .name("Strand " + (i + 1) + " " + d.pick(Text.WORDS))
          .origins(origins)
          .destinations(destinations)
          .implementer(d.maybe(() -> d.pick(Text.ORGANISATIONS)))
          .description(d.maybe(() -> d.sentence(3, 20)))
          .timeFrame(d.maybe(time::timeFrame))
          .sectors(d.setOf(2, codes::isicCode))
          .occupations(d.listOf(2, typology::occupation))
          .pathways(destinations.isEmpty() ? List.of()
              : d.listOf(2, () -> pathways.withRules(pathways.baseLegalPathway(d.pick(destinations)))))
          .training(d.listOf(2, () -> training.phased(training.baseTrainingComponent(strand))))
          .participants(d.listOf(2, () -> outcomes.participantFigure(strand.countries())))
          .build());
    }
    return result;
  }

  /** A non-empty part of {@code countries}, in their order. */
  private List<Country> someOf(List<Country> countries) {
    List<Country> result = new ArrayList<>();
    for (Country c : countries) {
      if (d.random().nextInt(3) > 0 && !result.contains(c)) {
        result.add(c);
      }
    }
    if (result.isEmpty()) {
      result.add(d.pick(countries));
    }
    return result;
  }

  /** The next {@code n} partnerships, in order. */
  public List<Partnership> next(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative (given: " + n + ")");
    }
    List<Partnership> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(next());
    }
    return result;
  }

  /** An infinite, lazy stream of partnerships, drawing on this generator as it is consumed. */
  public Stream<Partnership> stream() {
    return Stream.generate(this::next);
  }

  private String id() {
    if (d.hostile) {
      return d.hostileId();
    }
    return d.pick(Text.WORDS) + "-" + d.pick(Text.WORDS) + "-" + counter + "-"
        + Long.toString(d.random().nextLong(1L << 40), 36);
  }

  private String title() {
    if (d.hostile) {
      return d.hostileText(TextRule.SHORT);
    }
    return Draws.capitalise(d.pick(Text.WORDS)) + " " + d.pick(Text.TITLES) + " " + (1 + d.random().nextInt(999));
  }

  // --- code lists and values ------------------------------------------------------------------

  /** A country (from a fixed list of about a hundred, including Kosovo). */
  public Country country() {
    return codes.country();
  }

  /** An ISCO-08 group at any of its four levels. */
  public IscoCode iscoCode() {
    return codes.iscoCode();
  }

  /** An ISIC Rev.4 section or division. */
  public IsicCode isicCode() {
    return codes.isicCode();
  }

  /** An ISCED 2011 level. */
  public IscedLevel iscedLevel() {
    return codes.iscedLevel();
  }

  /** An EQF level. */
  public EqfLevel eqfLevel() {
    return codes.eqfLevel();
  }

  /** An SDG target. */
  public SdgTarget sdgTarget() {
    return codes.sdgTarget();
  }

  /** A Global Compact for Migration objective. */
  public GcmObjective gcmObjective() {
    return codes.gcmObjective();
  }

  /** A constant of {@code type}, each equally likely. */
  public <E extends Enum<E>> E oneOf(Class<E> type) {
    return d.oneOf(type);
  }

  /**
   * A non-negative amount of money in one of several currencies (with zero, two or three
   * decimals), at the currency's scale.
   */
  public Money money() {
    return funding.money();
  }

  /** A count of any form: exactly, at least, at most, about or between. */
  public Count count() {
    return outcomes.count();
  }

  /** A date known to the year, the month or the day, between 1990 and 2035. */
  public PartialDate partialDate() {
    return time.partialDate();
  }

  /** A day between 2000 and 2035. */
  public LocalDate localDate() {
    return time.localDate();
  }

  /** A time frame whose end, when given, does not lie before its start. */
  public TimeFrame timeFrame() {
    return time.timeFrame();
  }

  /** A range of skill levels, possibly a single level. */
  public SkillLevelRange skillLevelRange() {
    return typology.skillLevelRange();
  }

  // --- typology -------------------------------------------------------------------------------

  /** An occupation, with an ESCO URI and a title in the complete mode. */
  public Occupation occupation() {
    return typology.occupation();
  }

  /** A form of engagement with its signatories; {@code OTHER} always has a description. */
  public FormOfEngagement formOfEngagement() {
    return typology.formOfEngagement();
  }

  /** A flexibility provision. */
  public FlexibilityProvision flexibilityProvision() {
    return typology.flexibilityProvision();
  }

  // --- planning, evidence, development --------------------------------------------------------

  /** An objective linked to SDG targets and Global Compact objectives. */
  public Objective objective() {
    return evidence.objective();
  }

  /** An assessment (needs assessment, feasibility study, ...), with its author and results. */
  public Assessment assessment() {
    return evidence.assessment();
  }

  /** A data source. */
  public DataSource dataSource() {
    return evidence.dataSource();
  }

  /** A monitoring and evaluation framework. */
  public MonitoringFramework monitoringFramework() {
    return evidence.monitoringFramework();
  }

  /** An indicator. */
  public Indicator indicator() {
    return evidence.indicator();
  }

  /** A link to development in the origin. */
  public DevelopmentLink developmentLink() {
    return evidence.developmentLink();
  }

  // --- stakeholders and governance ------------------------------------------------------------

  /** A stakeholder, acting in a country, in several, on a side or internationally. */
  public Stakeholder stakeholder() {
    return party.stakeholder();
  }

  /** A governance structure whose lead and members are drawn from {@code stakeholderNames}. */
  public Governance governance(List<String> stakeholderNames) {
    return party.governance(stakeholderNames);
  }

  // --- recognition, training, social, pathways, procedures ------------------------------------

  /** A recognition arrangement. */
  public RecognitionArrangement recognitionArrangement() {
    return training.recognitionArrangement();
  }

  /** A training component, standing alone (its country is any country). */
  public TrainingComponent trainingComponent() {
    return training.trainingComponent();
  }

  /** A positive period of days, weeks (as days), months or years. */
  public Period period() {
    return training.period();
  }

  /** A qualification level given as EQF, ISCED and/or a national framework level. */
  public QualificationLevel qualificationLevel() {
    return training.qualificationLevel();
  }

  /** A social provision. */
  public SocialProvision socialProvision() {
    return pathways.socialProvision();
  }

  /** A legal pathway into {@code destination}, with its caps. */
  public LegalPathway legalPathway(Country destination) {
    return pathways.legalPathway(destination);
  }

  /** A cap on the number of workers. */
  public Cap cap() {
    return pathways.cap();
  }

  /** A procedure along the migration continuum. */
  public Procedure procedure() {
    return pathways.procedure();
  }

  /** An ethical-recruitment provision. */
  public RecruitmentProvision recruitmentProvision() {
    return pathways.recruitmentProvision();
  }

  // --- funding and costs ----------------------------------------------------------------------

  /** A funding source, with its side. */
  public FundingSource fundingSource() {
    return funding.fundingSource();
  }

  /** A financing mechanism. */
  public FinancingMechanism financingMechanism() {
    return funding.financingMechanism();
  }

  /** A cost item whose payer shares, when given, add up to exactly 100 %, with its payments. */
  public CostItem costItem() {
    return funding.costItem();
  }

  /** A payment: payer, side, country, mechanism, amount or share, threshold and due time. */
  public Payment payment() {
    return funding.payment();
  }

  /**
   * One to four shares of distinct payers adding up to exactly 100 %, in whole per cent or in
   * hundredths.
   */
  public List<PayerShare> payerShares() {
    return funding.payerShares();
  }

  // --- outcomes and sources -------------------------------------------------------------------

  /** A participant figure with a planned or an actual value (both in the complete mode). */
  public ParticipantFigure participantFigure() {
    return outcomes.participantFigure(CodeParts.COUNTRIES);
  }

  /** An outcome: a count, a share or an amount (all three in the complete mode). */
  public Outcome outcome() {
    return outcomes.outcome();
  }

  /** A dated change; a party joining or leaving names a country. */
  public DatedChange datedChange() {
    return time.datedChange();
  }

  /** A citation with the given key. */
  public Citation citation(String key) {
    return Citation.builder()
        .key(key)
        .title(Draws.cut(d.sentence(3, 12), 500))
        .publisher(d.maybe(() -> d.pick(Text.ORGANISATIONS)))
        .published(d.maybe(time::partialDate))
        .url(d.maybe(() -> d.hostile ? d.hostileUri(TextRule.URL, "https://")
            : "https://example.org/" + d.pick(Text.WORDS) + "/" + d.hex(6)))
        .accessed(d.maybe(time::localDate))
        .supports(d.maybe(() -> d.sentence(2, 10)))
        .build();
  }

  private List<Citation> citations() {
    int n = d.size(3);
    List<Citation> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(citation(d.pick(Text.WORDS) + "-" + (2000 + d.random().nextInt(30)) + "-" + (i + 1)));
    }
    return result;
  }

  @Override
  public String toString() {
    return reproduction();
  }
}
