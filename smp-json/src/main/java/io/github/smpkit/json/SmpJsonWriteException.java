package io.github.smpkit.json;

import java.util.Objects;

/**
 * Thrown when a partnership holds a value the format cannot carry, so that reading the written
 * document would fail: for example a year after 9999, or a funding cycle of more than 1,200
 * months that the model's builder accepts but the format's limits refuse. Nothing is written: a
 * document is written whole or not at all.
 *
 * <p>It names where the value would have gone, as the JSON pointer of the document it would
 * have been written in, and what is wrong with it.
 */
public final class SmpJsonWriteException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON pointer (RFC 6901) of the value that cannot be written
   * @param problem what is wrong with it, in words
   */
  public SmpJsonWriteException(String pointer, String problem) {
    super("cannot write " + (pointer.isEmpty() ? "/" : pointer) + ": " + problem);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The JSON pointer of the value that cannot be written. */
  public String pointer() {
    return pointer;
  }

  /** What is wrong with the value. */
  public String problem() {
    return problem;
  }
}
