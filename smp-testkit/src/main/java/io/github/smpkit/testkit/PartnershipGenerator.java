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
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.continuum.SkillsPhase;
import io.github.smpkit.core.development.DevelopmentLink;
import io.github.smpkit.core.development.DevelopmentLinkKind;
import io.github.smpkit.core.evidence.Assessment;
import io.github.smpkit.core.evidence.AssessmentKind;
import io.github.smpkit.core.evidence.AssessmentScope;
import io.github.smpkit.core.evidence.DataSource;
import io.github.smpkit.core.evidence.DataSourceKind;
import io.github.smpkit.core.evidence.EvaluationKind;
import io.github.smpkit.core.evidence.ImpactCategory;
import io.github.smpkit.core.evidence.Indicator;
import io.github.smpkit.core.evidence.MeasurementPoint;
import io.github.smpkit.core.evidence.MonitoringFramework;
import io.github.smpkit.core.funding.CostBasis;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.FinancingMechanism;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.MechanismKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.funding.Payment;
import io.github.smpkit.core.funding.PaymentMechanism;
import io.github.smpkit.core.governance.Governance;
import io.github.smpkit.core.governance.GovernanceBody;
import io.github.smpkit.core.governance.GovernanceLayer;
import io.github.smpkit.core.governance.WorkingGroup;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.Outcome;
import io.github.smpkit.core.outcome.OutcomeKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.PartyRole;
import io.github.smpkit.core.party.PhasedRole;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.pathway.Cap;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.planning.Beneficiary;
import io.github.smpkit.core.planning.Horizon;
import io.github.smpkit.core.planning.Objective;
import io.github.smpkit.core.recognition.RecognitionArrangement;
import io.github.smpkit.core.recognition.RecognitionDirection;
import io.github.smpkit.core.recognition.RecognitionMechanism;
import io.github.smpkit.core.recruitment.RecruitmentProvision;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.social.SocialProvision;
import io.github.smpkit.core.social.SocialProvisionKind;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.time.ChangeKind;
import io.github.smpkit.core.time.DatedChange;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.training.ProviderType;
import io.github.smpkit.core.training.QualificationLevel;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.training.TrainingModality;
import io.github.smpkit.core.training.TrainingTiming;
import io.github.smpkit.core.typology.AgreementScope;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FlexibilityAspect;
import io.github.smpkit.core.typology.FlexibilityProvision;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.MobilityMode;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.PartnershipModel;
import io.github.smpkit.core.typology.SignatoryLevel;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Supplier;
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
 * <p>A generator is mutable and not thread-safe: give each thread its own, with its own seed.
 * To run a check over many partnerships and get a one-line reproduction of a failure, use
 * {@link Property}.
 */
public final class PartnershipGenerator {

  /**
   * Countries the generator draws from: a fixed list, so that a seed means the same on every JDK
   * (the JDK's own ISO 3166 list changes between releases). It covers the regions where SMPs
   * run, and Kosovo.
   */
  private static final List<Country> COUNTRIES = Stream.of(
      "AL", "AM", "AT", "AU", "AZ", "BA", "BD", "BE", "BF", "BG", "BJ", "BR", "BY", "CA", "CH", "CI", "CL", "CM",
      "CN", "CO", "CZ", "DE", "DK", "DZ", "EC", "EE", "EG", "ES", "ET", "FI", "FJ", "FR", "GB", "GE", "GH", "GM",
      "GN", "GR", "GT", "HN", "HR", "HU", "ID", "IE", "IN", "IT", "JO", "JP", "KE", "KG", "KH", "KR", "KW", "KZ",
      "LB", "LK", "LT", "LU", "LV", "MA", "MD", "ME", "MK", "ML", "MX", "MY", "NG", "NL", "NO", "NP", "NZ", "PH",
      "PK", "PL", "PT", "QA", "RO", "RS", "RW", "SA", "SE", "SG", "SI", "SK", "SN", "SV", "TH", "TJ", "TN", "TO",
      "TR", "UA", "UG", "US", "UZ", "VN", "WS", "XK", "ZA", "ZM", "ZW")
      .map(Country::of).collect(Collectors.toUnmodifiableList());

  /** Currencies with zero, two and three decimals. */
  private static final List<Currency> CURRENCIES = Stream.of(
      "EUR", "USD", "GBP", "CHF", "JPY", "KRW", "NGN", "MAD", "TND", "PHP", "KWD", "BHD", "AUD", "CAD", "INR")
      .map(Currency::getInstance).collect(Collectors.toUnmodifiableList());

  private final long seed;
  private final boolean complete;
  /** The source of the values the model had in release 0.1: a seed keeps meaning what it meant. */
  private final SplittableRandom first;
  /**
   * The source of the values of attributes added since (strands, payments, caps, outcomes, ...),
   * drawn after the rest of each partnership, so that they do not shift the first source.
   */
  private final SplittableRandom later;
  /** The source in use: {@link #first}, or {@link #later} while {@link #later(Supplier)} runs. */
  private SplittableRandom random;
  private final boolean hostile;
  private long counter;

  private PartnershipGenerator(long seed, boolean complete, boolean hostile) {
    this.seed = seed;
    this.complete = complete;
    this.hostile = hostile;
    this.first = new SplittableRandom(seed);
    this.later = new SplittableRandom(seed).split();
    this.random = first;
  }

  /** Runs {@code draws} on the second source (see {@link #later}). */
  private <T> T later(Supplier<T> draws) {
    SplittableRandom saved = random;
    random = later;
    try {
      return draws.get();
    } finally {
      random = saved;
    }
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
    return new PartnershipGenerator(seed, true, hostile);
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
    return new PartnershipGenerator(seed, complete, true);
  }

  /** Whether this generator is in the hostile mode (see {@link #hostile()}). */
  public boolean isHostile() {
    return hostile;
  }

  /** The seed this generator started from. */
  public long seed() {
    return seed;
  }

  /** Whether this generator is in the complete mode (see {@link #complete()}). */
  public boolean isComplete() {
    return complete;
  }

  /**
   * The Java expression that creates a generator in this one's initial state, for example
   * {@code PartnershipGenerator.withSeed(42L)} or {@code PartnershipGenerator.withSeed(42L).complete()}.
   */
  public String reproduction() {
    return "PartnershipGenerator.withSeed(" + seed + "L)" + (complete ? ".complete()" : "")
        + (hostile ? ".hostile()" : "");
  }

  // --- partnerships ---------------------------------------------------------------------------

  /** The next partnership. */
  public Partnership next() {
    counter++;
    Parties parties = parties();
    List<Stakeholder> stakeholders = stakeholders(parties);
    List<String> names = stakeholders.stream().map(Stakeholder::name).collect(Collectors.toList());
    Partnership.Builder b = Partnership.builder()
        .id(id())
        .title(title())
        .summary(maybe(() -> sentence(3, 20)))
        .status(oneOf(PartnershipStatus.class))
        .models(enumSet(PartnershipModel.class))
        .parties(parties.list)
        .formsOfEngagement(listOf(3, this::baseFormOfEngagement))
        .migrationTypes(enumSet(MigrationType.class))
        .mobilityModes(enumSet(MobilityMode.class))
        .timeFrame(maybe(this::timeFrame))
        .skillLevels(maybe(this::skillLevelRange))
        .sectors(setOf(3, this::isicCode))
        .occupations(listOf(3, this::occupation))
        .flexibility(listOf(3, this::flexibilityProvision))
        .objectives(listOf(3, this::objective))
        .stakeholders(stakeholders)
        .governance(maybe(() -> governance(names)))
        .assessments(listOf(3, this::baseAssessment))
        .dataSources(listOf(3, this::dataSource))
        .monitoring(maybe(this::monitoringFramework))
        .developmentLinks(listOf(3, this::developmentLink))
        .recognition(listOf(2, () -> recognitionArrangement(parties.countries())))
        .training(listOf(3, () -> baseTrainingComponent(parties)))
        .socialProvisions(listOf(4, this::socialProvision))
        .pathways(listOf(3, () -> baseLegalPathway(pick(parties.destinations()))))
        .procedures(listOf(4, this::procedure))
        .fundingSources(listOf(3, () -> fundingSource(parties.countries())))
        .financingMechanisms(listOf(2, this::financingMechanism))
        .costs(listOf(5, this::baseCostItem))
        .sustainabilityPlan(maybe(() -> sentence(4, 30)))
        .recruitmentProvisions(listOf(4, this::recruitmentProvision))
        .participants(withinTotals(listOf(4, () -> participantFigure(parties.countries()))))
        .citations(citations())
        .notes(maybe(() -> sentence(3, 20)));
    if (parties.scope != null) {
      b.scope(parties.scope);
    }
    Partnership p = b.build();
    return later(() -> extended(p, parties));
  }

  /** Adds the attributes that came after release 0.1, drawn from the second source. */
  private Partnership extended(Partnership p, Parties parties) {
    return Partnership.builder().from(p)
        .asOf(maybe(this::partialDate))
        .strands(strands(parties))
        .formsOfEngagement(p.formsOfEngagement().stream().map(this::signed).collect(Collectors.toList()))
        .jobSkillLevels(maybe(this::skillLevelRange))
        .workerSkillLevels(maybe(this::skillLevelRange))
        .stakeholders(p.stakeholders().stream().map(s -> sided(s, parties)).collect(Collectors.toList()))
        .assessments(p.assessments().stream().map(this::withResults).collect(Collectors.toList()))
        .recognition(p.recognition().stream().map(r -> r.withSkillsPhases(enumSet(SkillsPhase.class)))
            .collect(Collectors.toList()))
        .training(p.training().stream().map(this::phased).collect(Collectors.toList()))
        .pathways(p.pathways().stream().map(this::withRules).collect(Collectors.toList()))
        .fundingSources(p.fundingSources().stream().map(f -> f.withSide(maybe(() -> oneOf(Side.class))))
            .collect(Collectors.toList()))
        .costs(p.costs().stream().map(this::withPayments).collect(Collectors.toList()))
        .outcomes(listOf(3, () -> outcome(parties.countries())))
        .changes(listOf(3, () -> datedChange(parties.countries())))
        .build();
  }

  /**
   * Up to three strands, each on a part of the partnership's origins and destinations, with its
   * own pathways, training and figures.
   */
  private List<Strand> strands(Parties parties) {
    int n = size(3);
    List<Strand> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Country> origins = someOf(parties.origins());
      List<Country> destinations = !complete && random.nextInt(5) == 0 ? List.of() : someOf(parties.destinations());
      List<Party> own = new ArrayList<>();
      origins.forEach(c -> own.add(Party.origin(c)));
      destinations.forEach(c -> own.add(Party.destination(c)));
      Parties strand = new Parties(own, null);
      result.add(Strand.builder()
          .name("Strand " + (i + 1) + " " + pick(Text.WORDS))
          .origins(origins)
          .destinations(destinations)
          .implementer(maybe(() -> pick(Text.ORGANISATIONS)))
          .description(maybe(() -> sentence(3, 20)))
          .timeFrame(maybe(this::timeFrame))
          .sectors(setOf(2, this::isicCode))
          .occupations(listOf(2, this::occupation))
          .pathways(destinations.isEmpty() ? List.of()
              : listOf(2, () -> withRules(baseLegalPathway(pick(destinations)))))
          .training(listOf(2, () -> phased(baseTrainingComponent(strand))))
          .participants(listOf(2, () -> participantFigure(strand.countries())))
          .build());
    }
    return result;
  }

  /** A non-empty part of {@code countries}, in their order. */
  private List<Country> someOf(List<Country> countries) {
    List<Country> result = new ArrayList<>();
    for (Country c : countries) {
      if (random.nextInt(3) > 0 && !result.contains(c)) {
        result.add(c);
      }
    }
    if (result.isEmpty()) {
      result.add(pick(countries));
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

  // --- code lists and values ------------------------------------------------------------------

  /** A country (from a fixed list of about a hundred, including Kosovo). */
  public Country country() {
    return pick(COUNTRIES);
  }

  /** An ISCO-08 group at any of its four levels. */
  public IscoCode iscoCode() {
    return pick(IscoCode.list().all());
  }

  /** An ISIC Rev.4 section or division. */
  public IsicCode isicCode() {
    return pick(IsicCode.list().all());
  }

  /** An ISCED 2011 level. */
  public IscedLevel iscedLevel() {
    return pick(IscedLevel.list().all());
  }

  /** An EQF level. */
  public EqfLevel eqfLevel() {
    return pick(EqfLevel.list().all());
  }

  /** An SDG target. */
  public SdgTarget sdgTarget() {
    return pick(SdgTarget.list().all());
  }

  /** A Global Compact for Migration objective. */
  public GcmObjective gcmObjective() {
    return pick(GcmObjective.list().all());
  }

  /** A constant of {@code type}, each equally likely. */
  public <E extends Enum<E>> E oneOf(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return constants[random.nextInt(constants.length)];
  }

  /**
   * A non-negative amount of money in one of several currencies (with zero, two or three
   * decimals), at the currency's scale.
   */
  public Money money() {
    if (hostile) {
      return hostileMoney();
    }
    Currency currency = pick(CURRENCIES);
    int digits = currency.getDefaultFractionDigits();
    long units = random.nextInt(4) == 0 ? random.nextLong(1_000) : random.nextLong(50_000_000);
    long minor = 1;
    for (int i = 0; i < digits; i++) {
      minor *= 10;
    }
    long fraction = random.nextBoolean() ? 0 : random.nextLong(minor);
    return Money.of(currency, BigDecimal.valueOf(units * minor + fraction, digits));
  }

  /** A count of any form: exactly, at least, at most, about or between. */
  public Count count() {
    if (hostile && random.nextInt(3) == 0) {
      return hostileCount();
    }
    long n = random.nextInt(3) == 0 ? random.nextLong(50) : random.nextLong(5_000);
    switch (random.nextInt(5)) {
      case 0:
        return Count.exactly(n);
      case 1:
        return Count.atLeast(n);
      case 2:
        return Count.atMost(n);
      case 3:
        return Count.about(n);
      default:
        return Count.between(n, n + random.nextLong(1_000));
    }
  }

  /** A date known to the year, the month or the day, between 1990 and 2035. */
  public PartialDate partialDate() {
    if (hostile && random.nextInt(4) == 0) {
      return partialDate(random.nextBoolean() ? 1 + random.nextInt(9999) : random.nextBoolean() ? 1 : 9999);
    }
    return partialDate(1990 + random.nextInt(46));
  }

  private PartialDate partialDate(int year) {
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + random.nextInt(12));
      default:
        return PartialDate.of(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)));
    }
  }

  /** A day between 2000 and 2035. */
  public LocalDate localDate() {
    return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(36 * 365));
  }

  /** A time frame whose end, when given, does not lie before its start. */
  public TimeFrame timeFrame() {
    int startYear = 1995 + random.nextInt(36);
    int endYear = startYear + random.nextInt(7);
    Optional<PartialDate> start = maybe(() -> partialDate(startYear));
    Optional<PartialDate> end = maybe(() -> endYear == startYear ? PartialDate.ofYear(endYear) : partialDate(endYear));
    return TimeFrame.builder().start(start).end(end)
        .fundingCycleMonths(maybe(() -> 6 * (1 + random.nextInt(12)))).build();
  }

  /** A range of skill levels, possibly a single level. */
  public SkillLevelRange skillLevelRange() {
    SkillLevel a = oneOf(SkillLevel.class);
    SkillLevel b = oneOf(SkillLevel.class);
    return a.compareTo(b) <= 0 ? SkillLevelRange.of(a, b) : SkillLevelRange.of(b, a);
  }

  // --- typology -------------------------------------------------------------------------------

  /** An occupation, with an ESCO URI and a title in the complete mode. */
  public Occupation occupation() {
    IscoCode isco = iscoCode();
    return Occupation.builder().isco(isco)
        .escoUri(maybe(() -> hostile ? hostileUri(TextRule.ESCO_URI, "http://data.europa.eu/esco/")
            : "http://data.europa.eu/esco/occupation/" + hex(8) + "-" + hex(4) + "-" + hex(4)))
        .title(maybe(() -> cut(isco.title(), 300)))
        .build();
  }

  /** A form of engagement with its signatories; {@code OTHER} always has a description. */
  public FormOfEngagement formOfEngagement() {
    FormOfEngagement base = baseFormOfEngagement();
    return later(() -> signed(base));
  }

  private FormOfEngagement signed(FormOfEngagement form) {
    Optional<SignatoryLevel> level = maybe(() -> oneOf(SignatoryLevel.class));
    Optional<String> description = form.description().isPresent() || !level.equals(Optional.of(SignatoryLevel.OTHER))
        ? form.description() : Optional.of(sentence(2, 12));
    return FormOfEngagement.builder().from(form)
        .description(description)
        .signatoryLevel(level)
        .signatories(listOf(2, () -> pick(Text.ORGANISATIONS) + " " + (1 + random.nextInt(99))))
        .published(maybe(random::nextBoolean))
        .url(maybe(() -> "https://example.org/" + pick(Text.WORDS) + "/" + hex(6)))
        .build();
  }

  private FormOfEngagement baseFormOfEngagement() {
    EngagementForm form = oneOf(EngagementForm.class);
    return FormOfEngagement.builder().form(form).description(described(form))
        .concluded(maybe(this::partialDate)).build();
  }

  /** A flexibility provision. */
  public FlexibilityProvision flexibilityProvision() {
    FlexibilityAspect aspect = oneOf(FlexibilityAspect.class);
    return FlexibilityProvision.builder().aspect(aspect).description(described(aspect)).build();
  }

  // --- planning, evidence, development --------------------------------------------------------

  /** An objective linked to SDG targets and Global Compact objectives. */
  public Objective objective() {
    return Objective.builder()
        .statement(sentence(4, 25))
        .horizon(maybe(() -> oneOf(Horizon.class)))
        .beneficiaries(enumSet(Beneficiary.class))
        .sdgTargets(setOf(3, this::sdgTarget))
        .gcmObjectives(setOf(3, this::gcmObjective))
        .published(maybe(random::nextBoolean))
        .build();
  }

  /** An assessment (needs assessment, feasibility study, ...), with its author and results. */
  public Assessment assessment() {
    Assessment base = baseAssessment();
    return later(() -> withResults(base));
  }

  /** The kinds of release 0.1, drawn from the first source; the others are reached in {@link #withResults}. */
  private static final List<AssessmentKind> FIRST_KINDS = List.of(AssessmentKind.LABOUR_MARKET_NEEDS,
      AssessmentKind.SKILLS_NEEDS, AssessmentKind.FEASIBILITY, AssessmentKind.GENDER_ANALYSIS,
      AssessmentKind.COST_BENEFIT, AssessmentKind.OTHER);
  private static final List<AssessmentKind> LATER_KINDS = List.of(AssessmentKind.LEGAL_INSTITUTIONAL,
      AssessmentKind.CAPACITY_MAPPING, AssessmentKind.DIASPORA_MAPPING, AssessmentKind.ASPIRATIONS);

  private Assessment withResults(Assessment a) {
    AssessmentKind kind = a.kind() != AssessmentKind.OTHER && random.nextInt(3) == 0 ? pick(LATER_KINDS) : a.kind();
    return Assessment.builder().from(a)
        .kind(kind)
        .author(maybe(() -> pick(Text.ORGANISATIONS)))
        .findings(maybe(() -> sentence(4, 25)))
        .benefitCostRatio(maybe(() -> BigDecimal.valueOf(1 + random.nextInt(500), 2)))
        .build();
  }

  private Assessment baseAssessment() {
    AssessmentKind kind = pick(FIRST_KINDS);
    return Assessment.builder().kind(kind).scope(oneOf(AssessmentScope.class)).description(described(kind))
        .completed(maybe(this::partialDate)).build();
  }

  /** A data source. */
  public DataSource dataSource() {
    DataSourceKind kind = oneOf(DataSourceKind.class);
    return DataSource.builder().kind(kind).description(described(kind)).build();
  }

  /** A monitoring and evaluation framework. */
  public MonitoringFramework monitoringFramework() {
    return MonitoringFramework.builder()
        .indicators(listOf(4, this::indicator))
        .evaluations(enumSet(EvaluationKind.class))
        .build();
  }

  /** An indicator. */
  public Indicator indicator() {
    return Indicator.builder().name(cut(sentence(2, 8), 500)).category(oneOf(ImpactCategory.class))
        .measurementPoints(enumSet(MeasurementPoint.class)).sexDisaggregated(maybe(random::nextBoolean)).build();
  }

  /** A link to development in the origin. */
  public DevelopmentLink developmentLink() {
    DevelopmentLinkKind kind = oneOf(DevelopmentLinkKind.class);
    return DevelopmentLink.builder().kind(kind).description(described(kind)).build();
  }

  // --- stakeholders and governance ------------------------------------------------------------

  /** A stakeholder, acting in a country, in several, on a side or internationally. */
  public Stakeholder stakeholder() {
    Stakeholder base = stakeholder("Stakeholder " + (1 + random.nextInt(1000)), Optional.empty());
    return later(() -> sided(base, null));
  }

  private Stakeholder sided(Stakeholder s, Parties parties) {
    List<Country> pool = parties == null ? COUNTRIES : parties.countries();
    return Stakeholder.builder().from(s)
        .side(maybe(() -> oneOf(Side.class)))
        .countries(setOf(3, () -> pick(pool)))
        .phasedRoles(listOf(2, () -> PhasedRole.of(oneOf(StakeholderRole.class), phases())))
        .build();
  }

  private Set<MigrationPhase> phases() {
    Set<MigrationPhase> phases = enumSet(MigrationPhase.class);
    return phases.isEmpty() ? Set.of(oneOf(MigrationPhase.class)) : phases;
  }

  private Stakeholder stakeholder(String name, Optional<Country> preferred) {
    StakeholderType type = oneOf(StakeholderType.class);
    Set<StakeholderRole> roles = enumSet(StakeholderRole.class);
    boolean other = type == StakeholderType.OTHER || roles.contains(StakeholderRole.OTHER);
    Optional<String> description = other ? Optional.of(sentence(3, 15)) : maybe(() -> sentence(3, 15));
    return Stakeholder.builder()
        .name(name)
        .type(type)
        .country(maybe(() -> preferred.isPresent() && random.nextInt(4) > 0 ? preferred.get() : country()))
        .roles(roles)
        .migrationPhases(enumSet(MigrationPhase.class))
        .skillsPhases(enumSet(SkillsPhase.class))
        .description(description)
        .build();
  }

  private List<Stakeholder> stakeholders(Parties parties) {
    int n = size(5);
    List<Stakeholder> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name = pick(Text.ORGANISATIONS) + " " + (i + 1);
      result.add(stakeholder(name, Optional.of(pick(parties.countries()))));
    }
    return result;
  }

  /** A governance structure whose lead and members are drawn from {@code stakeholderNames}. */
  public Governance governance(List<String> stakeholderNames) {
    boolean named = !stakeholderNames.isEmpty();
    return Governance.builder()
        .lead(named ? maybe(() -> pick(stakeholderNames)) : Optional.empty())
        .bodies(listOf(3, () -> GovernanceBody.builder()
            .name(pick(Text.BODIES) + " " + (1 + random.nextInt(9)))
            .layer(oneOf(GovernanceLayer.class))
            .members(named ? setOf(3, () -> pick(stakeholderNames)) : Set.of())
            .build()))
        .workingGroups(listOf(2, () -> WorkingGroup.builder()
            .name("Working group on " + pick(Text.WORDS))
            .topic(maybe(() -> sentence(2, 10)))
            .members(named ? setOf(3, () -> pick(stakeholderNames)) : Set.of())
            .build()))
        .build();
  }

  // --- recognition, training, social, pathways, procedures ------------------------------------

  /** A recognition arrangement. */
  public RecognitionArrangement recognitionArrangement() {
    RecognitionArrangement base = recognitionArrangement(List.of(country(), country()));
    return later(() -> base.withSkillsPhases(enumSet(SkillsPhase.class)));
  }

  private RecognitionArrangement recognitionArrangement(List<Country> countries) {
    RecognitionMechanism mechanism = oneOf(RecognitionMechanism.class);
    return RecognitionArrangement.builder()
        .mechanism(mechanism)
        .direction(maybe(() -> oneOf(RecognitionDirection.class)))
        .countries(setOf(2, () -> pick(countries)))
        .occupations(setOf(3, this::iscoCode))
        .regulatedProfession(maybe(random::nextBoolean))
        .description(described(mechanism))
        .build();
  }

  /** A training component, standing alone (its country is any country). */
  public TrainingComponent trainingComponent() {
    TrainingComponent base = baseTrainingComponent();
    return later(() -> phased(base));
  }

  private TrainingComponent phased(TrainingComponent t) {
    return t.withSkillsPhases(enumSet(SkillsPhase.class));
  }

  private TrainingComponent baseTrainingComponent() {
    Country origin = country();
    Country destination = country();
    while (destination.equals(origin)) {
      destination = country();
    }
    return baseTrainingComponent(new Parties(List.of(Party.origin(origin), Party.destination(destination)), null));
  }

  private TrainingComponent baseTrainingComponent(Parties parties) {
    TrainingLocation location = oneOf(TrainingLocation.class);
    List<Country> candidates = location == TrainingLocation.ORIGIN ? parties.origins()
        : location == TrainingLocation.DESTINATION ? parties.destinations() : COUNTRIES;
    Set<TrainingContent> contents = enumSet(TrainingContent.class);
    return TrainingComponent.builder()
        .name(pick(Text.TRAINING) + " " + (1 + random.nextInt(99)))
        .location(location)
        .country(candidates.isEmpty() ? Optional.empty() : maybe(() -> pick(candidates)))
        .provider(maybe(() -> oneOf(ProviderType.class)))
        .providerName(maybe(() -> pick(Text.ORGANISATIONS) + " " + (1 + random.nextInt(99))))
        .contents(contents)
        .otherContent(contents.contains(TrainingContent.OTHER) ? Optional.of(sentence(2, 10))
            : maybe(() -> sentence(2, 10)))
        .modality(maybe(() -> oneOf(TrainingModality.class)))
        .timings(enumSet(TrainingTiming.class))
        .duration(maybe(this::period))
        .qualification(maybe(this::qualificationLevel))
        .track(oneOf(Track.class))
        .curriculumCoDesigners(enumSet(StakeholderType.class))
        .genderResponsive(maybe(random::nextBoolean))
        .build();
  }

  /** A positive period of days, weeks (as days), months or years. */
  public Period period() {
    switch (random.nextInt(3)) {
      case 0:
        return Period.ofDays(7 * (1 + random.nextInt(20)));
      case 1:
        return Period.ofMonths(1 + random.nextInt(36));
      default:
        return Period.of(1 + random.nextInt(3), random.nextInt(12), 0);
    }
  }

  /** A qualification level given as EQF, ISCED and/or a national framework level. */
  public QualificationLevel qualificationLevel() {
    Optional<EqfLevel> eqf = maybe(this::eqfLevel);
    Optional<IscedLevel> isced = maybe(this::iscedLevel);
    Optional<String> framework = maybe(() -> pick(Text.FRAMEWORKS));
    Optional<String> level = framework.isPresent() ? maybe(() -> "Level " + (1 + random.nextInt(10)))
        : Optional.empty();
    if (eqf.isEmpty() && isced.isEmpty() && level.isEmpty()) {
      eqf = Optional.of(eqfLevel());
    }
    return QualificationLevel.builder().eqf(eqf).isced(isced).nationalFramework(framework).nationalLevel(level)
        .build();
  }

  /** A social provision. */
  public SocialProvision socialProvision() {
    SocialProvisionKind kind = oneOf(SocialProvisionKind.class);
    return SocialProvision.builder().kind(kind).description(described(kind)).build();
  }

  /** A legal pathway into {@code destination}, with its caps. */
  public LegalPathway legalPathway(Country destination) {
    LegalPathway base = baseLegalPathway(destination);
    return later(() -> withRules(base));
  }

  private LegalPathway withRules(LegalPathway pathway) {
    return LegalPathway.builder().from(pathway)
        .labourMarketTest(maybe(random::nextBoolean))
        .registeredEmployers(maybe(random::nextBoolean))
        .multipleEntry(maybe(random::nextBoolean))
        .caps(listOf(2, this::cap))
        .build();
  }

  /** A cap on the number of workers. */
  public Cap cap() {
    return Cap.builder()
        .limit(count())
        .periodMonths(maybe(() -> pick(List.of(6, 12, 12, 60))))
        .side(maybe(() -> oneOf(Side.class)))
        .since(maybe(this::partialDate))
        .description(maybe(() -> sentence(2, 12)))
        .build();
  }

  private LegalPathway baseLegalPathway(Country destination) {
    Optional<Boolean> tied = maybe(random::nextBoolean);
    Optional<Boolean> change = maybe(random::nextBoolean);
    if (tied.equals(Optional.of(false)) && change.equals(Optional.of(false))) {
      change = Optional.of(true);
    }
    return LegalPathway.builder()
        .destination(destination)
        .permitCategory(pick(Text.PERMITS))
        .employerTied(tied)
        .changeOfEmployerAllowed(change)
        .jobSearchVisa(maybe(random::nextBoolean))
        .renewable(maybe(random::nextBoolean))
        .routeToLongTermResidence(maybe(random::nextBoolean))
        .fastTrack(maybe(random::nextBoolean))
        .processingDays(maybe(() -> random.nextInt(366)))
        .description(maybe(() -> sentence(3, 20)))
        .build();
  }

  /** A procedure along the migration continuum. */
  public Procedure procedure() {
    ProcedureKind kind = oneOf(ProcedureKind.class);
    return Procedure.builder().phase(oneOf(MigrationPhase.class)).kind(kind)
        .responsible(maybe(() -> pick(Text.ORGANISATIONS)))
        .description(described(kind)).build();
  }

  /** An ethical-recruitment provision. */
  public RecruitmentProvision recruitmentProvision() {
    RecruitmentSafeguard safeguard = oneOf(RecruitmentSafeguard.class);
    return RecruitmentProvision.builder().safeguard(safeguard).description(described(safeguard)).build();
  }

  // --- funding and costs ----------------------------------------------------------------------

  /** A funding source, with its side. */
  public FundingSource fundingSource() {
    FundingSource base = fundingSource(COUNTRIES);
    return later(() -> base.withSide(maybe(() -> oneOf(Side.class))));
  }

  private FundingSource fundingSource(List<Country> countries) {
    return FundingSource.builder()
        .name(pick(Text.FUNDERS) + " " + (1 + random.nextInt(99)))
        .type(oneOf(Payer.class))
        .country(maybe(() -> pick(countries)))
        .amount(maybe(this::money))
        .build();
  }

  /** A financing mechanism. */
  public FinancingMechanism financingMechanism() {
    MechanismKind kind = oneOf(MechanismKind.class);
    return FinancingMechanism.builder().kind(kind).description(described(kind)).build();
  }

  /** A cost item whose payer shares, when given, add up to exactly 100 %, with its payments. */
  public CostItem costItem() {
    CostItem base = baseCostItem();
    return later(() -> withPayments(base));
  }

  private CostItem withPayments(CostItem item) {
    return item.withPayments(listOf(3, this::payment));
  }

  /** A payment: payer, side, country, mechanism, amount or share, threshold and due time. */
  public Payment payment() {
    Payer payer = oneOf(Payer.class);
    Optional<PaymentMechanism> mechanism = maybe(() -> oneOf(PaymentMechanism.class));
    boolean other = payer == Payer.OTHER || mechanism.equals(Optional.of(PaymentMechanism.OTHER));
    return Payment.builder()
        .payer(payer)
        .side(maybe(() -> oneOf(Side.class)))
        .country(maybe(this::country))
        .mechanism(mechanism)
        .amount(maybe(this::money))
        .percent(maybe(() -> BigDecimal.valueOf(1 + random.nextInt(10_000), 2)))
        .above(maybe(this::money))
        .due(maybe(() -> oneOf(MigrationPhase.class)))
        .description(other ? Optional.of(sentence(2, 12)) : maybe(() -> sentence(2, 12)))
        .build();
  }

  private CostItem baseCostItem() {
    CostItemKind item = oneOf(CostItemKind.class);
    return CostItem.builder()
        .item(item)
        .description(described(item))
        .basis(maybe(() -> oneOf(CostBasis.class)))
        .amount(maybe(this::money))
        .shares(complete || random.nextBoolean() ? payerShares() : List.of())
        .build();
  }

  /**
   * One to four shares of distinct payers adding up to exactly 100 %, in whole per cent or in
   * hundredths.
   */
  public List<PayerShare> payerShares() {
    if (hostile) {
      return hostileShares();
    }
    int n = 1 + random.nextInt(4);
    List<Payer> payers = new ArrayList<>(EnumSet.allOf(Payer.class));
    List<Payer> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      chosen.add(payers.remove(random.nextInt(payers.size())));
    }
    boolean hundredths = random.nextInt(3) == 0;
    int scale = hundredths ? 2 : 0;
    int total = hundredths ? 10_000 : 100;
    TreeSet<Integer> cuts = new TreeSet<>();
    while (cuts.size() < n - 1) {
      cuts.add(1 + random.nextInt(total - 1));
    }
    List<PayerShare> shares = new ArrayList<>(n);
    int previous = 0;
    int i = 0;
    for (int cut : cuts) {
      shares.add(PayerShare.of(chosen.get(i++), BigDecimal.valueOf(cut - previous, scale)));
      previous = cut;
    }
    shares.add(PayerShare.of(chosen.get(i), BigDecimal.valueOf(total - previous, scale)));
    return shares;
  }

  // --- outcomes and sources -------------------------------------------------------------------

  /** A participant figure with a planned or an actual value (both in the complete mode). */
  public ParticipantFigure participantFigure() {
    return participantFigure(COUNTRIES);
  }

  private ParticipantFigure participantFigure(List<Country> countries) {
    FigureKind kind = oneOf(FigureKind.class);
    Optional<Count> planned = maybe(this::count);
    Optional<Count> actual = maybe(this::count);
    if (planned.isEmpty() && actual.isEmpty()) {
      actual = Optional.of(count());
    }
    return ParticipantFigure.builder()
        .kind(kind)
        .planned(planned)
        .actual(actual)
        .womenOnly(random.nextInt(4) == 0)
        .track(maybe(() -> oneOf(Track.class)))
        .country(maybe(() -> pick(countries)))
        .asOf(maybe(this::partialDate))
        .description(described(kind))
        .build();
  }

  /** An outcome: a count, a share or an amount (all three in the complete mode). */
  public Outcome outcome() {
    return later(() -> outcome(COUNTRIES));
  }

  private Outcome outcome(List<Country> countries) {
    OutcomeKind kind = oneOf(OutcomeKind.class);
    Optional<Count> count = maybe(this::count);
    Optional<BigDecimal> percent = maybe(() -> BigDecimal.valueOf(random.nextInt(10_001), 2));
    Optional<Money> amount = maybe(this::money);
    if (count.isEmpty() && percent.isEmpty() && amount.isEmpty()) {
      count = Optional.of(count());
    }
    return Outcome.builder()
        .kind(kind)
        .count(count)
        .percent(percent)
        .amount(amount)
        .skillsPhase(maybe(() -> oneOf(SkillsPhase.class)))
        .track(maybe(() -> oneOf(Track.class)))
        .country(maybe(() -> pick(countries)))
        .asOf(maybe(this::partialDate))
        .description(described(kind))
        .build();
  }

  /** A dated change; a party joining or leaving names a country. */
  public DatedChange datedChange() {
    return later(() -> datedChange(COUNTRIES));
  }

  private DatedChange datedChange(List<Country> countries) {
    ChangeKind kind = oneOf(ChangeKind.class);
    boolean party = kind == ChangeKind.PARTY_JOINED || kind == ChangeKind.PARTY_LEFT;
    return DatedChange.builder()
        .date(partialDate())
        .kind(kind)
        .country(party ? Optional.of(pick(countries)) : maybe(() -> pick(countries)))
        .description(sentence(3, 20))
        .build();
  }

  /**
   * Keeps the figures consistent: a women-only figure whose count could exceed its total
   * figure's upper bound (same kind, track, country and date) is turned into a figure for
   * everyone. Draws nothing from the random source, so seeds keep their meaning.
   */
  private static List<ParticipantFigure> withinTotals(List<ParticipantFigure> figures) {
    List<ParticipantFigure> result = new ArrayList<>(figures);
    for (int i = 0; i < result.size(); i++) {
      ParticipantFigure women = result.get(i);
      if (women.womenOnly() && figures.stream().anyMatch(total -> exceeds(women, total))) {
        result.set(i, women.withWomenOnly(false));
      }
    }
    return result;
  }

  private static boolean exceeds(ParticipantFigure women, ParticipantFigure total) {
    return !total.womenOnly() && total.kind() == women.kind() && total.track().equals(women.track())
        && total.country().equals(women.country()) && total.asOf().equals(women.asOf())
        && (above(women.planned(), total.planned()) || above(women.actual(), total.actual()));
  }

  private static boolean above(Optional<Count> part, Optional<Count> whole) {
    return part.isPresent() && whole.isPresent() && whole.get().upper().isPresent()
        && part.get().lower() > whole.get().upper().get();
  }

  /** A citation with the given key. */
  public Citation citation(String key) {
    return Citation.builder()
        .key(key)
        .title(cut(sentence(3, 12), 500))
        .publisher(maybe(() -> pick(Text.ORGANISATIONS)))
        .published(maybe(this::partialDate))
        .url(maybe(() -> hostile ? hostileUri(TextRule.URL, "https://")
            : "https://example.org/" + pick(Text.WORDS) + "/" + hex(6)))
        .accessed(maybe(this::localDate))
        .supports(maybe(() -> sentence(2, 10)))
        .build();
  }

  private List<Citation> citations() {
    int n = size(3);
    List<Citation> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(citation(pick(Text.WORDS) + "-" + (2000 + random.nextInt(30)) + "-" + (i + 1)));
    }
    return result;
  }

  // --- parties --------------------------------------------------------------------------------

  /** The parties of one partnership and the scope to set (null: leave the default). */
  private static final class Parties {
    final List<Party> list;
    final AgreementScope scope;

    Parties(List<Party> list, AgreementScope scope) {
      this.list = List.copyOf(list);
      this.scope = scope;
    }

    List<Country> origins() {
      return in(PartyRole.ORIGIN);
    }

    List<Country> destinations() {
      return in(PartyRole.DESTINATION);
    }

    List<Country> countries() {
      return list.stream().map(Party::country).distinct().collect(Collectors.toList());
    }

    private List<Country> in(PartyRole role) {
      return list.stream().filter(p -> p.role() == role).map(Party::country).collect(Collectors.toList());
    }
  }

  private Parties parties() {
    AgreementScope scope = oneOf(AgreementScope.class);
    List<Country> pool = distinctCountries(2 + random.nextInt(5));
    List<Party> parties = new ArrayList<>();
    switch (scope) {
      case BILATERAL:
        parties.add(Party.origin(pool.get(0)));
        parties.add(Party.destination(pool.get(1)));
        break;
      case MULTILATERAL: {
        int origins = 1 + random.nextInt(pool.size() - 1);
        for (int i = 0; i < pool.size(); i++) {
          parties.add(i < origins ? Party.origin(pool.get(i)) : Party.destination(pool.get(i)));
        }
        break;
      }
      default: {
        // regional: some countries are both origin and destination
        parties.add(Party.origin(pool.get(0)));
        parties.add(Party.destination(pool.get(0)));
        for (int i = 1; i < pool.size(); i++) {
          int roles = random.nextInt(3);
          if (roles != 1) {
            parties.add(Party.origin(pool.get(i)));
          }
          if (roles != 0) {
            parties.add(Party.destination(pool.get(i)));
          }
        }
        break;
      }
    }
    if (random.nextBoolean()) {
      Collections.shuffle(parties, new Random(random.nextLong()));
    }
    boolean leaveDefault = !complete && scope != AgreementScope.REGIONAL && random.nextBoolean()
        && defaultScope(parties) == scope;
    return new Parties(parties, leaveDefault ? null : scope);
  }

  private static AgreementScope defaultScope(List<Party> parties) {
    long countries = parties.stream().map(Party::country).distinct().count();
    return countries == 2 && parties.size() == 2 ? AgreementScope.BILATERAL : AgreementScope.MULTILATERAL;
  }

  private List<Country> distinctCountries(int n) {
    Set<Country> chosen = new LinkedHashSet<>();
    while (chosen.size() < n) {
      chosen.add(country());
    }
    return new ArrayList<>(chosen);
  }

  // --- text -----------------------------------------------------------------------------------

  private String id() {
    if (hostile) {
      return hostileId();
    }
    return pick(Text.WORDS) + "-" + pick(Text.WORDS) + "-" + counter + "-" + Long.toString(random.nextLong(1L << 40), 36);
  }

  private String title() {
    if (hostile) {
      return hostileText(TextRule.SHORT);
    }
    return capitalise(pick(Text.WORDS)) + " " + pick(Text.TITLES) + " " + (1 + random.nextInt(999));
  }

  private String sentence(int minWords, int maxWords) {
    if (hostile) {
      return hostileText(TextRule.LONG);
    }
    int n = minWords + random.nextInt(maxWords - minWords + 1);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? capitalise(pick(Text.WORDS)) : " " + pick(Text.WORDS));
    }
    return s.append('.').toString();
  }

  private Optional<String> described(Enum<?> category) {
    return category.name().equals("OTHER") ? Optional.of(sentence(2, 12)) : maybe(() -> sentence(2, 12));
  }

  // --- hostile values ---------------------------------------------------------------------------

  /** Characters that break naive code: astral (two UTF-16 units), invisible, separators, escapes. */
  private static final int[] HOSTILE = {
      'a', 'Z', '7', 0x00E9, 0x0301, 0x00A0, 0xFEFF, 0x2003, 0x200B, 0x2028, 0x2029, '"', '\\', '/', '<', '\t',
      '\n', '\r', 0xFFFD, 0xFFFF, 0x05D0, 0x202E, 0x1F600, 0x1F3F3, 0x1D54F, 0x20000, 0x10FFFF};

  /** Length in code points: the maximum a quarter of the time, else short. */
  private int hostileLength(int max) {
    return random.nextInt(4) == 0 ? max : 1 + random.nextInt(Math.min(max, 40));
  }

  private String hostileText(TextRule rule) {
    int length = hostileLength(rule.maxLength());
    StringBuilder s = new StringBuilder().appendCodePoint(random.nextBoolean() ? 0x1F600 : 'A');
    for (int i = 1; i < length; i++) {
      s.appendCodePoint(HOSTILE[random.nextInt(HOSTILE.length)]);
    }
    return checked(rule, s.toString());
  }

  private String hostileId() {
    int length = hostileLength(TextRule.ID.maxLength());
    StringBuilder s = new StringBuilder();
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < length; i++) {
      boolean hyphen = i > 0 && i < length - 1 && s.charAt(i - 1) != '-' && random.nextInt(5) == 0;
      s.append(hyphen ? '-' : alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return checked(TextRule.ID, s.toString());
  }

  private String hostileUri(TextRule rule, String prefix) {
    int length = hostileLength(rule.maxLength() - prefix.length());
    StringBuilder s = new StringBuilder(prefix);
    for (int i = 0; i < length; i++) {
      int cp = HOSTILE[random.nextInt(HOSTILE.length)];
      s.appendCodePoint(TextRule.isBlank(cp) || cp < 0x20 ? 'x' : cp);
    }
    return checked(rule, s.toString());
  }

  private static String checked(TextRule rule, String text) {
    if (!rule.accepts(text)) {
      throw new IllegalStateException("hostile text breaks " + rule + ": " + rule.problem(text).orElse(""));
    }
    return text;
  }

  private Money hostileMoney() {
    Currency currency = pick(CURRENCIES);
    int digits = currency.getDefaultFractionDigits();
    StringBuilder amount = new StringBuilder();
    switch (random.nextInt(3)) {
      case 0:
        amount.append('0');
        break;
      case 1:
        amount.append("9".repeat(Money.MAX_WHOLE_DIGITS));
        break;
      default:
        amount.append(1 + random.nextInt(9));
        int more = random.nextInt(Money.MAX_WHOLE_DIGITS);
        for (int i = 0; i < more; i++) {
          amount.append(random.nextInt(10));
        }
    }
    if (digits > 0) {
      amount.append('.');
      for (int i = 0; i < digits; i++) {
        amount.append(random.nextInt(10));
      }
    }
    return Money.of(currency, new BigDecimal(amount.toString()));
  }

  private Count hostileCount() {
    switch (random.nextInt(4)) {
      case 0:
        return Count.exactly(Long.MAX_VALUE);
      case 1:
        return Count.atLeast(Long.MAX_VALUE);
      case 2:
        return Count.between(0, Long.MAX_VALUE);
      default:
        return Count.between(Long.MAX_VALUE - 1, Long.MAX_VALUE);
    }
  }

  /** Shares in millionths of a per cent, the finest the model keeps. */
  private List<PayerShare> hostileShares() {
    int n = 1 + random.nextInt(4);
    List<Payer> payers = new ArrayList<>(EnumSet.allOf(Payer.class));
    Collections.shuffle(payers, new Random(random.nextLong()));
    int total = 100_000_000;
    TreeSet<Integer> cuts = new TreeSet<>();
    while (cuts.size() < n - 1) {
      cuts.add(1 + random.nextInt(total - 1));
    }
    cuts.add(total);
    List<PayerShare> shares = new ArrayList<>(n);
    int previous = 0;
    int i = 0;
    for (int cut : cuts) {
      shares.add(PayerShare.of(payers.get(i++), BigDecimal.valueOf(cut - previous, PayerShare.MAX_DECIMALS)));
      previous = cut;
    }
    return shares;
  }

  private String hex(int digits) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < digits; i++) {
      s.append(Character.forDigit(random.nextInt(16), 16));
    }
    return s.toString();
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** At most {@code max} characters (code points) of {@code text}, never half a surrogate pair. */
  private static String cut(String text, int max) {
    return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
  }

  // --- shapes ---------------------------------------------------------------------------------

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** Present always in the complete mode, half the time otherwise. */
  private <T> Optional<T> maybe(Supplier<T> value) {
    return complete || random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  /** 1..max in the complete mode, 0..max otherwise. */
  private int size(int max) {
    return complete ? 1 + random.nextInt(max) : random.nextInt(max + 1);
  }

  private <T> List<T> listOf(int max, Supplier<T> element) {
    int n = size(max);
    List<T> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(element.get());
    }
    return result;
  }

  private <T> Set<T> setOf(int max, Supplier<T> element) {
    int n = size(max);
    Set<T> result = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      result.add(element.get());
    }
    return result;
  }

  /** Each constant with probability one in three; never empty in the complete mode. */
  private <E extends Enum<E>> Set<E> enumSet(Class<E> type) {
    Set<E> result = EnumSet.noneOf(type);
    for (E constant : type.getEnumConstants()) {
      if (random.nextInt(3) == 0) {
        result.add(constant);
      }
    }
    if (complete && result.isEmpty()) {
      result.add(oneOf(type));
    }
    return result;
  }

  @Override
  public String toString() {
    return reproduction();
  }
}
