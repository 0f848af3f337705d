package io.github.smpkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

// sets the seed properties every Property run in this JVM reads: no other class runs beside it
@Isolated
class PropertyTest {

  private static final Pattern REPRODUCTION =
      Pattern.compile("PartnershipGenerator\\.withSeed\\((-?[0-9]+)L\\)(\\.complete\\(\\))?\\.next\\(\\)");

  @AfterEach
  void clearProperties() {
    System.clearProperty(Property.SEED_PROPERTY);
    System.clearProperty(Property.BASE_SEED_PROPERTY);
  }

  @Test
  void runsTheCheckOnTheGivenNumberOfDistinctPartnerships() {
    List<Partnership> seen = new ArrayList<>();
    Property.forAll(25, 1L, seen::add);
    assertEquals(25, seen.size());
    assertEquals(25, seen.stream().distinct().count());
  }

  @Test
  void aFailureNamesTheSeedAndOneLineThatRebuildsThePartnership() {
    List<Partnership> seen = new ArrayList<>();
    AssertionError error = assertThrows(AssertionError.class, () -> Property.forAll(100, 42L, p -> {
      seen.add(p);
      if (seen.size() == 7) {
        throw new IllegalStateException("boom");
      }
    }));
    Matcher m = REPRODUCTION.matcher(error.getMessage());
    assertTrue(m.find(), error.getMessage());
    long seed = Long.parseLong(m.group(1));
    assertEquals(Property.seed(42L, 6), seed);
    assertEquals(seen.get(6), PartnershipGenerator.withSeed(seed).next());
    assertTrue(error.getMessage().contains("seed " + seed), error.getMessage());
    assertTrue(error.getMessage().contains("-Dsmpkit.seed=" + seed), error.getMessage());
    assertTrue(error.getMessage().contains("boom"), error.getMessage());
    assertEquals("boom", error.getCause().getMessage());
  }

  @Test
  void aFailedAssertionInTheCheckIsReportedTheSameWay() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> Property.forAllComplete(10, 5L, p -> assertTrue(p.title().isEmpty(), "title not empty")));
    Matcher m = REPRODUCTION.matcher(error.getMessage());
    assertTrue(m.find(), error.getMessage());
    assertEquals(".complete()", m.group(2));
    assertEquals(PartnershipGenerator.withSeed(Long.parseLong(m.group(1))).complete().next().title(),
        error.getMessage().replaceFirst("(?s).*\"(.*?)\".*", "$1"));
  }

  @Test
  void theSeedPropertyRerunsOnlyThatSeed() {
    System.setProperty(Property.SEED_PROPERTY, "-4962768465676381896");
    List<Partnership> seen = new ArrayList<>();
    Property.forAll(1000, seen::add);
    assertEquals(List.of(PartnershipGenerator.withSeed(-4962768465676381896L).next()), seen);
  }

  @Test
  void theBaseSeedPropertyReplacesTheDefault() {
    assertEquals(Property.DEFAULT_BASE_SEED, Property.baseSeed());
    System.setProperty(Property.BASE_SEED_PROPERTY, "123");
    assertEquals(123L, Property.baseSeed());
    List<Partnership> seen = new ArrayList<>();
    Property.forAll(3, seen::add);
    assertEquals(PartnershipGenerator.withSeed(Property.seed(123L, 2)).next(), seen.get(2));
  }

  @Test
  void aSeedPropertyThatIsNotANumberIsReportedByName() {
    System.setProperty(Property.SEED_PROPERTY, "twelve");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Property.forAll(1, p -> { }));
    assertTrue(e.getMessage().contains("smpkit.seed") && e.getMessage().contains("twelve"), e.getMessage());
  }

  @Test
  void triesMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> Property.forAll(0, p -> { }));
  }
}
