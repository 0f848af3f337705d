package io.github.smpkit.portfolio;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.funding.CostBasis;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.funding.Payment;
import io.github.smpkit.core.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Cost-sharing arrangements of one partnership side by side, for example "employer pays the airfare"
 * against "the worker repays half through wage deductions" (IOM SMP Guidance 2023, ch. 11:
 * discuss and explicitly agree cost-sharing models; ch. 12: the employer-pays principle). Each
 * scenario is the partnership with its cost items changed; the comparison costs each with
 * {@link Costing} and shows per participant what each payer pays upfront and bears, and the
 * worker's share. The helpers {@link #shares}, {@link #payments} and {@link #amount} change the
 * items of one Table 3 kind. Immutable.
 *
 * <pre>{@code
 * CostScenarios s = CostScenarios.of(rse)
 *     .with("employer pays airfare", p -> CostScenarios.shares(p, TRANSPORT, PayerShare.all(EMPLOYER)))
 *     .with("as recorded, fare NZD 1,200", p -> CostScenarios.amount(p, TRANSPORT, Money.of("NZD", 1200), PER_MIGRANT));
 * System.out.println(s);
 * }</pre>
 */
public final class CostScenarios {

  private final Partnership base;
  private final Map<String, Partnership> scenarios;
  private final Optional<ExchangeRates> rates;
  private final Optional<java.util.Currency> currency;

  private CostScenarios(Partnership base, Map<String, Partnership> scenarios, Optional<ExchangeRates> rates,
      Optional<java.util.Currency> currency) {
    this.base = base;
    this.scenarios = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
    this.rates = rates;
    this.currency = currency;
  }

  /**
   * A comparison that starts with the partnership as recorded, named {@code "as recorded"}.
   *
   * @param partnership the partnership
   * @return the comparison with one scenario
   */
  public static CostScenarios of(Partnership partnership) {
    Objects.requireNonNull(partnership, "partnership");
    Map<String, Partnership> m = new LinkedHashMap<>();
    m.put("as recorded", partnership);
    return new CostScenarios(partnership, m, Optional.empty(), Optional.empty());
  }

  /**
   * This comparison plus a scenario.
   *
   * @param name a name, unique in the comparison
   * @param change how the scenario changes the partnership as recorded
   * @return a copy with the scenario
   * @throws IllegalArgumentException when the name is blank or already used
   */
  public CostScenarios with(String name, UnaryOperator<Partnership> change) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(change, "change");
    if (name.isBlank() || scenarios.containsKey(name)) {
      throw new IllegalArgumentException("a scenario needs a name not yet used, but found '" + name + "' among "
          + scenarios.keySet());
    }
    Map<String, Partnership> m = new LinkedHashMap<>(scenarios);
    m.put(name, Objects.requireNonNull(change.apply(base), "the scenario '" + name + "' returned no partnership"));
    return new CostScenarios(base, m, rates, currency);
  }

  /**
   * This comparison with its amounts converted to one currency.
   *
   * @param rates the rates, with their date
   * @param in the currency to report in
   * @return a copy that converts
   */
  public CostScenarios in(ExchangeRates rates, java.util.Currency in) {
    return new CostScenarios(base, scenarios, Optional.of(rates), Optional.of(in));
  }

  /** {@return the scenarios by name, "as recorded" first} */
  public Map<String, Partnership> scenarios() {
    return scenarios;
  }

  /** {@return the costing of each scenario, by name} */
  public Map<String, Costing> costings() {
    Map<String, Costing> out = new LinkedHashMap<>();
    scenarios.forEach((name, p) -> out.put(name, rates.isPresent() ? Costing.of(p, rates.get(), currency.orElseThrow())
        : Costing.of(p)));
    return out;
  }

  /**
   * The partnership with every item of a kind shared among payers as given, its payments cleared.
   *
   * @param p the partnership
   * @param kind the Table 3 item
   * @param shares the new shares, adding up to 100 %
   * @return the changed partnership
   * @throws IllegalArgumentException when the partnership has no item of that kind
   */
  public static Partnership shares(Partnership p, CostItemKind kind, PayerShare... shares) {
    return change(p, kind, c -> c.withShares(List.of(shares)).withPayments(List.of()));
  }

  /**
   * The partnership with every item of a kind paid as given (mechanisms, sides, shares).
   *
   * @param p the partnership
   * @param kind the Table 3 item
   * @param payments the new payments
   * @return the changed partnership
   * @throws IllegalArgumentException when the partnership has no item of that kind
   */
  public static Partnership payments(Partnership p, CostItemKind kind, Payment... payments) {
    return change(p, kind, c -> c.withPayments(List.of(payments)));
  }

  /**
   * The partnership with every item of a kind given an amount and a basis, for example a quoted
   * airfare to see what the shares recorded mean in money.
   *
   * @param p the partnership
   * @param kind the Table 3 item
   * @param amount the amount (per migrant for a per-migrant basis)
   * @param basis fixed or per migrant
   * @return the changed partnership
   * @throws IllegalArgumentException when the partnership has no item of that kind
   */
  public static Partnership amount(Partnership p, CostItemKind kind, Money amount, CostBasis basis) {
    return change(p, kind, c -> c.withAmount(amount).withBasis(basis));
  }

  private static Partnership change(Partnership p, CostItemKind kind, UnaryOperator<CostItem> f) {
    Objects.requireNonNull(p, "partnership");
    Objects.requireNonNull(kind, "kind");
    if (p.costs().stream().noneMatch(c -> c.item() == kind)) {
      throw new IllegalArgumentException("partnership " + p.id() + " has no cost item " + kind + "; its items are "
          + p.costs().stream().map(CostItem::item).toList());
    }
    List<CostItem> items = new ArrayList<>();
    for (CostItem c : p.costs()) {
      items.add(c.item() == kind ? f.apply(c) : c);
    }
    return p.withCosts(items);
  }

  private List<String[]> measures() {
    Map<String, Costing> costings = costings();
    Set<String> payers = new LinkedHashSet<>();
    costings.values().forEach(c -> c.byPayer().forEach(pc -> payers.add(pc.label())));
    List<String[]> rows = new ArrayList<>();
    rows.add(row("cost per participant", costings, c -> c.perParticipant().toString()));
    rows.add(row("total cost", costings, c -> c.total().toString()));
    for (String payer : payers) {
      rows.add(row(payer + " pays upfront, per participant", costings, c -> find(c, payer)
          .map(pc -> pc.upfrontPerParticipant().toString()).orElse("-")));
      rows.add(row(payer + " bears, per participant", costings, c -> find(c, payer)
          .map(pc -> pc.bornePerParticipant().toString()).orElse("-")));
    }
    rows.add(row("worker bears, per participant", costings, CostingTable::workerBears));
    rows.add(row("worker's share", costings, c -> c.workerShare().map(Object::toString).orElse("-")));
    rows.add(row("SDG 10.7.1", costings, c -> RecruitmentCostIndicator.of(c).toString()));
    return rows;
  }

  private static Optional<Costing.PayerCost> find(Costing c, String payer) {
    List<Costing.PayerCost> of = c.byPayer().stream().filter(pc -> pc.label().equals(payer)).toList();
    if (of.isEmpty()) {
      return Optional.empty();
    }
    return of.stream().reduce((a, b) -> new Costing.PayerCost(a.payer(), a.side(), a.upfront().plus(b.upfront()),
        a.borne().plus(b.borne()), a.upfrontPerParticipant().plus(b.upfrontPerParticipant()),
        a.bornePerParticipant().plus(b.bornePerParticipant())));
  }

  private static String[] row(String measure, Map<String, Costing> costings,
      java.util.function.Function<Costing, String> f) {
    String[] r = new String[costings.size() + 1];
    r[0] = measure;
    int i = 1;
    for (Costing c : costings.values()) {
      r[i++] = f.apply(c);
    }
    return r;
  }

  /** The scenarios side by side: one column per scenario, one row per measure. */
  @Override
  public String toString() {
    List<String> headers = new ArrayList<>();
    headers.add(base.id());
    headers.addAll(scenarios.keySet());
    TextTable t = new TextTable(headers.toArray(new String[0]));
    int[] right = new int[scenarios.size()];
    for (int i = 0; i < right.length; i++) {
      right[i] = i + 1;
    }
    t.right(right);
    for (String[] r : measures()) {
      t.row((Object[]) r);
    }
    return t.render("");
  }

  /**
   * RFC 4180 CSV, long form for R or pandas: one row per scenario and measure.
   *
   * @return the CSV text with the header {@code partnership,scenario,measure,value}
   */
  public String toCsv() {
    CsvWriter w = new CsvWriter().row("partnership", "scenario", "measure", "value");
    List<String> names = new ArrayList<>(scenarios.keySet());
    for (String[] r : measures()) {
      for (int i = 0; i < names.size(); i++) {
        w.row(base.id(), names.get(i), r[0], r[i + 1]);
      }
    }
    return w.toString();
  }
}
