/** The planning views' shared gateway pieces: every post of the Calendar in one read, today's date, and the one batched write of a generated sheet. */

import type { Post } from '../domain/post';
import type { SheetGrid } from '../domain/planning';
import type { Workbook } from './active-spreadsheet';
import { postsOfBlock } from './calendar-checks';
import { calendarFromGrid, findCalendarSheet, openCalendar } from './calendar-sheet';
import { adjacentRuns } from './header-map';
import { cellToText } from '../domain/cell-text';
import type { CalendarColumn } from '../domain/post';

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

/**
 * The columns a month view needs besides Date (read first, on its own). Every cell read costs time, so
 * Format, Hashtags and the rest are not read: on 20,000 posts this is what keeps the picker's onEdit
 * inside 30 seconds. Owner (for the note) sits beside Status in the default layout, so it adds
 * no call there, only one column of cells.
 */
const MONTH_VIEW_COLUMNS: readonly CalendarColumn[] = ['ID', 'Time', 'Time zone', 'Platform', 'Title', 'Caption', 'Status', 'Owner'];

/**
 * The posts that may fall in the days `from`..`to` (`yyyy-MM-dd`, with a week of margin each side):
 * the Date column is read first (one call), then only the span of rows whose dates are near the range
 * and only the columns a month view shows (one call per run of adjacent columns). On a sheet of 20,000
 * posts this reads a fraction of the cells that getDataRange() would, which keeps the month picker's
 * onEdit inside its 30-second limit.
 */
export function readPostsBetween(workbook: Workbook, from: string, to: string): Post[] {
  const sheet = findCalendarSheet(workbook.spreadsheet);
  if (!sheet) return [];
  const calendar = openCalendar(sheet);
  const dateColumn = calendar.map.Date;
  const lastRow = sheet.getLastRow();
  if (dateColumn === undefined || lastRow < 2) return [];
  const dates = sheet.getRange(2, dateColumn, lastRow - 1, 1).getValues();
  // A week of margin: the month grid shows the neighbouring months' days of its first and last weeks.
  const low = shiftDay(from, -8);
  const high = shiftDay(to, 8);
  const near: number[] = [];
  dates.forEach(([value], index) => {
    const day = cellToText(value, 'date', workbook.timeZone);
    if (day >= low && day <= high) near.push(index);
  });
  if (near.length === 0) return [];
  const first = near[0];
  const count = near[near.length - 1] - first + 1;
  // Only the rows near the month are kept and parsed (the span between may hold other months' posts).
  const rows: unknown[][] = near.map((index) => {
    const row = new Array(calendar.width).fill('');
    row[dateColumn - 1] = dates[index][0];
    return row;
  });
  const positions = MONTH_VIEW_COLUMNS.map((column) => calendar.map[column]).filter((p): p is number => p !== undefined);
  for (const run of adjacentRuns(positions)) {
    const values = sheet.getRange(first + 2, run[0], count, run.length).getValues();
    near.forEach((index, i) => values[index - first].forEach((value, j) => (rows[i][run[0] - 1 + j] = value)));
  }
  return postsOfBlock(calendar, rows, workbook.timeZone).filter((post): post is Post => post !== null);
}

/** `yyyy-MM-dd` moved by `days`. */
function shiftDay(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
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
  // One call clears what the previous run left (contents, formats, notes, merges): only the used
  // extent, since every cell a call covers costs time.
  const usedRows = Math.max(sheet.getLastRow(), firstRow + rows - 1);
  const old = sheet.getRange(firstRow, 1, usedRows - firstRow + 1, Math.max(sheet.getLastColumn(), columns));
  // clear() keeps merges and notes: a month with six weeks after one with five would otherwise
  // overlap the old merges (an error) and keep stale notes.
  old.breakApart();
  old.clear();
  old.clearNote();
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
