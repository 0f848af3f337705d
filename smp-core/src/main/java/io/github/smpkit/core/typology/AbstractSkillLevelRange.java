package io.github.smpkit.core.typology;

import io.github.smpkit.core.internal.Invariants;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The skill levels a partnership targets, from the lowest to the highest, as sources put it
 * ("low to mid-level"). A single level is a range whose ends are equal (IOM SMP Guidance 2023,
 * ch. 2).
 *
 * <p>Invariant: the lowest level is not above the highest.
 */
@Value.Immutable
abstract class AbstractSkillLevelRange {

  /** The lowest level targeted. */
  @Value.Parameter
  abstract SkillLevel lowest();

  /** The highest level targeted. */
  @Value.Parameter
  abstract SkillLevel highest();

  /** A range of one level. */
  public static SkillLevelRange only(SkillLevel level) {
    return SkillLevelRange.of(level, level);
  }

  /** A range from {@code lowest} to {@code highest}. */
  public static SkillLevelRange between(SkillLevel lowest, SkillLevel highest) {
    return SkillLevelRange.of(lowest, highest);
  }

  /** Whether {@code level} lies within the range. */
  public boolean contains(SkillLevel level) {
    return level.compareTo(lowest()) >= 0 && level.compareTo(highest()) <= 0;
  }

  /** Every level within the range. */
  public Set<SkillLevel> levels() {
    return EnumSet.range(lowest(), highest());
  }

  @Value.Check
  void check() {
    Invariants.require(lowest().compareTo(highest()) <= 0, "SkillLevelRange", "lowest", lowest(),
        "is above the highest level " + highest());
  }

  /** For example {@code LOW..MID}, or {@code HIGH} for a single level. */
  @Override
  public String toString() {
    return lowest() == highest() ? lowest().name() : lowest() + ".." + highest();
  }
}
