/** The Platforms sheet: the editable, dated rules table the checks read. */

import { CHECKED_RULE_COLUMN_COUNT, defaultRules, headerHoldsCheckedColumns, RULE_COLUMNS, rowsToRules, rulesToRows, type RulesTable } from '../domain/rules';
import { readGrid, withoutTrailingEmptyRows } from './read-grid';
import { SHEET_NAMES } from './sheet-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The rules the checks use, and what was wrong with the sheet's values (each fell back to the built-in). */
export interface LoadedRules {
  rules: RulesTable;
  problems: Array<{ row: number; column: string; message: string }>;
}

/**
 * Parses an already-read Platforms grid (pure); the built-in rules when it is empty. Date cells
 * (Checked on) are read in `timeZone`, the spreadsheet's (issue #16: not the script's).
 */
export function rulesFromGrid(grid: unknown[][], timeZone: string): LoadedRules {
  if (grid.length < 2) return { rules: defaultRules(), problems: [] };
  return rowsToRules(grid[0].map((cell) => String(cell ?? '')), grid.slice(1), 2, 'en', timeZone);
}

/**
 * Reads the whole Platforms table (A:M to its last row, one call after getLastRow), for what shows
 * the rules (the post form); the built-in rules when the sheet does not exist.
 */
export function readRules(spreadsheet: Spreadsheet, timeZone?: string): LoadedRules {
  const sheet = spreadsheet.getSheetByName(SHEET_NAMES.platforms);
  if (!sheet) return rulesFromGrid([], 'UTC');
  return rulesFromGrid(readGrid(sheet, RULE_COLUMNS.length), timeZone || spreadsheet.getSpreadsheetTimeZone());
}

/**
 * The rules for checking posts: the Platforms sheet's checked columns (Platform..Rule ID, A:J) to its
 * last row in one call after getLastRow, without Source, Checked on and Notes, which no check uses:
 * on the built-in table 1,920 cells instead of 2,496, on every check (every cell a call covers costs
 * time, https://developers.google.com/apps-script/guides/support/best-practices). A sheet whose A:J
 * headers do not name them all (made before issue #18, with Rule ID last, or rearranged by the team)
 * has K:M read as well (one more call). The built-in rules when the sheet does not exist.
 */
export function readRulesForChecks(spreadsheet: Spreadsheet): LoadedRules {
  const sheet = spreadsheet.getSheetByName(SHEET_NAMES.platforms);
  if (!sheet) return rulesFromGrid([], 'UTC');
  return rulesFromGrid(readCheckedRuleGrid(sheet), spreadsheet.getSpreadsheetTimeZone());
}

/** readRulesForChecks' grid: A:J, and K:M when A:J's headers do not name every checked column (blank otherwise). */
function readCheckedRuleGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  const lastRow = sheet.getLastRow();
  if (lastRow < 1) return [];
  const checked = sheet.getRange(1, 1, lastRow, CHECKED_RULE_COLUMN_COUNT).getValues();
  const rest = RULE_COLUMNS.length - CHECKED_RULE_COLUMN_COUNT;
  const others = headerHoldsCheckedColumns(checked[0]) ? null : sheet.getRange(1, CHECKED_RULE_COLUMN_COUNT + 1, lastRow, rest).getValues();
  return withoutTrailingEmptyRows(checked.map((row, i) => [...row, ...(others ? others[i] : new Array<unknown>(rest).fill(''))]));
}

/** Creates the Platforms sheet with the built-in rules; an existing sheet (a team's edits) is left as it is. */
export function ensurePlatformsSheet(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = spreadsheet.getSheetByName(SHEET_NAMES.platforms);
  if (existing && existing.getLastRow() > 0) return existing;
  const sheet = existing ?? spreadsheet.insertSheet(SHEET_NAMES.platforms);
  const { header, rows } = rulesToRows(defaultRules());
  const values = [header, ...rows].map((row) =>
    row.map((cell) => (typeof cell === 'string' && /^[=+\-@]/.test(cell) ? `'${cell}` : cell)),
  );
  sheet.getRange(1, 1, values.length, header.length).setValues(values);
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, header.length).setFontWeight('bold');
  return sheet;
}
