/** The Events sheet: the team's launches, promotions and awareness days (and imported holidays), read in one call and appended in one. */

import { EVENT_COLUMNS, eventsToRows, newEventsOnly, parseEventRows, type PlanningEvent } from '../domain/planning';
import { HEADER_STYLE } from '../domain/status-palette';
import type { Workbook } from './active-spreadsheet';
import { readGrid } from './read-grid';
import { SHEET_NAMES } from './sheet-names';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Column widths in pixels for a new Events sheet (Date, Name, Type, Notes, End date). */
const WIDTHS = [100, 260, 120, 320, 100];

/**
 * The Events sheet, created with its header (Date, Name, Type, Notes, End date), frozen and styled,
 * when missing. An existing sheet is returned untouched.
 */
export function ensureEventsSheet(workbook: Workbook): Sheet {
  const existing = workbook.spreadsheet.getSheetByName(SHEET_NAMES.events);
  if (existing) return existing;
  const sheet = workbook.spreadsheet.insertSheet(SHEET_NAMES.events);
  const header = sheet.getRange(1, 1, 1, EVENT_COLUMNS.length);
  header.setValues([[...EVENT_COLUMNS]]);
  header.setFontWeight('bold').setBackground(HEADER_STYLE.background).setFontColor(HEADER_STYLE.fontColor);
  sheet.setFrozenRows(1);
  WIDTHS.forEach((width, index) => sheet.setColumnWidth(index + 1, width));
  return sheet;
}

/** The events of the Events sheet (one read); none when the sheet does not exist. */
export function readEvents(workbook: Workbook): PlanningEvent[] {
  const sheet = workbook.spreadsheet.getSheetByName(SHEET_NAMES.events);
  if (!sheet) return [];
  return parseEventRows(readGrid(sheet), { timeZone: workbook.timeZone, locale: workbook.locale }).events;
}

/**
 * Appends the events the sheet does not list yet (same date and name, ignoring case) below its last
 * row in one write (adding rows when the sheet is too short), creating the sheet when missing. Names
 * and notes are written as text (see eventsToRows). Returns how many were added.
 */
export function appendNewEvents(workbook: Workbook, events: readonly PlanningEvent[]): number {
  const sheet = ensureEventsSheet(workbook);
  const grid = readGrid(sheet);
  const existing = parseEventRows(grid, { timeZone: workbook.timeZone }).events;
  const fresh = newEventsOnly(existing, events);
  if (fresh.length === 0) return 0;
  const rows = eventsToRows(fresh);
  const first = Math.max(grid.length, 1) + 1;
  // A long import can pass the sheet's last row; setValues beyond it throws, so add the rows first.
  const missing = first + rows.length - 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet.getRange(first, 1, rows.length, EVENT_COLUMNS.length).setValues(rows);
  return fresh.length;
}
