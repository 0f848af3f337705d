package io.github.smpkit.core.typology;

import io.github.smpkit.core.code.IscoCode;
import java.util.EnumSet;
import java.util.Set;

/**
 * The skill level a partnership targets, anchored in the ISCO-08 skill levels: 1 is low, 2 is
 * mid, 3 and 4 are high (IOM SMP Guidance 2023, ch. 2).
 */
public enum SkillLevel {
  /** ISCO-08 skill level 1: simple and routine tasks. */
  LOW,
  /** ISCO-08 skill level 2: operating machinery, reading, numeracy; most trades and crafts. */
  MID,
  /** ISCO-08 skill levels 3 and 4: complex technical and professional tasks. */
  HIGH;

  /**
   * The level for an ISCO-08 skill level.
   *
   * @throws IllegalArgumentException when {@code iscoSkillLevel} is not 1 to 4
   */
  public static SkillLevel ofIscoSkillLevel(int iscoSkillLevel) {
    switch (iscoSkillLevel) {
      case 1:
        return LOW;
      case 2:
        return MID;
      case 3: case 4:
        return HIGH;
      default:
        throw new IllegalArgumentException("ISCO-08 skill levels are 1 to 4, but found " + iscoSkillLevel);
    }
  }

  /** The levels of an occupation group, from its major group's ISCO-08 skill levels. */
  public static Set<SkillLevel> of(IscoCode occupation) {
    Set<SkillLevel> levels = EnumSet.noneOf(SkillLevel.class);
    occupation.skillLevels().forEach(l -> levels.add(ofIscoSkillLevel(l)));
    return levels;
  }
}
