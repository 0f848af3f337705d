package io.github.smpkit.core.outcome;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.training.Track;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participant figure of a partnership with its planned and actual values kept apart, each a
 * {@link Count} that may be a bound or an estimate: for example 120 selected (actual) against
 * 120 planned, or "at least 400" trained (IOM SMP Guidance 2023, ch. 5). A figure may count
 * women only, one track or one country.
 *
 * <p>Invariants: a planned or an actual value is given; {@link FigureKind#OTHER} comes with a
 * description.
 */
@Value.Immutable
abstract class AbstractParticipantFigure {

  /** What it counts. */
  abstract FigureKind kind();

  /** The number planned, as stated. */
  abstract Optional<Count> planned();

  /** The number achieved, as stated. */
  abstract Optional<Count> actual();

  /** Whether the figure counts women only (for the share of women). */
  @Value.Default
  public boolean womenOnly() {
    return false;
  }

  /** The track counted, when the figure is for one track only. */
  abstract Optional<Track> track();

  /** The country counted, when the figure is for one country only. */
  abstract Optional<Country> country();

  /** The date the figure refers to. */
  abstract Optional<PartialDate> asOf();

  /** What it counts, in words; required for {@link FigureKind#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  @Value.Check
  void check() {
    Invariants.require(planned().isPresent() || actual().isPresent(), "ParticipantFigure", "planned",
        "nothing", "needs a planned or an actual value for " + kind());
    Invariants.describedIfOther(kind(), description().orElse(""), "ParticipantFigure", "kind");
    Invariants.texts(this, "ParticipantFigure");
  }
}
