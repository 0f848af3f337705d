package io.github.smpkit.testkit;

import io.github.smpkit.core.Partnership;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Runs a check over many generated partnerships, each made by its own
 * {@link PartnershipGenerator} with its own seed, and on the first failure throws an
 * {@link AssertionError} whose message gives that seed and one line of Java that rebuilds the
 * failing partnership, for example {@code PartnershipGenerator.withSeed(-4962768465676381896L).next()}.
 * Nothing is shrunk: the seed is the reproduction. Use it to check that code handles every
 * shape of partnership the IOM SMP Guidance 2023 allows (ch. 2 to 12), not only the examples at
 * hand.
 *
 * <pre>{@code
 * @Test
 * void everyPartnershipSurvivesMyExport() {
 *   Property.forAll(1000, p -> assertEquals(p, myImport(myExport(p))));
 * }
 * }</pre>
 *
 * <p>Two system properties steer a run without changing code (Maven passes {@code -D} options
 * on to the tests):
 * <ul>
 *   <li>{@value #SEED_PROPERTY}: check only the partnership of this seed, the one a failure
 *       message named;</li>
 *   <li>{@value #BASE_SEED_PROPERTY}: derive the seeds from this base seed instead of the fixed
 *       {@link #DEFAULT_BASE_SEED} (which keeps CI deterministic); for example a nightly job can
 *       pass the date.</li>
 * </ul>
 * A base seed given to {@link #forAll(int, long, Consumer)} in code is overridden by neither.
 */
public final class Property {

  /** The system property that reruns a single seed: {@value}. */
  public static final String SEED_PROPERTY = "smpkit.seed";

  /** The system property that replaces the default base seed: {@value}. */
  public static final String BASE_SEED_PROPERTY = "smpkit.baseSeed";

  /** The base seed used unless {@value #BASE_SEED_PROPERTY} says otherwise. */
  public static final long DEFAULT_BASE_SEED = 0x5EED_2023_0001L;

  private Property() {}

  /**
   * Runs {@code check} on {@code tries} default-mode partnerships whose seeds derive from the
   * base seed ({@value #BASE_SEED_PROPERTY} or {@link #DEFAULT_BASE_SEED}), or on the one
   * partnership of {@value #SEED_PROPERTY} when that is set.
   *
   * @throws AssertionError on the first failing partnership, naming its seed and how to rebuild it
   */
  public static void forAll(int tries, Consumer<Partnership> check) {
    forAll(tries, baseSeed(), check);
  }

  /**
   * Runs {@code check} on {@code tries} default-mode partnerships whose seeds derive from
   * {@code baseSeed}, or on the one partnership of {@value #SEED_PROPERTY} when that is set.
   *
   * @throws AssertionError on the first failing partnership, naming its seed and how to rebuild it
   */
  public static void forAll(int tries, long baseSeed, Consumer<Partnership> check) {
    run(tries, baseSeed, PartnershipGenerator::withSeed, check);
  }

  /**
   * Like {@link #forAll(int, Consumer)}, with partnerships from the complete mode
   * ({@link PartnershipGenerator#complete()}): every optional present, every collection filled.
   *
   * @throws AssertionError on the first failing partnership, naming its seed and how to rebuild it
   */
  public static void forAllComplete(int tries, Consumer<Partnership> check) {
    forAllComplete(tries, baseSeed(), check);
  }

  /**
   * Like {@link #forAll(int, long, Consumer)}, with partnerships from the complete mode.
   *
   * @throws AssertionError on the first failing partnership, naming its seed and how to rebuild it
   */
  public static void forAllComplete(int tries, long baseSeed, Consumer<Partnership> check) {
    run(tries, baseSeed, seed -> PartnershipGenerator.withSeed(seed).complete(), check);
  }

  /**
   * Runs {@code check} on {@code tries} partnerships of the hostile mode
   * ({@link PartnershipGenerator#hostile()}), every other one also complete, from the base seed
   * (see {@link #forAll(int, Consumer)}).
   */
  public static void forAllHostile(int tries, Consumer<Partnership> check) {
    forAllHostile(tries, baseSeed(), check);
  }

  /** As {@link #forAllHostile(int, Consumer)}, from {@code baseSeed}. */
  public static void forAllHostile(int tries, long baseSeed, Consumer<Partnership> check) {
    run(tries, baseSeed, seed -> (seed & 1) == 0 ? PartnershipGenerator.withSeed(seed).hostile()
        : PartnershipGenerator.withSeed(seed).hostile().complete(), check);
  }

  /**
   * The {@code i}-th seed (from 0) that the runs derive from {@code baseSeed}; try {@code i} of
   * {@code forAll(n, baseSeed, check)} checks {@code PartnershipGenerator.withSeed(seed(baseSeed, i)).next()}.
   */
  public static long seed(long baseSeed, int i) {
    if (i < 0) {
      throw new IllegalArgumentException("i must not be negative (given: " + i + ")");
    }
    SplittableRandom random = new SplittableRandom(baseSeed);
    long seed = random.nextLong();
    for (int k = 0; k < i; k++) {
      seed = random.nextLong();
    }
    return seed;
  }

  /** The base seed of this run: {@value #BASE_SEED_PROPERTY} if set, else {@link #DEFAULT_BASE_SEED}. */
  public static long baseSeed() {
    return longProperty(BASE_SEED_PROPERTY).orElse(DEFAULT_BASE_SEED);
  }

  private static void run(int tries, long baseSeed, LongFunction<PartnershipGenerator> generators,
      Consumer<Partnership> check) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1 (given: " + tries + ")");
    }
    Objects.requireNonNull(check, "check");
    Optional<Long> only = longProperty(SEED_PROPERTY);
    if (only.isPresent()) {
      runOne(generators.apply(only.get()), check, "the seed given by -D" + SEED_PROPERTY);
      return;
    }
    SplittableRandom seeds = new SplittableRandom(baseSeed);
    for (int i = 0; i < tries; i++) {
      long seed = seeds.nextLong();
      runOne(generators.apply(seed), check, "try " + (i + 1) + " of " + tries + " from base seed " + baseSeed);
    }
  }

  private static void runOne(PartnershipGenerator generator, Consumer<Partnership> check, String where) {
    String reproduce = generator.reproduction() + ".next()";
    Partnership partnership;
    try {
      partnership = generator.next();
    } catch (RuntimeException e) {
      throw new AssertionError("The generator failed for seed " + generator.seed() + " (" + where
          + "); this is a bug in smp-testkit or smp-core. Reproduce with: " + reproduce, e);
    }
    try {
      check.accept(partnership);
    } catch (RuntimeException | AssertionError e) {
      throw new AssertionError("Property failed for seed " + generator.seed() + " (" + where + ") on "
          + partnership + "\n  reproduce with: " + reproduce
          + "\n  rerun only it with: -D" + SEED_PROPERTY + "=" + generator.seed()
          + "\n  cause: " + e, e);
    }
  }

  private static Optional<Long> longProperty(String name) {
    String text = System.getProperty(name);
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(text.trim().replaceFirst("[lL]$", "")));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("system property " + name + " must be a long, such as -4962768465676381896,"
          + " but is '" + text + "'", e);
    }
  }
}
