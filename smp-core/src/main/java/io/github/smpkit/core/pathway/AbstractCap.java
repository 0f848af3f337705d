package io.github.smpkit.core.pathway;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.number.ValidNumber;
import io.github.smpkit.core.number.WholeNumberRule;
import io.github.smpkit.core.outcome.Count;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import io.github.smpkit.core.time.PartialDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cap on the number of workers a pathway admits or a country sends: how many, over which
 * period, set by which side and from when (IOM SMP Guidance 2023, ch. 10). Examples: RSE's cap
 * of 20,750 a year from 2024; the Western Balkans regulation's 50,000 a year from June 2024; the
 * Philippines' origin-side cap on nurse deployment during COVID-19.
 *
 * <p>Invariant: the period is positive.
 */
@Value.Immutable
abstract class AbstractCap {

  /** The most workers admitted or sent, as stated (exact, approximate or a bound). */
  abstract Count limit();

  /** The period the limit applies to, in months (12 for a yearly cap), when stated. */
  abstract Optional<@ValidNumber(WholeNumberRule.MONTHS) Integer> periodMonths();

  /** The side that sets the cap: the destination (an admission quota) or the origin (a deployment cap). */
  abstract Optional<Side> side();

  /** When the cap took effect, as precisely as known. */
  abstract Optional<PartialDate> since();

  /** What the cap covers, for example a sector or the occupations it applies to. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  @Value.Check
  void check() {
    periodMonths().ifPresent(m -> WholeNumberRule.MONTHS.check(m, "Cap", "periodMonths"));
    Invariants.texts(this, "Cap");
  }
}
