package io.github.smpkit.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void eachPrecisionReadsBackWhatItWrites() {
    for (String text : new String[] {"2019", "2019-06", "2019-06-15", "0999"}) {
      assertEquals(text, PartialDate.parse(text).toString());
    }
    assertEquals(PartialDate.Precision.YEAR, PartialDate.parse("2019").precision());
    assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2019-06").precision());
    assertEquals(PartialDate.Precision.DAY, PartialDate.parse("2019-06-15").precision());
  }

  @Test
  void parseAcceptsExactlyTheFormOfItsRegex() {
    // parse reads the form by hand; every text near it is judged as the regex judges it
    java.util.regex.Pattern form = java.util.regex.Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
    String full = "2019-06-15";
    char[] swaps = {'0', '1', '5', '9', '-', 'a', ' ', '/', '\u0663', '\uFF10', '+'};
    int checked = 0;
    for (int length = 0; length <= full.length() + 1; length++) {
      String base = length <= full.length() ? full.substring(0, length) : full + "1";
      for (int at = 0; at <= base.length(); at++) {
        for (char swap : swaps) {
          for (String text : new String[] {base, base.substring(0, at) + swap + base.substring(Math.min(base.length(), at + 1)),
              base.substring(0, at) + swap + base.substring(at)}) {
            boolean matches = form.matcher(text).matches();
            try {
              PartialDate d = PartialDate.parse(text);
              assertTrue(matches, text);
              assertEquals(text, d.toString());
            } catch (IllegalArgumentException e) {
              assertTrue(!matches || e.getMessage().contains("is not a real date"), text + ": " + e.getMessage());
            }
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 1000, "checked " + checked);
    assertEquals("expected an ISO 8601 date as YYYY, YYYY-MM or YYYY-MM-DD, but found '2019-6'",
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2019-6")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2019-02-30")).getMessage()
        .startsWith("'2019-02-30' is not a real date: "));
  }

  @Test
  void theQuickTextIsTheIsoFormOfEveryYearAndPrecision() {
    // toString writes years 0 to 9999 without a Formatter; the text is java.time's ISO form
    for (int year : new int[] {0, 1, 9, 10, 99, 100, 999, 1000, 2019, 9999, 10000, -1, 123456}) {
      assertEquals(String.format(java.util.Locale.ROOT, "%04d", year), PartialDate.ofYear(year).toString());
      for (int month = 1; month <= 12; month++) {
        assertEquals(java.time.YearMonth.of(year, month).toString(), PartialDate.ofMonth(year, month).toString());
        for (int day : new int[] {1, 9, 10, 28}) {
          assertEquals(java.time.LocalDate.of(year, month, day).toString(), PartialDate.of(year, month, day).toString());
        }
      }
    }
  }

  @Test
  void aYearSpansItsFirstToItsLastDay() {
    PartialDate y = PartialDate.ofYear(2020);
    assertEquals(LocalDate.of(2020, 1, 1), y.earliest());
    assertEquals(LocalDate.of(2020, 12, 31), y.latest());
    assertEquals(LocalDate.of(2024, 2, 29), PartialDate.ofMonth(2024, 2).latest());
    assertEquals(Optional.empty(), y.month());
    assertEquals(Optional.of(2), PartialDate.ofMonth(2024, 2).month());
  }

  @Test
  void aYearAndItsFirstDayAreDifferentFacts() {
    assertNotEquals(PartialDate.ofYear(2019), PartialDate.of(2019, 1, 1));
    assertTrue(PartialDate.ofYear(2019).compareTo(PartialDate.of(2019, 1, 1)) < 0);
  }

  @Test
  void surelyBeforeOnlyWhenNoDayOverlaps() {
    assertTrue(PartialDate.ofYear(2019).isSurelyBefore(PartialDate.ofYear(2020)));
    assertFalse(PartialDate.ofYear(2019).isSurelyBefore(PartialDate.ofMonth(2019, 12)));
  }

  @Test
  void badTextIsRejectedNamingTheFormsAllowed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("19-06"));
    assertTrue(e.getMessage().contains("'19-06'") && e.getMessage().contains("YYYY-MM-DD"), e.getMessage());
    IllegalArgumentException notReal = assertThrows(IllegalArgumentException.class,
        () -> PartialDate.parse("2019-02-30"));
    assertTrue(notReal.getMessage().contains("2019-02-30"), notReal.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2019-13"));
  }
}
