package io.github.smpkit.sheets;

import io.github.smpkit.core.Partnership;
import io.github.smpkit.json.JsonTree;
import io.github.smpkit.json.SmpJson;
import io.github.smpkit.sheets.internal.Layout;
import io.github.smpkit.sheets.internal.Table;
import io.github.smpkit.sheets.internal.WorkbookReader;
import io.github.smpkit.sheets.internal.WorkbookWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Skills Mobility Partnerships in spreadsheets (.xlsx), for the people who collect partnership
 * data in workbooks rather than JSON (IOM SMP Guidance 2023, ch. 5 on data and evidence). The
 * workbook's layout is derived from the JSON format's schema ({@link SmpJson#schema()}): one sheet
 * of partnerships, one row each, and one sheet per repeated part (parties, costs, cost shares,
 * stakeholders, training, figures, citations, ...); see {@code docs/sheets.md}.
 *
 * <ul>
 *   <li>{@link #writeTemplate(OutputStream)}: an empty workbook to fill, with titles in plain
 *       words, the JSON field and what a cell takes in a note on each title, drop-down lists for
 *       enumerations and codes, and a README sheet;
 *   <li>{@link #write(Collection, OutputStream)}: partnerships in the same layout;
 *   <li>{@link #read(Path)}: a filled workbook into partnerships, every value typed and checked by
 *       smp-json's reader, every problem located by sheet, row and column and by JSON pointer, all
 *       of them at once in one {@link SheetsException}, and no partnership at all while there is
 *       one.
 * </ul>
 *
 * <p>A blank cell is a fact not recorded; yes/no facts are TRUE or FALSE. Sheets are read as
 * streams, and a sheet longer than {@link Builder#maxRows(int)} is refused, so that memory stays
 * bounded whatever the file. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * SmpSheets sheets = SmpSheets.standard();
 * try (OutputStream out = Files.newOutputStream(Path.of("template.xlsx"))) {
 *   sheets.writeTemplate(out);
 * }
 * List<Partnership> partnerships = sheets.read(Path.of("filled.xlsx"));   // or SheetsException
 * }</pre>
 */
public final class SmpSheets {

  /** Default limit on the rows of data read from one sheet: 100,000. */
  public static final int DEFAULT_MAX_ROWS = 100_000;
  /** Default limit on the problems kept (the others are counted): 1,000. */
  public static final int DEFAULT_MAX_PROBLEMS = 1_000;

  private static final SmpSheets DEFAULTS = builder().build();

  private final int maxRows;
  private final int maxProblems;
  private final SmpJson json;

  private SmpSheets(Builder b) {
    this.maxRows = b.maxRows;
    this.maxProblems = b.maxProblems;
    this.json = SmpJson.standard();
  }

  /**
   * The standard instance: at most {@value #DEFAULT_MAX_ROWS} rows per sheet,
   * {@value #DEFAULT_MAX_PROBLEMS} problems kept; the same as {@code builder().build()}.
   */
  public static SmpSheets standard() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The names of the workbook's data sheets, the partnerships' first, in the order written; the
   * workbook also has a {@code README} sheet and a hidden {@code Lists} sheet.
   */
  public static List<String> sheetNames() {
    return Layout.standard().tables().stream().map(Table::sheetName).toList();
  }

  /**
   * Writes the empty template workbook to {@code out} (not closed).
   *
   * @param out where the .xlsx goes
   * @throws UncheckedIOException when writing fails
   */
  public void writeTemplate(OutputStream out) {
    write(List.of(), out);
  }

  /**
   * Writes the partnerships to {@code out} (not closed) as a workbook in the template's layout;
   * {@link #read(Path)} reads it back to equal partnerships.
   *
   * @param partnerships the partnerships, written in this order
   * @param out where the .xlsx goes
   * @throws UncheckedIOException when writing fails
   */
  public void write(Collection<Partnership> partnerships, OutputStream out) {
    Objects.requireNonNull(out, "out");
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Partnership p : partnerships) {
      @SuppressWarnings("unchecked")
      Map<String, Object> doc = (Map<String, Object>) JsonTree.of(p);
      documents.add(doc);
    }
    try {
      WorkbookWriter.write(Layout.standard(), documents, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the partnerships of a workbook file, in the order of its sheet {@code Partnerships}.
   *
   * @param file an .xlsx workbook in the template's layout
   * @return the partnerships
   * @throws SheetsException naming every problem found (up to the limit), each with its sheet,
   *     row, column and JSON pointer
   * @throws UncheckedIOException when the file cannot be read
   */
  public List<Partnership> read(Path file) {
    return WorkbookReader.read(Layout.standard(), json, file, maxRows, maxProblems);
  }

  /**
   * Reads the partnerships of a workbook from a stream (not closed), which is first copied to a
   * temporary file so that memory stays bounded; see {@link #read(Path)}.
   *
   * @param in the .xlsx bytes
   * @return the partnerships
   * @throws SheetsException naming every problem found
   * @throws UncheckedIOException when the stream or the temporary file fails
   */
  public List<Partnership> read(InputStream in) {
    return WorkbookReader.read(Layout.standard(), json, in, maxRows, maxProblems);
  }

  @Override
  public String toString() {
    return "SmpSheets[maxRows " + maxRows + ", maxProblems " + maxProblems + "]";
  }

  /** The reading limits of an {@link SmpSheets}. */
  public static final class Builder {
    private int maxRows = DEFAULT_MAX_ROWS;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;

    private Builder() {}

    /**
     * The most rows of data read from one sheet; a longer sheet is a problem, not read further.
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder maxRows(int rows) {
      if (rows <= 0) {
        throw new IllegalArgumentException("maxRows must be positive, but was " + rows);
      }
      this.maxRows = rows;
      return this;
    }

    /**
     * The most problems kept in a {@link SheetsException}; the others are counted.
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder maxProblems(int problems) {
      if (problems <= 0) {
        throw new IllegalArgumentException("maxProblems must be positive, but was " + problems);
      }
      this.maxProblems = problems;
      return this;
    }

    /** The immutable, thread-safe {@link SmpSheets} with these limits. */
    public SmpSheets build() {
      return new SmpSheets(this);
    }
  }
}
