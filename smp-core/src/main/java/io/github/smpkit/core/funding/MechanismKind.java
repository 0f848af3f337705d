package io.github.smpkit.core.funding;

/** Financing mechanisms that share or reduce the costs of a partnership (IOM SMP Guidance 2023, ch. 11). {@link #OTHER} needs a description. */
public enum MechanismKind {
  /** A levy, for example on employers' payroll, that finances skills development. */
  LEVY,
  /** Results-based financing, paid on outcomes. */
  RESULTS_BASED_FINANCING,
  /** A training fund run jointly by public and private actors. */
  PUBLIC_PRIVATE_TRAINING_FUND,
  /** Concessional loans, for example to trainees or employers. */
  CONCESSIONAL_LOAN,
  /** A guarantee fund that takes on part of a risk. */
  GUARANTEE_FUND,
  /** Contributions in kind: premises, staff, equipment. */
  IN_KIND,
  /** Fees waived, for example for visas or permits. */
  FEE_WAIVER,
  /** Use of existing structures, such as TVET networks, to cut costs. */
  EXISTING_STRUCTURES,
  /** Any other mechanism; the description says what. */
  OTHER
}
