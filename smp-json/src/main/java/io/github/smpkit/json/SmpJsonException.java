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

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public SmpJsonException(List<JsonProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an SmpJsonException needs at least one problem");
    }
    StringBuilder s = new StringBuilder();
    if (problems.size() == 1) {
      s.append("invalid partnership JSON: ").append(problems.get(0));
      return s.toString();
    }
    s.append(problems.size()).append(" problems in partnership JSON:");
    problems.stream().limit(SHOWN).forEach(p -> s.append("\n  ").append(p));
    if (problems.size() > SHOWN) {
      s.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
    }
    return s.toString();
  }

  /** Every problem found, in document order where the reader could tell. */
  public List<JsonProblem> problems() {
    return problems == null ? List.of() : problems;
  }
}
