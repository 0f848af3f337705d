package io.github.smpkit.core;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import io.github.smpkit.core.time.PartialDate;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A public document that a partnership's facts come from: a report, a web page, a database
 * entry. Every figure in a catalogue entry should be traceable to one (IOM SMP Guidance 2023,
 * ch. 5 on data and evidence).
 */
@Value.Immutable
abstract class AbstractCitation {

  /** A short key that facts can refer to, for example {@code "iom-2023"}. */
  @ValidText(TextRule.KEY)
  abstract String key();

  /** The document's title. */
  @ValidText(TextRule.MEDIUM)
  abstract String title();

  /** Who published it. */
  abstract Optional<@ValidText(TextRule.SHORT) String> publisher();

  /** When it was published, as precisely as known. */
  abstract Optional<PartialDate> published();

  /** Where to find it. */
  abstract Optional<@ValidText(TextRule.URL) String> url();

  /** When the URL was read. */
  abstract Optional<LocalDate> accessed();

  /** Which facts it supports, for example {@code "budget; 120 selected"}. */
  abstract Optional<@ValidText(TextRule.LONG) String> supports();

  @Value.Check
  void check() {
    Invariants.texts(this, "Citation");
  }
}
