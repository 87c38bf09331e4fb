/** The Audience sheet: per platform, a weekday × hour grid of audience activity, pre-filled from benchmark studies and replaceable by the team's CSV export. */

import {
  AUDIENCE_BLOCK_ROWS,
  AUDIENCE_COLUMNS,
  audienceImportPlan,
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

/** Bold for a block's platform name and its hours row (`r` is the row within the block). */
function fontWeightAt(r: number, c: number): 'bold' | 'normal' {
  return (r === 0 && c === 0) || r === 1 ? 'bold' : 'normal';
}

/** The backgrounds of audienceToRows' rows: each block's weights shaded like a heatmap, the rest white. */
function blockBackgrounds(rows: readonly (readonly (string | number)[])[]): string[][] {
  const backgrounds = rows.map(() => Array<string>(AUDIENCE_COLUMNS).fill('#FFFFFF'));
  for (let top = 0; top + 2 < rows.length; top += AUDIENCE_BLOCK_ROWS) {
    const block = { row: top + 2, column: 1, numRows: Math.min(7, rows.length - top - 2), numColumns: 24 };
    const cells = rows.slice(block.row, block.row + block.numRows).flatMap((row) => row.slice(block.column, block.column + block.numColumns));
    const max = Math.max(0, ...cells.map((v) => (typeof v === 'number' ? v : 0)));
    for (let r = 0; r < block.numRows; r++) {
      for (let c = 0; c < block.numColumns; c++) {
        const value = rows[block.row + r][block.column + c];
        backgrounds[block.row + r][block.column + c] = heat(typeof value === 'number' && max > 0 ? value / max : 0);
      }
    }
  }
  return backgrounds;
}

/**
 * Writes the audience grids to a new or empty Audience sheet (created when missing): one setValues over
 * every block and one setBackgrounds that shades each weight like a heatmap (the shading is redrawn
 * by the next import; a gradient conditional format would follow edits, but the emulator the tests run
 * on does not implement gradient rules yet).
 */
export function writeAudience(workbook: Workbook, audience: readonly AudienceGrid[]): Sheet {
  const sheet = workbook.spreadsheet.getSheetByName(SHEET_NAMES.audience) ?? workbook.spreadsheet.insertSheet(SHEET_NAMES.audience);
  const rows = audienceToRows(audience, workbook.locale);
  if (rows.length === 0) return sheet;
  const backgrounds = blockBackgrounds(rows);
  const range = sheet.getRange(1, 1, rows.length, AUDIENCE_COLUMNS);
  range.setValues(rows);
  range.setBackgrounds(backgrounds);
  range.setFontWeights(rows.map((row, i) => row.map((_, c) => fontWeightAt(i % AUDIENCE_BLOCK_ROWS, c))));
  return sheet;
}

/** Creates the Audience sheet pre-filled with the benchmark grids when it is missing; an existing one is kept. */
export function ensureAudienceSheet(workbook: Workbook): Sheet {
  return workbook.spreadsheet.getSheetByName(SHEET_NAMES.audience) ?? writeAudience(workbook, defaultAudience());
}

/**
 * Replaces the imported platforms' blocks on the Audience sheet and adds the new ones, leaving every
 * other cell (other platforms, the team's own notes and formulas) as it was: two reads (values,
 * formulas), then one setValues over the rows that change, then their shading and bold labels
 * (formats of the cells kept are read and written back). Nothing is cleared, so a failure at any
 * call leaves the old sheet or the new one. When the sheet is missing or empty, the benchmark grids
 * are the starting point. Range getValues/getFormulas/getBackgrounds/getFontWeights and their setters
 * need spreadsheets.currentonly (or spreadsheets): https://developers.google.com/apps-script/reference/spreadsheet/range
 */
export function importAudience(workbook: Workbook, imported: readonly AudienceGrid[]): void {
  const existing = workbook.spreadsheet.getSheetByName(SHEET_NAMES.audience);
  const data = existing && existing.getLastRow() > 0 ? existing.getDataRange() : null;
  if (!existing || !data) {
    writeAudience(workbook, mergeAudience(defaultAudience(), imported));
    return;
  }
  const plan = audienceImportPlan(data.getValues(), data.getFormulas(), imported, workbook.locale);
  const range = existing.getRange(plan.top + 1, 1, plan.values.length, AUDIENCE_COLUMNS);
  const backgrounds = range.getBackgrounds();
  const weights = range.getFontWeights();
  range.setValues(plan.values);
  for (const block of plan.blocks) {
    const at = block.row - plan.top;
    const values = audienceToRows([block.grid], workbook.locale);
    const shades = blockBackgrounds(values);
    for (let r = 0; r < AUDIENCE_BLOCK_ROWS - 1; r++) {
      backgrounds[at + r] = shades[r];
      weights[at + r] = values[r].map((_, c) => fontWeightAt(r, c));
    }
  }
  range.setBackgrounds(backgrounds);
  range.setFontWeights(weights);
}
