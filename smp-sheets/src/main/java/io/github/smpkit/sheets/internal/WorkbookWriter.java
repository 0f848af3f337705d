package io.github.smpkit.sheets.internal;

import io.github.smpkit.json.SmpJson;
import io.github.smpkit.sheets.internal.Column.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a workbook in the {@link Layout}: a README sheet, one sheet per table with titled,
 * annotated columns and drop-down lists, the partnerships' rows (none for the template), and a
 * hidden sheet holding the drop-down lists. Partnerships come as plain trees of their JSON
 * documents, so every value is written as the JSON format writes it.
 */
public final class WorkbookWriter {

  /** Rows below the titles that get drop-down lists in addition to the written ones. */
  static final int SPARE_ROWS = 1000;
  private static final String TEXT_FORMAT = "@";
  private static final String TITLE_FILL = "DDEBF7";

  private final Layout layout;
  private final Map<Table, Worksheet> sheets = new HashMap<>();
  private final Map<Table, Integer> nextRow = new HashMap<>();

  private WorkbookWriter(Layout layout) {
    this.layout = layout;
  }

  /**
   * Writes the workbook of these partnership documents to {@code out} (not closed).
   *
   * @param layout the layout
   * @param documents the partnerships' JSON documents as plain trees; none for the template
   * @param out where the .xlsx goes
   * @throws IOException when writing fails
   */
  public static void write(Layout layout, List<Map<String, Object>> documents, OutputStream out) throws IOException {
    new WorkbookWriter(layout).run(documents, out);
  }

  private void run(List<Map<String, Object>> documents, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "smpkit", "1.0");
    wb.properties().setTitle("Skills Mobility Partnerships (smpkit format " + SmpJson.FORMAT_VERSION + ")");
    Worksheet readme = wb.newWorksheet(Layout.README_SHEET);
    for (Table t : layout.tables()) {
      sheets.put(t, wb.newWorksheet(t.sheetName()));
      nextRow.put(t, 1);
    }
    Worksheet lists = wb.newWorksheet(Layout.LISTS_SHEET);
    for (Map<String, Object> doc : documents) {
      Object id = doc.get("id");
      rows(layout.root(), doc, String.valueOf(id), List.of(), 1);
    }
    Map<List<String>, Integer> listColumns = new LinkedHashMap<>();
    for (Table t : layout.tables()) {
      titles(t, lists, listColumns);
    }
    readme(readme);
    lists.setVisibilityState(VisibilityState.HIDDEN);
    wb.setActiveTab(0);
    wb.finish();
  }

  // --- rows ---------------------------------------------------------------------------------

  private void rows(Table table, Object element, String id, List<Integer> ancestors, int number) {
    Worksheet ws = sheets.get(table);
    int r = nextRow.merge(table, 1, Integer::sum) - 1;
    int c = 0;
    if (!table.isRoot()) {
      ws.value(r, c++, Xstring.encode(id));
      for (int a : ancestors) {
        ws.value(r, c++, a);
      }
      if (table.isNumbered()) {
        ws.value(r, c++, number);
      }
    }
    for (Column column : table.columns()) {
      Object value = table.scalarElements() ? element : get(element, column.path());
      if (column.kind() == Kind.PRESENCE) {
        value = value instanceof Map<?, ?> ? Boolean.TRUE : null;
      }
      cell(ws, r, c++, column, value);
    }
    if (table.scalarElements()) {
      return;
    }
    List<Integer> inner = new ArrayList<>(ancestors);
    if (!table.isRoot()) {
      inner.add(number);
    }
    for (Table child : table.children()) {
      if (get(element, child.path()) instanceof List<?> elements) {
        for (int i = 0; i < elements.size(); i++) {
          rows(child, elements.get(i), id, inner, i + 1);
        }
      }
    }
  }

  private static void cell(Worksheet ws, int r, int c, Column column, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof List<?> items) {
      ws.value(r, c, Xstring.encode(items.stream().map(String::valueOf).collect(Collectors.joining("; "))));
    } else if (value instanceof Boolean b) {
      ws.value(r, c, b);
    } else if (value instanceof Number n && column.kind() != Kind.TEXT) {
      ws.value(r, c, n);
    } else {
      ws.value(r, c, Xstring.encode(String.valueOf(value)));
    }
  }

  /** The value at {@code path} in nested maps, or null. */
  static Object get(Object element, List<String> path) {
    Object at = element;
    for (String field : path) {
      if (!(at instanceof Map<?, ?> m)) {
        return null;
      }
      at = m.get(field);
    }
    return at;
  }

  // --- titles, notes, drop-downs --------------------------------------------------------------

  private void titles(Table table, Worksheet lists, Map<List<String>, Integer> listColumns) {
    Worksheet ws = sheets.get(table);
    int last = nextRow.get(table) - 1 + SPARE_ROWS;
    int c = 0;
    for (String key : table.keyTitles()) {
      title(ws, c, key, Notes.ofKey(table, key), 16);
      if (key.equals(Layout.PARTNERSHIP_KEY)) {
        ws.style(c).format(TEXT_FORMAT).set();
        idDropDown(ws, c, last);
      }
      c++;
    }
    for (Column column : table.columns()) {
      title(ws, c, column.title(), Notes.of(table, column), Math.max(14, Math.min(40, column.title().length() + 4)));
      if (column.kind() == Kind.TEXT || column.kind() == Kind.LIST) {
        ws.style(c).format(TEXT_FORMAT).set();
      }
      List<String> allowed = column.kind() == Kind.LIST ? List.of() : column.allowed();
      if (column.kind() == Kind.BOOLEAN || column.kind() == Kind.PRESENCE) {
        allowed = List.of("TRUE", "FALSE");
      }
      if (!allowed.isEmpty()) {
        int lc = listColumns.computeIfAbsent(allowed, a -> listColumn(lists, listColumns.size(), column, a));
        ws.range(1, c, last, c).validateWithList(lists.range(1, lc, allowed.size(), lc))
            .allowBlank(true).showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP)
            .errorTitle(column.title()).error(Notes.what(column));
      }
      c++;
    }
    ws.freezePane(0, 1);
  }

  /** A drop-down of the IDs in sheet Partnerships, for the column naming a row's partnership. */
  private void idDropDown(Worksheet ws, int c, int last) {
    Table root = layout.root();
    int id = -1;
    for (int i = 0; i < root.columns().size(); i++) {
      if (root.columns().get(i).path().equals(List.of("id"))) {
        id = i;
      }
    }
    if (id >= 0) {
      int rootLast = nextRow.get(root) - 1 + SPARE_ROWS;
      ws.range(1, c, last, c).validateWithList(sheets.get(root).range(1, id, rootLast, id)).allowBlank(true)
          .showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP).errorTitle(Layout.PARTNERSHIP_KEY)
          .error("The ID of a partnership in sheet " + Layout.ROOT_SHEET + ".");
    }
  }

  private static int listColumn(Worksheet lists, int index, Column column, List<String> values) {
    lists.value(0, index, column.codeList().orElse(column.title()));
    for (int i = 0; i < values.size(); i++) {
      lists.value(i + 1, index, values.get(i));
    }
    return index;
  }

  private static void title(Worksheet ws, int c, String title, String note, double width) {
    ws.value(0, c, title);
    ws.style(0, c).bold().fillColor(TITLE_FILL).set();
    ws.comment(0, c, note);
    ws.width(c, width);
  }

  // --- README ---------------------------------------------------------------------------------

  private void readme(Worksheet ws) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"Skills Mobility Partnerships: workbook for smpkit, JSON format " + SmpJson.FORMAT_VERSION});
    lines.add(new String[] {""});
    for (String line : Readme.INTRO) {
      lines.add(new String[] {line});
    }
    lines.add(new String[] {""});
    lines.add(new String[] {"Sheet", "One row per", "Key columns", "JSON"});
    for (Table t : layout.tables()) {
      lines.add(new String[] {t.sheetName(), t.elementName().toLowerCase(java.util.Locale.ROOT),
          String.join(", ", t.keyTitles()), t.isRoot() ? "/" : t.pointerPattern()});
    }
    for (int r = 0; r < lines.size(); r++) {
      String[] line = lines.get(r);
      for (int c = 0; c < line.length; c++) {
        ws.value(r, c, line[c]);
      }
    }
    ws.style(0, 0).bold().set();
    int header = Readme.INTRO.size() + 3;
    for (int c = 0; c < 4; c++) {
      ws.style(header, c).bold().fillColor(TITLE_FILL).set();
    }
    ws.width(0, 34);
    ws.width(1, 30);
    ws.width(2, 50);
    ws.width(3, 40);
  }
}
