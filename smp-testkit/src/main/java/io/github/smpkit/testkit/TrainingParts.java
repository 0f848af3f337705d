package io.github.smpkit.testkit;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.EqfLevel;
import io.github.smpkit.core.code.IscedLevel;
import io.github.smpkit.core.continuum.SkillsPhase;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.party.StakeholderType;
import io.github.smpkit.core.recognition.RecognitionArrangement;
import io.github.smpkit.core.recognition.RecognitionDirection;
import io.github.smpkit.core.recognition.RecognitionMechanism;
import io.github.smpkit.core.training.ProviderType;
import io.github.smpkit.core.training.QualificationLevel;
import io.github.smpkit.core.training.Track;
import io.github.smpkit.core.training.TrainingComponent;
import io.github.smpkit.core.training.TrainingContent;
import io.github.smpkit.core.training.TrainingLocation;
import io.github.smpkit.core.training.TrainingModality;
import io.github.smpkit.core.training.TrainingTiming;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The generator's part for smp-core's {@code training} and {@code recognition} packages: training
 * components in the right countries for their location, durations, qualification levels and
 * recognition arrangements.
 */
final class TrainingParts {

  private final Draws d;
  private final CodeParts codes;

  TrainingParts(Draws d, CodeParts codes) {
    this.d = d;
    this.codes = codes;
  }

  /** A recognition arrangement standing alone. */
  RecognitionArrangement recognitionArrangement() {
    RecognitionArrangement base = recognitionArrangement(List.of(codes.country(), codes.country()));
    return d.later(() -> base.withSkillsPhases(d.enumSet(SkillsPhase.class))
        .withEmployersConsulted(d.maybe(d.random()::nextBoolean)));
  }

  /** A recognition arrangement of release 0.1 between some of {@code countries}. */
  RecognitionArrangement recognitionArrangement(List<Country> countries) {
    RecognitionMechanism mechanism = d.oneOf(RecognitionMechanism.class);
    return RecognitionArrangement.builder()
        .mechanism(mechanism)
        .direction(d.maybe(() -> d.oneOf(RecognitionDirection.class)))
        .countries(d.setOf(2, () -> d.pick(countries)))
        .occupations(d.setOf(3, codes::iscoCode))
        .regulatedProfession(d.maybe(d.random()::nextBoolean))
        .description(d.described(mechanism))
        .build();
  }

  /** A training component standing alone (its country is any country). */
  TrainingComponent trainingComponent() {
    TrainingComponent base = baseTrainingComponent();
    return d.later(() -> withEmployerOrientation(phased(base)));
  }

  /** Adds the skills phases (drawn after release 0.1). */
  TrainingComponent phased(TrainingComponent t) {
    return t.withSkillsPhases(d.enumSet(SkillsPhase.class));
  }

  /** Adds the content issue 9 brought (employer orientation) to one component in three. */
  TrainingComponent withEmployerOrientation(TrainingComponent t) {
    if (d.random().nextInt(3) != 0) {
      return t;
    }
    Set<TrainingContent> contents = EnumSet.of(TrainingContent.EMPLOYER_ORIENTATION);
    contents.addAll(t.contents());
    return t.withContents(contents);
  }

  private TrainingComponent baseTrainingComponent() {
    Country origin = codes.country();
    Country destination = codes.country();
    while (destination.equals(origin)) {
      destination = codes.country();
    }
    return baseTrainingComponent(Parties.of(List.of(Party.origin(origin), Party.destination(destination))));
  }

  /** A training component of release 0.1, in a country of {@code parties} that suits its location. */
  TrainingComponent baseTrainingComponent(Parties parties) {
    TrainingLocation location = d.oneOf(TrainingLocation.class);
    List<Country> candidates = switch (location) {
      case ORIGIN -> parties.origins();
      case DESTINATION -> parties.destinations();
      case THIRD_COUNTRY -> CodeParts.COUNTRIES;
    };
    Set<TrainingContent> contents = d.firstSet(TrainingContent.class);
    return TrainingComponent.builder()
        .name(d.pick(Text.TRAINING) + " " + (1 + d.random().nextInt(99)))
        .location(location)
        .country(candidates.isEmpty() ? Optional.empty() : d.maybe(() -> d.pick(candidates)))
        .provider(d.maybe(() -> d.oneOf(ProviderType.class)))
        .providerName(d.maybe(() -> d.pick(Text.ORGANISATIONS) + " " + (1 + d.random().nextInt(99))))
        .contents(contents)
        .otherContent(contents.contains(TrainingContent.OTHER) ? Optional.of(d.sentence(2, 10))
            : d.maybe(() -> d.sentence(2, 10)))
        .modality(d.maybe(() -> d.oneOf(TrainingModality.class)))
        .timings(d.enumSet(TrainingTiming.class))
        .duration(d.maybe(this::period))
        .qualification(d.maybe(this::qualificationLevel))
        .track(d.oneOf(Track.class))
        .curriculumCoDesigners(d.enumSet(StakeholderType.class))
        .genderResponsive(d.maybe(d.random()::nextBoolean))
        .build();
  }

  Period period() {
    return switch (d.random().nextInt(3)) {
      case 0 -> Period.ofDays(7 * (1 + d.random().nextInt(20)));
      case 1 -> Period.ofMonths(1 + d.random().nextInt(36));
      default -> Period.of(1 + d.random().nextInt(3), d.random().nextInt(12), 0);
    };
  }

  QualificationLevel qualificationLevel() {
    Optional<EqfLevel> eqf = d.maybe(codes::eqfLevel);
    Optional<IscedLevel> isced = d.maybe(codes::iscedLevel);
    Optional<String> framework = d.maybe(() -> d.pick(Text.FRAMEWORKS));
    Optional<String> level = framework.isPresent() ? d.maybe(() -> "Level " + (1 + d.random().nextInt(10)))
        : Optional.empty();
    if (eqf.isEmpty() && isced.isEmpty() && level.isEmpty()) {
      eqf = Optional.of(codes.eqfLevel());
    }
    return QualificationLevel.builder().eqf(eqf).isced(isced).nationalFramework(framework).nationalLevel(level)
        .build();
  }
}
