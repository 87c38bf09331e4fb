/** Creates or upgrades the Calendar sheet: columns, frozen header, dropdowns, date validation, colours. */

import { CALENDAR_COLUMNS, type CalendarColumn } from '../domain/post';
import { HEADER_STYLE } from '../domain/status-palette';
import { calendarFromGrid, findCalendarSheet, type CalendarSheet } from './calendar-sheet';
import { applyCalendarFormatting } from './calendar-format';
import { missingColumns } from './header-map';
import { protectCalendar } from './protections';
import { listColumnIndex, parseSettings } from './settings-sheet';
import { SHEET_NAMES } from './sheet-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Widths in pixels for columns the add-on creates (the team's own widths are never changed). */
const COLUMN_WIDTHS: Partial<Record<CalendarColumn, number>> = {
  ID: 96,
  Date: 96,
  Time: 60,
  'Time zone': 130,
  Caption: 320,
  Hashtags: 180,
  Notes: 200,
  Checks: 260,
  Updated: 170,
};

/** Which list in the Settings sheet each dropdown column reads. */
const DROPDOWNS: Partial<Record<CalendarColumn, string>> = {
  Platform: 'Platforms',
  Format: 'Formats',
  Status: 'Statuses',
  Pillar: 'Pillar', // the pillar block beside the cadence table (pillar-settings.ts)
};

/** The Calendar sheet, created when missing (an empty lone first sheet is renamed rather than left beside it). */
export function findOrCreateCalendar(spreadsheet: Spreadsheet): Sheet {
  const existing = findCalendarSheet(spreadsheet);
  if (existing) return existing;
  const sheets = spreadsheet.getSheets();
  if (sheets.length === 1 && sheets[0].getLastRow() === 0 && sheets[0].getLastColumn() === 0) {
    return sheets[0].setName(SHEET_NAMES.calendar);
  }
  return spreadsheet.insertSheet(SHEET_NAMES.calendar, 0);
}

/** Appends the calendar columns the sheet lacks after its last column; returns how many were added. */
function appendMissingColumns(sheet: Sheet, calendar: CalendarSheet): number {
  const missing = missingColumns(calendar.map);
  if (missing.length === 0) return 0;
  const first = calendar.header.length + 1;
  const needed = first + missing.length - 1;
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < needed) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  const headerRange = sheet.getRange(1, first, 1, missing.length);
  headerRange.setValues([missing as unknown as string[]]);
  headerRange.setFontWeight('bold').setBackground(HEADER_STYLE.background).setFontColor(HEADER_STYLE.fontColor);
  missing.forEach((column, index) => {
    const width = COLUMN_WIDTHS[column];
    if (width) sheet.setColumnWidth(first + index, width);
    calendar.map[column] = first + index;
  });
  calendar.header.push(...missing);
  calendar.width = calendar.header.length;
  return missing.length;
}

/**
 * Gives the Date column date validation and the list columns dropdowns that read the Settings
 * sheet, where a column has no validation yet (a team's own rule is kept). One read, one write per
 * column that needs it.
 */
function applyValidation(spreadsheet: Spreadsheet, sheet: Sheet, calendar: CalendarSheet, settingsGrid: unknown[][], added: Set<CalendarColumn>): void {
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const current = sheet.getRange(2, 1, 1, calendar.width).getDataValidations()[0];
  const settings = spreadsheet.getSheetByName(SHEET_NAMES.settings);
  const needs = (column: CalendarColumn) => {
    const position = calendar.map[column];
    return position !== undefined && (added.has(column) || !current[position - 1]);
  };
  if (needs('Date')) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireDate()
      .setAllowInvalid(false)
      .setHelpText('Enter a date, e.g. 2026-12-01. The Time and Time zone columns say when on that day.')
      .build();
    const range = sheet.getRange(2, calendar.map.Date!, rows, 1);
    range.setDataValidation(rule);
    if (added.has('Date')) range.setNumberFormat('yyyy-mm-dd');
  }
  if (!settings) return;
  for (const [column, list] of Object.entries(DROPDOWNS) as [CalendarColumn, string][]) {
    if (!needs(column)) continue;
    const listColumn = listColumnIndex(settingsGrid, list);
    if (listColumn < 1) continue; // the team removed that list's block: no dropdown
    const source = settings.getRange(2, listColumn, Math.max(settings.getMaxRows() - 1, 1), 1);
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInRange(source, true)
      .setAllowInvalid(true)
      .setHelpText(`Choose a value from the list. To add one, type it at the end of the ${list} list in the Settings sheet.`)
      .build();
    sheet.getRange(2, calendar.map[column]!, rows, 1).setDataValidation(rule);
  }
}

/** What setup did. */
export interface SetupResult {
  sheet: Sheet;
  addedColumns: number;
  rows: number;
  /** The Calendar's grid as read (header and rows), still current when no column was added (check-all reuses it); null otherwise. */
  grid: unknown[][] | null;
}

/**
 * Creates or upgrades the Calendar sheet in place. Never deletes or moves a user's rows or columns,
 * never rewrites their cells, formats or validation; missing calendar columns are appended at the
 * right. Safe to run any number of times: the result is the same as running it once.
 */
export function setupCalendarSheet(spreadsheet: Spreadsheet, sheet: Sheet, settingsGrid: unknown[][]): SetupResult {
  const grid = sheet.getDataRange().getValues();
  const calendar = calendarFromGrid(sheet, grid.length === 1 && grid[0].every((cell) => cell === '') ? [[]] : grid);
  const isNew = calendar.header.length === 0;
  const before = new Set(CALENDAR_COLUMNS.filter((column) => calendar.map[column] !== undefined));
  const addedColumns = appendMissingColumns(sheet, calendar);
  const added = new Set(CALENDAR_COLUMNS.filter((column) => !before.has(column)));
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  applyValidation(spreadsheet, sheet, calendar, settingsGrid, added);
  applyCalendarFormatting(sheet, calendar.map, calendar.width, parseSettings(settingsGrid).statuses);
  protectCalendar(calendar);
  if (isNew) sheet.getRange(1, 1, 1, calendar.width).setVerticalAlignment('middle');
  return { sheet, addedColumns, rows: Math.max(grid.length - 1, 0), grid: addedColumns === 0 && !isNew ? grid : null };
}
