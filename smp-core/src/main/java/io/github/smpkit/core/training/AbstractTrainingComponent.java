package io.github.smpkit.core.training;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.SkillsPhase;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import jakarta.validation.Valid;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One training component of a partnership: what is taught, where, by which kind of provider,
 * how and when along the migration continuum, which qualification it leads to, which track it
 * serves and who designed its curriculum (IOM SMP Guidance 2023, ch. 8, and ch. 7 on
 * qualification levels).
 *
 * <p>Invariants: {@link TrainingContent#OTHER} comes with {@code otherContent}; a duration is
 * positive.
 */
@Value.Immutable
abstract class AbstractTrainingComponent {

  /** The component's name, for example {@code "Full-stack coding bootcamp"}. */
  @ValidText(TextRule.SHORT)
  abstract String name();

  /** Where it takes place. */
  abstract TrainingLocation location();

  /** The country it takes place in, when known. */
  abstract Optional<Country> country();

  /** The kind of provider. */
  abstract Optional<ProviderType> provider();

  /** The provider's name. */
  abstract Optional<@ValidText(TextRule.SHORT) String> providerName();

  /** What it teaches. */
  abstract Set<TrainingContent> contents();

  /** What else it teaches; required when {@link #contents()} holds {@link TrainingContent#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> otherContent();

  /** How it is delivered. */
  abstract Optional<TrainingModality> modality();

  /** When it takes place along the migration continuum. */
  abstract Set<TrainingTiming> timings();

  /** How long it lasts, as an ISO 8601 period such as {@code P6M}. */
  abstract Optional<Period> duration();

  /** The qualification it leads to. */
  abstract Optional<@Valid QualificationLevel> qualification();

  /** Which trainees it serves: home track, away track or both. */
  abstract Track track();

  /** The kinds of stakeholder who co-designed the curriculum (employers, TVET institutions, migrants, ...). */
  abstract Set<StakeholderType> curriculumCoDesigners();

  /**
   * Whether it addresses the specific needs of women and of other groups at risk (ch. 8). Empty when not recorded, which is
   * different from no.
   */
  abstract Optional<Boolean> genderResponsive();

  /**
   * The phases of the skills continuum it serves: formation, development, certification,
   * utilisation, retention, recognition, transfer (ch. 8; IOM's SMP project overview).
   */
  abstract Set<SkillsPhase> skillsPhases();

  @Value.Check
  void check() {
    Invariants.describedIfOther(contents(), otherContent().orElse(""), "TrainingComponent", "contents");
    duration().ifPresent(d -> Invariants.require(!d.isNegative() && !d.isZero(), "TrainingComponent",
        "duration", d, "must be a positive period"));
    Invariants.texts(this, "TrainingComponent");
  }
}
