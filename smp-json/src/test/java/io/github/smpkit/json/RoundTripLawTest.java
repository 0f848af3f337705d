package io.github.smpkit.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Citation;
import io.github.smpkit.core.InvariantViolationException;
import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.time.PartialDate;
import io.github.smpkit.core.time.TimeFrame;
import io.github.smpkit.testkit.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The round-trip law: for every partnership the builders accept, either {@code write} refuses it
 * with a located error and writes nothing, or reading what was written gives an equal
 * partnership and writing that again gives the same bytes, through String, Writer and
 * OutputStream, pretty and compact.
 */
class RoundTripLawTest {

  private static final SmpJson PRETTY = SmpJson.standard();
  private static final SmpJson COMPACT = SmpJson.builder().compact().build();

  private static void holds(Partnership p) {
    holds(p, false);
  }

  /**
   * The law for one partnership, pretty and compact, through String; with {@code allSources}
   * also through Writer, OutputStream, Reader and InputStream (the same bytes, the same value).
   */
  private static void holds(Partnership p, boolean allSources) {
    for (SmpJson json : new SmpJson[] {PRETTY, COMPACT}) {
      String text;
      try {
        text = json.write(p);
      } catch (SmpJsonWriteException e) {
        assertTrue(e.pointer().startsWith("/"), e::getMessage);
        StringWriter nothing = new StringWriter();
        assertThrows(SmpJsonWriteException.class, () -> json.write(p, nothing));
        assertEquals("", nothing.toString());
        continue;
      }
      Partnership back = json.read(text);
      assertEquals(p, back);
      assertEquals(text, json.write(back));
      if (!allSources) {
        continue;
      }
      StringWriter writer = new StringWriter();
      json.write(p, writer);
      assertEquals(text, writer.toString());
      assertEquals(p, json.read(new StringReader(text)));

      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      json.write(p, bytes);
      assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
      assertEquals(p, json.read(new ByteArrayInputStream(bytes.toByteArray())));
    }
  }

  /**
   * Slow (a minute or more): run with {@code -Dgroups=slow}, on both JDKs by
   * scripts/check-laws.sh; see docs/releasing.md.
   */
  @Test
  @Tag("slow")
  void holdsForTenThousandHostilePartnerships() {
    int[] n = {0};
    Property.forAllHostile(10_000, p -> holds(p, n[0]++ % 10 == 0));
  }

  /**
   * Not tagged: the law must hold on both JDKs, and this is the part of it over hostile
   * partnerships that CI runs on each (the 10,000-case law above runs before releases,
   * scripts/check-laws.sh).
   */
  @Test
  void holdsForHostilePartnershipsThroughEverySource() {
    Property.forAllHostile(300, p -> holds(p, true));
  }

  @Test
  void holdsForDefaultAndCompletePartnerships() {
    Property.forAll(500, p -> holds(p, true));
    Property.forAllComplete(200, p -> holds(p, true));
  }

  @Test
  void aValueTheFormatCannotCarryIsRefusedWithItsPointerAndNothingIsWritten() {
    Partnership years = Fixtures.minimal().withTimeFrame(TimeFrame.builder().start(PartialDate.ofYear(2019))
        .end(PartialDate.ofYear(12345)).build());
    SmpJsonWriteException e = assertThrows(SmpJsonWriteException.class, () -> PRETTY.write(years));
    assertEquals("/timeFrame/end", e.pointer());
    assertEquals("cannot write /timeFrame/end: '12345' is not a date as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', so it"
        + " could not be read back", e.getMessage());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThrows(SmpJsonWriteException.class, () -> PRETTY.write(years, bytes));
    assertEquals(0, bytes.size());

    // a number beyond its range no longer reaches the writer: the builder refuses it (WholeNumberRule)
    assertThrows(InvariantViolationException.class, () -> TimeFrame.builder().fundingCycleMonths(5000).build());

    Partnership accessed = Fixtures.minimal().withCitations(
        Citation.builder().key("a").title("A").build(),
        Citation.builder().key("b").title("B").accessed(LocalDate.of(10_000, 1, 1)).build());
    assertEquals("/citations/1/accessed",
        assertThrows(SmpJsonWriteException.class, () -> COMPACT.write(accessed)).pointer());
  }
}
