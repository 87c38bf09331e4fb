/** The Calendar sheet's gateway: find it, read its header and rows in batched calls, write add-on columns. */

import type { CalendarColumn } from '../domain/post';
import { adjacentRuns, mapHeader, type HeaderMap } from '../domain/header-map';
import { SHEET_NAMES } from './sheet-names';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** An opened Calendar sheet: the sheet, its header row and where each column is. */
export interface CalendarSheet {
  sheet: Sheet;
  header: unknown[];
  map: HeaderMap;
  /** How many columns rows are read with (the header's extent). */
  width: number;
}

/** The Calendar sheet, matched by name case-insensitively, or null. */
export function findCalendarSheet(spreadsheet: Spreadsheet): Sheet | null {
  const exact = spreadsheet.getSheetByName(SHEET_NAMES.calendar);
  if (exact) return exact;
  const wanted = SHEET_NAMES.calendar.toLowerCase();
  return spreadsheet.getSheets().find((sheet) => sheet.getName().toLowerCase() === wanted) ?? null;
}

/** True when `sheet` is the Calendar sheet (by name, case-insensitive; no Spreadsheet round trip). */
export function isCalendarSheet(sheet: Sheet): boolean {
  return sheet.getName().toLowerCase() === SHEET_NAMES.calendar.toLowerCase();
}

function trimTrailingBlanks(row: unknown[]): unknown[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === '' || row[end - 1] === null)) end--;
  return row.slice(0, end);
}

/** Reads the header row in one call (the whole first row, so no extra call for the last column). */
export function openCalendar(sheet: Sheet): CalendarSheet {
  const header = trimTrailingBlanks(sheet.getRange('1:1').getValues()[0] ?? []);
  return { sheet, header, map: mapHeader(header), width: Math.max(header.length, 1) };
}

/** Opens the calendar from an already-read grid whose first row is the header (no call). */
export function calendarFromGrid(sheet: Sheet, grid: unknown[][]): CalendarSheet {
  const header = trimTrailingBlanks(grid[0] ?? []);
  return { sheet, header, map: mapHeader(header), width: Math.max(header.length, 1) };
}

/** Reads rows `firstRow`..`firstRow + count - 1` across the header's width in one call. */
export function readRows(calendar: CalendarSheet, firstRow: number, count: number): unknown[][] {
  if (count <= 0) return [];
  return calendar.sheet.getRange(firstRow, 1, count, calendar.width).getValues();
}

/**
 * Columns the checks of a block never read: Checks is only written (every row); the WoopSocial columns
 * are the publishing refresh's. Review comments is read although no check needs it: it sits between
 * Approval and the planning columns, so reading it keeps the checked columns in two runs (two calls).
 */
const NOT_READ_BY_CHECKS: ReadonlySet<string> = new Set<CalendarColumn>(['Checks', 'WoopSocial ID', 'Delivery']);

/**
 * Reads rows `firstRow`.. for the checks: only the header map's columns the checks use, one call
 * per run of adjacent ones (the team's own columns, Checks and Review comments are not read): for a
 * 5,000-row paste, 95,000 cells in two calls instead of 105,000 in one (at the cost model's high
 * end a call is 175 ms and 1,200 cells cost as much). One row (an edit of a cell) is read across
 * the whole width in one call, as readRows: there a second call costs more than it saves. The
 * choice depends on whether the block has one row, not on how many: a paste of 50 rows and one of
 * 5,000 make the same calls; so does a layout whose checked columns form more than two runs (the
 * team's columns between them): one call across the width. Unread cells are `undefined` (never equal to a value, so writeColumns
 * writes their column).
 */
export function readCheckedRows(calendar: CalendarSheet, firstRow: number, count: number): unknown[][] {
  if (count <= 0) return [];
  const positions = (Object.entries(calendar.map) as [CalendarColumn, number | undefined][])
    .filter((entry): entry is [CalendarColumn, number] => entry[1] !== undefined && !NOT_READ_BY_CHECKS.has(entry[0]))
    .map(([, position]) => position);
  const runs = adjacentRuns(positions);
  if (count === 1 || runs.length <= 1 || runs.length > 2) return readRows(calendar, firstRow, count);
  const rows: unknown[][] = Array.from({ length: count }, () => new Array<unknown>(calendar.width).fill(undefined));
  for (const run of runs) {
    const values = calendar.sheet.getRange(firstRow, run[0], count, run.length).getValues();
    values.forEach((row, i) => row.forEach((value, j) => (rows[i][run[0] - 1 + j] = value)));
  }
  return rows;
}

/**
 * Writes add-on columns (Checks, Updated, ID, ...) for a block of consecutive rows: one setValues
 * per run of adjacent columns that change (one or two calls in the default layout), never touching
 * other columns, nor a column whose values all stay as they are.
 * `columns[name][i]` is the value for row `firstRow + i`; undefined entries keep `current`.
 */
export function writeColumns(
  calendar: CalendarSheet,
  firstRow: number,
  count: number,
  columns: Partial<Record<CalendarColumn, unknown[]>>,
  current: readonly (readonly unknown[])[],
): void {
  if (count <= 0) return;
  // A column none of whose values changes is not written at all: every cell a call covers costs
  // time (a 5,000-row paste onto new rows leaves the approval columns as they are).
  const changes = (name: CalendarColumn, position: number) =>
    columns[name]!.some((value, i) => value !== undefined && value !== current[i]?.[position - 1]);
  const positions = (Object.keys(columns) as CalendarColumn[])
    .map((name) => ({ name, position: calendar.map[name] }))
    .filter((entry): entry is { name: CalendarColumn; position: number } => entry.position !== undefined && changes(entry.name, entry.position))
    .map((entry) => entry.position);
  const nameAt = new Map<number, CalendarColumn>();
  for (const name of Object.keys(columns) as CalendarColumn[]) {
    const position = calendar.map[name];
    if (position !== undefined) nameAt.set(position, name);
  }
  for (const run of adjacentRuns(positions)) {
    const values: unknown[][] = [];
    for (let i = 0; i < count; i++) {
      values.push(
        run.map((position) => {
          const value = columns[nameAt.get(position)!]![i];
          return value === undefined ? (current[i]?.[position - 1] ?? '') : value;
        }),
      );
    }
    calendar.sheet.getRange(firstRow, run[0], count, run.length).setValues(values);
  }
}

/** Writes the notes of one column for a block of rows in one call. */
export function writeNotes(calendar: CalendarSheet, column: CalendarColumn, firstRow: number, notes: string[]): void {
  const position = calendar.map[column];
  if (position === undefined || notes.length === 0) return;
  calendar.sheet.getRange(firstRow, position, notes.length, 1).setNotes(notes.map((note) => [note]));
}

/**
 * Whether the person's selection starts on a post row of the Calendar sheet (below its header), so
 * Edit selected post has a post to open. Two or three calls, no read of values.
 * @param spreadsheet The active spreadsheet.
 */
export function selectionIsOnPostRow(spreadsheet: Spreadsheet): boolean {
  const range = spreadsheet.getActiveRange();
  return Boolean(range && isCalendarSheet(range.getSheet()) && range.getRow() >= 2);
}
