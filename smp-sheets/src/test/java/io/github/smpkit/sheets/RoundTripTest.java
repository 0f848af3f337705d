package io.github.smpkit.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.testkit.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  private static final SmpSheets SHEETS = SmpSheets.defaults();

  static List<Partnership> roundTrip(List<Partnership> partnerships) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SHEETS.write(partnerships, out);
    return SHEETS.read(new ByteArrayInputStream(out.toByteArray()));
  }

  /** Compares the JSON first, so that a failure shows the difference. */
  private static void assertRoundTrip(Partnership p) {
    List<Partnership> back = roundTrip(List.of(p));
    assertEquals(1, back.size());
    assertEquals(SmpJson.defaults().write(p), SmpJson.defaults().write(back.get(0)));
    assertEquals(p, back.get(0));
  }

  @Test
  void everyGeneratedPartnershipReadsBackEqualFromItsWorkbook() {
    Property.forAll(1000, RoundTripTest::assertRoundTrip);
  }

  @Test
  void everyCompleteGeneratedPartnershipReadsBackEqualFromItsWorkbook() {
    Property.forAllComplete(200, RoundTripTest::assertRoundTrip);
  }

  @Test
  void manyPartnershipsInOneWorkbookKeepTheirOrderAndTheirParts() {
    List<Partnership> many = new ArrayList<>();
    Property.forAllComplete(40, 77L, p -> {
      if (many.stream().noneMatch(q -> q.id().equals(p.id()))) {
        many.add(p);
      }
    });
    assertEquals(many, roundTrip(many));
  }
}
