package io.github.smpkit.testkit;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.time.ChangeKind;
import io.github.smpkit.core.time.DatedChange;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The generator's part for smp-core's {@code time} package: dates, time frames and dated changes. */
final class TimeParts {

  private final Draws d;

  TimeParts(Draws d) {
    this.d = d;
  }

  PartialDate partialDate() {
    if (d.hostile && d.random().nextInt(4) == 0) {
      return partialDate(d.random().nextBoolean() ? 1 + d.random().nextInt(9999)
          : d.random().nextBoolean() ? 1 : 9999);
    }
    return partialDate(1990 + d.random().nextInt(46));
  }

  private PartialDate partialDate(int year) {
    return switch (d.random().nextInt(3)) {
      case 0 -> PartialDate.ofYear(year);
      case 1 -> PartialDate.ofMonth(year, 1 + d.random().nextInt(12));
      default -> PartialDate.of(LocalDate.of(year, 1, 1).plusDays(d.random().nextInt(365)));
    };
  }

  LocalDate localDate() {
    return LocalDate.of(2000, 1, 1).plusDays(d.random().nextInt(36 * 365));
  }

  TimeFrame timeFrame() {
    int startYear = 1995 + d.random().nextInt(36);
    int endYear = startYear + d.random().nextInt(7);
    Optional<PartialDate> start = d.maybe(() -> partialDate(startYear));
    Optional<PartialDate> end = d.maybe(() -> endYear == startYear ? PartialDate.ofYear(endYear) : partialDate(endYear));
    return TimeFrame.builder().start(start).end(end)
        .fundingCycleMonths(d.maybe(() -> 6 * (1 + d.random().nextInt(12)))).build();
  }

  /** A dated change standing alone, drawn from the second source. */
  DatedChange datedChange() {
    return d.later(() -> datedChange(CodeParts.COUNTRIES));
  }

  /** A dated change; a party joining or leaving names one of {@code countries}. */
  DatedChange datedChange(List<Country> countries) {
    ChangeKind kind = d.oneOf(ChangeKind.class);
    boolean party = kind == ChangeKind.PARTY_JOINED || kind == ChangeKind.PARTY_LEFT;
    return DatedChange.builder()
        .date(partialDate())
        .kind(kind)
        .country(party ? Optional.of(d.pick(countries)) : d.maybe(() -> d.pick(countries)))
        .description(d.sentence(3, 20))
        .build();
  }
}
