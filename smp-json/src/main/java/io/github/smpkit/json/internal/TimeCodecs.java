package io.github.smpkit.json.internal;

import io.github.smpkit.core.time.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/** The codecs of dates and periods (model package {@code core.time}, and {@code java.time}). */
final class TimeCodecs {

  private TimeCodecs() {}

  static final Codecs.PatternedString<PartialDate> PARTIAL_DATE = Codecs.parsed(
      "a date as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'", "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", PartialDate::parse, PartialDate::toString,
      d -> d.year() >= 0 && d.year() <= 9999);

  static final Codecs.PatternedString<LocalDate> LOCAL_DATE = Codecs.parsed("a date as 'YYYY-MM-DD'",
      "[0-9]{4}-[0-9]{2}-[0-9]{2}", TimeCodecs::localDate, LocalDate::toString,
      d -> d.getYear() >= 0 && d.getYear() <= 9999);

  static final Codecs.PatternedString<Period> PERIOD = Codecs.parsed("an ISO 8601 period such as 'P6M' or 'P1Y2M'",
      "P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?", Period::parse, Period::toString,
      p -> p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0);

  /**
   * {@code LocalDate.parse} of text that matches {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}, without its
   * formatter (which cost more than the rest of reading a citation); a date that does not exist
   * goes to {@code LocalDate.parse} after all, so that it fails with the same message.
   */
  private static LocalDate localDate(String text) {
    try {
      return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException e) {
      return LocalDate.parse(text);
    }
  }
}
