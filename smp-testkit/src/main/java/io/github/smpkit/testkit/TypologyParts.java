package io.github.smpkit.testkit;

import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.text.TextRule;
import io.github.smpkit.core.typology.EngagementForm;
import io.github.smpkit.core.typology.FlexibilityAspect;
import io.github.smpkit.core.typology.FlexibilityProvision;
import io.github.smpkit.core.typology.FormOfEngagement;
import io.github.smpkit.core.typology.Occupation;
import io.github.smpkit.core.typology.SignatoryLevel;
import io.github.smpkit.core.typology.SkillLevel;
import io.github.smpkit.core.typology.SkillLevelRange;
import java.util.Optional;

/**
 * The generator's part for smp-core's {@code typology} package: occupations, forms of
 * engagement with their signatories, flexibility provisions and skill-level ranges.
 */
final class TypologyParts {

  private final Draws d;
  private final CodeParts codes;
  private final TimeParts time;

  TypologyParts(Draws d, CodeParts codes, TimeParts time) {
    this.d = d;
    this.codes = codes;
    this.time = time;
  }

  SkillLevelRange skillLevelRange() {
    SkillLevel a = d.oneOf(SkillLevel.class);
    SkillLevel b = d.oneOf(SkillLevel.class);
    return a.compareTo(b) <= 0 ? SkillLevelRange.of(a, b) : SkillLevelRange.of(b, a);
  }

  Occupation occupation() {
    IscoCode isco = codes.iscoCode();
    return Occupation.builder().isco(isco)
        .escoUri(d.maybe(() -> d.hostile ? d.hostileUri(TextRule.ESCO_URI, "http://data.europa.eu/esco/")
            : "http://data.europa.eu/esco/occupation/" + d.hex(8) + "-" + d.hex(4) + "-" + d.hex(4)))
        .title(d.maybe(() -> Draws.cut(isco.title(), 300)))
        .build();
  }

  /** A form of engagement standing alone, with its signatories and cost sharing. */
  FormOfEngagement formOfEngagement() {
    FormOfEngagement base = baseFormOfEngagement();
    return d.later(() -> signed(base).withCostSharing(d.maybe(d.random()::nextBoolean)));
  }

  /** Adds the signatories (drawn after release 0.1); {@code OTHER} levels get a description. */
  FormOfEngagement signed(FormOfEngagement form) {
    Optional<SignatoryLevel> level = d.maybe(() -> d.oneOf(SignatoryLevel.class));
    Optional<String> description = form.description().isPresent() || !level.equals(Optional.of(SignatoryLevel.OTHER))
        ? form.description() : Optional.of(d.sentence(2, 12));
    return FormOfEngagement.builder().from(form)
        .description(description)
        .signatoryLevel(level)
        .signatories(d.listOf(2, () -> d.pick(Text.ORGANISATIONS) + " " + (1 + d.random().nextInt(99))))
        .published(d.maybe(d.random()::nextBoolean))
        .url(d.maybe(() -> "https://example.org/" + d.pick(Text.WORDS) + "/" + d.hex(6)))
        .build();
  }

  /** A form of engagement of release 0.1. */
  FormOfEngagement baseFormOfEngagement() {
    EngagementForm form = d.oneOf(EngagementForm.class);
    return FormOfEngagement.builder().form(form).description(d.described(form))
        .concluded(d.maybe(time::partialDate)).build();
  }

  FlexibilityProvision flexibilityProvision() {
    FlexibilityAspect aspect = d.oneOf(FlexibilityAspect.class);
    return FlexibilityProvision.builder().aspect(aspect).description(d.described(aspect)).build();
  }
}
