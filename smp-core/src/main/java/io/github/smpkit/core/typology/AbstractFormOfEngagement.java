package io.github.smpkit.core.typology;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import io.github.smpkit.core.time.PartialDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One instrument through which the parties engage, such as an MoU signed on a date or a pilot
 * project (IOM SMP Guidance 2023, ch. 2). A partnership may rest on several.
 *
 * <p>Invariant: {@link EngagementForm#OTHER} comes with a description.
 */
@Value.Immutable
abstract class AbstractFormOfEngagement {

  /** The kind of instrument. */
  @Value.Parameter
  abstract EngagementForm form();

  /** The instrument's title or a description; required for {@link EngagementForm#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  /** When it was concluded or signed, as precisely as known. */
  abstract Optional<PartialDate> concluded();

  @Value.Check
  void check() {
    Invariants.describedIfOther(form(), description(), "FormOfEngagement", "form");
    Invariants.texts(this, "FormOfEngagement");
  }
}
