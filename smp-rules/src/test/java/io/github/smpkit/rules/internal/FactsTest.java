package io.github.smpkit.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** The shortcuts in {@link Facts} give exactly what the model gives. */
class FactsTest {

  @Test
  void textOfAPartialDateIsItsToString() {
    for (PartialDate d : new PartialDate[] {PartialDate.ofYear(2024), PartialDate.ofYear(999), PartialDate.ofYear(5),
        PartialDate.ofMonth(2025, 3), PartialDate.of(2026, 11, 30)}) {
      assertEquals(d.toString(), Facts.text(d));
    }
  }
}
