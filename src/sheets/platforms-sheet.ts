/** The Platforms sheet: the editable, dated rules table the checks read. */

import { defaultRules, RULE_COLUMNS, rowsToRules, rulesToRows, type RulesTable } from '../domain/rules';
import { readGrid } from './read-grid';
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

/** Reads the Platforms sheet in one call; the built-in rules when the sheet does not exist. */
export function readRules(spreadsheet: Spreadsheet, timeZone?: string): LoadedRules {
  const sheet = spreadsheet.getSheetByName(SHEET_NAMES.platforms);
  if (!sheet) return rulesFromGrid([], 'UTC');
  return rulesFromGrid(readGrid(sheet, RULE_COLUMNS.length), timeZone || spreadsheet.getSpreadsheetTimeZone());
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
