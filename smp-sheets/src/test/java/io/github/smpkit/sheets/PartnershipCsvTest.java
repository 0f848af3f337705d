package io.github.smpkit.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.core.PartnershipStatus;
import io.github.smpkit.core.code.Country;
import io.github.smpkit.core.party.Party;
import io.github.smpkit.core.typology.MigrationType;
import io.github.smpkit.testkit.Property;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnershipCsvTest {

  private static final Partnership PILOT = Partnership.builder().id("demo-1").title("Demo, \"quoted\"")
      .status(PartnershipStatus.PILOT)
      .addParty(Party.origin(Country.of("MA"))).addParty(Party.origin(Country.of("TN")))
      .addParty(Party.destination(Country.of("BE")))
      .addMigrationTypes(MigrationType.CIRCULAR)
      .build();

  private static List<String> lines(String csv) {
    return List.of(csv.split("\r\n"));
  }

  @Test
  void oneRowPerPartnershipWithOneValuePerCellAndBooleansAsTrueFalse() {
    String csv = PartnershipCsv.write(List.of(PILOT));
    List<String> lines = lines(csv);
    assertEquals(2, lines.size());
    List<String> columns = PartnershipCsv.columns();
    assertEquals(String.join(",", columns), lines.get(0));
    assertTrue(lines.get(1).startsWith("demo-1,\"Demo, \"\"quoted\"\"\",PILOT,MULTILATERAL,"), lines.get(1));
    String[] cells = lines.get(1).replace("\"Demo, \"\"quoted\"\"\"", "title").split(",", -1);
    assertEquals(columns.size(), cells.length);
    assertEquals("MA;TN", cells[columns.indexOf("origins")]);
    assertEquals("2", cells[columns.indexOf("origin_count")]);
    assertEquals("true", cells[columns.indexOf("migration_type_circular")]);
    assertEquals("false", cells[columns.indexOf("migration_type_seasonal")]);
    assertEquals("", cells[columns.indexOf("start_year")]);
    assertEquals("", cells[columns.indexOf("skill_level_low")]);
  }

  @Test
  void corridorsComeInLongFormOneRowPerOriginAndDestination() {
    StringWriter out = new StringWriter();
    PartnershipCsv.writeCorridors(List.of(PILOT), out);
    assertEquals(List.of("partnership_id,origin,destination", "demo-1,MA,BE", "demo-1,TN,BE"), lines(out.toString()));
  }

  @Test
  void everyRowHasAsManyCellsAsTheHeaderAndNoCellIsFormatted() {
    Property.forAllComplete(100, p -> {
      String row = lines(PartnershipCsv.write(List.of(p))).get(1);
      assertTrue(!row.contains("\n"), row);
      String unquoted = row.replaceAll("\"([^\"]|\"\")*\"", "x");
      assertEquals(PartnershipCsv.columns().size(), unquoted.split(",", -1).length, row);
    });
  }
}
