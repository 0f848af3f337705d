/**
 * smpkit core: the immutable model of a Skills Mobility Partnership (SMP) and its reference code
 * lists (IOM SMP Guidance 2023, ch. 1 to 4). Every package but {@code io.github.smpkit.core.internal}
 * is API; the internal package (the Immutables style and invariant helpers) is not exported.
 *
 * <p>{@code jakarta.validation} is required transitively because the model carries Bean
 * Validation constraints that users validate with their own provider. Immutables is needed only
 * at compile time ({@code requires static}): its annotations have class retention and the style
 * keeps {@code @Generated} markers out of the generated classes, so nothing refers to it at run
 * time.
 *
 * <p>Every package is {@code @NullMarked} (JSpecify): no parameter, return value or element
 * may be null unless marked {@code @Nullable}; absent values are {@code Optional} or empty
 * collections. {@code org.jspecify} is required transitively, as JSpecify advises for
 * libraries (a plain dependency, present at run time, never hidden from users), so that users'
 * nullness checkers and Kotlin see the annotations; the jar has no dependencies.
 *
 * <p>The model packages are opened to {@code org.hibernate.validator} alone, so that Bean
 * Validation works on the module path without {@code --add-opens}; other validators need
 * {@code --add-opens io.github.smpkit.core/<package>=<their module>}.
 */
// requires-automatic: Immutables' annotations, compile time only (see above); module: the
// opens below name org.hibernate.validator, which is not needed to compile smp-core.
@SuppressWarnings({"requires-automatic", "module"})
module io.github.smpkit.core {
  requires transitive jakarta.validation;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.smpkit.core;
  exports io.github.smpkit.core.code;
  exports io.github.smpkit.core.continuum;
  exports io.github.smpkit.core.development;
  exports io.github.smpkit.core.evidence;
  exports io.github.smpkit.core.funding;
  exports io.github.smpkit.core.governance;
  exports io.github.smpkit.core.money;
  exports io.github.smpkit.core.number;
  exports io.github.smpkit.core.outcome;
  exports io.github.smpkit.core.party;
  exports io.github.smpkit.core.pathway;
  exports io.github.smpkit.core.planning;
  exports io.github.smpkit.core.recognition;
  exports io.github.smpkit.core.recruitment;
  exports io.github.smpkit.core.social;
  exports io.github.smpkit.core.text;
  exports io.github.smpkit.core.time;
  exports io.github.smpkit.core.training;
  exports io.github.smpkit.core.typology;

  // Bean Validation reads the constraints on the package-private Abstract* accessors by
  // reflection: open the model to Hibernate Validator only (qualified, so nobody else gets in).
  opens io.github.smpkit.core to org.hibernate.validator;
  opens io.github.smpkit.core.code to org.hibernate.validator;
  opens io.github.smpkit.core.continuum to org.hibernate.validator;
  opens io.github.smpkit.core.development to org.hibernate.validator;
  opens io.github.smpkit.core.evidence to org.hibernate.validator;
  opens io.github.smpkit.core.funding to org.hibernate.validator;
  opens io.github.smpkit.core.governance to org.hibernate.validator;
  opens io.github.smpkit.core.money to org.hibernate.validator;
  opens io.github.smpkit.core.number to org.hibernate.validator;
  opens io.github.smpkit.core.outcome to org.hibernate.validator;
  opens io.github.smpkit.core.party to org.hibernate.validator;
  opens io.github.smpkit.core.pathway to org.hibernate.validator;
  opens io.github.smpkit.core.planning to org.hibernate.validator;
  opens io.github.smpkit.core.recognition to org.hibernate.validator;
  opens io.github.smpkit.core.recruitment to org.hibernate.validator;
  opens io.github.smpkit.core.social to org.hibernate.validator;
  opens io.github.smpkit.core.text to org.hibernate.validator;
  opens io.github.smpkit.core.time to org.hibernate.validator;
  opens io.github.smpkit.core.training to org.hibernate.validator;
  opens io.github.smpkit.core.typology to org.hibernate.validator;
}
