/** The planning views' shared gateway pieces: every post of the Calendar in one read, today's date, and the one batched write of a generated sheet. */

import type { Post } from '../domain/post';
import { MONTH_SCAN_MARGIN_DAYS, type SheetGrid } from '../domain/planning';
import type { Workbook } from './active-spreadsheet';
import { postsOfBlock } from './calendar-checks';
import { calendarFromGrid, findCalendarSheet, openCalendar } from './calendar-sheet';
import { adjacentRuns } from '../domain/header-map';
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

/** The columns the dashboard shows or places posts by (counts, awaiting approval, overdue lists). */
export const DASHBOARD_COLUMNS: readonly CalendarColumn[] = [
  'ID',
  'Date',
  'Time',
  'Time zone',
  'Platform',
  'Title',
  'Caption',
  'Status',
  'Owner',
  'Pillar', // the content mix table (issue #22)
];

/**
 * Every post of the Calendar sheet, reading only `columns` of its rows (one call per run of adjacent
 * columns, plus the header and the last row: a constant number of calls) instead of every column:
 * every cell a call covers costs time, and on 20,000 posts the columns a view does not show are most
 * of them. Rows with none of those columns filled are left out. An empty list without a Calendar.
 */
export function readPostColumns(workbook: Workbook, columns: readonly CalendarColumn[]): Post[] {
  const sheet = findCalendarSheet(workbook.spreadsheet);
  if (!sheet) return [];
  const calendar = openCalendar(sheet);
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return [];
  const rows: unknown[][] = Array.from({ length: lastRow - 1 }, () => new Array(calendar.width).fill(''));
  const positions = columns.map((column) => calendar.map[column]).filter((p): p is number => p !== undefined);
  for (const run of adjacentRuns(positions)) {
    const values = sheet.getRange(2, run[0], lastRow - 1, run.length).getValues();
    values.forEach((row, i) => row.forEach((value, j) => (rows[i][run[0] - 1 + j] = value)));
  }
  return postsOfBlock(calendar, rows, workbook.timeZone).filter((post): post is Post => post !== null);
}

/**
 * The columns a month view needs besides Date (read first, on its own). Every cell read costs time, so
 * Format, Hashtags and the rest are not read: on 20,000 posts this is what keeps the picker's onEdit
 * inside 30 seconds. Owner (for the note) sits beside Status in the default layout, so it adds
 * no call there, only one column of cells.
 */
const MONTH_VIEW_COLUMNS: readonly CalendarColumn[] = [
  'ID',
  'Time',
  'Time zone',
  'Platform',
  'Title',
  'Caption',
  'Status',
  'Owner', // the note names the owner (README)
  'Pillar', // the month's content mix in the subtitle (issue #22)
];

/** What readPostsBetween found: the posts, and how many rows held them against how many were read. */
export interface PostsBetween {
  posts: Post[];
  /** Rows whose dates are near the range (the ones needed). */
  rowsNear: number;
  /** Rows read for the shown columns: the span from the first near row to the last. */
  rowsRead: number;
}

/**
 * The posts that may fall in the days `from`..`to` (`yyyy-MM-dd`, with MONTH_SCAN_MARGIN_DAYS each side):
 * the Date column is read first (one call), then only the span of rows whose dates are near the range
 * and only the columns a month view shows (one call per run of adjacent columns). On a sheet of 20,000
 * posts this reads a fraction of the cells that getDataRange() would, which keeps the month picker's
 * onEdit inside its 30-second limit.
 */
export function readPostsBetween(workbook: Workbook, from: string, to: string): PostsBetween {
  const none: PostsBetween = { posts: [], rowsNear: 0, rowsRead: 0 };
  const sheet = findCalendarSheet(workbook.spreadsheet);
  if (!sheet) return none;
  const calendar = openCalendar(sheet);
  const dateColumn = calendar.map.Date;
  const lastRow = sheet.getLastRow();
  if (dateColumn === undefined || lastRow < 2) return none;
  const dates = sheet.getRange(2, dateColumn, lastRow - 1, 1).getValues();
  // The month grid leaves the neighbouring months' days blank: only posts a zone change can move into
  // the month are needed, so every row read beyond them is a cell paid for nothing.
  const low = shiftDay(from, -MONTH_SCAN_MARGIN_DAYS);
  const high = shiftDay(to, MONTH_SCAN_MARGIN_DAYS);
  const near: number[] = [];
  dates.forEach(([value], index) => {
    const day = cellToText(value, 'date', workbook.timeZone);
    if (day >= low && day <= high) near.push(index);
  });
  if (near.length === 0) return none;
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
  const posts = postsOfBlock(calendar, rows, workbook.timeZone).filter((post): post is Post => post !== null);
  return { posts, rowsNear: near.length, rowsRead: count };
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

/** What drawing a generated sheet found and did. */
export interface DrawnGrid {
  /** The range the grid was written to. */
  range: GoogleAppsScript.Spreadsheet.Range;
  /** True when the sheet held nothing from `firstRow` down before: the first draw, when the layout (protection, widths, frozen rows, wrap) is set. */
  firstDraw: boolean;
  /** The grid's rows below what the sheet held before (they lack the layout's formats), or null. */
  newRows: GoogleAppsScript.Spreadsheet.Range | null;
}

/**
 * Replaces a generated sheet's contents with `grid` from row `firstRow` down, whatever the number of
 * posts with a fixed few calls: merges broken over the old extent, then one call per Range setter over
 * the grid (values, backgrounds, font colours, weights, lines such as a Cancelled post's strike-through,
 * notes: every cell of the grid is overwritten, so its layout formats such as wrap stay and need no
 * rewriting) and one per merge; what the previous draw left below or right of the new grid is cleared
 * (contents, formats, notes). Rows above `firstRow` are kept.
 */
export function drawGeneratedGrid(sheet: Sheet, grid: SheetGrid, firstRow: number): DrawnGrid {
  const rows = grid.values.length;
  const columns = grid.values[0]?.length ?? 1;
  const maxRows = sheet.getMaxRows();
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const lastGridRow = firstRow + rows - 1;
  const usedRows = Math.max(lastRow, lastGridRow);
  const usedColumns = Math.max(lastColumn, columns);
  // Only the used extent: every cell a call covers costs time. A month with six weeks after one with
  // five would otherwise overlap the old merges (an error).
  if (lastRow >= firstRow) sheet.getRange(firstRow, 1, usedRows - firstRow + 1, usedColumns).breakApart();
  if (lastRow > lastGridRow) {
    const below = sheet.getRange(lastGridRow + 1, 1, lastRow - lastGridRow, usedColumns);
    below.clear();
    below.clearNote();
  }
  if (lastColumn > columns && lastRow >= firstRow) {
    const right = sheet.getRange(firstRow, columns + 1, Math.min(lastRow, lastGridRow) - firstRow + 1, lastColumn - columns);
    right.clear();
    right.clearNote();
  }
  if (maxRows < lastGridRow) sheet.insertRowsAfter(maxRows, lastGridRow - maxRows);
  const range = sheet.getRange(firstRow, 1, rows, columns);
  range.setValues(grid.values);
  range.setBackgrounds(grid.backgrounds);
  range.setFontColors(grid.fontColors);
  range.setFontWeights(grid.fontWeights);
  range.setFontLines(grid.fontLines);
  range.setNotes(grid.notes);
  for (const merge of grid.merges) {
    sheet.getRange(firstRow + merge.row, merge.column + 1, merge.numRows, merge.numColumns).merge();
  }
  const firstDraw = lastRow < firstRow;
  const newFrom = Math.max(lastRow + 1, firstRow);
  const newRows = !firstDraw && newFrom <= lastGridRow ? sheet.getRange(newFrom, 1, lastGridRow - newFrom + 1, columns) : null;
  return { range, firstDraw, newRows };
}

/** drawGeneratedGrid, returning the range written (for views that set their layout on every draw). */
export function writeGeneratedGrid(sheet: Sheet, grid: SheetGrid, firstRow: number): GoogleAppsScript.Spreadsheet.Range {
  return drawGeneratedGrid(sheet, grid, firstRow).range;
}
