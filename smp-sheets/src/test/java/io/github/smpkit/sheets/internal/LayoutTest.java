package io.github.smpkit.sheets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.json.SmpJson;
import io.github.smpkit.sheets.internal.Column.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

  private static final Layout LAYOUT = Layout.standard();

  private static Column column(String sheet, String title) {
    return LAYOUT.table(sheet).orElseThrow().columns().stream().filter(c -> c.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no column " + title + " in " + sheet));
  }

  @Test
  void repeatedPartsAreSheetsAndPartsInsidePartsNameTheirParentRow() {
    List<String> names = LAYOUT.tables().stream().map(Table::sheetName).toList();
    assertEquals("Partnerships", names.get(0));
    assertTrue(names.containsAll(List.of("Parties", "Costs", "Cost shares", "Stakeholders", "Training",
        "Participants", "Citations", "Governance bodies", "Governance body members")), names::toString);
    assertEquals(List.of("Partnership ID", "Cost no."), LAYOUT.table("Cost shares").orElseThrow().keyTitles());
    assertEquals("/costs/*/shares/*", LAYOUT.table("Cost shares").orElseThrow().pointerPattern());
    assertTrue(names.stream().allMatch(n -> n.length() <= Layout.MAX_SHEET_NAME), names::toString);
  }

  @Test
  void columnsFollowTheSchemasKinds() {
    assertEquals(Kind.ENUM, column("Partnerships", "Status").kind());
    assertEquals(List.of("amount", "currency"), column("Costs", "Amount: currency").path());
    assertEquals(Kind.LIST, column("Partnerships", "Migration types").kind());
    assertEquals(Kind.ENUM, column("Partnerships", "Migration types").itemKind());
    assertEquals(Kind.INTEGER, column("Participants", "Planned: at least").kind());
    assertEquals(Kind.BOOLEAN, column("Pathways", "Employer tied").kind());
    assertEquals(Kind.PRESENCE, column("Partnerships", "Monitoring: recorded").kind());
    assertTrue(column("Costs", "Amount: amount").isDecimalText());
    assertTrue(column("Partnerships", "Time frame: start").isDateText());
    assertTrue(!column("Citations", "Key").isDecimalText());
    assertTrue(!column("Partnerships", "ID").isDateText());
    assertEquals("Form of engagement", LAYOUT.table("Forms of engagement").orElseThrow().elementName());
  }

  @Test
  void codeColumnsGetTheirCodeListsAndEveryCodePatternIsStillInTheSchema() {
    assertEquals("Country (ISO 3166-1)", column("Parties", "Country").codeList().orElseThrow());
    assertTrue(column("Parties", "Country").allowed().contains("XK"));
    assertEquals("ISCO-08", column("Occupations", "ISCO").codeList().orElseThrow());
    assertEquals("Currency (ISO 4217)", column("Costs", "Amount: currency").codeList().orElseThrow());
    String schema = SmpJson.schema();
    for (String pattern : CodeLists.BY_PATTERN.keySet()) {
      assertTrue(schema.contains("\"" + pattern.replace("\\", "\\\\") + "\""), pattern);
    }
  }

  @Test
  void aFieldAddedToTheSchemaReachesTheWorkbookWithoutAnEdit() {
    String schema = SmpJson.schema().replaceFirst("\"notes\": \\{",
        "\"recordedByMinistry\": {\"type\": \"boolean\"}, \"notes\": {");
    Layout layout = Layout.fromSchema(schema);
    Column added = layout.root().columns().stream().filter(c -> c.title().equals("Recorded by ministry"))
        .findFirst().orElseThrow();
    assertEquals(Kind.BOOLEAN, added.kind());
    assertEquals(List.of("recordedByMinistry"), added.path());
  }

  @Test
  void notesSayTheJsonFieldAndWhatACellTakes() {
    Table costs = LAYOUT.table("Costs").orElseThrow();
    String note = Notes.of(costs, column("Costs", "Amount: currency"));
    assertTrue(note.startsWith("JSON: /costs/*/amount/currency\n"), note);
    assertTrue(Notes.of(LAYOUT.root(), column("Partnerships", "Migration types")).contains("separated by ;"));
    assertTrue(Notes.of(LAYOUT.root(), column("Partnerships", "ID")).contains("Required."));
    Table shares = LAYOUT.table("Cost shares").orElseThrow();
    assertTrue(Notes.ofKey(shares, "Cost no.").startsWith("Which cost of the partnership this row belongs to: 1 for"
        + " its first row in sheet Costs"), Notes.ofKey(shares, "Cost no."));
  }
}
