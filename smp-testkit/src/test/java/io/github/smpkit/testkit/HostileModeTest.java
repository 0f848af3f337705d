package io.github.smpkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.text.TextRule;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("long") // run once, on the default JDK (.ci/run step 1); see docs/releasing.md
class HostileModeTest {

  private final List<Partnership> sample = PartnershipGenerator.withSeed(7).hostile().complete().next(200);

  @Test
  void reachesTheMaximumLengthsWithAstralCharacters() {
    assertTrue(sample.stream().anyMatch(p -> p.title().codePointCount(0, p.title().length())
        == TextRule.SHORT.maxLength()));
    assertTrue(sample.stream().anyMatch(p -> p.id().length() == TextRule.ID.maxLength()));
    assertTrue(sample.stream().anyMatch(p -> p.title().codePoints().anyMatch(Character::isSupplementaryCodePoint)));
    assertTrue(sample.stream().anyMatch(p -> p.notes().orElse("").indexOf('\u00A0') >= 0));
  }

  @Test
  void reachesExtremeNumbers() {
    assertTrue(sample.stream().flatMap(p -> p.fundingSources().stream()).flatMap(f -> f.amount().stream())
        .anyMatch(m -> m.amount().precision() - m.amount().scale() == 18));
    assertTrue(sample.stream().flatMap(p -> p.costs().stream()).flatMap(c -> c.shares().stream())
        .anyMatch(s -> s.percent().scale() == 6));
    assertTrue(sample.stream().flatMap(p -> p.participants().stream()).flatMap(f -> f.planned().stream())
        .anyMatch(c -> c.lower() == Long.MAX_VALUE));
  }

  @Test
  void isReproducibleAndSaysHowToReproduce() {
    assertEquals(sample, PartnershipGenerator.withSeed(7).hostile().complete().next(200));
    assertEquals("PartnershipGenerator.withSeed(7L).complete().hostile()",
        PartnershipGenerator.withSeed(7).hostile().complete().reproduction());
  }
}
