package io.github.smpkit.html.internal;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.funding.CostItem;
import io.github.smpkit.core.funding.CostItemKind;
import io.github.smpkit.core.funding.Payer;
import io.github.smpkit.core.funding.PayerShare;
import io.github.smpkit.portfolio.Costing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who finally bears the cost items across a portfolio, counted from each partnership's
 * {@link Costing} (IOM SMP Guidance 2023, ch. 11, Table 3; ch. 12 on the employer-pays principle):
 * the attribution is Costing's, this only counts its lines per payer. A partnership whose costing
 * cannot be computed (amounts in several currencies, no exchange rates) contributes its items
 * without payments by their shares, and its items with payments as not worked out.
 *
 * @param payers what each payer bears, in the order of {@link Payer}
 * @param stated the number of cost items that state who pays
 * @param notStated the number of cost items that do not
 * @param notWorkedOut the number of items with payments whose costing cannot be computed
 * @param worker the parts of items the worker finally bears
 */
record Burdens(List<Burden> payers, int stated, int notStated, int notWorkedOut, List<WorkerPart> worker) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * What one payer bears across the portfolio.
   *
   * @param payer who
   * @param items the items it finally bears a part of, known or not
   * @param inFull those it bears in full
   * @param notQuantified those whose part is not recorded (known only within bounds)
   * @param meanKnown its mean share of the items whose part is known
   * @param upfront the items it pays a part of upfront
   * @param partnershipIds where it pays or bears something, sorted
   */
  record Burden(Payer payer, int items, int inFull, int notQuantified, Optional<BigDecimal> meanKnown, int upfront,
      List<String> partnershipIds) {}

  /**
   * A part of one item the worker finally bears.
   *
   * @param partnershipId the partnership
   * @param item the item
   * @param share its share, within bounds
   * @param how how it is paid, in words (may be empty)
   */
  record WorkerPart(String partnershipId, CostItemKind item, Costing.Percent share, String how) {}

  /** The burdens of the partnerships given, in their order. */
  static Burdens of(List<Partnership> partnerships) {
    Map<Payer, Tally> tallies = new EnumMap<>(Payer.class);
    List<WorkerPart> worker = new ArrayList<>();
    int stated = 0;
    int notStated = 0;
    int notWorkedOut = 0;
    for (Partnership p : partnerships) {
      Optional<Costing> costing;
      try {
        costing = Optional.of(Costing.of(p));
      } catch (IllegalArgumentException e) {
        costing = Optional.empty();
      }
      for (int i = 0; i < p.costs().size(); i++) {
        CostItem item = p.costs().get(i);
        Map<Payer, Costing.Percent[]> parts = new EnumMap<>(Payer.class);
        Map<Payer, List<String>> how = new EnumMap<>(Payer.class);
        if (costing.isPresent()) {
          int index = i;
          for (Costing.LineShare l : costing.get().lineShares()) {
            if (l.line().itemIndex() != index || l.line().payer().isEmpty()) {
              continue;
            }
            Payer payer = l.line().payer().get();
            parts.merge(payer, new Costing.Percent[] {l.upfront(), l.borne()},
                (a, b) -> new Costing.Percent[] {plus(a[0], b[0]), plus(a[1], b[1])});
            if (!item.payments().isEmpty() && !l.line().how().isEmpty()) {
              how.computeIfAbsent(payer, x -> new ArrayList<>()).add(l.line().how());
            }
          }
        } else if (!item.payments().isEmpty()) {
          notWorkedOut++;
          continue;
        } else {
          for (PayerShare s : item.shares()) {
            Costing.Percent share = new Costing.Percent(s.percent(), s.percent());
            parts.merge(s.payer(), new Costing.Percent[] {share, share},
                (a, b) -> new Costing.Percent[] {plus(a[0], b[0]), plus(a[1], b[1])});
          }
        }
        if (parts.isEmpty()) {
          notStated++;
          continue;
        }
        stated++;
        for (Map.Entry<Payer, Costing.Percent[]> e : parts.entrySet()) {
          Costing.Percent up = e.getValue()[0];
          Costing.Percent borne = e.getValue()[1];
          if (zero(up) && zero(borne)) {
            continue;
          }
          tallies.computeIfAbsent(e.getKey(), x -> new Tally()).add(p.id(), up, borne);
          if (e.getKey() == Payer.MIGRANT && !zero(borne)) {
            worker.add(new WorkerPart(p.id(), item.item(), borne, String.join("; ", how.getOrDefault(e.getKey(),
                List.of()))));
          }
        }
      }
    }
    List<Burden> payers = new ArrayList<>();
    tallies.forEach((payer, t) -> payers.add(t.burden(payer)));
    return new Burdens(List.copyOf(payers), stated, notStated, notWorkedOut, List.copyOf(worker));
  }

  private static boolean zero(Costing.Percent p) {
    return p.high().signum() == 0;
  }

  private static boolean exact(Costing.Percent p) {
    return p.low().compareTo(p.high()) == 0;
  }

  private static Costing.Percent plus(Costing.Percent a, Costing.Percent b) {
    return new Costing.Percent(a.low().add(b.low()).min(HUNDRED), a.high().add(b.high()).min(HUNDRED));
  }

  /** The counts of one payer while reading the portfolio. */
  private static final class Tally {
    private int items;
    private int inFull;
    private int notQuantified;
    private int upfront;
    private int known;
    private BigDecimal knownSum = BigDecimal.ZERO;
    private final TreeSet<String> ids = new TreeSet<>();

    void add(String id, Costing.Percent up, Costing.Percent borne) {
      ids.add(id);
      if (!zero(up)) {
        upfront++;
      }
      if (zero(borne)) {
        return;
      }
      items++;
      if (exact(borne)) {
        known++;
        knownSum = knownSum.add(borne.low());
        if (borne.low().compareTo(HUNDRED) == 0) {
          inFull++;
        }
      } else {
        notQuantified++;
      }
    }

    Burden burden(Payer payer) {
      Optional<BigDecimal> mean = known == 0 ? Optional.empty()
          : Optional.of(knownSum.divide(BigDecimal.valueOf(known), 1, RoundingMode.HALF_UP));
      return new Burden(payer, items, inFull, notQuantified, mean, upfront, List.copyOf(ids));
    }
  }
}
