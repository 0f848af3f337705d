package io.github.smpkit.core;

/**
 * Where a partnership stands in its life (IOM SMP Guidance 2023, ch. 2 and 3: many initiatives
 * are pilots, some scale up, some were planned and never implemented).
 */
public enum PartnershipStatus {
  /** Designed or agreed, not started. */
  PLANNED,
  /** Running as a pilot. */
  PILOT,
  /** Running beyond a pilot. */
  ACTIVE,
  /** Being extended to more people, sectors or countries. */
  SCALING_UP,
  /** Ended as planned. */
  COMPLETED,
  /** Stopped before its planned end. */
  DISCONTINUED,
  /** Agreed or announced but never implemented. */
  NOT_IMPLEMENTED;

  /** Whether the partnership has run or is running (pilot, active, scaling up, completed, discontinued). */
  public boolean hasRun() {
    return this != PLANNED && this != NOT_IMPLEMENTED;
  }
}
