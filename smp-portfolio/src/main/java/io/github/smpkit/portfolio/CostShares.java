package io.github.smpkit.portfolio;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.funding.CostCategory;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who carries the costs of a portfolio's partnerships, from the payer shares of their cost items
 * (IOM SMP Guidance 2023, ch. 11 and Table 3), and how much falls on migrants themselves, which
 * the employer-pays principle (ch. 12) says should be nothing for recruitment.
 *
 * <p>Only cost items that state shares count; items without shares are counted apart in
 * {@link #itemsWithoutShares()}. Percentages are exact decimals; the mean share is rounded to one
 * decimal place, half up.
 *
 * <p>These are the shares as recorded on the cost items, not what each payer finally bears: a
 * part that a worker repays through wage deductions or a loan is recorded as a payment
 * (PALM's travel costs above AUD 300), and is not seen here. For who pays upfront and who finally
 * bears each item, payments included, use {@link Costing} ({@link Costing#lineShares()}), as
 * smp-html's "who pays" chart does.
 */
public final class CostShares {

  /**
   * One payer's share of one cost item.
   *
   * @param partnershipId the partnership
   * @param item the Table 3 item
   * @param category the item's Table 3 category
   * @param payer who pays
   * @param percent the share in per cent
   */
  public record Share(String partnershipId, CostItemKind item, CostCategory category, Payer payer, BigDecimal percent) {
    /**
     * Checks the components and copies the lists.
     *
     * @param partnershipId the partnership
     * @param item the Table 3 item
     * @param category the item's Table 3 category
     * @param payer who pays
     * @param percent the share in per cent
     */
    public Share {
      Objects.requireNonNull(partnershipId, "partnershipId");
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(payer, "payer");
      Objects.requireNonNull(percent, "percent");
    }
  }

  /**
   * What one payer carries across the portfolio.
   *
   * @param payer who pays
   * @param items the number of cost items it pays a share of
   * @param fullyCarried the number of those it pays in full
   * @param meanPercent its mean share over those items, in per cent
   * @param partnershipIds the partnerships where it pays a share of something
   */
  public record PayerSummary(Payer payer, int items, int fullyCarried, BigDecimal meanPercent,
      List<String> partnershipIds) {
    /**
     * Checks the components and copies the lists.
     *
     * @param payer who pays
     * @param items the number of cost items it pays a share of
     * @param fullyCarried the number of those it pays in full
     * @param meanPercent its mean share over those items, in per cent
     * @param partnershipIds the partnerships where it pays a share of something
     */
    public PayerSummary {
      Objects.requireNonNull(payer, "payer");
      Objects.requireNonNull(meanPercent, "meanPercent");
      partnershipIds = List.copyOf(partnershipIds);
    }
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<Share> shares;
  private final int itemsWithShares;
  private final int itemsWithoutShares;

  private CostShares(List<Share> shares, int itemsWithShares, int itemsWithoutShares) {
    this.shares = List.copyOf(shares);
    this.itemsWithShares = itemsWithShares;
    this.itemsWithoutShares = itemsWithoutShares;
  }

  static CostShares of(Collection<Partnership> partnerships) {
    List<Share> shares = new ArrayList<>();
    int with = 0;
    int without = 0;
    for (Partnership p : partnerships) {
      for (CostItem item : p.costs()) {
        if (item.shares().isEmpty()) {
          without++;
          continue;
        }
        with++;
        for (PayerShare s : item.shares()) {
          shares.add(new Share(p.id(), item.item(), item.category(), s.payer(), s.percent()));
        }
      }
    }
    return new CostShares(shares, with, without);
  }

  /**
   * Every payer share, by partnership in portfolio order, then in the order of the cost items.
   *
   * @return every payer share, by partnership in portfolio order, then in the order of the cost items
   */
  public List<Share> shares() {
    return shares;
  }

  /**
   * The number of cost items that state who pays.
   *
   * @return the number of cost items that state who pays
   */
  public int itemsWithShares() {
    return itemsWithShares;
  }

  /**
   * The number of cost items that do not state who pays.
   *
   * @return the number of cost items that do not state who pays
   */
  public int itemsWithoutShares() {
    return itemsWithoutShares;
  }

  /**
   * What each payer carries, in the order of {@link Payer}; payers that carry nothing are left out.
   *
   * @return what each payer carries, in the order of {@link Payer}; payers that carry nothing are left out
   */
  public List<PayerSummary> byPayer() {
    Map<Payer, List<Share>> byPayer = new EnumMap<>(Payer.class);
    shares.forEach(s -> byPayer.computeIfAbsent(s.payer(), x -> new ArrayList<>()).add(s));
    List<PayerSummary> out = new ArrayList<>();
    byPayer.forEach((payer, list) -> {
      BigDecimal sum = list.stream().map(Share::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
      int full = (int) list.stream().filter(s -> s.percent().compareTo(HUNDRED) == 0).count();
      out.add(new PayerSummary(payer, list.size(), full,
          sum.divide(BigDecimal.valueOf(list.size()), 1, RoundingMode.HALF_UP),
          List.copyOf(new TreeSet<>(list.stream().map(Share::partnershipId).toList()))));
    });
    return out;
  }

  /**
   * What one payer carries, if anything.
   *
   * @param payer the payer
   * @return what one payer carries, if anything
   */
  public Optional<PayerSummary> of(Payer payer) {
    return byPayer().stream().filter(s -> s.payer() == payer).findFirst();
  }

  /**
   * The shares that migrants carry themselves.
   *
   * @return the shares that migrants carry themselves
   */
  public List<Share> carriedByMigrants() {
    return shares.stream().filter(s -> s.payer() == Payer.MIGRANT).toList();
  }

  /**
   * An aligned table per payer, then the shares migrants carry.
   *
   * @return an aligned table per payer, then the shares migrants carry
   */
  @Override
  public String toString() {
    TextTable t = new TextTable("payer", "items", "in full", "mean share %", "partnerships").right(1, 2, 3)
        .wrap(4, 50);
    for (PayerSummary s : byPayer()) {
      t.row(s.payer(), s.items(), s.fullyCarried(), s.meanPercent().toPlainString(),
          String.join(", ", s.partnershipIds()));
    }
    StringBuilder out = new StringBuilder(t.render(""));
    out.append(itemsWithShares).append(" cost items state who pays; ").append(itemsWithoutShares)
        .append(" do not.\n");
    List<Share> migrants = carriedByMigrants();
    if (migrants.isEmpty()) {
      out.append("Migrants carry no stated share.\n");
    } else {
      out.append("Migrants carry:\n");
      for (Share s : migrants) {
        out.append("  ").append(s.partnershipId()).append(": ").append(s.percent().toPlainString()).append(" % of ")
            .append(s.item()).append(" (").append(s.category()).append(")\n");
      }
    }
    return out.toString();
  }

  /**
   * RFC 4180 CSV, one row per share: {@code partnership,item,category,payer,percent}.
   *
   * @return rFC 4180 CSV, one row per share: {@code partnership,item,category,payer,percent}
   */
  public String toCsv() {
    CsvWriter csv = new CsvWriter().row("partnership", "item", "category", "payer", "percent");
    for (Share s : shares) {
      csv.row(s.partnershipId(), s.item().name(), s.category().name(), s.payer().name(), s.percent().toPlainString());
    }
    return csv.toString();
  }
}
