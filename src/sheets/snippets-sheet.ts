/** The Snippets sheet: named texts (signatures, hashtag sets, legal lines) the post form inserts, read in one call. */

import type { Snippet } from '../shared/rpc-types';
import { normalizeHeader } from '../domain/header-map';
import { readGrid } from './read-grid';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheet's name and its two columns (found by header, any case; A and B when the header is missing). */
export const SNIPPETS_SHEET = 'Snippets';
const NAME_HEADER = 'Name';
const TEXT_HEADER = 'Text';
/** Snippets read: the sheet's first 26 columns (more belong to the team). */
const SNIPPETS_WIDTH = 26;
/** A Google Sheets cell holds at most 50,000 characters; a snippet is one cell. */
const MAX_SNIPPETS = 500;

/**
 * The snippets a Snippets grid holds (pure): one per row with both a name and a text, in sheet order, the
 * first of a repeated name kept. Columns are found by their Name and Text headers; without them, A and B
 * from row 1.
 */
export function parseSnippets(grid: readonly unknown[][]): Snippet[] {
  if (grid.length === 0) return [];
  const header = grid[0].map(normalizeHeader);
  const nameAt = header.indexOf(normalizeHeader(NAME_HEADER));
  const textAt = header.indexOf(normalizeHeader(TEXT_HEADER));
  const hasHeader = nameAt >= 0 && textAt >= 0;
  const [nameColumn, textColumn] = hasHeader ? [nameAt, textAt] : [0, 1];
  const seen = new Set<string>();
  const snippets: Snippet[] = [];
  for (const row of grid.slice(hasHeader ? 1 : 0)) {
    const name = String(row[nameColumn] ?? '').trim();
    const text = String(row[textColumn] ?? '').replace(/\r\n?/g, '\n');
    if (!name || !text.trim() || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    snippets.push({ name, text });
    if (snippets.length >= MAX_SNIPPETS) break;
  }
  return snippets;
}

/**
 * Reads the Snippets sheet: two Spreadsheet calls (getLastRow, one getValues over the used rows, see
 * read-grid.ts), none when the sheet does not exist (no snippets). Never writes.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetByName(String)
 */
export function readSnippets(spreadsheet: Spreadsheet): Snippet[] {
  const sheet = spreadsheet.getSheetByName(SNIPPETS_SHEET);
  return sheet ? parseSnippets(readGrid(sheet, SNIPPETS_WIDTH)) : [];
}

/** The examples a new Snippets sheet starts with (a signature and a hashtag set), to be edited. */
export const EXAMPLE_SNIPPETS: readonly Snippet[] = [
  { name: 'Signature', text: '— The team' },
  { name: 'Hashtag set: launch', text: '#ProductLaunch #NewFeature' },
];

/**
 * Creates the Snippets sheet with its header and two examples when the spreadsheet has none; a sheet of
 * that name is never changed. One call when it exists; otherwise insertSheet and two writes.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)
 */
export function ensureSnippetsSheet(spreadsheet: Spreadsheet): void {
  if (spreadsheet.getSheetByName(SNIPPETS_SHEET)) return;
  const sheet = spreadsheet.insertSheet(SNIPPETS_SHEET);
  const rows = [[NAME_HEADER, TEXT_HEADER], ...EXAMPLE_SNIPPETS.map((s) => [s.name, s.text])];
  sheet.getRange(1, 1, rows.length, 2).setValues(rows);
  sheet.getRange(1, 1, 1, 2).setFontWeight('bold');
  sheet.setFrozenRows(1);
}
