package io.github.smpkit.json;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing that kept a record of a file from being read: the file, where in it (line and column
 * from 1, 0 when not known; a JSON pointer, {@code ""} for the whole record or file) and what is
 * wrong. {@link Partnerships} returns these next to the partnerships it could read.
 *
 * <p>{@link #toString()} gives the form compilers use, which editors and terminals link to the
 * place: {@code catalog/palim.json:7:15: /parties/1/role: unknown PartyRole value 'DESTINATON'; ...}.
 *
 * <p>Failures are built through factories ({@link #at}, {@link #of}, {@link #unreadable}), so that
 * fields can be added without breaking callers.
 */
public final class LoadFailure {

  private final Path file;
  private final int line;
  private final int column;
  private final String pointer;
  private final String message;

  private LoadFailure(Path file, int line, int column, String pointer, String message) {
    this.file = Objects.requireNonNull(file, "file");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.message = Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be 0 or more, but were " + line + " and " + column);
    }
    this.line = line;
    this.column = column;
  }

  /**
   * A failure at a place in a file.
   *
   * @param file the file (or the name given for a stream, such as {@code -} for standard input)
   * @param line the line, from 1; 0 when the problem is not on a line (a file that cannot be opened)
   * @param column the column, from 1; 0 when not known
   * @param pointer the JSON pointer (RFC 6901) of the value at fault within its record; {@code ""}
   *     for the whole record or file
   * @param message the problem in words, without the location
   * @return the failure
   * @throws IllegalArgumentException if {@code line} or {@code column} is negative
   */
  public static LoadFailure at(Path file, int line, int column, String pointer, String message) {
    return new LoadFailure(file, line, column, pointer, message);
  }

  /**
   * A problem of a JSON record of a file.
   *
   * @param file the file
   * @param problem the problem, located within the file
   * @return the failure
   */
  public static LoadFailure of(Path file, JsonProblem problem) {
    return new LoadFailure(file, problem.line(), problem.column(), problem.pointer(), problem.message());
  }

  /**
   * A file (or folder) that could not be read at all.
   *
   * @param file the file or folder
   * @param message what went wrong
   * @return the failure
   */
  public static LoadFailure unreadable(Path file, String message) {
    return new LoadFailure(file, 0, 0, "", message);
  }

  /** {@return the file (or the name given for a stream, such as {@code -} for standard input)} */
  public Path file() {
    return file;
  }

  /** {@return the line, from 1; 0 when the problem is not on a line} */
  public int line() {
    return line;
  }

  /** {@return the column, from 1; 0 when not known} */
  public int column() {
    return column;
  }

  /** {@return the JSON pointer of the value at fault within its record; {@code ""} for the whole record or file} */
  public String pointer() {
    return pointer;
  }

  /** {@return the problem in words, without the location} */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LoadFailure)) {
      return false;
    }
    LoadFailure f = (LoadFailure) o;
    return file.equals(f.file) && line == f.line && column == f.column && pointer.equals(f.pointer)
        && message.equals(f.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, pointer, message);
  }

  /** {@code file:line:column: pointer: message}, leaving out what is not known. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file.toString());
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(": ");
    if (!pointer.isEmpty()) {
      s.append(pointer).append(": ");
    }
    return s.append(message).toString();
  }
}
