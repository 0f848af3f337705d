package io.github.smpkit.core.evidence;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import io.github.smpkit.core.time.PartialDate;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A study that informed the design of a partnership: a labour-market or skills needs assessment,
 * a feasibility study, a gender analysis (IOM SMP Guidance 2023, ch. 5).
 *
 * <p>Invariant: {@link AssessmentKind#OTHER} comes with a description.
 */
@Value.Immutable
abstract class AbstractAssessment {

  /** The most digits a benefit-cost ratio has on either side of the decimal point. */
  public static final int RATIO_DIGITS = 6;

  /**
   * The form of a benefit-cost ratio in text, which only valid ratios have: more than 0, at most
   * {@value #RATIO_DIGITS} digits before and after the point, for example {@code 1.7}.
   */
  public static final String RATIO_PATTERN = "(?!0{1," + RATIO_DIGITS + "}(\\.0{1," + RATIO_DIGITS
      + "})?(?![\\s\\S]))[0-9]{1," + RATIO_DIGITS + "}(\\.[0-9]{1," + RATIO_DIGITS + "})?";

  /** What it studied. */
  abstract AssessmentKind kind();

  /** Whose side it covers. */
  abstract AssessmentScope scope();

  /** Its title or a description; required for {@link AssessmentKind#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  /** When it was completed. */
  abstract Optional<PartialDate> completed();

  /** Who carried it out, for example a research institute or the implementing agency. */
  abstract Optional<@ValidText(TextRule.SHORT) String> author();

  /** What it found, in a few sentences. */
  abstract Optional<@ValidText(TextRule.LONG) String> findings();

  /**
   * For a cost-benefit analysis, the benefits divided by the costs, for example 1.7 for Digital
   * Explorers' value added against its public costs (ch. 11, Box 32).
   */
  abstract Optional<@DecimalMin(value = "0", inclusive = false) BigDecimal> benefitCostRatio();

  @Value.Check
  void check() {
    Invariants.describedIfOther(kind(), description().orElse(""), "Assessment", "kind");
    benefitCostRatio().ifPresent(r -> {
      String shown = r.precision() <= 40 ? r.toString() : "a number of " + r.precision() + " digits";
      Invariants.require(r.signum() > 0, "Assessment", "benefitCostRatio", shown, "must be more than 0");
      Invariants.require(r.scale() <= RATIO_DIGITS && (long) r.precision() - r.scale() <= RATIO_DIGITS,
          "Assessment", "benefitCostRatio", shown, "must have at most " + RATIO_DIGITS
              + " digits before and after the decimal point");
    });
    Invariants.texts(this, "Assessment");
  }
}
