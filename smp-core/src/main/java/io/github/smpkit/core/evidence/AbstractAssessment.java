package io.github.smpkit.core.evidence;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import io.github.smpkit.core.time.PartialDate;
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

  /** What it studied. */
  abstract AssessmentKind kind();

  /** Whose side it covers. */
  abstract AssessmentScope scope();

  /** Its title or a description; required for {@link AssessmentKind#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  /** When it was completed. */
  abstract Optional<PartialDate> completed();

  @Value.Check
  void check() {
    Invariants.describedIfOther(kind(), description(), "Assessment", "kind");
    Invariants.texts(this, "Assessment");
  }
}
