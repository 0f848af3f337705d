package io.github.smpkit.core.funding;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A funder of a partnership: who, of which kind, from which country, and how much when known
 * (IOM SMP Guidance 2023, ch. 11 and ch. 2 on funding structures).
 *
 * <p>Invariant: an amount is not negative.
 */
@Value.Immutable
abstract class AbstractFundingSource {

  /** The funder's name, for example {@code "EU Asylum, Migration and Integration Fund"}. */
  @ValidText(TextRule.SHORT)
  abstract String name();

  /** What kind of funder it is; {@link Payer#OTHER} is described by the name. */
  abstract Payer type();

  /**
   * The side the money comes from: the EU's funds, Enabel and GIZ are destination-side public
   * money even when recorded as {@link Payer#DONOR} (ch. 11).
   */
  abstract Optional<Side> side();

  /** The funder's country; empty for an international funder. */
  abstract Optional<Country> country();

  /** The amount contributed, when known. */
  abstract Optional<Money> amount();

  @Value.Check
  void check() {
    amount().ifPresent(a -> Invariants.require(!a.isNegative(), "FundingSource", "amount", a,
        "must not be negative"));
    Invariants.texts(this, "FundingSource");
  }
}
