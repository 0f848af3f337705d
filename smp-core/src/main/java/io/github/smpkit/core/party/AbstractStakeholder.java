package io.github.smpkit.core.party;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.SkillsPhase;
import io.github.smpkit.core.internal.Invariants;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.text.ValidText;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An actor in a partnership: a ministry, a training institution, an employer, a trade union, an
 * international organisation and so on, acting in one country or internationally, in some roles
 * and in some phases of the migration and skills continua (IOM SMP Guidance 2023, ch. 4,
 * Table 2). Names are unique within a partnership, so that governance can refer to them.
 *
 * <p>Invariant: a type or role of {@code OTHER} comes with a description.
 */
@Value.Immutable
abstract class AbstractStakeholder {

  /** The stakeholder's name, for example {@code "Enabel"} or {@code "Ministry of Labour of Tunisia"}. */
  @ValidText(TextRule.SHORT)
  abstract String name();

  /** What kind of actor it is. */
  abstract StakeholderType type();

  /** The country it acts in; empty for an international actor or one acting in several countries. */
  abstract Optional<Country> country();

  /**
   * The side it acts on, when it stands for a side rather than one country, for example
   * "Pacific TVET partner institutions" on the origin side (ch. 4).
   */
  abstract Optional<Side> side();

  /**
   * The countries it acts in when it acts in several, for example the labour-sending units of
   * nine Pacific countries recorded as one actor.
   */
  abstract Set<Country> countries();

  /** What it does in the partnership. */
  abstract Set<StakeholderRole> roles();

  /** The phases of the migration continuum it is active in. */
  abstract Set<MigrationPhase> migrationPhases();

  /**
   * Roles tied to phases of the migration continuum, when the source says in which phase the
   * stakeholder plays a role (ch. 4 and ch. 10).
   */
  abstract List<@Valid PhasedRole> phasedRoles();

  /** The phases of the skills continuum it is active in. */
  abstract Set<SkillsPhase> skillsPhases();

  /** A description; required when the type or a role is {@code OTHER}. */
  abstract Optional<@ValidText(TextRule.LONG) String> description();

  /**
   * Whether the stakeholder acts internationally rather than in one country: no country is named
   * and neither several countries nor a side other than {@link Side#INTERNATIONAL}.
   */
  public boolean isInternational() {
    return country().isEmpty() && countries().isEmpty()
        && side().map(s -> s == Side.INTERNATIONAL).orElse(true);
  }

  @Value.Check
  void check() {
    Invariants.describedIfOther(type(), description().orElse(""), "Stakeholder", "type");
    Invariants.describedIfOther(roles(), description().orElse(""), "Stakeholder", "roles");
    Invariants.texts(this, "Stakeholder");
  }
}
