package io.github.smpkit.core.evidence;

import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source of data used to design or monitor a partnership (IOM SMP Guidance 2023, ch. 5), for example a national labour force survey.
 *
 * <p>Invariant: {@link DataSourceKind#OTHER} comes with a description.
 */
@Value.Immutable
abstract class AbstractDataSource {

  /** Which kind. */
  @Value.Parameter
  abstract DataSourceKind kind();

  /** What it involves in this partnership; required for {@link DataSourceKind#OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  /**
   * Whether it includes labour migration, as ch. 5 recommends for the labour market information
   * systems of participating countries.
   */
  abstract Optional<Boolean> includesLabourMigration();

  @Value.Check
  void check() {
    Invariants.describedIfOther(kind(), description().orElse(""), "DataSource", "kind");
    Invariants.texts(this, "DataSource");
  }
}
