package io.github.smpkit.core.evidence;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An indicator of a monitoring and evaluation framework: what it measures, the impact category
 * it belongs to, when it is measured and whether it is disaggregated by sex (IOM SMP Guidance
 * 2023, ch. 5, Box 14).
 */
@Value.Immutable
abstract class AbstractIndicator {

  /** What it measures, for example {@code "Share of trainees employed six months after training"}. */
  @ValidText(TextRule.MEDIUM)
  abstract String name();

  /** The kind of impact it measures. */
  abstract ImpactCategory category();

  /** When it is measured. */
  abstract Set<MeasurementPoint> measurementPoints();

  /**
   * Whether its data are disaggregated by sex. Empty when not recorded, which is
   * different from no.
   */
  abstract Optional<Boolean> sexDisaggregated();

  @Value.Check
  void check() {
    Invariants.texts(this, "Indicator");
  }
}
