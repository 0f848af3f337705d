/**
 * Skills Mobility Partnerships in spreadsheets: the template workbook, reading and writing
 * workbooks ({@link io.github.smpkit.sheets.SmpSheets}), located problems
 * ({@link io.github.smpkit.sheets.SheetProblem}), a flat CSV for pandas and R
 * ({@link io.github.smpkit.sheets.PartnershipCsv}), and conversion between JSON, JSON Lines and
 * workbooks by file extension ({@link io.github.smpkit.sheets.PartnershipFiles}).
 */
package io.github.smpkit.sheets;
