package io.github.smpkit.json.internal;

import io.github.smpkit.core.time.PartialDate;
import java.time.LocalDate;
import java.time.Period;

/** The codecs of dates and periods (model package {@code core.time}, and {@code java.time}). */
final class TimeCodecs {

  private TimeCodecs() {}

  static final Codecs.PatternedString<PartialDate> PARTIAL_DATE = Codecs.parsed(
      "a date as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'", "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", PartialDate::parse, PartialDate::toString,
      d -> d.year() >= 0 && d.year() <= 9999);

  static final Codecs.PatternedString<LocalDate> LOCAL_DATE = Codecs.parsed("a date as 'YYYY-MM-DD'",
      "[0-9]{4}-[0-9]{2}-[0-9]{2}", LocalDate::parse, LocalDate::toString,
      d -> d.getYear() >= 0 && d.getYear() <= 9999);

  static final Codecs.PatternedString<Period> PERIOD = Codecs.parsed("an ISO 8601 period such as 'P6M' or 'P1Y2M'",
      "P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?", Period::parse, Period::toString,
      p -> p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0);
}
