package io.github.smpkit.testkit;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.SkillsPhase;
import io.github.smpkit.core.governance.Governance;
import io.github.smpkit.core.governance.GovernanceBody;
import io.github.smpkit.core.governance.GovernanceLayer;
import io.github.smpkit.core.governance.WorkingGroup;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.PhasedRole;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.party.Stakeholder;
import io.github.smpkit.core.party.StakeholderRole;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.typology.AgreementScope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The generator's part for smp-core's {@code party} and {@code governance} packages: the parties
 * and scope of a partnership, its stakeholders and its governance.
 */
final class PartyParts {

  private final Draws d;
  private final CodeParts codes;

  PartyParts(Draws d, CodeParts codes) {
    this.d = d;
    this.codes = codes;
  }

  /** The parties of one partnership and its scope (left to the model's default now and then). */
  Parties parties() {
    AgreementScope scope = d.oneOf(AgreementScope.class);
    List<Country> pool = distinctCountries(2 + d.random().nextInt(5));
    List<Party> parties = switch (scope) {
      case BILATERAL -> List.of(Party.origin(pool.get(0)), Party.destination(pool.get(1)));
      case MULTILATERAL -> multilateral(pool);
      case REGIONAL -> regional(pool);
    };
    parties = new ArrayList<>(parties);
    if (d.random().nextBoolean()) {
      Collections.shuffle(parties, new Random(d.random().nextLong()));
    }
    boolean leaveDefault = !d.complete && scope != AgreementScope.REGIONAL && d.random().nextBoolean()
        && defaultScope(parties) == scope;
    return leaveDefault ? Parties.of(parties) : Parties.withScope(parties, scope);
  }

  private List<Party> multilateral(List<Country> pool) {
    List<Party> parties = new ArrayList<>();
    int origins = 1 + d.random().nextInt(pool.size() - 1);
    for (int i = 0; i < pool.size(); i++) {
      parties.add(i < origins ? Party.origin(pool.get(i)) : Party.destination(pool.get(i)));
    }
    return parties;
  }

  /** Regional: some countries are both origin and destination. */
  private List<Party> regional(List<Country> pool) {
    List<Party> parties = new ArrayList<>();
    parties.add(Party.origin(pool.get(0)));
    parties.add(Party.destination(pool.get(0)));
    for (int i = 1; i < pool.size(); i++) {
      int roles = d.random().nextInt(3);
      if (roles != 1) {
        parties.add(Party.origin(pool.get(i)));
      }
      if (roles != 0) {
        parties.add(Party.destination(pool.get(i)));
      }
    }
    return parties;
  }

  private static AgreementScope defaultScope(List<Party> parties) {
    long countries = parties.stream().map(Party::country).distinct().count();
    return countries == 2 && parties.size() == 2 ? AgreementScope.BILATERAL : AgreementScope.MULTILATERAL;
  }

  private List<Country> distinctCountries(int n) {
    Set<Country> chosen = new LinkedHashSet<>();
    while (chosen.size() < n) {
      chosen.add(codes.country());
    }
    return new ArrayList<>(chosen);
  }

  /** A stakeholder standing alone, acting in a country, in several, on a side or internationally. */
  Stakeholder stakeholder() {
    Stakeholder base = stakeholder("Stakeholder " + (1 + d.random().nextInt(1000)), Optional.empty());
    return d.later(() -> withSkillNeeds(sided(base, CodeParts.COUNTRIES)));
  }

  /** Adds what came after release 0.1: a side, countries from {@code pool} and phased roles. */
  Stakeholder sided(Stakeholder s, List<Country> pool) {
    return Stakeholder.builder().from(s)
        .side(d.maybe(() -> d.oneOf(Side.class)))
        .countries(d.setOf(3, () -> d.pick(pool)))
        .phasedRoles(d.listOf(2, () -> PhasedRole.of(d.firstOf(StakeholderRole.class), phases())))
        .build();
  }

  private Set<MigrationPhase> phases() {
    Set<MigrationPhase> phases = d.enumSet(MigrationPhase.class);
    return phases.isEmpty() ? Set.of(d.oneOf(MigrationPhase.class)) : phases;
  }

  /** Adds the role issue 9 brought (identifying skill needs) to one stakeholder in three. */
  Stakeholder withSkillNeeds(Stakeholder s) {
    if (d.random().nextInt(3) != 0) {
      return s;
    }
    Set<StakeholderRole> roles = EnumSet.of(StakeholderRole.SKILL_NEEDS_IDENTIFICATION);
    roles.addAll(s.roles());
    return s.withRoles(roles);
  }

  private Stakeholder stakeholder(String name, Optional<Country> preferred) {
    StakeholderType type = d.oneOf(StakeholderType.class);
    Set<StakeholderRole> roles = d.firstSet(StakeholderRole.class);
    boolean other = type == StakeholderType.OTHER || roles.contains(StakeholderRole.OTHER);
    Optional<String> description = other ? Optional.of(d.sentence(3, 15)) : d.maybe(() -> d.sentence(3, 15));
    return Stakeholder.builder()
        .name(name)
        .type(type)
        .country(d.maybe(() -> preferred.isPresent() && d.random().nextInt(4) > 0 ? preferred.get() : codes.country()))
        .roles(roles)
        .migrationPhases(d.enumSet(MigrationPhase.class))
        .skillsPhases(d.enumSet(SkillsPhase.class))
        .description(description)
        .build();
  }

  /** The stakeholders of a partnership, mostly in its countries. */
  List<Stakeholder> stakeholders(Parties parties) {
    int n = d.size(5);
    List<Stakeholder> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name = d.pick(Text.ORGANISATIONS) + " " + (i + 1);
      result.add(stakeholder(name, Optional.of(d.pick(parties.countries()))));
    }
    return result;
  }

  Governance governance(List<String> stakeholderNames) {
    boolean named = !stakeholderNames.isEmpty();
    return Governance.builder()
        .lead(named ? d.maybe(() -> d.pick(stakeholderNames)) : Optional.empty())
        .bodies(d.listOf(3, () -> GovernanceBody.builder()
            .name(d.pick(Text.BODIES) + " " + (1 + d.random().nextInt(9)))
            .layer(d.oneOf(GovernanceLayer.class))
            .members(named ? d.setOf(3, () -> d.pick(stakeholderNames)) : Set.of())
            .build()))
        .workingGroups(d.listOf(2, () -> WorkingGroup.builder()
            .name("Working group on " + d.pick(Text.WORDS))
            .topic(d.maybe(() -> d.sentence(2, 10)))
            .members(named ? d.setOf(3, () -> d.pick(stakeholderNames)) : Set.of())
            .build()))
        .build();
  }
}
