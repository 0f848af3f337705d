package io.github.smpkit.core.pathway;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.number.ValidNumber;
import io.github.smpkit.core.number.WholeNumberRule;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The legal pathway a destination offers participants: the visa or permit category, whether it
 * ties the worker to one employer and whether a change of employer is allowed, a job-search
 * visa, renewal, a route to long-term residence and how long processing takes (IOM SMP
 * Guidance 2023, ch. 10). Each yes-or-no fact is optional: empty means not known, which is
 * different from no.
 *
 * <p>Invariants: processing time is not negative; a permit that is not employer-tied cannot
 * forbid changing employer.
 */
@Value.Immutable
abstract class AbstractLegalPathway {

  /** The country of destination whose pathway this is. */
  abstract Country destination();

  /** The visa or permit category, for example {@code "Skilled worker (§ 18a AufenthG)"}. */
  @ValidText(TextRule.SHORT)
  abstract String permitCategory();

  /** Whether the permit ties the worker to one employer. */
  abstract Optional<Boolean> employerTied();

  /** Whether the worker may change employer. */
  abstract Optional<Boolean> changeOfEmployerAllowed();

  /** Whether a job-search visa is available, for example after training or a contract's end. */
  abstract Optional<Boolean> jobSearchVisa();

  /** Whether the permit can be renewed. */
  abstract Optional<Boolean> renewable();

  /** Whether it leads to long-term or permanent residence. */
  abstract Optional<Boolean> routeToLongTermResidence();

  /** Whether a fast-track procedure or a registered-sponsor scheme applies. */
  abstract Optional<Boolean> fastTrack();

  /**
   * Whether employers must show that no local worker is available (a labour-market test) before
   * hiring through the pathway (ch. 10).
   */
  abstract Optional<Boolean> labourMarketTest();

  /**
   * Whether only registered, approved or sponsoring employers may hire through it, as in RSE's
   * Recognised Seasonal Employers or PALM's approved employers (ch. 10 on registered-sponsor
   * schemes).
   */
  abstract Optional<Boolean> registeredEmployers();

  /** Whether the visa allows multiple entries, so that workers may leave and come back (ch. 10). */
  abstract Optional<Boolean> multipleEntry();

  /** Caps on the number of workers, by period and side, with the date each took effect (ch. 10). */
  abstract List<@Valid Cap> caps();

  /** The usual processing time in days. */
  abstract Optional<@ValidNumber(WholeNumberRule.DAYS) Integer> processingDays();

  /** Anything else worth knowing. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  @Value.Check
  void check() {
    processingDays().ifPresent(d -> WholeNumberRule.DAYS.check(d, "LegalPathway", "processingDays"));
    Invariants.require(!(employerTied().equals(Optional.of(false))
        && changeOfEmployerAllowed().equals(Optional.of(false))), "LegalPathway", "changeOfEmployerAllowed",
        false, "cannot be false for a permit that is not employer-tied");
    Invariants.texts(this, "LegalPathway");
  }
}
