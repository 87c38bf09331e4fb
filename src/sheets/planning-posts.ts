/** The planning views' shared gateway pieces: every post of the Calendar in one read, today's date, and the one batched write of a generated sheet. */

import type { Post } from '../domain/post';
import type { SheetGrid } from '../domain/planning';
import type { Workbook } from './active-spreadsheet';
import { postsOfBlock } from './calendar-checks';
import { calendarFromGrid, findCalendarSheet } from './calendar-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Every post of the Calendar sheet (rows without content left out), read with getDataRange().getValues():
 * two calls whatever the number of rows. An empty list when there is no Calendar sheet.
 */
export function readAllPosts(workbook: Workbook): Post[] {
  const sheet = findCalendarSheet(workbook.spreadsheet);
  if (!sheet) return [];
  const grid = sheet.getDataRange().getValues();
  const calendar = calendarFromGrid(sheet, grid);
  const rows = grid.slice(1).map((row) => row.slice(0, calendar.width));
  return postsOfBlock(calendar, rows, workbook.timeZone).filter((post): post is Post => post !== null);
}

/** Today (`yyyy-MM-dd`) in the spreadsheet's zone. */
export function todayIn(now: Date, timeZone: string): string {
  return Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
}

/** The sheet named `name`, created at the end of the tabs when missing. */
export function findOrInsertSheet(workbook: Workbook, name: string): Sheet {
  return workbook.spreadsheet.getSheetByName(name) ?? workbook.spreadsheet.insertSheet(name);
}

/**
 * Replaces a generated sheet's contents with `grid` from row `firstRow` down: one clear of the old
 * content and formats, then one call per Range setter over the whole grid (values, backgrounds, font
 * colours, weights, notes) and one per merge (a fixed few), whatever the number of posts. The grid's
 * strike-through lines (Cancelled posts, which also carry the ✕ symbol) are not written: the emulator
 * the tests run on lacks Range.setFontLines; add `range.setFontLines(grid.fontLines)` once it has it.
 * Rows above `firstRow` are kept. Returns the range written.
 */
export function writeGeneratedGrid(sheet: Sheet, grid: SheetGrid, firstRow: number): GoogleAppsScript.Spreadsheet.Range {
  const rows = grid.values.length;
  const columns = grid.values[0]?.length ?? 1;
  const maxRows = sheet.getMaxRows();
  const lastOld = Math.max(maxRows, firstRow);
  // One call clears what the previous run left (contents, formats, notes, merges, validation).
  sheet.getRange(firstRow, 1, lastOld - firstRow + 1, Math.max(sheet.getMaxColumns(), columns)).clear();
  if (maxRows < firstRow + rows - 1) sheet.insertRowsAfter(maxRows, firstRow + rows - 1 - maxRows);
  const range = sheet.getRange(firstRow, 1, rows, columns);
  range.setValues(grid.values);
  range.setBackgrounds(grid.backgrounds);
  range.setFontColors(grid.fontColors);
  range.setFontWeights(grid.fontWeights);
  range.setNotes(grid.notes);
  for (const merge of grid.merges) {
    sheet.getRange(firstRow + merge.row, merge.column + 1, merge.numRows, merge.numColumns).merge();
  }
  return range;
}
