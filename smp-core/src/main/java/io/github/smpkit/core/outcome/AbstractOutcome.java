package io.github.smpkit.core.outcome;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.SkillsPhase;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.money.Money;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.training.Track;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An outcome of a partnership beyond its participant counts: how many dropped out or were refused
 * a visa, what share was retained or returned, what workers earned (IOM SMP Guidance 2023, ch. 5,
 * Box 14 on indicators by impact category). Each is a count, a share in per cent, an amount, or
 * several of these, and may say which phase of the skills continuum it measures (retention,
 * utilisation, transfer, ...).
 *
 * <p>Invariants: a count, a share or an amount is given; a share is from 0 to 100 with at most
 * {@value #MAX_DECIMALS} decimals; an amount is not negative; {@link OutcomeKind#OTHER} comes with a description.
 */
@Value.Immutable
abstract class AbstractOutcome {

  /** The most decimals a share has, for example 37.9 or 33.333333. */
  public static final int MAX_DECIMALS = 6;

  /**
   * The form of a share in text, which only valid shares have: from 0 to 100, with at most
   * {@value #MAX_DECIMALS} decimals, for example {@code 27} or {@code 37.9}.
   */
  public static final String PERCENT_PATTERN = "(100(\\.0{1," + MAX_DECIMALS + "})?|[0-9]{1,2}(\\.[0-9]{1,"
      + MAX_DECIMALS + "})?)";

  /** What it measures. */
  abstract OutcomeKind kind();

  /** How many people, as stated (exact, approximate or a bound). */
  abstract Optional<Count> count();

  /** The share of participants, in per cent (0 to 100), for example 27 % returned at the close. */
  abstract Optional<@DecimalMin("0") @DecimalMax("100") BigDecimal> percent();

  /** An amount, for example monthly earnings. */
  abstract Optional<Money> amount();

  /** The phase of the skills continuum the outcome measures. */
  abstract Optional<SkillsPhase> skillsPhase();

  /** The track measured, when the outcome is for one track only. */
  abstract Optional<Track> track();

  /** The country measured, when the outcome is for one country only. */
  abstract Optional<Country> country();

  /** The date the outcome refers to. */
  abstract Optional<PartialDate> asOf();

  /** What it measures, in words; required for {@link OutcomeKind#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  @Value.Check
  void check() {
    String type = "Outcome";
    Invariants.require(count().isPresent() || percent().isPresent() || amount().isPresent(), type, "count",
        "nothing", "needs a count, a percent or an amount for " + kind());
    percent().ifPresent(p -> {
      Invariants.require(p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0, type, "percent",
          p.precision() <= 40 ? p.toString() : "a number of " + p.precision() + " digits", "must be from 0 to 100");
      Invariants.require(p.scale() <= MAX_DECIMALS, type, "percent", p.toPlainString(),
          "has " + p.scale() + " decimals; at most " + MAX_DECIMALS + " are allowed");
    });
    amount().ifPresent(a -> Invariants.require(!a.isNegative(), type, "amount", a, "must not be negative"));
    Invariants.describedIfOther(kind(), description().orElse(""), type, "kind");
    Invariants.texts(this, type);
  }
}
