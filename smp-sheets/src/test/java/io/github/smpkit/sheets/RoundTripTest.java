package io.github.smpkit.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.testkit.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code read(write(ps))} equals {@code ps} for generated partnerships. Most of the cost of one
 * workbook is fixed (29 sheets, notes, drop-down lists), so the partnerships go 50 to a workbook;
 * when a workbook fails, every partnership is tried alone, so that the failure names its seed.
 */
@Tag("long") // run once, on the default JDK (.ci/run step 1); see docs/releasing.md
class RoundTripTest {

  private static final SmpSheets SHEETS = SmpSheets.standard();
  private static final int PER_WORKBOOK = 50;

  static List<Partnership> roundTrip(List<Partnership> partnerships) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SHEETS.write(partnerships, out);
    return SHEETS.read(new ByteArrayInputStream(out.toByteArray()));
  }

  /** One partnership alone; compares the JSON first, so that a failure shows the difference. */
  private static void assertRoundTrip(Partnership p) {
    List<Partnership> back = roundTrip(List.of(p));
    assertEquals(1, back.size());
    assertEquals(SmpJson.standard().write(p), SmpJson.standard().write(back.get(0)));
    assertEquals(p, back.get(0));
  }

  /** The partnerships in workbooks of up to 50 with distinct ids; on a failure, {@code oneByOne} names the culprit. */
  private static void assertRoundTrips(List<Partnership> all, Runnable oneByOne) {
    List<List<Partnership>> workbooks = new ArrayList<>();
    List<Partnership> current = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Partnership p : all) {
      if (current.size() == PER_WORKBOOK || !ids.add(p.id())) {
        workbooks.add(current);
        current = new ArrayList<>();
        ids.clear();
        ids.add(p.id());
      }
      current.add(p);
    }
    workbooks.add(current);
    for (List<Partnership> workbook : workbooks) {
      List<Partnership> back;
      try {
        back = roundTrip(workbook);
      } catch (RuntimeException e) {
        oneByOne.run();
        throw e;
      }
      if (!back.equals(workbook)) {
        oneByOne.run();
        assertEquals(workbook, back);
      }
    }
  }

  @Test
  void aThousandGeneratedPartnershipsReadBackEqualFromWorkbooks() {
    List<Partnership> all = new ArrayList<>();
    Property.forAll(1000, all::add);
    assertRoundTrips(all, () -> Property.forAll(1000, RoundTripTest::assertRoundTrip));
  }

  @Test
  void completeGeneratedPartnershipsReadBackEqualFromWorkbooks() {
    List<Partnership> all = new ArrayList<>();
    Property.forAllComplete(300, all::add);
    assertRoundTrips(all, () -> Property.forAllComplete(300, RoundTripTest::assertRoundTrip));
  }

  @Test
  void aPartnershipAloneInItsWorkbookReadsBackEqual() {
    Property.forAll(10, RoundTripTest::assertRoundTrip);
    Property.forAllComplete(10, RoundTripTest::assertRoundTrip);
  }
}
