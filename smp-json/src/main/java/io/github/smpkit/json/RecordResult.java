package io.github.smpkit.json;

import io.github.smpkit.core.Partnership;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one record of a JSON array or JSON Lines stream: either the
 * partnership or the exception naming every problem of that record. A bad record does not hide
 * the good ones: readers that return these results go on to the next record (IOM SMP Guidance
 * 2023, ch. 5: keep what can be used, say precisely what cannot).
 */
public final class RecordResult {

  private final long index;
  private final int line;
  private final Partnership partnership;
  private final SmpJsonException failure;

  private RecordResult(long index, int line, Partnership partnership, SmpJsonException failure) {
    this.index = index;
    this.line = line;
    this.partnership = partnership;
    this.failure = failure;
  }

  /**
   * A record read successfully.
   *
   * @param index the record's position in the stream, from 0
   * @param line the line the record starts on, from 1
   * @param partnership the partnership read
   * @return the result
   */
  public static RecordResult success(long index, int line, Partnership partnership) {
    return new RecordResult(index, line, Objects.requireNonNull(partnership, "partnership"), null);
  }

  /**
   * A record that could not be read.
   *
   * @param index the record's position in the stream, from 0
   * @param line the line the record starts on, from 1
   * @param failure every problem of the record
   * @return the result
   */
  public static RecordResult failure(long index, int line, SmpJsonException failure) {
    return new RecordResult(index, line, null, Objects.requireNonNull(failure, "failure"));
  }

  /** The record's position in the stream, counted from 0 (blank lines of JSON Lines are not records). */
  public long index() {
    return index;
  }

  /** The line the record starts on, counted from 1. */
  public int line() {
    return line;
  }

  /** Whether the record was read. */
  public boolean isSuccess() {
    return partnership != null;
  }

  /** The partnership, when the record was read. */
  public Optional<Partnership> partnership() {
    return Optional.ofNullable(partnership);
  }

  /** The problems, when the record could not be read. */
  public Optional<SmpJsonException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * The partnership.
   *
   * @return the partnership read
   * @throws SmpJsonException the record's failure, when it could not be read
   */
  public Partnership getOrThrow() {
    if (failure != null) {
      throw failure;
    }
    return partnership;
  }

  @Override
  public String toString() {
    return "record " + index + " (line " + line + "): "
        + (partnership != null ? partnership.toString() : failure.getMessage());
  }
}
