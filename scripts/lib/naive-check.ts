/**
 * The naive reference for the benchmark: "check all posts" written cell by cell, the way Google's
 * best-practices page says not to. It is never shipped; it runs on the emulator next to ours so the
 * table can show how many round trips batching saves.
 */

import { checkDetails, checkPost, summarizeChecks } from '../../src/domain/check-post';
import { rowHasContent, rowToPost } from '../../src/domain/calendar-row';
import { mapHeader } from '../../src/domain/header-map';
import { readRules } from '../../src/sheets/platforms-sheet';

type SpreadsheetAppLike = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/**
 * Checks every post of the Calendar sheet with one getValue per cell to read each row, the domain's
 * checkPost, then one setValue for its Checks cell and one setNote for the details. Returns how many
 * posts it checked. Uses the same rules (one read of the Platforms sheet) as the add-on.
 */
export function naiveCheckAll(app: SpreadsheetAppLike, options: { now: Date; locale: string }): number {
  const spreadsheet = app.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName('Calendar');
  if (!sheet) throw new Error('naiveCheckAll: no Calendar sheet.');
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const { rules } = readRules(spreadsheet);
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const header: unknown[] = [];
  for (let column = 1; column <= lastColumn; column++) header.push(sheet.getRange(1, column).getValue());
  const map = mapHeader(header);
  const checksColumn = map.Checks;
  if (checksColumn === undefined) throw new Error('naiveCheckAll: no Checks column.');
  let posts = 0;
  for (let row = 2; row <= lastRow; row++) {
    const values: unknown[] = [];
    for (let column = 1; column <= lastColumn; column++) {
      // The add-on's own columns are not part of the post: a naive script would still skip reading them.
      values.push(column === checksColumn || column === map.Updated ? '' : sheet.getRange(row, column).getValue());
    }
    if (!rowHasContent(values, map)) continue;
    const result = checkPost(rowToPost(values, map, timeZone), rules, { now: options.now, locale: options.locale });
    const cell = sheet.getRange(row, checksColumn);
    cell.setValue(summarizeChecks(result));
    cell.setNote(checkDetails(result));
    posts++;
  }
  return posts;
}
