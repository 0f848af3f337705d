package io.github.smpkit.sheets.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sheet of the workbook: the partnerships themselves (the root table, one row each) or one
 * repeated part of them (costs, cost shares, stakeholders, ...), one row per element. A row of a
 * child table names its partnership by id and, when the part sits inside another repeated part
 * (the shares of a cost), the number of that part's row.
 */
public final class Table {

  private final String sheetName;
  private final Optional<Table> parent;
  private final List<String> path;
  private final String elementName;
  private final List<Column> columns;
  private final boolean scalarElements;
  private final List<Table> children = new ArrayList<>();

  Table(String sheetName, Optional<Table> parent, List<String> path, String elementName, List<Column> columns,
      boolean scalarElements) {
    this.sheetName = sheetName;
    this.parent = parent;
    this.path = List.copyOf(path);
    this.elementName = elementName;
    this.columns = List.copyOf(columns);
    this.scalarElements = scalarElements;
    parent.ifPresent(p -> p.children.add(this));
  }

  /** The sheet's name. */
  public String sheetName() {
    return sheetName;
  }

  /** The table whose elements hold this table's arrays; empty for the partnerships. */
  public Optional<Table> parent() {
    return parent;
  }

  /** The JSON field names from the parent element's object to this table's array; empty for the root. */
  public List<String> path() {
    return path;
  }

  /** One element in plain words, singular, for example {@code Cost}. */
  public String elementName() {
    return elementName;
  }

  /** The value columns, in schema order. */
  public List<Column> columns() {
    return columns;
  }

  /** Whether each element is a plain value (one value column) rather than an object. */
  public boolean scalarElements() {
    return scalarElements;
  }

  /** The tables whose arrays sit in this table's elements. */
  public List<Table> children() {
    return List.copyOf(children);
  }

  /** Whether this is the partnerships' own sheet. */
  public boolean isRoot() {
    return parent.isEmpty();
  }

  /** The tables from the root's first child down to the parent of this one (empty for the root and its children). */
  public List<Table> repeatedAncestors() {
    List<Table> chain = new ArrayList<>();
    for (Optional<Table> t = parent; t.isPresent() && !t.get().isRoot(); t = t.get().parent) {
      chain.add(0, t.get());
    }
    return chain;
  }

  /** The title of the column that numbers this table's rows within their parent, for example {@code Cost no.}. */
  public String numberTitle() {
    return elementName + " no.";
  }

  /** Whether the sheet has a number column (only tables that other tables refer to). */
  public boolean isNumbered() {
    return !isRoot() && !children.isEmpty();
  }

  /**
   * The key columns' titles, before the value columns: the partnership's id and the numbers of
   * the rows this row sits in, then this table's own number when other tables refer to it.
   */
  public List<String> keyTitles() {
    List<String> keys = new ArrayList<>();
    if (isRoot()) {
      return keys;
    }
    keys.add(Layout.PARTNERSHIP_KEY);
    repeatedAncestors().forEach(a -> keys.add(a.numberTitle()));
    if (isNumbered()) {
      keys.add(numberTitle());
    }
    return keys;
  }

  /** The JSON pointer pattern of this table's elements, with {@code *} for indices, for example {@code /costs/{@literal *}/shares/{@literal *}}. */
  public String pointerPattern() {
    String up = parent.map(Table::pointerPattern).orElse("");
    return isRoot() ? "" : up + "/" + String.join("/", path) + "/*";
  }

  @Override
  public String toString() {
    return "Table[" + sheetName + " " + pointerPattern() + "]";
  }
}
