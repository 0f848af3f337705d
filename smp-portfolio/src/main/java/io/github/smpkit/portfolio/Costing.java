package io.github.smpkit.portfolio;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.funding.CostBasis;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.FundingSource;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.core.funding.Payment;
import io.github.smpkit.core.funding.PaymentMechanism;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.PartyRole;
import io.github.smpkit.core.party.Side;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a partnership costs and who bears it, from its cost items (IOM SMP Guidance 2023, ch. 11,
 * Table 3: cost items against who pays): the cost in total and per participant, by item, by payer
 * and by side (origin, destination, international, migrant); what each payer pays upfront and what
 * it finally bears after wage deductions, reimbursements and loans the worker repays; and the share
 * the migrant bears, which under the employer-pays principle should be nothing for recruitment
 * (ch. 12).
 *
 * <p><b>Exact and honest.</b> Amounts stay exact decimals in their currency ({@link MoneyRange});
 * an amount that is not recorded is unknown, never zero, and a total that includes one is "at
 * least" the known part. Amounts in several currencies need {@link ExchangeRates} the caller gives
 * ({@link #of(Partnership, ExchangeRates, Currency)}). Only amounts per participant are rounded.
 *
 * <p><b>How each item is read.</b> An item without payments is paid upfront and borne by its payers
 * in their shares. An item with payments is read from them: a payment that is upfront (or has no
 * mechanism) is paid and borne by its payer; a wage deduction or a loan the worker repays is borne
 * by the worker and recovered from the one other payer who paid upfront (a loan's lender pays it
 * upfront); a reimbursement is borne by its payer and recovered by the one payer who paid upfront.
 * A payment's part is its amount, or its share of the item's amount, or the item's amount above
 * its threshold; a part the sources do not quantify is anything from zero to the whole item, unless
 * it is the only upfront payment, which then covers the whole item.
 *
 * <p><b>Whom the cost is divided by.</b> A per-migrant cost is already per participant; a fixed
 * cost is divided by the participants: the largest headline figure (everyone, not only women, one
 * track or one country) of the first kind recorded among SELECTED, TRAINED, MIGRATED and
 * EMPLOYED_ABROAD, actual before planned. SELECTED comes first because a partnership spends its
 * budget on everyone it takes in, whether they migrate or are placed at home (ch. 2 on dual
 * tracks); {@link #dividedBy(FigureKind)} chooses another kind. The bounds of the count are kept.
 *
 * <p><b>Sides.</b> A payment's recorded side comes first, then its country (the side of that party);
 * otherwise the payer's kind: governments of destination and origin, migrants, international
 * organisations and development banks (international); employers on the destination side (Table 3's
 * employer is the hiring employer) unless a funding source of kind EMPLOYER says otherwise; donors,
 * foundations and others from the funding sources of their kind, when those agree on one side.
 * Immutable.
 */
public final class Costing {

  /**
   * What one payer pays and bears for one cost item, as the item records it (per migrant for a
   * per-migrant item, in total for a fixed one): one cell of Table 3, with how it is paid (ch. 11).
   *
   * @param itemIndex the position of the item in {@link Partnership#costs()}
   * @param item the Table 3 item
   * @param payer who pays; empty when the item states no payer
   * @param side the payer's side; empty when it cannot be derived
   * @param percent the payer's share of the item, in per cent, when recorded
   * @param upfront what it pays upfront
   * @param borne what it finally bears
   * @param how how it pays, in words, for example {@code "wage deduction above AUD 300.00"}
   */
  public record Line(int itemIndex, CostItemKind item, Optional<Payer> payer, Optional<Side> side,
      Optional<BigDecimal> percent, MoneyRange upfront, MoneyRange borne, String how) {
    /**
     * Checks the components.
     *
     * @param itemIndex the position of the item
     * @param item the Table 3 item
     * @param payer who pays
     * @param side the payer's side
     * @param percent the payer's share
     * @param upfront what it pays upfront
     * @param borne what it finally bears
     * @param how how it pays
     */
    public Line {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(payer, "payer");
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(percent, "percent");
      Objects.requireNonNull(upfront, "upfront");
      Objects.requireNonNull(borne, "borne");
      Objects.requireNonNull(how, "how");
    }
  }

  /**
   * What one payer pays upfront and finally bears of one cost item, as shares of the item in per
   * cent (ch. 11, Table 3; ch. 12 on the employer-pays principle). The shares follow the same
   * reading as {@link Line}, so they are known even where the item records no amount: a payment of
   * a stated percentage is that share; the only upfront payment is the whole item; a part the
   * sources do not quantify (a payment without percent or amount, an amount or a threshold of an
   * item whose amount is not recorded) is anything from 0 to 100 %, never read as zero.
   *
   * @param line the line these shares are of, from {@link #lines()}
   * @param upfront the share of the item it pays upfront
   * @param borne the share of the item it finally bears
   */
  public record LineShare(Line line, Percent upfront, Percent borne) {
    /**
     * Checks the components.
     *
     * @param line the line
     * @param upfront the share paid upfront
     * @param borne the share finally borne
     */
    public LineShare {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(upfront, "upfront");
      Objects.requireNonNull(borne, "borne");
    }

    /** {@return whether the payer pays upfront a share other than the one it finally bears} */
    public boolean differs() {
      return !upfront.equals(borne);
    }
  }

  /**
   * The cost of one Table 3 item, for all participants and per participant (ch. 11).
   *
   * @param itemIndex the position of the item in {@link Partnership#costs()}
   * @param item the Table 3 item
   * @param basis fixed or per migrant; a recorded amount without a basis is read as fixed
   * @param basisStated whether the basis is recorded
   * @param total the cost for all participants
   * @param perParticipant the cost per participant
   */
  public record ItemCost(int itemIndex, CostItemKind item, CostBasis basis, boolean basisStated, MoneyRange total,
      MoneyRange perParticipant) {
    /**
     * Checks the components.
     *
     * @param itemIndex the position of the item
     * @param item the Table 3 item
     * @param basis fixed or per migrant
     * @param basisStated whether the basis is recorded
     * @param total the cost for all participants
     * @param perParticipant the cost per participant
     */
    public ItemCost {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(perParticipant, "perParticipant");
    }
  }

  /**
   * What one payer pays upfront and finally bears, over all items: the "who pays" of Table 3 in
   * money, after wage deductions, reimbursements and loans (ch. 11 and 12).
   *
   * @param payer who pays; empty for costs whose payer is not recorded
   * @param side its side; empty when it cannot be derived
   * @param upfront what it pays upfront, for all participants
   * @param borne what it finally bears, for all participants
   * @param upfrontPerParticipant what it pays upfront per participant
   * @param bornePerParticipant what it finally bears per participant
   */
  public record PayerCost(Optional<Payer> payer, Optional<Side> side, MoneyRange upfront, MoneyRange borne,
      MoneyRange upfrontPerParticipant, MoneyRange bornePerParticipant) {
    /**
     * Checks the components.
     *
     * @param payer who pays
     * @param side its side
     * @param upfront what it pays upfront
     * @param borne what it finally bears
     * @param upfrontPerParticipant upfront per participant
     * @param bornePerParticipant borne per participant
     */
    public PayerCost {
      Objects.requireNonNull(payer, "payer");
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(upfront, "upfront");
      Objects.requireNonNull(borne, "borne");
      Objects.requireNonNull(upfrontPerParticipant, "upfrontPerParticipant");
      Objects.requireNonNull(bornePerParticipant, "bornePerParticipant");
    }

    /** {@return the payer's name, or {@code "payer not stated"}} */
    public String label() {
      return payer.map(Payer::name).orElse("payer not stated");
    }
  }

  /**
   * The participant figure a fixed cost is divided by, for the per-capita cost the guidance asks to
   * map (ch. 11) from the participant figures (ch. 5).
   *
   * @param kind what the figure counts; empty when the partnership records no usable figure
   * @param actual whether it is the actual value (otherwise the planned one)
   * @param count the count with its bounds; {@code at least 0} when none is recorded
   * @param why why this figure, in words
   */
  public record Participants(Optional<FigureKind> kind, boolean actual, Count count, String why) {
    /**
     * Checks the components.
     *
     * @param kind what the figure counts
     * @param actual whether it is the actual value
     * @param count the count
     * @param why why this figure
     */
    public Participants {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(count, "count");
      Objects.requireNonNull(why, "why");
    }

    /** For example {@code SELECTED (actual) 30}. */
    @Override
    public String toString() {
      return kind.map(k -> k + (actual ? " (actual) " : " (planned) ") + count).orElse("no participant figure");
    }
  }

  /** The kinds of headline figure a fixed cost may be divided by, in order of preference. */
  static final List<FigureKind> DIVISORS = List.of(FigureKind.SELECTED, FigureKind.TRAINED, FigureKind.MIGRATED,
      FigureKind.EMPLOYED_ABROAD);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Partnership partnership;
  private final Currency currency;
  private final Optional<ExchangeRates> rates;
  private final Participants participants;
  private final List<Line> lines;
  private final List<LineShare> lineShares;
  private final List<ItemCost> items;
  private final List<String> notes;

  private Costing(Partnership partnership, Currency currency, Optional<ExchangeRates> rates, List<FigureKind> kinds) {
    this.partnership = partnership;
    this.currency = currency;
    this.rates = rates;
    this.participants = participants(partnership, kinds);
    List<Line> ls = new ArrayList<>();
    List<LineShare> ss = new ArrayList<>();
    List<ItemCost> is = new ArrayList<>();
    List<String> ns = new ArrayList<>();
    for (int i = 0; i < partnership.costs().size(); i++) {
      CostItem item = partnership.costs().get(i);
      Optional<BigDecimal> amount = item.amount().map(this::convert);
      MoneyRange whole = amount.map(a -> MoneyRange.exactly(currency, a)).orElse(MoneyRange.unknown(currency));
      List<Line> itemLines = lines(i, item, whole, a -> MoneyRange.exactly(currency, a));
      ls.addAll(itemLines);
      ss.addAll(lineShares(i, item, amount, itemLines));
      if (amount.isPresent()) {
        BigDecimal borne = itemLines.stream().map(l -> l.borne().low()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (borne.compareTo(amount.get()) > 0) {
          ns.add("cost " + i + " (" + item.item() + "): its payments add up to more than its amount ("
              + MoneyRange.plain(currency, borne) + " > " + MoneyRange.plain(currency, amount.get())
              + " " + currency.getCurrencyCode() + "); the record contradicts itself, so shares of the cost are capped at 100 %");
        }
      }
      CostBasis basis = item.basis().orElse(CostBasis.FIXED);
      if (item.basis().isEmpty() && amount.isPresent()) {
        ns.add("cost " + i + " (" + item.item() + ") states no basis: its amount is read as a fixed amount");
      }
      MoneyRange recorded = amount.map(a -> MoneyRange.exactly(currency, a)).orElse(MoneyRange.unknown(currency));
      is.add(new ItemCost(i, item.item(), basis, item.basis().isPresent(), total(basis, recorded),
          perParticipant(basis, recorded)));
    }
    this.lines = List.copyOf(ls);
    this.lineShares = List.copyOf(ss);
    this.items = List.copyOf(is);
    this.notes = List.copyOf(ns);
  }

  /**
   * The costing of a partnership whose amounts are all in one currency (or that records none).
   *
   * @param partnership the partnership
   * @return its costing, in the currency of its amounts (EUR when it records none)
   * @throws IllegalArgumentException when its amounts are in several currencies, naming them: use
   *     {@link #of(Partnership, ExchangeRates, Currency)}
   */
  public static Costing of(Partnership partnership) {
    Objects.requireNonNull(partnership, "partnership");
    Set<Currency> currencies = currencies(partnership);
    if (currencies.size() > 1) {
      throw new IllegalArgumentException("partnership " + partnership.id() + " records costs in "
          + currencies.stream().map(Currency::getCurrencyCode).sorted().collect(Collectors.joining(", "))
          + "; give exchange rates and a currency: Costing.of(partnership, rates, currency)");
    }
    Currency currency = currencies.isEmpty() ? Currency.getInstance("EUR") : currencies.iterator().next();
    return new Costing(partnership, currency, Optional.empty(), DIVISORS);
  }

  /**
   * The costing of a partnership in one currency, converting with the rates given.
   *
   * @param partnership the partnership
   * @param rates the rates, with their date
   * @param currency the currency to report in
   * @return its costing in {@code currency}
   * @throws IllegalArgumentException when a rate needed is missing, naming the currencies
   */
  public static Costing of(Partnership partnership, ExchangeRates rates, Currency currency) {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(currency, "currency");
    for (Currency c : currencies(partnership)) {
      if (!rates.converts(c, currency)) {
        throw new IllegalArgumentException("partnership " + partnership.id() + " records costs in "
            + c.getCurrencyCode() + ", but no rate from " + c.getCurrencyCode() + " to " + currency.getCurrencyCode()
            + " is among the " + rates);
      }
    }
    return new Costing(partnership, currency, Optional.of(rates), DIVISORS);
  }

  /**
   * The same costing with fixed costs divided by another kind of participant figure.
   *
   * @param kind the kind, for example {@link FigureKind#MIGRATED} for the cost per migrant
   * @return the costing divided by the largest headline figure of that kind, actual before planned
   */
  public Costing dividedBy(FigureKind kind) {
    return new Costing(partnership, currency, rates, List.of(Objects.requireNonNull(kind, "kind")));
  }

  static Set<Currency> currencies(Partnership p) {
    Set<Currency> out = new LinkedHashSet<>();
    for (CostItem item : p.costs()) {
      item.amount().ifPresent(m -> out.add(m.currency()));
      for (Payment pay : item.payments()) {
        pay.amount().ifPresent(m -> out.add(m.currency()));
        pay.above().ifPresent(m -> out.add(m.currency()));
      }
    }
    return out;
  }

  private BigDecimal convert(Money money) {
    return rates.map(r -> r.convert(money.currency(), money.amount(), currency)).orElse(money.amount());
  }

  // --- participants ---------------------------------------------------------------------------

  private static Participants participants(Partnership p, List<FigureKind> kinds) {
    for (boolean actual : new boolean[] {true, false}) {
      for (FigureKind kind : kinds) {
        Optional<Count> best = p.participants().stream()
            .filter(f -> f.kind() == kind && !f.womenOnly() && f.track().isEmpty() && f.country().isEmpty())
            .map(f -> actual ? f.actual() : f.planned()).flatMap(Optional::stream)
            .max(Comparator.naturalOrder());
        if (best.isPresent()) {
          String why = kind + " is the first of " + kinds + " the partnership records as a headline figure"
              + (actual ? "" : " (no actual value, so the planned one)")
              + "; the largest such figure is used, since figures given at several dates are usually cumulative";
          return new Participants(Optional.of(kind), actual, best.get(), why);
        }
      }
    }
    return new Participants(Optional.empty(), false, Count.atLeast(0),
        "the partnership records no headline figure of " + kinds + ", so costs per participant are unknown");
  }

  private MoneyRange total(CostBasis basis, MoneyRange recorded) {
    return basis == CostBasis.PER_MIGRANT ? recorded.times(participants.count()) : recorded;
  }

  private MoneyRange perParticipant(CostBasis basis, MoneyRange recorded) {
    return basis == CostBasis.PER_MIGRANT ? recorded : recorded.dividedBy(participants.count());
  }

  // --- lines ----------------------------------------------------------------------------------

  /**
   * The lines of one item read again with the item worth 100 (its shares in per cent): an amount
   * or threshold becomes its share of the item's amount, or 0 to 100 % when that is not recorded.
   */
  private List<LineShare> lineShares(int index, CostItem item, Optional<BigDecimal> amount, List<Line> itemLines) {
    MoneyRange hundred = MoneyRange.exactly(currency, HUNDRED);
    Function<BigDecimal, MoneyRange> share = amount.filter(a -> a.signum() > 0)
        .<Function<BigDecimal, MoneyRange>>map(a -> m -> MoneyRange.exactly(currency,
            m.multiply(HUNDRED).divide(a, MathContext.DECIMAL64)))
        .orElse(m -> MoneyRange.range(currency, BigDecimal.ZERO, HUNDRED));
    List<Line> shares = lines(index, item, hundred, share);
    List<LineShare> out = new ArrayList<>();
    for (int k = 0; k < itemLines.size(); k++) {
      out.add(new LineShare(itemLines.get(k), percent(shares.get(k).upfront()), percent(shares.get(k).borne())));
    }
    return out;
  }

  private static Percent percent(MoneyRange r) {
    BigDecimal lo = r.low().min(HUNDRED).setScale(2, RoundingMode.DOWN);
    BigDecimal hi = r.high().orElse(HUNDRED).min(HUNDRED).setScale(2, RoundingMode.UP).max(lo);
    return new Percent(lo.stripTrailingZeros(), hi.stripTrailingZeros());
  }

  /**
   * What each payer pays and bears of one item worth {@code whole}; {@code money} turns an amount
   * recorded in a payment (converted to the costing's currency) into the same units.
   */
  private List<Line> lines(int index, CostItem item, MoneyRange whole, Function<BigDecimal, MoneyRange> money) {
    List<Line> out = new ArrayList<>();
    if (item.payments().isEmpty()) {
      if (item.shares().isEmpty()) {
        out.add(new Line(index, item.item(), Optional.empty(), Optional.empty(), Optional.empty(), whole, whole,
            "payer not stated"));
      }
      for (PayerShare s : item.shares()) {
        MoneyRange part = whole.times(s.percent().movePointLeft(2));
        out.add(new Line(index, item.item(), Optional.of(s.payer()), side(s.payer(), Optional.empty(), Optional.empty()),
            Optional.of(s.percent()), part, part, "paid upfront, " + s.percent().toPlainString() + " %"));
      }
      return out;
    }
    List<Payment> upfrontPayments = item.payments().stream().filter(Costing::paysUpfront).toList();
    // upfront and borne per payer key, in order of first appearance
    Map<String, Payment> byKey = new LinkedHashMap<>();
    Map<String, MoneyRange> upfront = new LinkedHashMap<>();
    Map<String, MoneyRange> borne = new LinkedHashMap<>();
    Map<String, List<String>> how = new LinkedHashMap<>();
    // a deduction is recovered by the one employer, government or other payer who paid upfront;
    // a reimbursement by the one payer, the worker included, who paid upfront
    Optional<String> recoverFrom = single(upfrontPayments.stream().filter(p -> p.payer() != Payer.MIGRANT)
        .map(Costing::key).distinct().toList());
    Optional<String> reimburse = single(upfrontPayments.stream().map(Costing::key).distinct().toList());
    MoneyRange zero = MoneyRange.exactly(currency, BigDecimal.ZERO);
    for (Payment pay : item.payments()) {
      MoneyRange part = part(pay, whole, upfrontPayments.size() == 1 && paysUpfront(pay), money);
      String key = key(pay);
      byKey.putIfAbsent(key, pay);
      upfront.putIfAbsent(key, zero);
      borne.putIfAbsent(key, zero);
      PaymentMechanism mechanism = pay.mechanism().orElse(PaymentMechanism.UPFRONT);
      how.computeIfAbsent(key, k -> new ArrayList<>()).add(describe(pay));
      switch (mechanism) {
        case UPFRONT:
        case OTHER:
          upfront.merge(key, part, MoneyRange::plus);
          borne.merge(key, part, MoneyRange::plus);
          break;
        case WORKER_LOAN: {
          upfront.merge(key, part, MoneyRange::plus);
          String worker = workerKey(byKey, how);
          borne.putIfAbsent(worker, zero);
          upfront.putIfAbsent(worker, zero);
          borne.merge(worker, part, MoneyRange::plus);
          break;
        }
        case WAGE_DEDUCTION: {
          String worker = workerKey(byKey, how);
          borne.putIfAbsent(worker, zero);
          upfront.putIfAbsent(worker, zero);
          borne.merge(worker, part, MoneyRange::plus);
          recoverFrom.filter(k -> !k.equals(worker)).ifPresent(k -> borne.merge(k, part, MoneyRange::minus));
          break;
        }
        case REIMBURSEMENT:
          borne.merge(key, part, MoneyRange::plus);
          reimburse.filter(k -> !k.equals(key)).ifPresent(k -> borne.merge(k, part, MoneyRange::minus));
          break;
        default:
          throw new IllegalStateException("unhandled mechanism " + mechanism);
      }
    }
    for (Map.Entry<String, Payment> e : byKey.entrySet()) {
      Payment pay = e.getValue();
      Optional<BigDecimal> percent = item.payments().stream().filter(p -> key(p).equals(e.getKey()))
          .map(Payment::percent).flatMap(Optional::stream).reduce(BigDecimal::add);
      out.add(new Line(index, item.item(), Optional.of(pay.payer()), side(pay.payer(), pay.side(), pay.country()),
          percent, upfront.get(e.getKey()), borne.get(e.getKey()), String.join("; ", how.get(e.getKey()))));
    }
    unstatedRest(index, item, upfrontPayments, whole).ifPresent(out::add);
    return out;
  }

  /**
   * The part of an item that its upfront payments, all given as percentages, leave to no one: a
   * line whose payer is not stated (RSE's employer pays half of the airfare, and the sources do not
   * say who pays the other half). Unknown is not nobody: the worker may bear that part, so the
   * worker's share is not known, where adding up the recorded payments alone had said none.
   */
  private static Optional<Line> unstatedRest(int index, CostItem item, List<Payment> upfrontPayments,
      MoneyRange whole) {
    if (upfrontPayments.isEmpty() || !upfrontPayments.stream()
        .allMatch(p -> p.percent().isPresent() && p.amount().isEmpty() && p.above().isEmpty())) {
      return Optional.empty();
    }
    BigDecimal rest = HUNDRED.subtract(upfrontPayments.stream().map(p -> p.percent().orElseThrow())
        .reduce(BigDecimal.ZERO, BigDecimal::add));
    if (rest.signum() <= 0) {
      return Optional.empty();
    }
    MoneyRange part = whole.times(rest.movePointLeft(2));
    return Optional.of(new Line(index, item.item(), Optional.empty(), Optional.empty(), Optional.of(rest), part, part,
        "payer not stated, " + rest.toPlainString() + " %"));
  }

  private static Optional<String> single(List<String> keys) {
    return keys.size() == 1 ? Optional.of(keys.get(0)) : Optional.empty();
  }

  private static String workerKey(Map<String, Payment> byKey, Map<String, List<String>> how) {
    String key = Payer.MIGRANT.name() + "|" + Side.MIGRANT;
    byKey.putIfAbsent(key, Payment.builder().payer(Payer.MIGRANT).side(Side.MIGRANT).build());
    how.computeIfAbsent(key, k -> new ArrayList<>());
    return key;
  }

  private static String key(Payment pay) {
    if (pay.payer() == Payer.MIGRANT) {
      return Payer.MIGRANT.name() + "|" + Side.MIGRANT;
    }
    return pay.payer() + "|" + pay.side().map(Side::name).orElse("") + "|" + pay.country().map(Object::toString).orElse("");
  }

  private static boolean paysUpfront(Payment pay) {
    PaymentMechanism m = pay.mechanism().orElse(PaymentMechanism.UPFRONT);
    return m == PaymentMechanism.UPFRONT || m == PaymentMechanism.OTHER || m == PaymentMechanism.WORKER_LOAN;
  }

  private MoneyRange part(Payment pay, MoneyRange whole, boolean onlyUpfront, Function<BigDecimal, MoneyRange> money) {
    if (pay.amount().isPresent()) {
      return money.apply(convert(pay.amount().get()));
    }
    if (pay.percent().isPresent()) {
      return whole.times(pay.percent().get().movePointLeft(2));
    }
    if (pay.above().isPresent()) {
      return whole.minus(money.apply(convert(pay.above().get())));
    }
    if (onlyUpfront) {
      return whole;
    }
    return whole.high().map(h -> MoneyRange.range(currency, BigDecimal.ZERO, h)).orElse(MoneyRange.unknown(currency));
  }

  private static String describe(Payment pay) {
    StringBuilder s = new StringBuilder(pay.mechanism().map(m -> m.name().toLowerCase().replace('_', ' '))
        .orElse("paid"));
    pay.percent().ifPresent(p -> s.append(' ').append(p.toPlainString()).append(" %"));
    pay.amount().ifPresent(a -> s.append(' ').append(a));
    pay.above().ifPresent(a -> s.append(" above ").append(a));
    return s.toString();
  }

  private Optional<Side> side(Payer payer, Optional<Side> recorded, Optional<io.github.smpkit.core.code.Country> country) {
    if (recorded.isPresent()) {
      return recorded;
    }
    if (country.isPresent()) {
      Set<PartyRole> roles = partnership.parties().stream().filter(p -> p.country().equals(country.get()))
          .map(Party::role).collect(Collectors.toSet());
      if (roles.size() == 1) {
        return Optional.of(roles.contains(PartyRole.ORIGIN) ? Side.ORIGIN : Side.DESTINATION);
      }
    }
    switch (payer) {
      case DESTINATION_GOVERNMENT:
        return Optional.of(Side.DESTINATION);
      case ORIGIN_GOVERNMENT:
        return Optional.of(Side.ORIGIN);
      case MIGRANT:
        return Optional.of(Side.MIGRANT);
      case INTERNATIONAL_ORGANISATION:
      case DEVELOPMENT_BANK:
        return Optional.of(Side.INTERNATIONAL);
      default:
        Optional<Side> funders = fundersSide(payer);
        return payer == Payer.EMPLOYER ? Optional.of(funders.orElse(Side.DESTINATION)) : funders;
    }
  }

  private Optional<Side> fundersSide(Payer payer) {
    Set<Optional<Side>> sides = new LinkedHashSet<>();
    for (FundingSource f : partnership.fundingSources()) {
      if (f.type() == payer) {
        Optional<Side> s = f.side();
        if (s.isEmpty() && f.country().isPresent()) {
          Set<PartyRole> roles = partnership.parties().stream().filter(p -> p.country().equals(f.country().get()))
              .map(Party::role).collect(Collectors.toSet());
          s = roles.size() == 1 ? Optional.of(roles.contains(PartyRole.ORIGIN) ? Side.ORIGIN : Side.DESTINATION)
              : Optional.empty();
        }
        sides.add(s);
      }
    }
    return sides.size() == 1 ? sides.iterator().next() : Optional.empty();
  }

  // --- results --------------------------------------------------------------------------------

  /** {@return the partnership costed} */
  public Partnership partnership() {
    return partnership;
  }

  /** {@return the currency every amount is reported in} */
  public Currency currency() {
    return currency;
  }

  /** {@return the rates used to convert, with their date; empty when nothing was converted} */
  public Optional<ExchangeRates> rates() {
    return rates;
  }

  /** {@return the participant figure fixed costs are divided by, and why} */
  public Participants participants() {
    return participants;
  }

  /** {@return what each payer pays and bears for each item, in the order of the items} */
  public List<Line> lines() {
    return lines;
  }

  /**
   * What each payer pays upfront and finally bears of each item, as shares of the item in per cent,
   * known within bounds even where amounts are not recorded: the "who pays" of Table 3 after wage
   * deductions, reimbursements and loans (ch. 11 and 12).
   *
   * @return one entry per line, in the order of {@link #lines()}
   */
  public List<LineShare> lineShares() {
    return lineShares;
  }

  /** {@return the cost of each item, in total and per participant} */
  public List<ItemCost> items() {
    return items;
  }

  /** {@return how the record was read where it is silent, for example an amount without a basis} */
  public List<String> notes() {
    return notes;
  }

  /** {@return whether any cost item records an amount} */
  public boolean hasAmounts() {
    return partnership.costs().stream().anyMatch(c -> c.amount().isPresent());
  }

  /** {@return the cost of the partnership for all its participants} */
  public MoneyRange total() {
    return items.stream().map(ItemCost::total).reduce(zero(), MoneyRange::plus);
  }

  /** {@return the cost per participant} */
  public MoneyRange perParticipant() {
    return items.stream().map(ItemCost::perParticipant).reduce(zero(), MoneyRange::plus);
  }

  /** {@return the total cost of each item kind, for all participants, in the order of Table 3} */
  public Map<CostItemKind, MoneyRange> byItem() {
    Map<CostItemKind, MoneyRange> out = new java.util.EnumMap<>(CostItemKind.class);
    items.forEach(i -> out.merge(i.item(), i.total(), MoneyRange::plus));
    return out;
  }

  /**
   * What each payer pays upfront and finally bears, for all participants and per participant, in the
   * order payers first appear; costs whose payer is not recorded are one entry without a payer.
   *
   * @return one entry per payer and side
   */
  public List<PayerCost> byPayer() {
    Map<String, PayerCost> out = new LinkedHashMap<>();
    for (Line l : lines) {
      String key = l.payer().map(Payer::name).orElse("") + "|" + l.side().map(Side::name).orElse("");
      ItemCost ic = items.get(l.itemIndex());
      PayerCost add = new PayerCost(l.payer(), l.side(), total(ic.basis(), l.upfront()), total(ic.basis(), l.borne()),
          perParticipant(ic.basis(), l.upfront()), perParticipant(ic.basis(), l.borne()));
      out.merge(key, add, (a, b) -> new PayerCost(a.payer(), a.side(), a.upfront().plus(b.upfront()),
          a.borne().plus(b.borne()), a.upfrontPerParticipant().plus(b.upfrontPerParticipant()),
          a.bornePerParticipant().plus(b.bornePerParticipant())));
    }
    return List.copyOf(out.values());
  }

  /**
   * What each side finally bears, for all participants; the entry with an empty side holds costs
   * whose payer's side cannot be derived, or whose payer is not recorded.
   *
   * @return the cost borne per side, sides in their declared order, unknown last
   */
  public Map<Optional<Side>, MoneyRange> bySide() {
    Map<Optional<Side>, MoneyRange> out = new LinkedHashMap<>();
    List<PayerCost> payers = byPayer();
    for (Side s : Side.values()) {
      payers.stream().filter(p -> p.side().equals(Optional.of(s)))
          .forEach(p -> out.merge(Optional.of(s), p.borne(), MoneyRange::plus));
    }
    payers.stream().filter(p -> p.side().isEmpty())
        .forEach(p -> out.merge(Optional.empty(), p.borne(), MoneyRange::plus));
    return out;
  }

  /**
   * What the migrant worker finally bears per participant: paid, deducted from wages or repaid.
   * A cost whose payer is not recorded may fall on the worker, so it counts from zero up to its
   * whole amount.
   *
   * @return the range of what the worker bears per participant
   */
  public MoneyRange borneByWorkerPerParticipant() {
    MoneyRange out = zero();
    for (PayerCost p : byPayer()) {
      if (p.side().equals(Optional.of(Side.MIGRANT))) {
        out = out.plus(p.bornePerParticipant());
      } else if (p.payer().isEmpty()) {
        out = out.plus(MoneyRange.range(currency, BigDecimal.ZERO, p.bornePerParticipant().high().orElse(null)));
      }
    }
    return out;
  }

  /**
   * The share of the cost per participant the worker bears, in per cent with two decimals (the
   * lower bound rounded down, the upper up). When amounts are missing but every item records the
   * same share for the worker (for example none, or 50 % of the only item), that share is the answer.
   * A share is never above 100 %, even where payments record more than an item's amount
   * ({@link #notes()} says where).
   *
   * @return the range of the share; empty when it cannot be known
   */
  public Optional<Percent> workerShare() {
    MoneyRange worker = borneByWorkerPerParticipant();
    MoneyRange all = perParticipant();
    if (all.high().isPresent() && all.high().get().signum() > 0) {
      BigDecimal lo = worker.low().multiply(HUNDRED).divide(all.high().get(), 2, RoundingMode.DOWN).min(HUNDRED);
      BigDecimal hi = worker.high().isEmpty() || all.low().signum() == 0 ? HUNDRED
          : worker.high().get().multiply(HUNDRED).divide(all.low(), 2, RoundingMode.UP).min(HUNDRED);
      return Optional.of(new Percent(lo, hi.max(lo)));
    }
    Set<Optional<BigDecimal>> perItem = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      perItem.add(workerPercent(i));
    }
    if (perItem.size() == 1 && perItem.iterator().next().isPresent()) {
      BigDecimal p = perItem.iterator().next().get();
      return Optional.of(new Percent(p, p));
    }
    return Optional.empty();
  }

  /** The worker's recorded share of one item; empty when a part of it has no stated payer or share. */
  private Optional<BigDecimal> workerPercent(int item) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Line l : lines) {
      if (l.itemIndex() != item) {
        continue;
      }
      if (l.payer().isEmpty()) {
        return Optional.empty();
      }
      if (l.side().equals(Optional.of(Side.MIGRANT))) {
        if (l.percent().isEmpty()) {
          return Optional.empty();
        }
        sum = sum.add(l.percent().get());
      }
    }
    return Optional.of(sum.min(HUNDRED));
  }

  /**
   * The cost items the worker bears a part of, with the share recorded for the worker, whatever
   * their amounts: for example PALM's seasonal workers bear their travel above AUD 300.
   *
   * @return the lines borne by the worker
   */
  public List<Line> workerLines() {
    return lines.stream().filter(l -> l.side().equals(Optional.of(Side.MIGRANT))).toList();
  }

  /**
   * A share in per cent known within bounds, for example the worker's share of the cost per
   * participant (ch. 11 and 12); {@link RecruitmentCostIndicator} uses it for months of earnings.
   *
   * @param low the lower bound
   * @param high the upper bound
   */
  public record Percent(BigDecimal low, BigDecimal high) {
    /**
     * Checks the bounds.
     *
     * @param low the lower bound
     * @param high the upper bound
     */
    public Percent {
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      if (low.compareTo(high) > 0) {
        throw new IllegalArgumentException("the lower bound " + low + " is above the upper bound " + high);
      }
    }

    /** For example {@code 50 %} or {@code 40 to 60 %}. */
    @Override
    public String toString() {
      String lo = low.stripTrailingZeros().toPlainString();
      return low.compareTo(high) == 0 ? lo + " %" : lo + " to " + high.stripTrailingZeros().toPlainString() + " %";
    }
  }

  private MoneyRange zero() {
    return MoneyRange.exactly(currency, BigDecimal.ZERO);
  }

  /** A table of the payers: upfront and borne, in total and per participant. */
  @Override
  public String toString() {
    TextTable t = new TextTable("payer", "side", "pays upfront", "finally bears", "bears per participant").right(2, 3, 4);
    for (PayerCost p : byPayer()) {
      t.row(p.label(), p.side().map(Side::name).orElse("not known"), p.upfront(), p.borne(), p.bornePerParticipant());
    }
    return partnership.id() + ": total " + total() + ", per participant " + perParticipant() + " (divided by "
        + participants + ")\n" + t.render("");
  }
}
