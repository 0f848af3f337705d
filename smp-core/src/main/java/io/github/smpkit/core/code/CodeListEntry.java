package io.github.smpkit.core.code;

import java.util.Optional;

/**
 * One entry of a reference code list: a code as the standard writes it (leading zeros kept),
 * its official title, and the code of the entry above it in the hierarchy, if any. Partnerships
 * use such codes for sectors, occupations, qualification levels and objectives (IOM SMP Guidance
 * 2023, ch. 2, 3 and 7).
 */
public interface CodeListEntry {

  /** The code, exactly as the standard writes it, for example {@code "0110"} or {@code "4.3"}. */
  String code();

  /** The official English title. */
  String title();

  /** The code of the parent entry, empty at the top of the hierarchy. */
  Optional<String> parentCode();
}
