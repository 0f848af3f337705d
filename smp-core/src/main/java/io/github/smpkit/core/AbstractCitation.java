package io.github.smpkit.core;

import io.github.smpkit.core.time.PartialDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*")
  @Size(max = 64)
  abstract String key();

  /** The document's title. */
  @NotBlank
  @Size(max = 500)
  abstract String title();

  /** Who published it. */
  abstract Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 300) String> publisher();

  /** When it was published, as precisely as known. */
  abstract Optional<PartialDate> published();

  /** Where to find it. */
  abstract Optional<@Pattern(regexp = "https?://\\S+") @Size(max = 2000) String> url();

  /** When the URL was read. */
  abstract Optional<LocalDate> accessed();

  /** Which facts it supports, for example {@code "budget; 120 selected"}. */
  abstract Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 2000) String> supports();
}
