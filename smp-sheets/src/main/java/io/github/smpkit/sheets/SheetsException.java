package io.github.smpkit.sheets;

import java.util.List;

/**
 * Thrown when a workbook cannot be read as partnerships: it carries every problem found (up to
 * the reader's limit, with the count of the others), each located by sheet, row, column and JSON
 * pointer, so that the whole workbook can be fixed in one pass. No partnership is returned when
 * any problem is found: never a partly built one.
 */
public final class SheetsException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  /** The problems kept; immutable records, kept out of Java serialization on purpose. */
  private final transient List<SheetProblem> problems;
  private final long notKept;

  /**
   * Creates the exception.
   *
   * @param problems the problems kept, at least one
   * @param notKept how many more problems were found but not kept (over the reader's limit)
   * @throws IllegalArgumentException when {@code problems} is empty or {@code notKept} negative
   */
  public SheetsException(List<SheetProblem> problems, long notKept) {
    super(message(problems, notKept));
    this.problems = List.copyOf(problems);
    this.notKept = notKept;
  }

  private static String message(List<SheetProblem> problems, long notKept) {
    if (problems.isEmpty() || notKept < 0) {
      throw new IllegalArgumentException("a SheetsException needs at least one problem and notKept >= 0");
    }
    long total = problems.size() + notKept;
    if (total == 1) {
      return "invalid partnership workbook: " + problems.get(0);
    }
    StringBuilder s = new StringBuilder().append(total).append(" problems in partnership workbook:");
    problems.stream().limit(SHOWN).forEach(p -> s.append("\n  ").append(p));
    if (total > SHOWN) {
      s.append("\n  ... and ").append(total - Math.min(SHOWN, problems.size())).append(" more");
    }
    return s.toString();
  }

  /** The problems kept, in the order found: sheet by sheet, row by row. */
  public List<SheetProblem> problems() {
    return problems == null ? List.of() : problems;
  }

  /** How many more problems were found beyond those kept. */
  public long notKept() {
    return notKept;
  }
}
