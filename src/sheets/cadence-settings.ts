/** The cadence block of the Settings sheet (columns I–M: Platform, Posts per week, Daily limit, Longest gap (days), Source): created by setup, read from the grid already read. */

import { CADENCE_COLUMNS, DEFAULT_CADENCE, cadenceToRows, rowsToCadence, type CadenceTarget } from '../domain/planning';
import { HEADER_STYLE } from '../domain/status-palette';
import { normalizeHeader } from '../domain/header-map';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The block starts in column I, after the key/value block (E–G) and a spacer column. */
export const CADENCE_FIRST_COLUMN = 9;

const PER_WEEK = normalizeHeader(CADENCE_COLUMNS[1]);
const PLATFORM = normalizeHeader(CADENCE_COLUMNS[0]);
const GAP = normalizeHeader(CADENCE_COLUMNS[3]);

/**
 * Adds the cadence block with its default targets at I1 when the Settings sheet has none (no header
 * "Posts per week" in row 1) and columns I–M are empty; a team's own cells are never overwritten.
 * Uses the grid ensureSettingsSheet already read; one write (plus one for the header style) when added.
 * @param sheet The Settings sheet.
 * @param grid Its values (A:Z), as read before any block was added.
 */
export function ensureCadenceBlock(sheet: Sheet, grid: unknown[][]): boolean {
  if ((grid[0] ?? []).some((cell) => normalizeHeader(cell) === PER_WEEK)) return false;
  const first = CADENCE_FIRST_COLUMN - 1;
  const taken = grid.some((row) => row.slice(first, first + CADENCE_COLUMNS.length).some((cell) => cell !== '' && cell !== null));
  if (taken) return false;
  const rows = cadenceToRows(DEFAULT_CADENCE);
  sheet.getRange(1, CADENCE_FIRST_COLUMN, rows.length, CADENCE_COLUMNS.length).setValues(rows);
  sheet
    .getRange(1, CADENCE_FIRST_COLUMN, 1, CADENCE_COLUMNS.length)
    .setFontWeight('bold')
    .setBackground(HEADER_STYLE.background)
    .setFontColor(HEADER_STYLE.fontColor);
  return true;
}

/**
 * The cadence targets from the Settings grid (no call). A platform whose Longest gap cell is empty
 * takes the key/value setting "Longest gap (days)". No block: no targets (cadence is not checked).
 * @param grid The Settings sheet's grid (Settings.grid).
 * @param values The key/value settings (Settings.values, lower-cased keys).
 * @param locale For the messages of bad rows.
 */
export function readCadence(grid: unknown[][], values: Record<string, string>, locale: string): CadenceTarget[] {
  const header = (grid[0] ?? []).map(normalizeHeader);
  const perWeek = header.indexOf(PER_WEEK);
  if (perWeek < 0) return [];
  const platform = header.lastIndexOf(PLATFORM, perWeek);
  const gap = header.indexOf(GAP, perWeek);
  const fallback = values[GAP] ?? '';
  const rows = grid.map((row, index) =>
    index > 0 && gap >= 0 && platform >= 0 && String(row[platform] ?? '').trim() !== '' && row[gap] === ''
      ? row.map((cell, column) => (column === gap ? fallback : cell))
      : row,
  );
  return rowsToCadence(rows, { locale }).cadence;
}
