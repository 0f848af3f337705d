package io.github.smpkit.portfolio;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Participant numbers across a portfolio, planned and actual kept apart (IOM SMP Guidance 2023,
 * ch. 5 on data): the headline figure of each partnership per kind, and their totals.
 *
 * <p>A headline figure counts everyone: it is not limited to women, one track or one country,
 * and its kind is not {@link FigureKind#OTHER}. When a partnership gives several headline figures
 * of one kind (for example at different dates), the largest is used, since such figures are
 * usually cumulative. Totals keep the bounds honest: the sum of "at least 400" and "30" is "at
 * least 430"; the sum of "about 105" and "30" is "about 135"; a sum of ranges is a range.
 */
public final class ParticipantTotals {

  /**
   * The headline figure of one partnership for one kind.
   *
   * @param partnershipId the partnership
   * @param kind what is counted
   * @param planned the number planned, if stated
   * @param actual the number achieved, if stated
   */
  public record Headline(String partnershipId, FigureKind kind, Optional<Count> planned, Optional<Count> actual) {
    /**
     * Checks the components and copies the lists.
     *
     * @param partnershipId the partnership
     * @param kind what is counted
     * @param planned the number planned, if stated
     * @param actual the number achieved, if stated
     */
    public Headline {
      Objects.requireNonNull(partnershipId, "partnershipId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(planned, "planned");
      Objects.requireNonNull(actual, "actual");
    }
  }

  /**
   * The totals for one kind of figure.
   *
   * @param kind what is counted
   * @param planned the sum of the planned headline figures; empty when none is stated
   * @param plannedFrom the partnerships that state a planned figure
   * @param actual the sum of the actual headline figures; empty when none is stated
   * @param actualFrom the partnerships that state an actual figure
   */
  public record Total(FigureKind kind, Optional<Count> planned, List<String> plannedFrom, Optional<Count> actual,
      List<String> actualFrom) {
    /**
     * Checks the components and copies the lists.
     *
     * @param kind what is counted
     * @param planned the sum of the planned headline figures; empty when none is stated
     * @param plannedFrom the partnerships that state a planned figure
     * @param actual the sum of the actual headline figures; empty when none is stated
     * @param actualFrom the partnerships that state an actual figure
     */
    public Total {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(planned, "planned");
      Objects.requireNonNull(actual, "actual");
      plannedFrom = List.copyOf(plannedFrom);
      actualFrom = List.copyOf(actualFrom);
    }
  }

  private final List<Headline> headlines;
  private final Map<FigureKind, Total> totals;

  private ParticipantTotals(List<Headline> headlines, Map<FigureKind, Total> totals) {
    this.headlines = List.copyOf(headlines);
    this.totals = totals;
  }

  static ParticipantTotals of(Collection<Partnership> partnerships) {
    List<Headline> headlines = new ArrayList<>();
    for (Partnership p : partnerships) {
      for (FigureKind kind : FigureKind.values()) {
        if (kind == FigureKind.OTHER) {
          continue;
        }
        List<ParticipantFigure> figures = p.participants().stream()
            .filter(f -> f.kind() == kind && !f.womenOnly() && f.track().isEmpty() && f.country().isEmpty())
            .toList();
        Optional<Count> planned = figures.stream().flatMap(f -> f.planned().stream()).max(Comparator.naturalOrder());
        Optional<Count> actual = figures.stream().flatMap(f -> f.actual().stream()).max(Comparator.naturalOrder());
        if (planned.isPresent() || actual.isPresent()) {
          headlines.add(new Headline(p.id(), kind, planned, actual));
        }
      }
    }
    Map<FigureKind, Total> totals = new EnumMap<>(FigureKind.class);
    for (FigureKind kind : FigureKind.values()) {
      List<Headline> ofKind = headlines.stream().filter(h -> h.kind() == kind).toList();
      if (ofKind.isEmpty()) {
        continue;
      }
      List<Count> planned = ofKind.stream().flatMap(h -> h.planned().stream()).toList();
      List<Count> actual = ofKind.stream().flatMap(h -> h.actual().stream()).toList();
      totals.put(kind, new Total(kind, sum(planned),
          ofKind.stream().filter(h -> h.planned().isPresent()).map(Headline::partnershipId).toList(),
          sum(actual), ofKind.stream().filter(h -> h.actual().isPresent()).map(Headline::partnershipId).toList()));
    }
    return new ParticipantTotals(headlines, totals);
  }

  /**
   * The sum of counts with honest bounds: open above when any is open; approximate ("about") when
   * every bound is known, the sum is a single number and any count is approximate; a range
   * otherwise. Empty when there is nothing to add.
   *
   * @param counts the counts to add
   * @return their sum, or empty when {@code counts} is empty
   */
  public static Optional<Count> sum(Collection<Count> counts) {
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    long lower = 0;
    long upper = 0;
    boolean open = false;
    boolean approximate = false;
    for (Count c : counts) {
      lower = Math.addExact(lower, c.lower());
      if (c.upper().isPresent()) {
        upper = Math.addExact(upper, c.upper().get());
      } else {
        open = true;
      }
      approximate |= c.isApproximate();
    }
    if (open) {
      return Optional.of(Count.atLeast(lower));
    }
    if (lower == upper) {
      return Optional.of(approximate ? Count.about(lower) : Count.exactly(lower));
    }
    return Optional.of(lower == 0 ? Count.atMost(upper) : Count.between(lower, upper));
  }

  /**
   * The headline figures, by partnership (in portfolio order) and kind.
   *
   * @return the headline figures, by partnership (in portfolio order) and kind
   */
  public List<Headline> headlines() {
    return headlines;
  }

  /**
   * The totals, one per kind that any partnership states, in the order of {@link FigureKind}.
   *
   * @return the totals, one per kind that any partnership states, in the order of {@link FigureKind}
   */
  public List<Total> totals() {
    return List.copyOf(totals.values());
  }

  /**
   * The total for one kind, if any partnership states it.
   *
   * @param kind the kind of figure
   * @return the total for one kind, if any partnership states it
   */
  public Optional<Total> total(FigureKind kind) {
    return Optional.ofNullable(totals.get(kind));
  }

  /**
   * The headline figures of partnerships that state both a planned and an actual value, to compare the two.
   *
   * @return the headline figures of partnerships that state both a planned and an actual value, to compare the two
   */
  public List<Headline> plannedAndActual() {
    return headlines.stream().filter(h -> h.planned().isPresent() && h.actual().isPresent()).toList();
  }

  /**
   * An aligned table of the totals per kind: planned and actual sums and how many partnerships state each.
   *
   * @return an aligned table of the totals per kind: planned and actual sums and how many partnerships state each
   */
  @Override
  public String toString() {
    TextTable t = new TextTable("figure", "planned", "from", "actual", "from").right(1, 2, 3, 4);
    for (Total total : totals.values()) {
      t.row(total.kind(), total.planned().map(Count::toString).orElse("-"), total.plannedFrom().size(),
          total.actual().map(Count::toString).orElse("-"), total.actualFrom().size());
    }
    return t.render("");
  }

  /**
   * RFC 4180 CSV of the headline figures, one row per partnership and kind, with each count as
   * its text and its bounds: {@code partnership,figure,planned,planned_lower,planned_upper,
   * planned_approximate,actual,actual_lower,actual_upper,actual_approximate}; an open upper bound
   * and an absent value are empty cells.
   *
   * @return the CSV text
   */
  public String toCsv() {
    CsvWriter csv = new CsvWriter().row("partnership", "figure", "planned", "planned_lower", "planned_upper",
        "planned_approximate", "actual", "actual_lower", "actual_upper", "actual_approximate");
    for (Headline h : headlines) {
      List<String> row = new ArrayList<>(List.of(h.partnershipId(), h.kind().name()));
      row.addAll(cells(h.planned()));
      row.addAll(cells(h.actual()));
      csv.row(row);
    }
    return csv.toString();
  }

  private static List<String> cells(Optional<Count> count) {
    if (count.isEmpty()) {
      return List.of("", "", "", "");
    }
    Count c = count.get();
    return List.of(c.toString(), Long.toString(c.lower()), c.upper().map(String::valueOf).orElse(""),
        Boolean.toString(c.isApproximate()));
  }
}
