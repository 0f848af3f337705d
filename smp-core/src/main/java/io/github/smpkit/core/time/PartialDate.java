package io.github.smpkit.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date known to the year, the month or the day, in ISO 8601 form: {@code 2019},
 * {@code 2019-06} or {@code 2019-06-15}. Public sources often give only "2019-2021"; storing
 * such a year as a full date would invent precision, so the model keeps what was said (IOM SMP
 * Guidance 2023, ch. 3 on time frames).
 *
 * <p>Ordering compares the earliest day each date can mean, then the precision.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How precisely a partial date is known. */
  public enum Precision {
    /** Only the year is known. */
    YEAR,
    /** The year and month are known. */
    MONTH,
    /** The exact day is known. */
    DAY
  }

  private final LocalDate first;
  private final Precision precision;

  private PartialDate(LocalDate first, Precision precision) {
    this.first = first;
    this.precision = precision;
  }

  /** A date known to the year. */
  public static PartialDate ofYear(int year) {
    return new PartialDate(Year.of(year).atDay(1), Precision.YEAR);
  }

  /** A date known to the month. */
  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(YearMonth.of(year, month).atDay(1), Precision.MONTH);
  }

  /** A date known to the day. */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(Objects.requireNonNull(date, "date"), Precision.DAY);
  }

  /** A date known to the day. */
  public static PartialDate of(int year, int month, int day) {
    return of(LocalDate.of(year, month, day));
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException naming the text and the forms allowed when it is none of
   *     them or is not a real date
   */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "text");
    // [0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?, read by hand: a reader parses every date of a document
    int length = text.length();
    if (length != 4 && length != 7 && length != 10 || !digits(text, 0, 4)
        || length > 4 && (text.charAt(4) != '-' || !digits(text, 5, 7))
        || length > 7 && (text.charAt(7) != '-' || !digits(text, 8, 10))) {
      throw new IllegalArgumentException("expected an ISO 8601 date as YYYY, YYYY-MM or YYYY-MM-DD, but found '"
          + text + "'");
    }
    try {
      int year = number(text, 0, 4);
      if (length == 4) {
        return ofYear(year);
      }
      int month = number(text, 5, 7);
      return length == 7 ? ofMonth(year, month) : of(year, month, number(text, 8, 10));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a real date: " + e.getMessage(), e);
    }
  }

  /** Whether the characters from {@code from} to {@code to} are ASCII digits (as {@code [0-9]}). */
  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + text.charAt(i) - '0';
    }
    return n;
  }

  /** How precisely this date is known. */
  public Precision precision() {
    return precision;
  }

  /** The year. */
  public int year() {
    return first.getYear();
  }

  /** The month (1 to 12), when known. */
  public Optional<Integer> month() {
    return precision == Precision.YEAR ? Optional.empty() : Optional.of(first.getMonthValue());
  }

  /** The first day this date can mean: 1 January for a year, the first of the month for a month. */
  public LocalDate earliest() {
    return first;
  }

  /** The last day this date can mean: 31 December for a year, the month's last day for a month. */
  public LocalDate latest() {
    return switch (precision) {
      case YEAR -> Year.of(first.getYear()).atDay(Year.of(first.getYear()).length());
      case MONTH -> YearMonth.from(first).atEndOfMonth();
      case DAY -> first;
    };
  }

  /** Whether every day this date can mean lies before every day {@code other} can mean. */
  public boolean isSurelyBefore(PartialDate other) {
    return latest().isBefore(other.earliest());
  }

  @Override
  public int compareTo(PartialDate other) {
    int c = first.compareTo(other.first);
    return c != 0 ? c : precision.compareTo(other.precision);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof PartialDate)) {
      return false;
    }
    PartialDate other = (PartialDate) o;
    return first.equals(other.first) && precision == other.precision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, precision);
  }

  /** The ISO 8601 form at this date's precision; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    int year = first.getYear();
    if (year >= 0 && year <= 9999) {
      // the common case, without a Formatter: a writer calls this for every date it writes
      char[] text = new char[precision == Precision.YEAR ? 4 : precision == Precision.MONTH ? 7 : 10];
      digits(text, 0, year, 4);
      if (precision != Precision.YEAR) {
        text[4] = '-';
        digits(text, 5, first.getMonthValue(), 2);
      }
      if (precision == Precision.DAY) {
        text[7] = '-';
        digits(text, 8, first.getDayOfMonth(), 2);
      }
      return new String(text);
    }
    return switch (precision) {
      case YEAR -> String.format("%04d", first.getYear());
      case MONTH -> YearMonth.from(first).toString();
      case DAY -> first.toString();
    };
  }

  /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code at}. */
  private static void digits(char[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
