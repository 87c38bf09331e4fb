/** Reads a whole settings-like sheet in one call, without first asking for its extent. */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The widest settings-like sheet the add-on reads (A:Z); columns beyond belong to the team. */
const GRID_COLUMNS = 'A:Z';

/**
 * Every row of columns A..Z with trailing empty rows dropped: one Spreadsheet call, where
 * getDataRange().getValues() costs two (the extent, then the values).
 */
export function readGrid(sheet: Sheet): unknown[][] {
  const values = sheet.getRange(GRID_COLUMNS).getValues();
  let end = values.length;
  while (end > 0 && values[end - 1].every((cell) => cell === '' || cell === null)) end--;
  return values.slice(0, end);
}
