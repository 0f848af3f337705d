package io.github.smpkit.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.sheets.SheetProblem.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad workbook gives a clear, located problem, and no partnership. */
class BadWorkbookTest {

  private static final SmpSheets SHEETS = SmpSheets.standard();

  @TempDir
  Path dir;

  /** A workbook with every sheet of the template (titles only), changed by {@code edit} per sheet. */
  static byte[] workbook(SheetEdit edit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, edit);
    return out.toByteArray();
  }

  interface SheetEdit {
    /** Writes the sheet's content; returns false to leave the sheet out of the workbook. */
    boolean edit(String sheet, List<String> titles, Worksheet ws);
  }

  static void write(OutputStream out, SheetEdit edit) throws IOException {
    Workbook wb = new Workbook(out, "test", "1.0");
    for (String name : SmpSheets.sheetNames()) {
      List<String> titles = Titles.of(name);
      Worksheet ws = wb.newWorksheet(name);
      for (int c = 0; c < titles.size(); c++) {
        ws.value(0, c, titles.get(c));
      }
      edit.edit(name, titles, ws);
    }
    wb.finish();
  }

  private static List<SheetProblem> problems(byte[] bytes) {
    SheetsException e = assertThrows(SheetsException.class, () -> SHEETS.read(new ByteArrayInputStream(bytes)));
    return e.problems();
  }

  /** One valid partnership: ID demo-1, title, status, one origin and one destination. */
  private static boolean minimal(String sheet, List<String> titles, Worksheet ws, Consumer<Worksheet> more) {
    if (sheet.equals("Partnerships")) {
      ws.value(1, titles.indexOf("ID"), "demo-1");
      ws.value(1, titles.indexOf("Title"), "Demo");
      ws.value(1, titles.indexOf("Status"), "PILOT");
    }
    if (sheet.equals("Parties")) {
      ws.value(1, 0, "demo-1");
      ws.value(1, titles.indexOf("Country"), "NG");
      ws.value(1, titles.indexOf("Role"), "ORIGIN");
      ws.value(2, 0, "demo-1");
      ws.value(2, titles.indexOf("Country"), "LT");
      ws.value(2, titles.indexOf("Role"), "DESTINATION");
    }
    more.accept(ws);
    return true;
  }

  @Test
  void aMinimalFilledWorkbookReads() throws IOException {
    List<Partnership> read = SHEETS.read(new ByteArrayInputStream(workbook((s, t, ws) -> minimal(s, t, ws, w -> {}))));
    assertEquals(1, read.size());
    assertEquals("demo-1", read.get(0).id());
    assertEquals(2, read.get(0).parties().size());
  }

  @Test
  void aFileThatIsNotAWorkbookIsSaidToBeSo() throws IOException {
    Path file = dir.resolve("notes.xlsx");
    Files.writeString(file, "id,title\ndemo-1,Demo\n", StandardCharsets.UTF_8);
    SheetsException e = assertThrows(SheetsException.class, () -> SHEETS.read(file));
    assertEquals(Kind.NOT_A_WORKBOOK, e.problems().get(0).kind());
    assertTrue(e.getMessage().contains("not an .xlsx workbook"), e.getMessage());
    Path empty = dir.resolve("empty.xlsx");
    Files.write(empty, new byte[0]);
    assertTrue(assertThrows(SheetsException.class, () -> SHEETS.read(empty)).getMessage().contains("empty"));
    Path broken = dir.resolve("broken.xlsx");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 1, 2, 3});
    assertEquals(Kind.NOT_A_WORKBOOK, assertThrows(SheetsException.class, () -> SHEETS.read(broken)).problems().get(0)
        .kind());
  }

  @Test
  void aMissingSheetIsNamed() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "test", "1.0");
    for (String name : SmpSheets.sheetNames()) {
      if (!name.equals("Costs")) {
        List<String> titles = Titles.of(name);
        Worksheet ws = wb.newWorksheet(name);
        for (int c = 0; c < titles.size(); c++) {
          ws.value(0, c, titles.get(c));
        }
      }
    }
    wb.finish();
    List<SheetProblem> problems = problems(out.toByteArray());
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(Kind.MISSING_SHEET, problems.get(0).kind());
    assertEquals("Costs", problems.get(0).sheet());
    assertTrue(problems.get(0).message().contains("no sheet 'Costs'"));
  }

  @Test
  void aRenamedColumnIsMissingUnderItsNameAndUnknownUnderTheNewOne() throws IOException {
    List<SheetProblem> problems = problems(workbook((s, t, ws) -> {
      if (s.equals("Costs")) {
        ws.value(0, t.indexOf("Amount: currency"), "Currency");
      }
      return true;
    }));
    assertEquals(2, problems.size(), problems::toString);
    SheetProblem unknown = problems.stream().filter(p -> p.kind() == Kind.UNKNOWN_COLUMN).findFirst().orElseThrow();
    assertEquals("Costs", unknown.sheet());
    assertEquals(1, unknown.row());
    assertTrue(unknown.message().contains("did you mean 'Amount: currency'?"), unknown.message());
    SheetProblem missing = problems.stream().filter(p -> p.kind() == Kind.MISSING_COLUMN).findFirst().orElseThrow();
    assertEquals("Amount: currency", missing.columnTitle());
    assertTrue(missing.message().contains("was it renamed? titles not known here: Currency"), missing.message());
  }

  @Test
  void anExtraColumnOrSheetIsAnErrorNotSilentlyDropped() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, (s, t, ws) -> minimal(s, t, ws, w -> {
      if (s.equals("Partnerships")) {
        w.value(1, t.size() + 2, "a note in an untitled column");
      }
    }));
    List<SheetProblem> problems = problems(out.toByteArray());
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(Kind.UNKNOWN_COLUMN, problems.get(0).kind());
    assertEquals(2, problems.get(0).row());

    ByteArrayOutputStream out2 = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out2, "test", "1.0");
    for (String name : SmpSheets.sheetNames()) {
      List<String> titles = Titles.of(name);
      Worksheet ws = wb.newWorksheet(name);
      for (int c = 0; c < titles.size(); c++) {
        ws.value(0, c, titles.get(c));
      }
    }
    wb.newWorksheet("My notes").value(0, 0, "call the ministry");
    wb.finish();
    List<SheetProblem> extra = problems(out2.toByteArray());
    assertEquals(Kind.UNKNOWN_SHEET, extra.get(0).kind());
    assertEquals("My notes", extra.get(0).sheet());
  }

  @Test
  void aFormulaCellIsRefusedAtItsCell() throws IOException {
    List<SheetProblem> problems = problems(workbook((s, t, ws) -> minimal(s, t, ws, w -> {
      if (s.equals("Partnerships")) {
        w.formula(1, t.indexOf("Time frame: funding cycle months"), "12*3");
      }
    })));
    assertEquals(1, problems.size(), problems::toString);
    SheetProblem p = problems.get(0);
    assertEquals(Kind.FORMULA, p.kind());
    assertEquals("Partnerships", p.sheet());
    assertEquals(2, p.row());
    assertEquals("Time frame: funding cycle months", p.columnTitle());
    assertEquals(Optional.of("/timeFrame/fundingCycleMonths"), p.pointer());
    assertTrue(p.message().contains("formula =12*3"), p.message());
  }

  @Test
  void aDateTypedInAnotherFormIsLocatedWithTheFormExpected() throws IOException {
    List<SheetProblem> problems = problems(workbook((s, t, ws) -> minimal(s, t, ws, w -> {
      if (s.equals("Partnerships")) {
        w.value(1, t.indexOf("Time frame: start"), "15/06/2019");
      }
    })));
    assertEquals(1, problems.size(), problems::toString);
    SheetProblem p = problems.get(0);
    assertEquals(Kind.INVALID_VALUE, p.kind());
    assertEquals("Partnerships", p.sheet());
    assertEquals(2, p.row());
    assertEquals(Optional.of("/timeFrame/start"), p.pointer());
    assertEquals(Optional.of("demo-1"), p.partnershipId());
    assertTrue(p.message().contains("YYYY"), p.message());
    assertTrue(p.toString().startsWith("Partnerships!"), p.toString());
  }

  @Test
  void aDateCellInADateColumnIsReadAsItsDay() throws IOException {
    List<Partnership> read = SHEETS.read(new ByteArrayInputStream(workbook((s, t, ws) -> minimal(s, t, ws, w -> {
      if (s.equals("Partnerships")) {
        w.value(1, t.indexOf("Time frame: start"), java.time.LocalDate.of(2019, 6, 15));
        w.style(1, t.indexOf("Time frame: start")).format("yyyy-mm-dd").set();
      }
    }))));
    assertEquals("2019-06-15", read.get(0).timeFrame().orElseThrow().start().orElseThrow().toString());
  }

  @Test
  void everyProblemOfEverySheetIsReportedAtOnceWithItsCell() throws IOException {
    List<SheetProblem> problems = problems(workbook((s, t, ws) -> minimal(s, t, ws, w -> {
      if (s.equals("Partnerships")) {
        w.value(1, t.indexOf("Status"), "RUNNING");
      }
      if (s.equals("Costs")) {
        w.value(1, 0, "demo-1");
        w.value(1, t.indexOf("Item"), "TRAINING_PROVIDER");
        w.value(1, t.indexOf("Amount: amount"), 1000);
        w.value(1, t.indexOf("Amount: currency"), "EURO");
      }
      if (s.equals("Cost shares")) {
        w.value(1, 0, "demo-1");
        w.value(1, 1, 2);
        w.value(1, t.indexOf("Payer"), "DONOR");
      }
    })));
    assertEquals(3, problems.size(), problems::toString);
    SheetProblem status = problems.stream().filter(p -> p.sheet().equals("Partnerships")).findFirst().orElseThrow();
    assertEquals("Status", status.columnTitle());
    assertTrue(status.message().contains("allowed values"), status.message());
    SheetProblem share = problems.stream().filter(p -> p.sheet().equals("Cost shares")).findFirst().orElseThrow();
    assertEquals(Kind.BAD_REFERENCE, share.kind());
    assertEquals("B", share.column());
    assertTrue(share.message().contains("(1 to 1)"), share.message());
    SheetProblem currency = problems.stream().filter(p -> p.sheet().equals("Costs")).findFirst().orElseThrow();
    assertEquals(Optional.of("/costs/0/amount/currency"), currency.pointer());
    assertEquals("Amount: currency", currency.columnTitle());
  }

  @Test
  void aChildRowOfAnUnknownPartnershipIsAnError() throws IOException {
    List<SheetProblem> problems = problems(workbook((s, t, ws) -> minimal(s, t, ws, w -> {
      if (s.equals("Citations")) {
        w.value(1, 0, "demo-2");
        w.value(1, t.indexOf("Key"), "src");
        w.value(1, t.indexOf("Title"), "A source");
      }
    })));
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(Kind.BAD_REFERENCE, problems.get(0).kind());
    assertTrue(problems.get(0).message().contains("no partnership with the ID 'demo-2'"));
  }

  @Test
  void problemsBeyondTheLimitAreCountedNotKept() throws IOException {
    byte[] bytes = workbook((s, t, ws) -> {
      if (s.equals("Partnerships")) {
        for (int r = 1; r <= 300; r++) {
          ws.value(r, t.indexOf("ID"), "p-" + r);
        }
      }
      return true;
    });
    SmpSheets limited = SmpSheets.builder().maxProblems(50).build();
    SheetsException e = assertThrows(SheetsException.class, () -> limited.read(new ByteArrayInputStream(bytes)));
    assertEquals(50, e.problems().size());
    assertTrue(e.notKept() > 0);
    assertTrue(e.getMessage().contains("... and " + (50 + e.notKept() - 20) + " more"), e.getMessage());
  }

  @Test
  void oldXlsBytesAreToldToBeSavedAsXlsx() throws IOException {
    Path file = dir.resolve("old.xlsx");
    Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0, 0});
    assertTrue(assertThrows(SheetsException.class, () -> SHEETS.read(file)).getMessage().contains("97-2003"));
  }

  @Test
  void oneBadPartnershipMeansNoPartnershipIsReturned() throws IOException {
    List<SheetProblem> problems = problems(workbook((s, t, ws) -> minimal(s, t, ws, w -> {
      if (s.equals("Partnerships")) {
        w.value(2, t.indexOf("ID"), "demo-2");
        w.value(2, t.indexOf("Title"), "Second");
        w.value(2, t.indexOf("Status"), "PILOT");
      }
    })));
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(3, problems.get(0).row());
    assertEquals(Optional.of("demo-2"), problems.get(0).partnershipId());
    assertTrue(problems.get(0).message().contains("parties"), problems.get(0).message());
  }
}
