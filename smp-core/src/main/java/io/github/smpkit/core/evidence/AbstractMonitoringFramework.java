package io.github.smpkit.core.evidence;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The monitoring, evaluation and learning framework of a partnership: its indicators and the
 * evaluations planned (IOM SMP Guidance 2023, ch. 5, Box 14).
 */
@Value.Immutable
abstract class AbstractMonitoringFramework {

  /** The indicators. */
  abstract List<@Valid Indicator> indicators();

  /** The evaluations planned or done. */
  abstract Set<EvaluationKind> evaluations();

  /** Whether some indicator is measured at {@code point}. */
  public boolean measuresAt(MeasurementPoint point) {
    return indicators().stream().anyMatch(i -> i.measurementPoints().contains(point));
  }
}
