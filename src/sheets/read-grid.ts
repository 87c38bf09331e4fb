/** Reads a small settings-like sheet (Settings, Platforms, Events, Audience) to its used extent: its last row with content, and only the columns its layout uses. */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Every row of columns A.. up to `columns` (default Z; columns beyond belong to the team), from row 1
 * to the sheet's last row with content, trailing empty rows dropped. Two Spreadsheet calls
 * (Sheet.getLastRow, then one getValues over exactly those rows): a 1,000-row sheet holding 30 rows
 * costs 30 × `columns` cells instead of 1,000 × `columns`, where every cell a call covers costs time
 * (https://developers.google.com/apps-script/guides/support/best-practices). An empty sheet costs the
 * one call. Keep `columns` as narrow as the sheet's layout.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()
 */
export function readGrid(sheet: Sheet, columns = 26): unknown[][] {
  const lastRow = sheet.getLastRow();
  if (lastRow < 1) return [];
  return withoutTrailingEmptyRows(sheet.getRange(1, 1, lastRow, columns).getValues());
}

/** `rows` without the empty rows at its end (no calls). */
export function withoutTrailingEmptyRows(rows: unknown[][]): unknown[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((cell) => cell === '' || cell === null)) end--;
  return rows.slice(0, end);
}
