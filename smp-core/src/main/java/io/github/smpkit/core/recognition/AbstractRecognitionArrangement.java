package io.github.smpkit.core.recognition;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.continuum.SkillsPhase;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An arrangement by which the skills or qualifications of participants are recognised in
 * another country: the mechanism, the countries and occupations it covers, and whether they are
 * regulated professions (IOM SMP Guidance 2023, ch. 7).
 *
 * <p>Invariant: {@link RecognitionMechanism#OTHER} comes with a description.
 */
@Value.Immutable
abstract class AbstractRecognitionArrangement {

  /** The mechanism. */
  abstract RecognitionMechanism mechanism();

  /** Horizontal or vertical, when stated. */
  abstract Optional<RecognitionDirection> direction();

  /** The countries whose bodies take part. */
  abstract Set<Country> countries();

  /** The occupations it covers. */
  abstract Set<IscoCode> occupations();

  /**
   * The phases of the skills continuum it serves, usually certification or recognition, and
   * transfer for recognition on return (ch. 7; IOM's SMP project overview).
   */
  abstract Set<SkillsPhase> skillsPhases();

  /**
   * Whether it covers regulated professions, which need formal recognition to practise. Empty when not recorded, which is
   * different from no.
   */
  abstract Optional<Boolean> regulatedProfession();

  /** Whether employers were asked which certificates they trust and accept (ch. 7). */
  abstract Optional<Boolean> employersConsulted();

  /** A description; required for {@link RecognitionMechanism#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  @Value.Check
  void check() {
    Invariants.describedIfOther(mechanism(), description().orElse(""), "RecognitionArrangement", "mechanism");
    Invariants.texts(this, "RecognitionArrangement");
  }
}
