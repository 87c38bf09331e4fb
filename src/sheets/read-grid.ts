/** Reads a whole settings-like sheet in one call, without first asking for its extent. */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Column number → letters (1 → A, 27 → AA). */
function letters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * Every row of columns A.. up to `columns` (default Z; columns beyond belong to the team) with
 * trailing empty rows dropped: one Spreadsheet call, where getDataRange().getValues() costs two
 * (the extent, then the values). Keep `columns` as narrow as the sheet's layout: every cell read counts.
 */
export function readGrid(sheet: Sheet, columns = 26): unknown[][] {
  const values = sheet.getRange(`A:${letters(columns)}`).getValues();
  let end = values.length;
  while (end > 0 && values[end - 1].every((cell) => cell === '' || cell === null)) end--;
  return values.slice(0, end);
}
