package io.github.smpkit.core.training;

/**
 * Which trainees a training component serves: those who will join the labour market at home
 * (home track), those who will migrate (away track), or both, as in CGD's dual-track Global
 * Skill Partnership (IOM SMP Guidance 2023, ch. 2 and ch. 8).
 */
public enum Track {
  /** Trainees who stay and work in the country of origin. */
  HOME,
  /** Trainees who migrate to work in the country of destination. */
  AWAY,
  /** Both home-track and away-track trainees. */
  BOTH;

  /** Whether this track serves trainees who stay at home. */
  public boolean servesHome() {
    return this != AWAY;
  }

  /** Whether this track serves trainees who migrate. */
  public boolean servesAway() {
    return this != HOME;
  }
}
