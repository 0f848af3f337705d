package io.github.smpkit.core.continuum;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One procedure of the migration continuum as a partnership has mapped it: which procedure, in
 * which phase, who is responsible (IOM SMP Guidance 2023, ch. 10, Box 27).
 *
 * <p>Invariant: {@link ProcedureKind#OTHER} comes with a description.
 */
@Value.Immutable
abstract class AbstractProcedure {

  /** The phase of the migration continuum in which the procedure takes place. */
  abstract MigrationPhase phase();

  /** Which procedure. */
  abstract ProcedureKind kind();

  /** The stakeholder responsible, by name, when known. */
  abstract Optional<@ValidText(TextRule.SHORT) String> responsible();

  /** What the procedure involves; required for {@link ProcedureKind#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  @Value.Check
  void check() {
    Invariants.describedIfOther(kind(), description().orElse(""), "Procedure", "kind");
    Invariants.texts(this, "Procedure");
  }
}
