package io.github.smpkit.core.time;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.number.ValidNumber;
import io.github.smpkit.core.number.WholeNumberRule;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a partnership runs: its start, its end (empty while open-ended or unknown) and the length
 * of the funding cycle behind it. The guidance asks for planning beyond a single donor cycle,
 * which is often three years (IOM SMP Guidance 2023, ch. 3 and Box 4).
 *
 * <p>Invariant: the end does not lie wholly before the start.
 */
@Value.Immutable
abstract class AbstractTimeFrame {

  /** The start, as precisely as it is known. */
  abstract Optional<PartialDate> start();

  /** The end, as precisely as it is known; empty when open-ended or not known. */
  abstract Optional<PartialDate> end();

  /** The length of the funding cycle in months, for example 36 for a three-year donor grant. */
  abstract Optional<@ValidNumber(WholeNumberRule.MONTHS) Integer> fundingCycleMonths();

  /**
   * The most months the time frame can span, from the earliest possible start to the latest
   * possible end, counting started months; empty unless both ends are known.
   */
  @Value.Lazy
  public Optional<Long> longestMonths() {
    if (start().isEmpty() || end().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ChronoUnit.MONTHS.between(start().get().earliest(), end().get().latest().plusDays(1)));
  }

  @Value.Check
  void check() {
    if (start().isPresent() && end().isPresent()) {
      Invariants.require(!end().get().isSurelyBefore(start().get()), "TimeFrame", "end", end().get(),
          "lies before the start " + start().get());
    }
    fundingCycleMonths().ifPresent(m -> WholeNumberRule.MONTHS.check(m, "TimeFrame", "fundingCycleMonths"));
  }
}
