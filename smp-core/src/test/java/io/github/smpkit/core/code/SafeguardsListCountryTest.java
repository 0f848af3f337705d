package io.github.smpkit.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SafeguardsListCountryTest {

  @Test
  void theTwentyTwentyThreeListHasFiftyFiveCountriesEachOnceWithAValidCode() {
    assertEquals(55, SafeguardsListCountry.list().size());
    assertEquals(55, SafeguardsListCountry.list().all().stream().map(SafeguardsListCountry::country).distinct()
        .count());
    assertEquals("2023", SafeguardsListCountry.EDITION);
    assertEquals(LocalDate.of(2023, 3, 14), SafeguardsListCountry.published());
  }

  @Test
  void listedAndUnlistedCountriesAreTold() {
    for (String listed : new String[] {"NG", "KI", "PG", "TL", "VU", "NP", "HT", "YE"}) {
      assertTrue(SafeguardsListCountry.includes(Country.of(listed)), listed);
    }
    for (String unlisted : new String[] {"VN", "PH", "IN", "MA", "TN", "KE", "DE", "FJ", "TO"}) {
      assertFalse(SafeguardsListCountry.includes(Country.of(unlisted)), unlisted);
    }
    assertEquals("Kiribati", SafeguardsListCountry.list().of("KI").title());
    assertEquals("WHO-SSL-2023 KI", SafeguardsListCountry.list().of("KI").toString());
  }
}
