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

/** The colours of the heatmap: white for weight 0 up to sky blue for a block's highest weight (Okabe–Ito #56B4E9; black text stays readable). */
const HEAT_FROM = '#FFFFFF';
const HEAT_TO = '#56B4E9';

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** A block's weights (7 weekdays × 24 hours) starting at 0-based sheet row `blockRow` (the platform name's row). */
function weightsOf(sheet: Sheet, blockRow: number): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(blockRow + 3, 2, 7, AUDIENCE_COLUMNS - 1);
}

/** The heatmap of one block as a gradient rule: 0 is white, the block's highest weight sky blue; it follows the team's edits. */
function heatRule(weights: GoogleAppsScript.Spreadsheet.Range): Rule {
  return SpreadsheetApp.newConditionalFormatRule()
    .setGradientMinpointWithValue(HEAT_FROM, SpreadsheetApp.InterpolationType.NUMBER, '0')
    .setGradientMaxpoint(HEAT_TO)
    .setRanges([weights])
    .build();
}

/** The A1 notation of a block's weights (B..Y of its 7 weekday rows), as weightsOf's range gives it. */
function weightsA1(blockRow: number): string {
  return `B${blockRow + 3}:Y${blockRow + 9}`;
}

/**
 * Sets the heatmap rules of the blocks starting at `blockRows` (0-based) in one call: the rules of
 * `current` other than those blocks' earlier heatmaps (the team's own rules, other platforms'
 * heatmaps) are kept, ahead of the new ones.
 */
function shadeBlocks(sheet: Sheet, blockRows: readonly number[], current: readonly Rule[]): void {
  const replaced = new Set(blockRows.map(weightsA1));
  const kept = current.filter((rule) => !rule.getRanges().some((range) => replaced.has(range.getA1Notation())));
  sheet.setConditionalFormatRules([...kept, ...blockRows.map((row) => heatRule(weightsOf(sheet, row)))]);
}

/** Bold for a block's platform name and its hours row (`r` is the row within the block). */
function fontWeightAt(r: number, c: number): 'bold' | 'normal' {
  return (r === 0 && c === 0) || r === 1 ? 'bold' : 'normal';
}

/** The 0-based rows where audienceToRows' blocks start (a block has its name, hours and at least one weekday). */
function blockStarts(rowCount: number): number[] {
  const starts: number[] = [];
  for (let top = 0; top + 2 < rowCount; top += AUDIENCE_BLOCK_ROWS) starts.push(top);
  return starts;
}

/**
 * Writes the audience grids to a new or empty Audience sheet (created when missing): one setValues over
 * every block, one setFontWeights for the labels, and one setConditionalFormatRules that shades each
 * block's weights like a heatmap (a gradient rule per block, so the shading follows the team's edits;
 * a sheet that was there keeps its other rules).
 */
export function writeAudience(workbook: Workbook, audience: readonly AudienceGrid[]): Sheet {
  const existing = workbook.spreadsheet.getSheetByName(SHEET_NAMES.audience);
  const sheet = existing ?? workbook.spreadsheet.insertSheet(SHEET_NAMES.audience);
  const rows = audienceToRows(audience, workbook.locale);
  if (rows.length === 0) return sheet;
  const range = sheet.getRange(1, 1, rows.length, AUDIENCE_COLUMNS);
  range.setValues(rows);
  range.setFontWeights(rows.map((row, i) => row.map((_, c) => fontWeightAt(i % AUDIENCE_BLOCK_ROWS, c))));
  shadeBlocks(sheet, blockStarts(rows.length), existing ? existing.getConditionalFormatRules() : []);
  return sheet;
}

/** Creates the Audience sheet pre-filled with the benchmark grids when it is missing; an existing one is kept. */
export function ensureAudienceSheet(workbook: Workbook): Sheet {
  return workbook.spreadsheet.getSheetByName(SHEET_NAMES.audience) ?? writeAudience(workbook, defaultAudience());
}

/**
 * Replaces the imported platforms' blocks on the Audience sheet and adds the new ones, leaving every
 * other cell (other platforms, the team's own notes and formulas) as it was: three reads (values,
 * formulas, the conditional format rules), then one setValues over the rows that change, then their
 * bold labels (the weights of the cells kept are read and written back) and their heatmap rules.
 * Nothing is cleared, so a failure at any call leaves the old sheet or the new one. When the sheet is
 * missing or empty, the benchmark grids are the starting point. Range getValues/getFormulas/
 * getFontWeights and their setters, and the sheet's conditional format rules, need
 * spreadsheets.currentonly (or spreadsheets): https://developers.google.com/apps-script/reference/spreadsheet/range
 */
export function importAudience(workbook: Workbook, imported: readonly AudienceGrid[]): void {
  const existing = workbook.spreadsheet.getSheetByName(SHEET_NAMES.audience);
  const data = existing && existing.getLastRow() > 0 ? existing.getDataRange() : null;
  if (!existing || !data) {
    writeAudience(workbook, mergeAudience(defaultAudience(), imported));
    return;
  }
  const plan = audienceImportPlan(data.getValues(), data.getFormulas(), imported, workbook.locale);
  const rules = existing.getConditionalFormatRules();
  const range = existing.getRange(plan.top + 1, 1, plan.values.length, AUDIENCE_COLUMNS);
  const weights = range.getFontWeights();
  range.setValues(plan.values);
  for (const block of plan.blocks) {
    const at = block.row - plan.top;
    for (let r = 0; r < AUDIENCE_BLOCK_ROWS - 1; r++) weights[at + r] = weights[at + r].map((_, c) => fontWeightAt(r, c));
  }
  range.setFontWeights(weights);
  shadeBlocks(existing, plan.blocks.map((block) => block.row), rules);
}
