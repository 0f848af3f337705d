package io.github.smpkit.sheets.internal;

import java.util.List;

/** The README sheet's explanation of how to fill the workbook (the same rules as docs/sheets.md). */
final class Readme {

  private Readme() {}

  static final List<String> INTRO = List.of(
      "One row of sheet Partnerships is one partnership. Every other sheet holds a repeated part of a partnership"
          + " (its parties, costs, stakeholders, ...): one row per part, naming its partnership in column '"
          + Layout.PARTNERSHIP_KEY + "'.",
      "Parts inside parts (the shares of a cost) also name the number of the row they belong to (column 'Cost no.'"
          + " in sheet Cost shares refers to the 1st, 2nd, ... cost of that partnership in sheet Costs).",
      "The note on each column title (hover over it) gives the JSON field and what the cell takes.",
      "Leave a cell blank when the fact is not recorded; TRUE and FALSE record yes and no.",
      "Lists of codes or constants go in one cell, separated by ; (for example: SEASONAL; CIRCULAR).",
      "Type codes, dates and other text as text (the columns are formatted as text); dates as YYYY, YYYY-MM or"
          + " YYYY-MM-DD.",
      "Formulas are not read: type values. Do not rename, remove or add sheets or column titles.",
      "Read the filled workbook with smpkit (SmpSheets.read): every problem is reported with its sheet, row,"
          + " column and JSON pointer, and no partnership is made until there is none.");
}
