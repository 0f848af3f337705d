package io.github.smpkit.sheets.internal;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.JsonProblem;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.json.SmpJsonException;
import io.github.smpkit.sheets.SheetProblem;
import io.github.smpkit.sheets.SheetProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a workbook in the {@link Layout} into partnerships. Cells become the values of each
 * partnership's JSON document (a plain tree), which smp-json's reader then types and checks; every
 * problem it reports by JSON pointer is mapped back to the sheet, row and column the value came
 * from. Sheets are streamed row by row; a sheet longer than the row limit is reported and not read
 * further, and problems beyond the limit are counted, not kept. Nothing is returned unless the
 * whole workbook is free of problems.
 */
public final class WorkbookReader {

  private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

  private final Layout layout;
  private final SmpJson json;
  private final int maxRows;
  private final ProblemList problems;
  private final Map<Table, Header> headers = new HashMap<>();
  private final List<Doc> docs = new ArrayList<>();
  private final Map<String, Doc> docsById = new HashMap<>();

  private WorkbookReader(Layout layout, SmpJson json, int maxRows, int maxProblems) {
    this.layout = layout;
    this.json = json;
    this.maxRows = maxRows;
    this.problems = new ProblemList(maxProblems);
  }

  /**
   * Reads the partnerships of the workbook file.
   *
   * @param layout the layout
   * @param json the reader that types and checks each partnership's document
   * @param file the .xlsx file
   * @param maxRows the most data rows read in one sheet
   * @param maxProblems the most problems kept (the others are counted)
   * @return the partnerships, in the order of sheet Partnerships
   * @throws io.github.smpkit.sheets.SheetsException naming every problem found
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<Partnership> read(Layout layout, SmpJson json, Path file, int maxRows, int maxProblems) {
    return new WorkbookReader(layout, json, maxRows, maxProblems).run(file);
  }

  /**
   * Reads the partnerships of a workbook given as a stream: it is copied to a temporary file
   * first (deleted afterwards), so that memory stays bounded whatever its size.
   *
   * @see #read(Layout, SmpJson, Path, int, int)
   */
  public static List<Partnership> read(Layout layout, SmpJson json, InputStream in, int maxRows, int maxProblems) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("smp-sheets-", ".xlsx");
      Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return read(layout, json, tmp, maxRows, maxProblems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // a leftover temporary file is not worth failing the read
        }
      }
    }
  }

  private List<Partnership> run(Path file) {
    if (!looksLikeXlsx(file)) {
      problems.throwIfAny();
    }
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), OPTIONS)) {
      Map<String, Sheet> sheets = new LinkedHashMap<>();
      wb.getSheets().forEach(s -> sheets.put(s.getName(), s));
      checkSheets(sheets);
      problems.throwIfAny();
      for (Table t : layout.tables()) {
        readHeader(t, sheets.get(t.sheetName()));
      }
      problems.throwIfAny();
      for (Table t : layout.tables()) {
        readRows(t, sheets.get(t.sheetName()));
      }
    } catch (IOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
      problems.add(workbookProblem("the file could not be read as an .xlsx workbook: " + e.getMessage()));
      problems.throwIfAny();
    }
    List<Partnership> result = new ArrayList<>();
    for (Doc doc : docs) {
      try {
        result.add(json.readTree(doc.tree));
      } catch (SmpJsonException e) {
        e.problems().forEach(p -> problems.add(locate(doc, p)));
      }
    }
    problems.throwIfAny();
    return List.copyOf(result);
  }

  // --- the file and its sheets ------------------------------------------------------------------

  private boolean looksLikeXlsx(Path file) {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (n == head.length && ReadableWorkbook.isOOXMLZipHeader(head)) {
      return true;
    }
    if (n == head.length && ReadableWorkbook.isOLE2Header(head)) {
      problems.add(workbookProblem("the file is an old Excel 97-2003 (.xls) workbook or is encrypted; save it as an"
          + " .xlsx workbook (Excel Workbook, Office Open XML)"));
    } else {
      problems.add(workbookProblem("the file is not an .xlsx workbook (it does not start as a zip archive does"
          + (n == 0 ? ": it is empty" : "") + "); save the spreadsheet as an .xlsx workbook"));
    }
    return false;
  }

  private void checkSheets(Map<String, Sheet> sheets) {
    for (Table t : layout.tables()) {
      if (!sheets.containsKey(t.sheetName())) {
        problems.add(new SheetProblem(Kind.MISSING_SHEET, t.sheetName(), 0, "", "", Optional.empty(),
            Optional.empty(), "the workbook has no sheet '" + t.sheetName() + "' (" + what(t)
            + "); every sheet of the template must be there, even when empty; sheets found: "
            + String.join(", ", sheets.keySet())));
      }
    }
    for (String name : sheets.keySet()) {
      if (layout.table(name).isEmpty() && !name.equals(Layout.README_SHEET) && !name.equals(Layout.LISTS_SHEET)) {
        problems.add(new SheetProblem(Kind.UNKNOWN_SHEET, name, 0, "", "", Optional.empty(), Optional.empty(),
            "the workbook has a sheet '" + name + "' that smpkit does not read, so its data would be lost; rename it"
            + " to one of the template's sheets or move its data there: " + String.join(", ",
            layout.tables().stream().map(Table::sheetName).toList())));
      }
    }
  }

  private static String what(Table t) {
    return t.isRoot() ? "one row per partnership" : "one row per " + t.elementName().toLowerCase(java.util.Locale.ROOT)
        + ", JSON " + t.pointerPattern();
  }

  // --- titles ---------------------------------------------------------------------------------

  /** Where each key and value column of a table is in its sheet. */
  private record Header(int[] keys, int[] values, Set<Integer> known) {}

  private void readHeader(Table t, Sheet sheet) throws IOException {
    Map<String, Integer> found = new LinkedHashMap<>();
    try (Stream<Row> rows = sheet.openStream()) {
      Iterator<Row> it = rows.iterator();
      Row first = it.hasNext() ? it.next() : null;
      if (first != null && first.getRowNum() == 1) {
        for (int c = 0; c < first.getCellCount(); c++) {
          Optional<Cell> cell = first.getOptionalCell(c);
          String title = cell.map(Cell::getText).map(String::strip).orElse("");
          if (title.isEmpty()) {
            continue;
          }
          Integer before = found.putIfAbsent(title, c);
          if (before != null) {
            problems.add(new SheetProblem(Kind.DUPLICATE_COLUMN, t.sheetName(), 1, Cells.letters(c), title,
                Optional.empty(), Optional.empty(), "the title '" + title + "' is also in column "
                + Cells.letters(before) + "; give each column once"));
          }
        }
      }
    }
    List<String> expected = new ArrayList<>(t.keyTitles());
    t.columns().forEach(c -> expected.add(c.title()));
    Set<String> unknown = new LinkedHashSet<>(found.keySet());
    unknown.removeAll(expected);
    for (String title : unknown) {
      problems.add(new SheetProblem(Kind.UNKNOWN_COLUMN, t.sheetName(), 1, Cells.letters(found.get(title)), title,
          Optional.empty(), Optional.empty(), "the column '" + title + "' is not a column of this sheet, so its data"
          + " would be lost" + nearest(title, expected, found.keySet()) + "; the columns are: "
          + String.join(", ", expected)));
    }
    int[] keys = new int[t.keyTitles().size()];
    int[] values = new int[t.columns().size()];
    for (int i = 0; i < expected.size(); i++) {
      String title = expected.get(i);
      Integer at = found.get(title);
      if (at == null) {
        problems.add(new SheetProblem(Kind.MISSING_COLUMN, t.sheetName(), 1, "", title, Optional.empty(),
            Optional.empty(), "the sheet has no column titled '" + title + "' in row 1"
            + (unknown.isEmpty() ? "" : " (was it renamed? titles not known here: " + String.join(", ", unknown) + ")")));
        at = -1;
      }
      if (i < keys.length) {
        keys[i] = at;
      } else {
        values[i - keys.length] = at;
      }
    }
    headers.put(t, new Header(keys, values, new java.util.HashSet<>(found.values())));
  }

  private static String nearest(String title, List<String> expected, Set<String> present) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String e : expected) {
      if (present.contains(e)) {
        continue;
      }
      int d = distance(title.toLowerCase(java.util.Locale.ROOT), e.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = e;
      }
    }
    return best != null && bestDistance <= Math.max(3, best.length() / 2) ? " (did you mean '" + best + "'?)" : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  // --- rows -----------------------------------------------------------------------------------

  /** One partnership being read: its document and where each of its rows came from. */
  private static final class Doc {
    final Map<String, Object> tree = new LinkedHashMap<>();
    final Node root;
    final Map<String, Node> byPointer = new HashMap<>();
    final Optional<String> id;

    Doc(Optional<String> id, Table table, int row) {
      this.id = id;
      tree.put("formatVersion", SmpJson.FORMAT_VERSION);
      this.root = new Node(table, row, "", tree);
      byPointer.put("", root);
    }
  }

  /** One row read: the element it made, its pointer, and the elements of child tables inside it. */
  private static final class Node {
    final Table table;
    final int row;
    final String pointer;
    final Map<String, Object> object;
    final Map<Table, List<Node>> children = new HashMap<>();

    Node(Table table, int row, String pointer, Map<String, Object> object) {
      this.table = table;
      this.row = row;
      this.pointer = pointer;
      this.object = object;
    }
  }

  private void readRows(Table t, Sheet sheet) throws IOException {
    Header header = headers.get(t);
    try (Stream<Row> rows = sheet.openStream()) {
      Iterator<Row> it = rows.iterator();
      while (it.hasNext()) {
        Row row = it.next();
        int r = row.getRowNum();
        if (r == 1 || isBlank(row)) {
          continue;
        }
        if (r - 1 > maxRows) {
          problems.add(new SheetProblem(Kind.TOO_MANY_ROWS, t.sheetName(), r, "", "", Optional.empty(), Optional.empty(),
              "the sheet has more than " + maxRows + " rows of data; it was not read from this row on (split the"
              + " workbook, or raise the reader's maxRows if it is genuine)"));
          problems.throwIfAny();
        }
        for (int c = 0; c < row.getCellCount(); c++) {
          if (!header.known().contains(c) && row.getOptionalCell(c).filter(WorkbookReader::hasValue).isPresent()) {
            problems.add(new SheetProblem(Kind.UNKNOWN_COLUMN, t.sheetName(), r, Cells.letters(c), "", Optional.empty(),
                Optional.empty(), "a value in a column with no title, which would be lost; move it to a titled column"));
          }
        }
        if (t.isRoot()) {
          rootRow(t, header, row);
        } else {
          childRow(t, header, row);
        }
      }
    }
  }

  private void rootRow(Table t, Header header, Row row) {
    int r = row.getRowNum();
    int idColumn = -1;
    for (int i = 0; i < t.columns().size(); i++) {
      if (t.columns().get(i).path().equals(List.of("id"))) {
        idColumn = header.values()[i];
      }
    }
    Optional<String> id = idColumn < 0 ? Optional.empty() : row.getOptionalCell(idColumn).flatMap(WorkbookReader::keyText);
    Doc doc = new Doc(id, t, r);
    docs.add(doc);
    if (id.isPresent()) {
      Doc before = docsById.putIfAbsent(id.get(), doc);
      if (before != null) {
        problems.add(new SheetProblem(Kind.BAD_REFERENCE, t.sheetName(), r, Cells.letters(idColumn), "ID", id,
            Optional.of("/id"), "the ID '" + id.get() + "' is also in row " + before.root.row
            + "; each partnership once, with its own ID"));
      }
    }
    fill(doc, doc.root, header, row);
  }

  private void childRow(Table t, Header header, Row row) {
    int r = row.getRowNum();
    List<String> keyTitles = t.keyTitles();
    int keyColumn = header.keys()[0];
    Optional<String> id = row.getOptionalCell(keyColumn).flatMap(WorkbookReader::keyText);
    if (id.isEmpty()) {
      problems.add(reference(t, r, keyColumn, keyTitles.get(0), Optional.empty(),
          "the row names no partnership: give the ID of its partnership (sheet " + Layout.ROOT_SHEET + ")"));
      return;
    }
    Doc doc = docsById.get(id.get());
    if (doc == null) {
      problems.add(reference(t, r, keyColumn, keyTitles.get(0), id, "there is no partnership with the ID '" + id.get()
          + "' in sheet " + Layout.ROOT_SHEET));
      return;
    }
    Node parent = doc.root;
    List<Table> ancestors = t.repeatedAncestors();
    for (int a = 0; a < ancestors.size(); a++) {
      Table ancestor = ancestors.get(a);
      int column = header.keys()[a + 1];
      Optional<Integer> number = row.getOptionalCell(column).flatMap(WorkbookReader::keyNumber);
      List<Node> siblings = parent.children.getOrDefault(ancestor, List.of());
      if (number.isEmpty() || number.get() < 1 || number.get() > siblings.size()) {
        problems.add(reference(t, r, column, keyTitles.get(a + 1), id, "expected the number of a row of sheet "
            + ancestor.sheetName() + " of partnership '" + id.get() + "' (1 to " + siblings.size() + "), but found "
            + row.getOptionalCell(column).map(Cell::getText).filter(s -> !s.isEmpty()).map(s -> "'" + s + "'")
            .orElse("nothing")));
        return;
      }
      parent = siblings.get(number.get() - 1);
    }
    List<Node> siblings = parent.children.computeIfAbsent(t, k -> new ArrayList<>());
    int index = siblings.size();
    if (t.isNumbered()) {
      int column = header.keys()[keyTitles.size() - 1];
      Optional<Cell> given = row.getOptionalCell(column).filter(WorkbookReader::hasValue);
      if (given.isPresent() && !keyNumber(given.get()).equals(Optional.of(index + 1))) {
        problems.add(reference(t, r, column, t.numberTitle(), id, "this is row " + (index + 1) + " of partnership '"
            + id.get() + "' in this sheet, so its number is " + (index + 1) + " (or blank), but it says '"
            + given.get().getText() + "'"));
      }
    }
    String pointer = parent.pointer + "/" + String.join("/", t.path()) + "/" + index;
    Node node = new Node(t, r, pointer, new LinkedHashMap<>());
    siblings.add(node);
    doc.byPointer.put(pointer, node);
    fill(doc, node, header, row);
    Object element = node.object;
    if (t.scalarElements()) {
      element = node.object.get("");
    }
    List<Object> array = arrayAt(parent.object, t.path());
    array.add(element);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> arrayAt(Map<String, Object> object, List<String> path) {
    Map<String, Object> at = object;
    for (int i = 0; i < path.size() - 1; i++) {
      at = (Map<String, Object>) at.computeIfAbsent(path.get(i), k -> new LinkedHashMap<String, Object>());
    }
    return (List<Object>) at.computeIfAbsent(path.get(path.size() - 1), k -> new ArrayList<Object>());
  }

  private SheetProblem reference(Table t, int row, int column, String title, Optional<String> id, String message) {
    return new SheetProblem(Kind.BAD_REFERENCE, t.sheetName(), row, Cells.letters(column), title, id, Optional.empty(),
        message);
  }

  /** Puts the row's values into the node's object (for a plain-value table, under the key ""). */
  private void fill(Doc doc, Node node, Header header, Row row) {
    Table t = node.table;
    for (int i = 0; i < t.columns().size(); i++) {
      Column column = t.columns().get(i);
      int c = header.values()[i];
      Optional<Cell> cell = row.getOptionalCell(c);
      if (cell.isEmpty()) {
        continue;
      }
      Object value = value(cell.get(), column, t, row.getRowNum(), c, doc, node);
      if (value == null) {
        continue;
      }
      if (column.kind() == Column.Kind.PRESENCE) {
        if (Boolean.TRUE.equals(value)) {
          objectAt(node.object, column.path(), column.path().size());
        } else if (!Boolean.FALSE.equals(value)) {
          problems.add(cellProblem(Kind.INVALID_VALUE, t, row.getRowNum(), c, column, doc, node,
              "expected TRUE, FALSE or blank, but found '" + cell.get().getText() + "'"));
        }
        continue;
      }
      if (t.scalarElements()) {
        node.object.put("", value);
        continue;
      }
      List<String> path = column.path();
      objectAt(node.object, path, path.size() - 1).put(path.get(path.size() - 1), value);
    }
  }

  /** The object at the first {@code depth} fields of {@code path}, made when missing. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectAt(Map<String, Object> object, List<String> path, int depth) {
    Map<String, Object> at = object;
    for (int k = 0; k < depth; k++) {
      at = (Map<String, Object>) at.computeIfAbsent(path.get(k), x -> new LinkedHashMap<String, Object>());
    }
    return at;
  }

  // --- cells ----------------------------------------------------------------------------------

  private Object value(Cell cell, Column column, Table t, int r, int c, Doc doc, Node node) {
    switch (cell.getType()) {
      case EMPTY:
        return null;
      case FORMULA:
        problems.add(cellProblem(Kind.FORMULA, t, r, c, column, doc, node, "the cell holds the formula ="
            + cell.getFormula() + "; smpkit reads values, not formulas: type the value instead (or copy the"
            + " column and paste values only)"));
        return null;
      case ERROR:
        problems.add(cellProblem(Kind.FORMULA, t, r, c, column, doc, node, "the cell holds the error value "
            + cell.getRawValue() + "; type the value instead"));
        return null;
      case BOOLEAN:
        return column.kind() == Column.Kind.LIST ? List.of(cell.asBoolean()) : cell.asBoolean();
      case NUMBER:
        Object n = number(cell, column.kind() == Column.Kind.LIST ? column.itemKind() : column.kind(), column);
        return column.kind() == Column.Kind.LIST ? List.of(n) : n;
      case STRING:
      default:
        String s = cell.asString();
        if (s == null || s.isEmpty()) {
          return null;
        }
        s = Xstring.decode(s);
        if (column.kind() == Column.Kind.LIST) {
          List<Object> items = new ArrayList<>();
          for (String item : s.split(";", -1)) {
            items.add(text(item.strip(), column.itemKind()));
          }
          return items;
        }
        return text(s, column.kind());
    }
  }

  private static Object text(String s, Column.Kind kind) {
    return switch (kind) {
      case INTEGER -> WHOLE.matcher(s).matches() ? new BigInteger(s) : s;
      case NUMBER -> DECIMAL.matcher(s).matches() ? new BigDecimal(s) : s;
      case BOOLEAN, PRESENCE -> s.equalsIgnoreCase("true") ? Boolean.TRUE : s.equalsIgnoreCase("false") ? Boolean.FALSE : s;
      default -> s;
    };
  }

  private static Object number(Cell cell, Column.Kind kind, Column column) {
    BigDecimal n = cell.asNumber();
    switch (kind) {
      case INTEGER:
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigIntegerExact() : n;
      case TEXT:
        if (column.isDecimalText()) {
          return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
        }
        if (column.isDateText() && Cells.isDateFormat(cell.getDataFormatString())) {
          LocalDateTime date = cell.asDate();
          return date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
        }
        return n;
      default:
        return n;
    }
  }

  private SheetProblem cellProblem(Kind kind, Table t, int r, int c, Column column, Doc doc, Node node, String message) {
    String pointer = node.pointer + (column.path().isEmpty() ? "" : "/" + column.jsonPath());
    return new SheetProblem(kind, t.sheetName(), r, Cells.letters(c), column.title(), doc.id, Optional.of(pointer),
        message);
  }

  private static boolean isBlank(Row row) {
    for (int c = 0; c < row.getCellCount(); c++) {
      if (row.getOptionalCell(c).filter(WorkbookReader::hasValue).isPresent()) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasValue(Cell cell) {
    return switch (cell.getType()) {
      case EMPTY -> false;
      case STRING -> cell.asString() != null && !cell.asString().isEmpty();
      default -> true;
    };
  }

  private static Optional<String> keyText(Cell cell) {
    return switch (cell.getType()) {
      case STRING -> Optional.ofNullable(cell.asString()).filter(s -> !s.isEmpty()).map(Xstring::decode);
      case NUMBER -> Optional.of(cell.asNumber().stripTrailingZeros().toPlainString());
      default -> Optional.empty();
    };
  }

  private static Optional<Integer> keyNumber(Cell cell) {
    try {
      return switch (cell.getType()) {
        case NUMBER -> Optional.of(cell.asNumber().intValueExact());
        case STRING -> WHOLE.matcher(cell.asString().strip()).matches()
            ? Optional.of(Integer.parseInt(cell.asString().strip())) : Optional.empty();
        default -> Optional.empty();
      };
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  // --- from JSON pointers back to cells ---------------------------------------------------------

  private SheetProblem locate(Doc doc, JsonProblem p) {
    String candidate = p.pointer();
    while (!doc.byPointer.containsKey(candidate)) {
      candidate = candidate.substring(0, Math.max(0, candidate.lastIndexOf('/')));
    }
    Node node = doc.byPointer.get(candidate);
    List<String> rest = new ArrayList<>();
    for (String segment : p.pointer().substring(candidate.length()).split("/", -1)) {
      if (!segment.isEmpty()) {
        rest.add(segment.replace("~1", "/").replace("~0", "~"));
      }
    }
    Table t = node.table;
    Header header = headers.get(t);
    int found = -1;
    if (t.scalarElements()) {
      found = 0;
    } else {
      for (int i = 0; i < t.columns().size() && found < 0; i++) {
        List<String> path = t.columns().get(i).path();
        boolean listItem = t.columns().get(i).kind() == Column.Kind.LIST && rest.size() == path.size() + 1
            && rest.subList(0, path.size()).equals(path);
        if (path.equals(rest) || listItem) {
          found = i;
        }
      }
      for (int i = 0; i < t.columns().size() && found < 0 && !rest.isEmpty(); i++) {
        List<String> path = t.columns().get(i).path();
        if (path.size() > rest.size() && path.subList(0, rest.size()).equals(rest)) {
          found = i;
        }
      }
    }
    String letters = found < 0 ? "" : Cells.letters(header.values()[found]);
    String title = found < 0 ? "" : t.columns().get(found).title();
    return new SheetProblem(Kind.INVALID_VALUE, t.sheetName(), node.row, letters, title, doc.id,
        Optional.of(p.pointer()), p.message());
  }

  private static SheetProblem workbookProblem(String message) {
    return new SheetProblem(Kind.NOT_A_WORKBOOK, "", 0, "", "", Optional.empty(), Optional.empty(), message);
  }
}
