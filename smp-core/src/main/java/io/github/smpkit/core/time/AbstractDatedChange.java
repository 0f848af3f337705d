package io.github.smpkit.core.time;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated change to a partnership: what changed, when, and for which country when it concerns
 * one (IOM SMP Guidance 2023, ch. 3 on flexibility provisions). Schemes change while they run,
 * for example New Zealand's RSE in 2024 (a higher cap, hours averaged over four weeks, the wage
 * premium only from the third season) or Timor-Leste joining it in April 2025; a description is
 * true as of its partnership's {@code asOf} date, and the changes say how it got there.
 *
 * <p>Invariant: a change of kind {@link ChangeKind#PARTY_JOINED} or {@link ChangeKind#PARTY_LEFT}
 * names the country.
 */
@Value.Immutable
abstract class AbstractDatedChange {

  /** When the change took effect, as precisely as the source says. */
  abstract PartialDate date();

  /** What kind of change it was. */
  abstract ChangeKind kind();

  /** The country it concerns, when it concerns one; required for a party joining or leaving. */
  abstract Optional<Country> country();

  /** What changed, in a sentence or two. */
  @ValidText(TextRule.LONG)
  abstract String description();

  @Value.Check
  void check() {
    Invariants.require(country().isPresent() || (kind() != ChangeKind.PARTY_JOINED && kind() != ChangeKind.PARTY_LEFT),
        "DatedChange", "country", "nothing", "must name the country that joined or left (kind " + kind() + ")");
    Invariants.texts(this, "DatedChange");
  }
}
