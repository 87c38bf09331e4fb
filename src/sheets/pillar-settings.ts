/** The content-pillar block of the Settings sheet (columns O–P: Pillar, Target share), beside the cadence table: created by setup, read from the grid already read. */

import { DEFAULT_PILLARS, PILLAR_COLUMNS, pillarsToRows, readPillarTargets } from '../domain/planning/pillar-mix';
import { normalizeHeader } from '../domain/header-map';
import { HEADER_STYLE } from '../domain/status-palette';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The block starts in column O, after the cadence block (I–M) and a spacer column. */
export const PILLAR_FIRST_COLUMN = 15;

/** The key/value setting that says how far a week's share may stray, in percentage points. */
export const MIX_TOLERANCE_KEY = 'pillar mix tolerance (points)';

/**
 * Adds the pillar block with its default pillars at O1 when the Settings sheet has none (no `Pillar`
 * header in row 1) and columns O–P are empty; a team's own cells are never overwritten. Uses the grid
 * setup already read (A–P); one write (plus one for the header style) when added, none otherwise.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
 * @param sheet The Settings sheet.
 * @param grid Its values (A–P), as read before any block was added.
 */
export function ensurePillarBlock(sheet: Sheet, grid: unknown[][]): boolean {
  const header = normalizeHeader(PILLAR_COLUMNS[0]);
  if ((grid[0] ?? []).some((cell) => normalizeHeader(cell) === header)) return false;
  const first = PILLAR_FIRST_COLUMN - 1;
  const taken = grid.some((row) =>
    row.slice(first, first + PILLAR_COLUMNS.length).some((cell) => cell !== '' && cell !== null),
  );
  if (taken) return false;
  const rows = pillarsToRows(DEFAULT_PILLARS);
  sheet.getRange(1, PILLAR_FIRST_COLUMN, rows.length, PILLAR_COLUMNS.length).setValues(rows);
  sheet
    .getRange(1, PILLAR_FIRST_COLUMN, 1, PILLAR_COLUMNS.length)
    .setFontWeight('bold')
    .setBackground(HEADER_STYLE.background)
    .setFontColor(HEADER_STYLE.fontColor);
  return true;
}

/**
 * The pillars and their target shares from a Settings grid read to column P (no call); no block, no
 * pillars. Readers that need pillars read Settings with SETTINGS_WITH_PILLARS_WIDTH.
 */
export function readPillars(grid: unknown[][]): Array<{ pillar: string; share: number | null }> {
  return readPillarTargets(grid);
}

/** The mix tolerance from the key/value settings (lower-cased keys), or undefined for the default. */
export function mixTolerance(values: Record<string, string>): number | undefined {
  const n = Number(
    String(values[MIX_TOLERANCE_KEY] ?? '')
      .replace(',', '.')
      .trim(),
  );
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
