package io.github.smpkit.json;

import java.util.List;

/**
 * Thrown when JSON cannot be read as partnerships: it carries every problem the reader found in
 * the document (or record), each with its JSON pointer, line and column, so that the whole
 * document can be fixed in one pass. No partly built partnership is ever returned alongside.
 *
 * <p>This is the only exception type of smp-json's reading methods, apart from
 * {@link java.io.UncheckedIOException} when the underlying stream fails. It is unchecked, like
 * Jackson 3's own exceptions.
 */
public final class SmpJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  /** The problems; a list of immutable records, kept out of Java serialization on purpose. */
  private final transient List<JsonProblem> problems;
  private final long problemCount;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public SmpJsonException(List<JsonProblem> problems) {
    this(problems, problems.size());
  }

  /**
   * Creates the exception for a document with more problems than were kept: the reader keeps the
   * first 1,000 of a document and counts the rest.
   *
   * @param problems the problems kept, at least one
   * @param problemCount the number of problems found, at least {@code problems.size()}
   * @throws IllegalArgumentException when {@code problems} is empty or {@code problemCount} is
   *     below its size
   */
  public SmpJsonException(List<JsonProblem> problems, long problemCount) {
    super(message(problems, problemCount));
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  private static String message(List<JsonProblem> problems, long count) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an SmpJsonException needs at least one problem");
    }
    if (count < problems.size()) {
      throw new IllegalArgumentException("problemCount " + count + " is below the " + problems.size()
          + " problems given");
    }
    StringBuilder s = new StringBuilder();
    if (count == 1) {
      s.append("invalid partnership JSON: ").append(problems.get(0));
      return s.toString();
    }
    s.append(count).append(" problems in partnership JSON:");
    problems.stream().limit(SHOWN).forEach(p -> s.append("\n  ").append(p));
    if (count > SHOWN) {
      s.append("\n  ... and ").append(count - Math.min(SHOWN, problems.size())).append(" more");
    }
    return s.toString();
  }

  /**
   * The problems found, in document order where the reader could tell: all of them, or the first
   * 1,000 when there were more (see {@link #problemCount()}).
   */
  public List<JsonProblem> problems() {
    return problems == null ? List.of() : problems;
  }

  /** How many problems the document has, including those not kept in {@link #problems()}. */
  public long problemCount() {
    return problemCount;
  }
}
