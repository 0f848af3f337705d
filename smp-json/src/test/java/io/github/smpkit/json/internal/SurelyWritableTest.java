package io.github.smpkit.json.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.code.IscoCode;
import io.github.smpkit.core.code.IsicCode;
import io.github.smpkit.core.code.SdgTarget;
import io.github.smpkit.core.time.PartialDate;
import java.time.LocalDate;
import java.time.Period;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The writer skips the pattern check of a value when its codec's quick condition holds; each
 * condition is held here to the pattern it stands for: a value it lets through must match.
 */
class SurelyWritableTest {

  private static <V> boolean matches(Codecs.PatternedString<V> codec, V value) {
    return Pattern.compile(codec.regex).matcher(codec.format.apply(value)).matches();
  }

  /** Checks the condition on {@code value}: when it holds, the text matches. Returns whether it held. */
  private static <V> boolean check(Codecs.PatternedString<V> codec, V value) {
    boolean sure = codec.surelyMatches.test(value);
    if (sure) {
      assertTrue(matches(codec, value), () -> codec.format.apply(value) + " does not match " + codec.regex);
    }
    return sure;
  }

  @Test
  void everyCodeOfEveryListHasItsForm() {
    Country.codes().forEach(code -> assertTrue(check(CodeCodecs.countryCodes(), Country.of(code)), code));
    IscoCode.list().all().forEach(c -> assertTrue(check(CodeCodecs.ISCO, c), c::code));
    IsicCode.list().all().forEach(c -> assertTrue(check(CodeCodecs.ISIC, c), c::code));
    SdgTarget.list().all().forEach(c -> assertTrue(check(CodeCodecs.SDG, c), c::code));
  }

  @Test
  void datesOfFourDigitYearsHaveTheirForm() {
    SplittableRandom random = new SplittableRandom(14);
    for (int year : new int[] {-1, 0, 1, 999, 1000, 2026, 9999, 10000, 999_999}) {
      for (int i = 0; i < 50; i++) {
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(366));
        boolean fourDigits = year >= 0 && year <= 9999;
        assertTrue(check(TimeCodecs.LOCAL_DATE, day) == fourDigits, day::toString);
        assertTrue(check(TimeCodecs.PARTIAL_DATE, PartialDate.of(day)) == fourDigits, day::toString);
        assertTrue(check(TimeCodecs.PARTIAL_DATE, PartialDate.ofMonth(year, day.getMonthValue())) == fourDigits);
        assertTrue(check(TimeCodecs.PARTIAL_DATE, PartialDate.ofYear(year)) == fourDigits);
        // and outside the condition the pattern itself refuses: nothing unreadable is written
        assertTrue(fourDigits || !matches(TimeCodecs.LOCAL_DATE, day), day::toString);
      }
    }
  }

  @Test
  void periodsWithoutANegativePartHaveTheirForm() {
    SplittableRandom random = new SplittableRandom(14);
    for (int i = 0; i < 10_000; i++) {
      int[] parts = new int[3];
      for (int k = 0; k < 3; k++) {
        int kind = random.nextInt(4);
        parts[k] = kind == 0 ? 0 : kind == 1 ? random.nextInt(100) : kind == 2 ? -random.nextInt(1, 100)
            : random.nextInt(Integer.MAX_VALUE);
      }
      Period p = Period.of(parts[0], parts[1], parts[2]);
      boolean sure = check(TimeCodecs.PERIOD, p);
      assertTrue(sure == (parts[0] >= 0 && parts[1] >= 0 && parts[2] >= 0), p::toString);
      assertFalse(!sure && matches(TimeCodecs.PERIOD, p), p::toString);
    }
  }
}
