/**
 * smpkit sheets: Skills Mobility Partnerships in .xlsx workbooks and flat CSV, for the people who
 * collect partnership data in spreadsheets (IOM SMP Guidance 2023, ch. 5 on data and evidence).
 * Only {@code io.github.smpkit.sheets} is API; the layout derived from the JSON Schema and the
 * workbook reader and writer ({@code io.github.smpkit.sheets.internal}) are not exported.
 *
 * <p>smp-json is required transitively (its {@code SmpJsonException} is part of the conversion
 * API, and it brings the model). dhatim fastexcel writes and reads the workbooks; no type of it
 * appears in the API.
 */
module io.github.smpkit.sheets {
  requires transitive io.github.smpkit.json;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;

  exports io.github.smpkit.sheets;
}
