package io.github.smpkit.core.training;

import io.github.smpkit.core.code.EqfLevel;
import io.github.smpkit.core.code.IscedLevel;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The level of the qualification a training component leads to, in one or more frameworks: the
 * European Qualifications Framework, ISCED 2011, or a national qualifications framework (IOM
 * SMP Guidance 2023, ch. 7). Build one with {@code QualificationLevel.eqf(4)}, or the builder
 * for several frameworks at once.
 *
 * <p>Invariants: at least one framework is given; a national level names its framework.
 */
@Value.Immutable
abstract class AbstractQualificationLevel {

  /** The EQF level. */
  abstract Optional<EqfLevel> eqf();

  /** The ISCED 2011 level. */
  abstract Optional<IscedLevel> isced();

  /** The national qualifications framework, for example {@code "Nigeria NSQF"}. */
  abstract Optional<@ValidText(TextRule.FRAMEWORK) String> nationalFramework();

  /** The level in the national framework, as that framework writes it. */
  abstract Optional<@ValidText(TextRule.LEVEL) String> nationalLevel();

  /** A qualification at an EQF level. */
  public static QualificationLevel eqf(int level) {
    return QualificationLevel.builder().eqf(EqfLevel.of(level)).build();
  }

  /** A qualification at an ISCED 2011 level. */
  public static QualificationLevel isced(int level) {
    return QualificationLevel.builder().isced(IscedLevel.of(level)).build();
  }

  /** A qualification at a level of a national framework. */
  public static QualificationLevel national(String framework, String level) {
    return QualificationLevel.builder().nationalFramework(framework).nationalLevel(level).build();
  }

  @Value.Check
  void check() {
    Invariants.require(eqf().isPresent() || isced().isPresent() || nationalLevel().isPresent(),
        "QualificationLevel", "eqf", "nothing", "needs at least one of eqf, isced or nationalLevel");
    Invariants.require(nationalLevel().isEmpty() || nationalFramework().isPresent(), "QualificationLevel",
        "nationalFramework", "nothing", "must name the framework of nationalLevel " + nationalLevel().orElse(""));
    Invariants.texts(this, "QualificationLevel");
  }
}
