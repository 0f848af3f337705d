package io.github.smpkit.sheets.internal;

import io.github.smpkit.sheets.SheetProblem;
import io.github.smpkit.sheets.SheetsException;
import java.util.ArrayList;
import java.util.List;

/** The problems found while reading a workbook: the first {@code max} kept, the others counted. */
final class ProblemList {

  private final int max;
  private final List<SheetProblem> kept = new ArrayList<>();
  private long notKept;

  ProblemList(int max) {
    this.max = max;
  }

  void add(SheetProblem problem) {
    if (kept.size() < max) {
      kept.add(problem);
    } else {
      notKept++;
    }
  }

  boolean isEmpty() {
    return kept.isEmpty();
  }

  long size() {
    return kept.size() + notKept;
  }

  /** Throws the problems, if there are any. */
  void throwIfAny() {
    if (!kept.isEmpty()) {
      throw new SheetsException(kept, notKept);
    }
  }
}
