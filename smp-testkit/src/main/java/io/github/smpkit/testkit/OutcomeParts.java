package io.github.smpkit.testkit;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.SkillsPhase;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.outcome.FigureKind;
import io.github.smpkit.core.outcome.Outcome;
import io.github.smpkit.core.outcome.OutcomeKind;
import io.github.smpkit.core.outcome.ParticipantFigure;
import io.github.smpkit.core.training.Track;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The generator's part for smp-core's {@code outcome} package: counts, participant figures and outcomes. */
final class OutcomeParts {

  private final Draws d;
  private final TimeParts time;
  private final FundingParts funding;

  OutcomeParts(Draws d, TimeParts time, FundingParts funding) {
    this.d = d;
    this.time = time;
    this.funding = funding;
  }

  Count count() {
    if (d.hostile && d.random().nextInt(3) == 0) {
      return hostileCount();
    }
    long n = d.random().nextInt(3) == 0 ? d.random().nextLong(50) : d.random().nextLong(5_000);
    return switch (d.random().nextInt(5)) {
      case 0 -> Count.exactly(n);
      case 1 -> Count.atLeast(n);
      case 2 -> Count.atMost(n);
      case 3 -> Count.about(n);
      default -> Count.between(n, n + d.random().nextLong(1_000));
    };
  }

  private Count hostileCount() {
    return switch (d.random().nextInt(4)) {
      case 0 -> Count.exactly(Long.MAX_VALUE);
      case 1 -> Count.atLeast(Long.MAX_VALUE);
      case 2 -> Count.between(0, Long.MAX_VALUE);
      default -> Count.between(Long.MAX_VALUE - 1, Long.MAX_VALUE);
    };
  }

  /** A participant figure in one of {@code countries}. */
  ParticipantFigure participantFigure(List<Country> countries) {
    FigureKind kind = d.oneOf(FigureKind.class);
    Optional<Count> planned = d.maybe(this::count);
    Optional<Count> actual = d.maybe(this::count);
    if (planned.isEmpty() && actual.isEmpty()) {
      actual = Optional.of(count());
    }
    return ParticipantFigure.builder()
        .kind(kind)
        .planned(planned)
        .actual(actual)
        .womenOnly(d.random().nextInt(4) == 0)
        .track(d.maybe(() -> d.oneOf(Track.class)))
        .country(d.maybe(() -> d.pick(countries)))
        .asOf(d.maybe(time::partialDate))
        .description(d.described(kind))
        .build();
  }

  /** An outcome standing alone, drawn from the second source. */
  Outcome outcome() {
    return d.later(() -> outcome(CodeParts.COUNTRIES));
  }

  /** An outcome in one of {@code countries}. */
  Outcome outcome(List<Country> countries) {
    OutcomeKind kind = d.oneOf(OutcomeKind.class);
    Optional<Count> count = d.maybe(this::count);
    Optional<BigDecimal> percent = d.maybe(() -> BigDecimal.valueOf(d.random().nextInt(10_001), 2));
    Optional<Money> amount = d.maybe(funding::money);
    if (count.isEmpty() && percent.isEmpty() && amount.isEmpty()) {
      count = Optional.of(count());
    }
    return Outcome.builder()
        .kind(kind)
        .count(count)
        .percent(percent)
        .amount(amount)
        .skillsPhase(d.maybe(() -> d.oneOf(SkillsPhase.class)))
        .track(d.maybe(() -> d.oneOf(Track.class)))
        .country(d.maybe(() -> d.pick(countries)))
        .asOf(d.maybe(time::partialDate))
        .description(d.described(kind))
        .build();
  }

  /**
   * Keeps the figures consistent: a women-only figure whose count could exceed its total
   * figure's upper bound (same kind, track, country and date) is turned into a figure for
   * everyone. Draws nothing from the random source, so seeds keep their meaning.
   */
  static List<ParticipantFigure> withinTotals(List<ParticipantFigure> figures) {
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
}
