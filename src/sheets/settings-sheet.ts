/** The Settings sheet: the editable lists behind the dropdowns (platforms, formats, statuses) and key/value settings. */

import { FORMATS, PLATFORMS, STATUSES } from '../domain/post';
import { ensureCadenceBlock } from './cadence-settings';
import { ensurePillarBlock } from './pillar-settings';
import { normalizeHeader } from '../domain/header-map';
import { readGrid } from './read-grid';
import { SHEET_NAMES } from './sheet-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The list blocks, in their column order (A, B, C), with their built-in values. */
export const LIST_BLOCKS = [
  { header: 'Platforms', values: PLATFORMS as readonly string[] },
  { header: 'Formats', values: FORMATS as readonly string[] },
  { header: 'Statuses', values: STATUSES as readonly string[] },
] as const;

/** The key/value settings with their defaults and a note for the person editing them. */
export const DEFAULT_SETTINGS: ReadonlyArray<{ key: string; value: string; note: string }> = [
  {
    key: 'After an approved post changes',
    value: 'Back to In review',
    note: 'Back to In review, or Flag only (keeps the status, the Checks column says what changed).',
  },
  { key: 'Longest gap (days)', value: '4', note: 'Check all posts reports gaps longer than this on a platform with a cadence target.' },
  {
    key: 'UTM template',
    value: 'utm_source={platform}&utm_medium=social&utm_campaign={campaign}&utm_content={id}',
    note: 'Added to links by exports and the form; parameters a link already has are kept.',
  },
  { key: 'Stakeholder emails', value: '', note: 'Comma-separated emails the stakeholder view is shared with.' },
  {
    key: 'Stakeholder role',
    value: 'commenter',
    note: 'commenter, viewer, or decide (they answer in their own Decision columns).',
  },
  {
    key: 'Stakeholder columns',
    value: 'Date, Time, Platform, Format, Title, Caption, Hashtags, Link, Media, Status',
    note: 'Calendar columns the stakeholder view shows. Notes and internal columns are never shared.',
  },
  {
    key: 'Stakeholder statuses',
    value: 'In review, Needs changes, Approved, Scheduled, Published',
    note: 'Only posts with these statuses are published to stakeholders.',
  },
  {
    key: 'Repeat horizon (days)',
    value: '60',
    note: 'Update repeating posts creates occurrences this many days ahead (1–366).',
  },
  {
    key: 'Pillar mix tolerance (points)',
    value: '15',
    note: 'Check all posts reports weeks where a pillar\'s share is further than this from its target share (columns O–P).',
  },
  {
    key: 'Stakeholder decision statuses',
    value: 'In review',
    note: 'Posts that take stakeholder decisions.',
  },
  { key: 'Stakeholder approvals needed', value: 'any one', note: 'any one, or all.' },
  { key: 'Email stakeholders on publish', value: 'no', note: 'yes or no.' },
  { key: 'Email post owners about decisions', value: 'no', note: 'yes or no.' },
  { key: 'Email mentioned people', value: 'no', note: 'yes or no.' },
  { key: 'Daily digest to', value: '', note: 'Emails (see Schedule daily digest).' },
  { key: 'Email languages', value: '', note: 'e.g. anna@example.com=pl' },
];

const SETTING_HEADER = 'Setting';
const VALUE_HEADER = 'Value';
const NOTE_HEADER = 'About';
/** The Settings sheet's blocks end at column M (lists A–C, settings E–G, cadence I–M). */
export const SETTINGS_WIDTH = 13;
/**
 * The width that also holds the pillar block (O–P, pillar-settings.ts). Only setup, Check all posts and the
 * form read this far: every edit's read stays A–M (every cell a call covers costs time).
 */
export const SETTINGS_WITH_PILLARS_WIDTH = 16;

/** The key/value block starts in column E, after the three lists and a spacer column. */
const SETTINGS_FIRST_COLUMN = 5;

/** Everything the Settings sheet says, read in one call. */
export interface Settings {
  platforms: string[];
  formats: string[];
  statuses: string[];
  /** Key/value settings by lower-cased key. */
  values: Record<string, string>;
  /** The sheet's whole grid, for blocks other modules own (cadence). */
  grid: unknown[][];
}

function columnValues(grid: unknown[][], column: number): string[] {
  const out: string[] = [];
  for (let row = 1; row < grid.length; row++) {
    const value = String(grid[row][column] ?? '').trim();
    if (value !== '') out.push(value);
  }
  return out;
}

/** Parses the Settings grid (pure): lists by header name, falling back to the built-ins when a list is missing or empty. */
export function parseSettings(grid: unknown[][]): Settings {
  const header = (grid[0] ?? []).map(normalizeHeader);
  const list = (name: string, fallback: readonly string[]) => {
    const index = header.indexOf(normalizeHeader(name));
    const values = index >= 0 ? columnValues(grid, index) : [];
    return values.length > 0 ? values : [...fallback];
  };
  const values: Record<string, string> = {};
  for (const { key, value } of DEFAULT_SETTINGS) values[key.toLowerCase()] = value;
  const keyColumn = header.indexOf(normalizeHeader(SETTING_HEADER));
  const valueColumn = header.indexOf(normalizeHeader(VALUE_HEADER));
  if (keyColumn >= 0 && valueColumn >= 0) {
    for (let row = 1; row < grid.length; row++) {
      const key = String(grid[row][keyColumn] ?? '').trim().toLowerCase();
      if (key) values[key] = String(grid[row][valueColumn] ?? '').trim();
    }
  }
  return {
    platforms: list('Platforms', PLATFORMS),
    formats: list('Formats', FORMATS),
    statuses: list('Statuses', STATUSES),
    values,
    grid,
  };
}

/**
 * Reads the Settings sheet in one call; built-in lists when the sheet does not exist.
 * @param columns How many columns to read: SETTINGS_WIDTH, or SETTINGS_WITH_PILLARS_WIDTH to see the pillars.
 */
export function readSettings(spreadsheet: Spreadsheet, columns = SETTINGS_WIDTH): Settings {
  const sheet = spreadsheet.getSheetByName(SHEET_NAMES.settings);
  return parseSettings(sheet ? readGrid(sheet, columns) : []);
}

/**
 * Creates the Settings sheet, or adds the blocks it lacks, never changing a value a team typed.
 * Returns the sheet. One read and at most one write per missing block.
 */
export function ensureSettingsSheet(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  return ensureSettings(spreadsheet).sheet;
}

/**
 * ensureSettingsSheet, also returning the sheet's grid as it is now: the grid read before the blocks
 * were added when none was (an upgrade: one read in all), read again when a block was written.
 */
export function ensureSettings(spreadsheet: Spreadsheet): { sheet: GoogleAppsScript.Spreadsheet.Sheet; grid: unknown[][] } {
  const sheet = spreadsheet.getSheetByName(SHEET_NAMES.settings) ?? spreadsheet.insertSheet(SHEET_NAMES.settings);
  const grid = readGrid(sheet, SETTINGS_WITH_PILLARS_WIDTH);
  const header = (grid[0] ?? []).map(normalizeHeader);
  const isEmpty = grid.length <= 1 && header.every((cell) => cell === '');
  let wrote = false;
  LIST_BLOCKS.forEach((block, index) => {
    const at = header.indexOf(normalizeHeader(block.header));
    if (at >= 0 && columnValues(grid, at).length > 0) return;
    const column = at >= 0 ? at + 1 : index + 1;
    if (at < 0 && !isEmpty && header[column - 1]) return; // that column holds something of the team's
    const values = [[block.header], ...block.values.map((value) => [value])];
    sheet.getRange(1, column, values.length, 1).setValues(values);
    wrote = true;
  });
  if (header.indexOf(normalizeHeader(SETTING_HEADER)) < 0 && (isEmpty || !header[SETTINGS_FIRST_COLUMN - 1])) {
    const values = [
      [SETTING_HEADER, VALUE_HEADER, NOTE_HEADER],
      ...DEFAULT_SETTINGS.map(({ key, value, note }) => [key, value.startsWith('=') ? `'${value}` : value, note]),
    ];
    sheet.getRange(1, SETTINGS_FIRST_COLUMN, values.length, 3).setValues(values);
    wrote = true;
  }
  if (isEmpty) {
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, SETTINGS_FIRST_COLUMN + 2).setFontWeight('bold');
  }
  if (ensureCadenceBlock(sheet, grid)) wrote = true;
  if (ensurePillarBlock(sheet, grid)) wrote = true;
  return { sheet, grid: wrote ? readGrid(sheet, SETTINGS_WITH_PILLARS_WIDTH) : grid };
}

/** A-notation of the column that holds a list in the Settings sheet, for dropdown validation ranges. */
export function listColumnIndex(grid: unknown[][], name: string): number {
  const header = (grid[0] ?? []).map(normalizeHeader);
  const at = header.indexOf(normalizeHeader(name));
  return at >= 0 ? at + 1 : LIST_BLOCKS.findIndex((block) => block.header === name) + 1;
}
