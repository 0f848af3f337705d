/**
 * smpkit testkit: deterministic, seeded generators of valid random partnerships for property
 * tests, of smpkit itself and of code built on it. It requires smp-core transitively, since
 * every generated value is a core type. Its package is {@code @NullMarked} (JSpecify); it reads
 * {@code org.jspecify} through smp-core, which requires it transitively.
 */
module io.github.smpkit.testkit {
  requires transitive io.github.smpkit.core;

  exports io.github.smpkit.testkit;
}
