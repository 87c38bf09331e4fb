/** Creates or upgrades the Calendar sheet: columns, frozen header, dropdowns, date validation, colours. */

import { CALENDAR_COLUMNS, type CalendarColumn } from '../domain/post';
import { HEADER_STYLE } from '../domain/status-palette';
import { calendarFromGrid, findCalendarSheet, type CalendarSheet } from './calendar-sheet';
import { applyCalendarFormatting } from './calendar-format';
import { missingColumns } from '../domain/header-map';
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

/** A post ID as the add-on makes them (post-id.ts): `P-` and 8 Crockford base32 characters. */
const POST_ID = /^P-[0-9A-HJKMNP-TV-Z]{8}$/;

/** A column that holds post IDs under a header that is not ID (renamed by hand). */
export interface IdsElsewhere {
  /** 1-based column. */
  column: number;
  header: string;
}

/**
 * The column that holds the post IDs when no column is headed ID: most of its filled cells (and at
 * least one) are post IDs, and it is not one of the calendar's other columns. No call: reads `grid`.
 */
export function findRenamedIdColumn(grid: readonly (readonly unknown[])[], calendar: CalendarSheet): IdsElsewhere | null {
  if (calendar.map.ID !== undefined) return null;
  const taken = new Set(Object.values(calendar.map));
  for (let column = 1; column <= calendar.header.length; column++) {
    if (taken.has(column)) continue;
    const filled = grid.slice(1).map((row) => String(row[column - 1] ?? '').trim()).filter(Boolean);
    const ids = filled.filter((text) => POST_ID.test(text)).length;
    if (ids > 0 && ids * 5 >= filled.length * 4) return { column, header: String(calendar.header[column - 1] ?? '') };
  }
  return null;
}

/** Appends the calendar columns the sheet lacks after its last column; returns how many were added. */
function appendMissingColumns(sheet: Sheet, calendar: CalendarSheet, idsElsewhere: IdsElsewhere | null): number {
  // A renamed ID column keeps its IDs: a new empty ID column would orphan them (every post would get a new ID).
  const missing = missingColumns(calendar.map).filter((column) => !(column === 'ID' && idsElsewhere));
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
  if (needs('Time') && (added.has('Time') || !holdsText(sheet, calendar.map.Time!))) {
    applyTimeValidation(sheet, calendar.map.Time!, rows, added.has('Time'));
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

/**
 * The Time column accepts only a time of day: a typed time is a fraction of a day, so a number from 0 up
 * to the last minute before midnight (`25:00` is a duration of more than a day and is rejected; text is
 * rejected). A new column shows every time as `HH:mm` however it was typed (`10:00`, `9:30 pm`).
 * requireNumberBetween: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireNumberBetween(Number,Number)
 */
function applyTimeValidation(sheet: Sheet, column: number, rows: number, isNew: boolean): void {
  const rule = SpreadsheetApp.newDataValidation()
    .requireNumberBetween(0, LAST_MINUTE_OF_DAY)
    .setAllowInvalid(false)
    .setHelpText('Enter a 24-hour time from 00:00 to 23:59, e.g. 09:30 or 18:45. Leave it empty to post at any time that day.')
    .build();
  const range = sheet.getRange(2, column, rows, 1);
  range.setDataValidation(rule);
  if (isNew) range.setNumberFormat(TIME_FORMAT);
}

/**
 * True when a column holds a text cell under the header (times an older version of the form wrote as
 * text, `'09:30`): validation would mark every one of them invalid, so setup leaves such a column to
 * the Checks. One read of the column.
 */
function holdsText(sheet: Sheet, column: number): boolean {
  const last = sheet.getLastRow();
  if (last < 2) return false;
  return sheet
    .getRange(2, column, last - 1, 1)
    .getValues()
    .some(([value]) => typeof value === 'string' && value.trim() !== '');
}

/** 23:59 as a fraction of a day (with a quarter minute's slack for rounding), the latest time the Time column accepts. */
const LAST_MINUTE_OF_DAY = 1439.25 / 1440;

/** How a new Time column shows times: 24-hour hours and minutes, whatever was typed. */
export const TIME_FORMAT = 'HH:mm';

/** What setup did. */
export interface SetupResult {
  sheet: Sheet;
  addedColumns: number;
  rows: number;
  /** The Calendar's grid as read (header and rows), still current when no column was added (check-all reuses it); null otherwise. */
  grid: unknown[][] | null;
  /** The column that holds the IDs under another header (no ID column was added), or null. */
  idsElsewhere: IdsElsewhere | null;
}

/**
 * Creates or upgrades the Calendar sheet in place. Never deletes or moves a user's rows or columns,
 * never rewrites their cells, formats or validation; missing calendar columns are appended at the
 * right, except an ID column when a column under another header holds the IDs (see result.idsElsewhere). Safe to run any number of times: the result is the same as running it once.
 */
export function setupCalendarSheet(spreadsheet: Spreadsheet, sheet: Sheet, settingsGrid: unknown[][]): SetupResult {
  const grid = sheet.getDataRange().getValues();
  const calendar = calendarFromGrid(sheet, grid.length === 1 && grid[0].every((cell) => cell === '') ? [[]] : grid);
  const isNew = calendar.header.length === 0;
  const before = new Set(CALENDAR_COLUMNS.filter((column) => calendar.map[column] !== undefined));
  const idsElsewhere = findRenamedIdColumn(grid, calendar);
  const addedColumns = appendMissingColumns(sheet, calendar, idsElsewhere);
  const added = new Set(CALENDAR_COLUMNS.filter((column) => !before.has(column)));
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  applyValidation(spreadsheet, sheet, calendar, settingsGrid, added);
  applyCalendarFormatting(sheet, calendar.map, calendar.width, parseSettings(settingsGrid).statuses);
  protectCalendar(calendar);
  if (isNew) sheet.getRange(1, 1, 1, calendar.width).setVerticalAlignment('middle');
  return { sheet, addedColumns, rows: Math.max(grid.length - 1, 0), grid: addedColumns === 0 && !isNew ? grid : null, idsElsewhere };
}
