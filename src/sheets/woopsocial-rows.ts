/** The Calendar rows the WoopSocial hand-off works on: one read of the sheet (values and the fingerprint notes), and writes of the add-on cells of a row or of changed rows only. */

import { textForCell } from '../domain/cell-text';
import type { CalendarColumn, Post } from '../domain/post';
import type { Workbook } from './active-spreadsheet';
import { cellText, postsOfBlock } from './calendar-checks';
import { calendarFromGrid, findCalendarSheet, writeColumns, type CalendarSheet } from './calendar-sheet';

/** One calendar row with its WoopSocial cells. */
export interface WoopRow {
  post: Post;
  /** Sheet row (2 = first under the header). */
  row: number;
  woopId: string;
  delivery: string;
  /** The fingerprint of what was sent (the WoopSocial ID cell's note). */
  fingerprint: string;
  raw: unknown[];
}

/** The calendar as read for the hand-off. */
export interface WoopTable {
  calendar: CalendarSheet;
  rows: WoopRow[];
}

/** The marker written in Delivery before a create: the request is out, its answer not yet recorded. */
export const REQUESTED = 'REQUESTED';

/**
 * Reads the Calendar sheet in two calls (values, and the notes of the WoopSocial ID column). Null
 * when there is no Calendar sheet or it lacks the WoopSocial columns (Set up calendar adds them).
 */
export function readWoopTable(workbook: Workbook): WoopTable | null {
  const sheet = findCalendarSheet(workbook.spreadsheet);
  if (!sheet) return null;
  const grid = sheet.getDataRange().getValues();
  const calendar = calendarFromGrid(sheet, grid);
  const idColumn = calendar.map['WoopSocial ID'];
  if (idColumn === undefined || calendar.map.Delivery === undefined) return null;
  const body = grid.slice(1);
  const notes = body.length ? sheet.getRange(2, idColumn, body.length, 1).getNotes() : [];
  const posts = postsOfBlock(calendar, body, workbook.timeZone);
  const rows: WoopRow[] = [];
  posts.forEach((post, i) => {
    if (!post) return;
    rows.push({
      post,
      row: i + 2,
      woopId: cellText(calendar, body[i], 'WoopSocial ID').trim(),
      delivery: cellText(calendar, body[i], 'Delivery').trim(),
      fingerprint: String(notes[i]?.[0] ?? ''),
      raw: body[i],
    });
  });
  return { calendar, rows };
}

/** Cells to write for one row (undefined keeps the cell). */
export type RowCells = Partial<Record<CalendarColumn, string>>;

/** Writes one row's add-on cells (one setValues per run of adjacent columns) and, when given, the fingerprint note; then flushes so the mark survives a failure. */
export function writeRow(table: WoopTable, row: WoopRow, cells: RowCells, fingerprint?: string): void {
  const columns: Partial<Record<CalendarColumn, unknown[]>> = {};
  for (const [name, value] of Object.entries(cells) as Array<[CalendarColumn, string]>) columns[name] = [textForCell(value)];
  writeColumns(table.calendar, row.row, 1, columns, [row.raw]);
  if (fingerprint !== undefined) {
    const position = table.calendar.map['WoopSocial ID']!;
    table.calendar.sheet.getRange(row.row, position).setNote(fingerprint);
    row.fingerprint = fingerprint;
  }
  for (const [name, value] of Object.entries(cells) as Array<[CalendarColumn, string]>) {
    const position = table.calendar.map[name];
    if (position !== undefined) row.raw[position - 1] = value;
  }
  if (cells['WoopSocial ID'] !== undefined) row.woopId = cells['WoopSocial ID'];
  if (cells.Delivery !== undefined) row.delivery = cells.Delivery;
  SpreadsheetApp.flush();
}

/** The cells of `cells` whose text differs from what the row holds. */
function unchanged(table: WoopTable, row: WoopRow, cells: RowCells): RowCells {
  const out: RowCells = {};
  for (const [name, value] of Object.entries(cells) as Array<[CalendarColumn, string]>) {
    const position = table.calendar.map[name];
    if (position !== undefined && String(row.raw[position - 1] ?? '') !== value) out[name] = value;
  }
  return out;
}

/**
 * Writes many rows' cells at the end of a run: rows are grouped into blocks of consecutive rows and
 * each block is written in one setValues per run of adjacent columns; rows without changes are not touched.
 */
export function writeRows(table: WoopTable, changes: Map<WoopRow, RowCells>): void {
  // Only cells whose text changes are written; a row with none is not touched at all.
  const sorted = [...changes.entries()]
    .map(([row, cells]): [WoopRow, RowCells] => [row, unchanged(table, row, cells)])
    .filter(([, cells]) => Object.keys(cells).length > 0)
    .sort((a, b) => a[0].row - b[0].row);
  let block: Array<[WoopRow, RowCells]> = [];
  const flush = () => {
    if (!block.length) return;
    const names = [...new Set(block.flatMap(([, cells]) => Object.keys(cells) as CalendarColumn[]))];
    const columns: Partial<Record<CalendarColumn, unknown[]>> = {};
    for (const name of names) columns[name] = block.map(([, cells]) => (cells[name] === undefined ? undefined : textForCell(cells[name]!)));
    writeColumns(table.calendar, block[0][0].row, block.length, columns, block.map(([row]) => row.raw));
    block = [];
  };
  for (const entry of sorted) {
    const last = block[block.length - 1];
    if (last && last[0].row !== entry[0].row - 1) flush();
    block.push(entry);
  }
  flush();
}
