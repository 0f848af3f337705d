package io.github.smpkit.testkit;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.continuum.MigrationPhase;
import io.github.smpkit.core.continuum.Procedure;
import io.github.smpkit.core.continuum.ProcedureKind;
import io.github.smpkit.core.party.Side;
import io.github.smpkit.core.pathway.Cap;
import io.github.smpkit.core.pathway.LegalPathway;
import io.github.smpkit.core.recruitment.RecruitmentProvision;
import io.github.smpkit.core.recruitment.RecruitmentSafeguard;
import io.github.smpkit.core.social.SocialProvision;
import io.github.smpkit.core.social.SocialProvisionKind;
import java.util.List;
import java.util.Optional;

/**
 * The generator's part for smp-core's {@code pathway}, {@code continuum}, {@code recruitment} and
 * {@code social} packages: legal pathways with their caps, procedures along the migration
 * continuum, ethical-recruitment and social provisions.
 */
final class PathwayParts {

  private final Draws d;
  private final TimeParts time;
  private final OutcomeParts outcomes;

  PathwayParts(Draws d, TimeParts time, OutcomeParts outcomes) {
    this.d = d;
    this.time = time;
    this.outcomes = outcomes;
  }

  /** A legal pathway into {@code destination} standing alone, with its caps. */
  LegalPathway legalPathway(Country destination) {
    LegalPathway base = baseLegalPathway(destination);
    return d.later(() -> withRules(base));
  }

  /** Adds what came after release 0.1: labour market test, registered employers, entries and caps. */
  LegalPathway withRules(LegalPathway pathway) {
    return LegalPathway.builder().from(pathway)
        .labourMarketTest(d.maybe(d.random()::nextBoolean))
        .registeredEmployers(d.maybe(d.random()::nextBoolean))
        .multipleEntry(d.maybe(d.random()::nextBoolean))
        .caps(d.listOf(2, this::cap))
        .build();
  }

  Cap cap() {
    return Cap.builder()
        .limit(outcomes.count())
        .periodMonths(d.maybe(() -> d.pick(List.of(6, 12, 12, 60))))
        .side(d.maybe(() -> d.oneOf(Side.class)))
        .since(d.maybe(time::partialDate))
        .description(d.maybe(() -> d.sentence(2, 12)))
        .build();
  }

  /** A legal pathway of release 0.1; an employer-tied permit without change of employer never comes out. */
  LegalPathway baseLegalPathway(Country destination) {
    Optional<Boolean> tied = d.maybe(d.random()::nextBoolean);
    Optional<Boolean> change = d.maybe(d.random()::nextBoolean);
    if (tied.equals(Optional.of(false)) && change.equals(Optional.of(false))) {
      change = Optional.of(true);
    }
    return LegalPathway.builder()
        .destination(destination)
        .permitCategory(d.pick(Text.PERMITS))
        .employerTied(tied)
        .changeOfEmployerAllowed(change)
        .jobSearchVisa(d.maybe(d.random()::nextBoolean))
        .renewable(d.maybe(d.random()::nextBoolean))
        .routeToLongTermResidence(d.maybe(d.random()::nextBoolean))
        .fastTrack(d.maybe(d.random()::nextBoolean))
        .processingDays(d.maybe(() -> d.random().nextInt(366)))
        .description(d.maybe(() -> d.sentence(3, 20)))
        .build();
  }

  Procedure procedure() {
    ProcedureKind kind = d.oneOf(ProcedureKind.class);
    return Procedure.builder().phase(d.oneOf(MigrationPhase.class)).kind(kind)
        .responsible(d.maybe(() -> d.pick(Text.ORGANISATIONS)))
        .description(d.described(kind)).build();
  }

  RecruitmentProvision recruitmentProvision() {
    RecruitmentSafeguard safeguard = d.oneOf(RecruitmentSafeguard.class);
    return RecruitmentProvision.builder().safeguard(safeguard).description(d.described(safeguard)).build();
  }

  SocialProvision socialProvision() {
    SocialProvisionKind kind = d.oneOf(SocialProvisionKind.class);
    return SocialProvision.builder().kind(kind).description(d.described(kind)).build();
  }
}
