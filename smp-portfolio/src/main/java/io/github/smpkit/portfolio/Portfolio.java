package io.github.smpkit.portfolio;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import io.github.smpkit.rules.PartnershipValidator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A set of partnerships analysed together, for researchers comparing many initiatives (IOM SMP
 * Guidance 2023, ch. 2 on the typology of partnerships and ch. 5 on evidence): counts and
 * groupings by corridor, sector, skill level, form of engagement, migration type, status and
 * decade; participants planned against actual; cost shares by payer; where training takes place
 * and who pays for it.
 *
 * <p>Build one with {@link #of(Collection)}; it is immutable, and every result is a plain
 * immutable value whose {@code toString()} prints an aligned table and whose {@code toCsv()}
 * writes RFC 4180 CSV for R or pandas. {@link #coverage(PartnershipValidator)} checks every
 * partnership with smp-rules and gives the coverage of the ten essential elements.
 *
 * <pre>{@code
 * Portfolio p = Portfolio.of(partnerships);
 * p.byCorridor().top(5);                      // the busiest corridors
 * p.trainingTypology().payersByCorridor();    // who pays for training in them
 * }</pre>
 */
public final class Portfolio {

  private final List<Partnership> partnerships;

  private Portfolio(List<Partnership> partnerships) {
    this.partnerships = partnerships;
  }

  /**
   * A portfolio of the given partnerships, ordered by id.
   *
   * @param partnerships the partnerships, each with its own id
   * @return the portfolio
   * @throws IllegalArgumentException naming the id when two partnerships share an id
   */
  public static Portfolio of(Collection<Partnership> partnerships) {
    Objects.requireNonNull(partnerships, "partnerships");
    List<Partnership> sorted = new ArrayList<>(partnerships);
    sorted.forEach(p -> Objects.requireNonNull(p, "partnerships holds null"));
    sorted.sort(Comparator.comparing(Partnership::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("partnerships must have distinct ids, but '" + sorted.get(i).id()
            + "' is given twice");
      }
    }
    return new Portfolio(List.copyOf(sorted));
  }

  /**
   * The partnerships, ordered by id.
   *
   * @return the partnerships, ordered by id
   */
  public List<Partnership> partnerships() {
    return partnerships;
  }

  /**
   * The number of partnerships.
   *
   * @return the number of partnerships
   */
  public int size() {
    return partnerships.size();
  }

  /**
   * The partnership with this id, if any.
   *
   * @param id the partnership id
   * @return the partnership with this id, if any
   */
  public Optional<Partnership> partnership(String id) {
    return partnerships.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The corridors a partnership runs along, in code order: when it has strands, every origin of
   * each strand against every destination of the same strand (THAMM's Enabel strand runs
   * MA -> BE and TN -> BE, not EG -> BE); otherwise every origin against every destination.
   *
   * @param p the partnership
   * @return the corridors a partnership runs along, from its strands when it has any
   */
  public static List<Corridor> corridorsOf(Partnership p) {
    Set<Corridor> out = new TreeSet<>();
    if (p.strands().isEmpty()) {
      add(out, p.origins(), p.destinations());
    } else {
      p.strands().forEach(s -> add(out, s.origins(), s.destinations()));
    }
    return new ArrayList<>(out);
  }

  private static void add(Set<Corridor> out, Set<Country> origins, Set<Country> destinations) {
    for (Country o : origins) {
      for (Country d : destinations) {
        if (!o.equals(d)) {
          out.add(new Corridor(o, d));
        }
      }
    }
  }

  /**
   * Partnerships by corridor (origin to destination); a multi-country partnership counts in each of its corridors.
   *
   * @return partnerships by corridor (origin to destination); a multi-country partnership counts in each of its corridors
   */
  public Grouping<Corridor> byCorridor() {
    return group("corridor", Portfolio::corridorsOf, Corridor::toString);
  }

  /**
   * Partnerships by country of origin.
   *
   * @return partnerships by country of origin
   */
  public Grouping<Country> byOrigin() {
    return group("origin", Partnership::origins, Country::code);
  }

  /**
   * Partnerships by country of destination.
   *
   * @return partnerships by country of destination
   */
  public Grouping<Country> byDestination() {
    return group("destination", Partnership::destinations, Country::code);
  }

  /**
   * Partnerships by ISIC Rev.4 section of their sectors, labelled with the section's title.
   *
   * @return partnerships by ISIC Rev.4 section of their sectors, labelled with the section's title
   */
  public Grouping<IsicCode> bySector() {
    return group("sector", p -> new TreeSet<>(p.sectors().stream().map(IsicCode::section).toList()),
        s -> s.code() + " " + s.title());
  }

  /**
   * Partnerships by skill level targeted; a range counts at each level within it.
   *
   * @return partnerships by skill level targeted; a range counts at each level within it
   */
  public Grouping<SkillLevel> bySkillLevel() {
    return group("skill level", p -> p.skillLevels().map(SkillLevelRange::levels).orElse(Set.of()), Enum::name);
  }

  /**
   * Partnerships by form of engagement.
   *
   * @return partnerships by form of engagement
   */
  public Grouping<EngagementForm> byFormOfEngagement() {
    return group("form of engagement", p -> {
      Set<EngagementForm> forms = EnumSet.noneOf(EngagementForm.class);
      p.formsOfEngagement().stream().map(FormOfEngagement::form).forEach(forms::add);
      return forms;
    }, Enum::name);
  }

  /**
   * Partnerships by type of migration.
   *
   * @return partnerships by type of migration
   */
  public Grouping<MigrationType> byMigrationType() {
    return group("migration type", Partnership::migrationTypes, Enum::name);
  }

  /**
   * Partnerships by status.
   *
   * @return partnerships by status
   */
  public Grouping<PartnershipStatus> byStatus() {
    return group("status", p -> List.of(p.status()), Enum::name);
  }

  /**
   * Partnerships by the decade they started in, for example {@code 2010s}; no start date means not stated.
   *
   * @return partnerships by the decade they started in, for example {@code 2010s}; no start date means not stated
   */
  public Grouping<Integer> byDecade() {
    return group("decade", p -> p.timeFrame().flatMap(TimeFrame::start).map(PartialDate::year)
        .map(y -> List.of(y - Math.floorMod(y, 10))).orElse(List.of()), d -> d + "s");
  }

  private <K extends Comparable<? super K>> Grouping<K> group(String dimension,
      Function<Partnership, ? extends Collection<K>> keys, Function<K, String> label) {
    Map<String, List<K>> byId = new LinkedHashMap<>();
    for (Partnership p : partnerships) {
      byId.put(p.id(), List.copyOf(keys.apply(p)));
    }
    return Grouping.of(dimension, byId, label);
  }

  /**
   * Participants planned against actual, per kind of figure, with honest bounds.
   *
   * @return participants planned against actual, per kind of figure, with honest bounds
   */
  public ParticipantTotals participants() {
    return ParticipantTotals.of(partnerships);
  }

  /**
   * Who pays which share of the cost items, and what migrants carry.
   *
   * @return who pays which share of the cost items, and what migrants carry
   */
  public CostShares costShares() {
    return CostShares.of(partnerships);
  }

  /**
   * What each partnership that records cost items costs per participant, how much of it the worker
   * bears and its SDG indicator 10.7.1, or why it cannot be computed (ch. 11, Table 3). Amounts stay in
   * each partnership's currency; a partnership with amounts in several currencies is listed with the
   * reason instead.
   *
   * @return one row per partnership with cost items
   */
  public CostingTable costings() {
    return CostingTable.of(partnerships, Optional.empty(), Optional.empty());
  }

  /**
   * The costings of {@link #costings()}, every amount converted to one currency with the rates given.
   *
   * @param rates the rates, with their date
   * @param currency the currency to report in
   * @return one row per partnership with cost items; a partnership needing a rate not given is listed
   *     with the reason
   */
  public CostingTable costings(ExchangeRates rates, java.util.Currency currency) {
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(currency, "currency");
    return CostingTable.of(partnerships, Optional.of(rates), Optional.of(currency));
  }

  /**
   * Where training takes place against who pays for it; corridors ordered as in {@link #byCorridor()}.
   *
   * @return where training takes place against who pays for it; corridors ordered as in {@link #byCorridor()}
   */
  public TrainingTypology trainingTypology() {
    return TrainingTypology.of(partnerships, byCorridor().keys());
  }

  /**
   * Checks every partnership with {@code validator} and tabulates how far each addresses each
   * essential element.
   *
   * @param validator the validator, for example {@code PartnershipValidator.standard()}
   * @return the coverage matrix, one row per partnership in portfolio order
   */
  public CoverageMatrix coverage(PartnershipValidator validator) {
    Objects.requireNonNull(validator, "validator");
    return CoverageMatrix.of(validator.validateAll(partnerships));
  }

  /**
   * A summary in a few tables: the number of partnerships, the busiest corridors, status,
   * sector, skill level, decade, participants and who pays for training.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append("Portfolio of ").append(size()).append(size() == 1 ? " partnership\n\n" : " partnerships\n\n");
    Grouping<Corridor> corridors = byCorridor();
    s.append("Corridors: ").append(corridors.groups().size()).append("; the busiest:\n");
    TextTable t = new TextTable("corridor", "partnerships", "ids").right(1).wrap(2, 60);
    corridors.top(8).forEach(g -> t.row(g.label(), g.count(), String.join(", ", g.partnershipIds())));
    s.append(t.render("")).append('\n');
    s.append(byStatus()).append('\n');
    s.append(bySector()).append('\n');
    s.append(bySkillLevel()).append('\n');
    s.append(byDecade()).append('\n');
    s.append("Participants (headline figures; bounds kept)\n").append(participants()).append('\n');
    s.append("Where training takes place and who pays for it\n").append(trainingTypology().siteByPayer());
    return s.toString();
  }
}
