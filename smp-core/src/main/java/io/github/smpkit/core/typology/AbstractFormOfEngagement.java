package io.github.smpkit.core.typology;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import io.github.smpkit.core.time.PartialDate;
import java.util.List;
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

  /**
   * At what level it was signed: between governments, between agencies, between municipalities,
   * or by private actors (ch. 2 and 4).
   */
  abstract Optional<SignatoryLevel> signatoryLevel();

  /** Who signed it, for example {@code "Ministry of Labour, Employment and Social Security of Nepal"}. */
  abstract List<@ValidText(TextRule.SHORT) String> signatories();

  /** Whether its text is published (ch. 4 recommends transparency). */
  abstract Optional<Boolean> published();

  /**
   * Whether it sets out how the partnership's costs are shared among the actors, as ch. 11
   * recommends for the agreement underlying a partnership (an MoU, a BLMA...).
   */
  abstract Optional<Boolean> costSharing();

  /** Where its text can be read. */
  abstract Optional<@ValidText(TextRule.URL) String> url();

  @Value.Check
  void check() {
    Invariants.describedIfOther(form(), description().orElse(""), "FormOfEngagement", "form");
    signatoryLevel().ifPresent(l -> Invariants.describedIfOther(l, description().orElse(""), "FormOfEngagement",
        "signatoryLevel"));
    Invariants.texts(this, "FormOfEngagement");
  }
}
