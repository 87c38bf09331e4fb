/** The Audience sheet: per platform, a weekday × hour grid of audience activity, pre-filled from benchmark studies and replaceable by the team's CSV export. */

import {
  AUDIENCE_BLOCK_ROWS,
  AUDIENCE_COLUMNS,
  audienceHeatmapRanges,
  audienceToRows,
  defaultAudience,
  mergeAudience,
  rowsToAudience,
  type AudienceGrid,
} from '../domain/planning';
import type { Workbook } from './active-spreadsheet';
import { readGrid } from './read-grid';
import { SHEET_NAMES } from './sheet-names';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The team's audience grids from the Audience sheet (one read); none when the sheet is missing (benchmarks apply). */
export function readAudience(workbook: Workbook): AudienceGrid[] {
  const sheet = workbook.spreadsheet.getSheetByName(SHEET_NAMES.audience);
  if (!sheet) return [];
  return rowsToAudience(readGrid(sheet, AUDIENCE_COLUMNS), { locale: workbook.locale }).audience;
}

/** Hex colour between white (weight 0) and sky blue (weight 1, Okabe–Ito #56B4E9; black text stays readable). */
function heat(weight: number): string {
  const w = Math.max(0, Math.min(1, weight));
  const mix = (to: number) => Math.round(255 + (to - 255) * w).toString(16).padStart(2, '0');
  return `#${mix(0x56)}${mix(0xb4)}${mix(0xe9)}`;
}

/**
 * Writes the audience grids to the Audience sheet (created when missing): one clear, one setValues over
 * every block and one setBackgrounds that shades each weight like a heatmap (the shading is redrawn
 * by the next import; a gradient conditional format would follow edits, but the emulator the tests run
 * on does not implement gradient rules yet).
 */
export function writeAudience(workbook: Workbook, audience: readonly AudienceGrid[]): Sheet {
  const sheet = workbook.spreadsheet.getSheetByName(SHEET_NAMES.audience) ?? workbook.spreadsheet.insertSheet(SHEET_NAMES.audience);
  const rows = audienceToRows(audience, workbook.locale);
  sheet.clear();
  if (rows.length === 0) return sheet;
  const backgrounds = rows.map(() => Array<string>(AUDIENCE_COLUMNS).fill('#FFFFFF'));
  for (const block of audienceHeatmapRanges(audience)) {
    const cells = rows.slice(block.row, block.row + block.numRows).flatMap((row) => row.slice(block.column, block.column + block.numColumns));
    const max = Math.max(0, ...cells.map((v) => (typeof v === 'number' ? v : 0)));
    for (let r = 0; r < block.numRows; r++) {
      for (let c = 0; c < block.numColumns; c++) {
        const value = rows[block.row + r][block.column + c];
        backgrounds[block.row + r][block.column + c] = heat(typeof value === 'number' && max > 0 ? value / max : 0);
      }
    }
  }
  const range = sheet.getRange(1, 1, rows.length, AUDIENCE_COLUMNS);
  range.setValues(rows);
  range.setBackgrounds(backgrounds);
  range.setFontWeights(rows.map((row, i) => row.map((_, c) => (i % AUDIENCE_BLOCK_ROWS === 0 && c === 0) || i % AUDIENCE_BLOCK_ROWS === 1 ? 'bold' : 'normal')));
  return sheet;
}

/** Creates the Audience sheet pre-filled with the benchmark grids when it is missing; an existing one is kept. */
export function ensureAudienceSheet(workbook: Workbook): Sheet {
  return workbook.spreadsheet.getSheetByName(SHEET_NAMES.audience) ?? writeAudience(workbook, defaultAudience());
}

/**
 * Replaces the imported platforms' grids with the CSV's (others kept) and rewrites the sheet. When the
 * sheet is missing, the benchmark grids are the starting point.
 */
export function importAudience(workbook: Workbook, imported: readonly AudienceGrid[]): void {
  const sheet = workbook.spreadsheet.getSheetByName(SHEET_NAMES.audience);
  const current = sheet ? rowsToAudience(readGrid(sheet), { locale: workbook.locale }).audience : defaultAudience();
  writeAudience(workbook, mergeAudience(current, imported));
}
