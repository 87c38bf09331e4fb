/** The Audience sheet: one block per platform (a name row, an hours row, seven weekday rows), read and written. */

import { textForCell } from '../cell-text';
import { PLATFORMS } from '../post';
import type { AudienceGrid } from './audience-defaults';
import { defaultAudienceGrid, round2 } from './audience-defaults';
import type { RowProblem } from './cell-values';
import { cellToNumber, cellToText } from './cell-values';
import type { GridMerge } from './sheet-grid';
import { pm, pmList } from './planning-messages';

/** Rows per platform block: name, hours header, 7 weekdays, one blank separator. */
export const AUDIENCE_BLOCK_ROWS = 10;
/** Columns: the weekday label, then hours 0–23. */
export const AUDIENCE_COLUMNS = 25;

const WEEKDAY_WORDS: readonly (readonly string[])[] = [
  ['monday', 'mon', 'mo', 'poniedziałek', 'poniedzialek', 'pon', 'pn'],
  ['tuesday', 'tue', 'tues', 'tu', 'wtorek', 'wt'],
  ['wednesday', 'wed', 'we', 'środa', 'sroda', 'śr', 'sr'],
  ['thursday', 'thu', 'thur', 'thurs', 'th', 'czwartek', 'czw', 'cz'],
  ['friday', 'fri', 'fr', 'piątek', 'piatek', 'pt', 'pią', 'pia'],
  ['saturday', 'sat', 'sa', 'sobota', 'sob', 'so'],
  ['sunday', 'sun', 'su', 'niedziela', 'niedz', 'nd', 'nie'],
];
const WEEKDAY_HEADER_WORDS = ['weekday', 'day', 'dzień tygodnia', 'dzien tygodnia', 'dzień', 'dzien'];

/**
 * A weekday from a name (English or Polish, long or short, any case, trailing dot allowed) or a
 * number 0–6 with Monday = 0. Returns the Monday-first index, or null.
 * @param value A cell or CSV value.
 */
export function parseWeekday(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= 6 ? value : null;
  const text = cellToText(value).toLowerCase().replace(/\.$/, '');
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n <= 6 ? n : null;
  }
  const index = WEEKDAY_WORDS.findIndex((words) => words.includes(text));
  return index >= 0 ? index : null;
}

/**
 * A platform name spelled as the built-in list spells it (matched ignoring case), else trimmed.
 * @param name The name as typed.
 */
export function canonicalPlatform(name: string): string {
  const trimmed = name.trim();
  return PLATFORMS.find((p) => p.toLowerCase() === trimmed.toLowerCase()) ?? trimmed;
}

/**
 * The Audience sheet's values, one block per platform: the platform name and its source; a header row
 * `Weekday, 0, 1, … 23`; seven rows Monday … Sunday with a weight per hour; a blank row. Every row has
 * AUDIENCE_COLUMNS cells, so the whole sheet is one setValues call. A person edits weights in place
 * (any number ≥ 0; only their relative size matters), and the CSV import writes the same layout.
 * @param audience The grids, in the order to show them.
 * @param locale A Sheets locale (weekday names and labels).
 */
export function audienceToRows(audience: readonly AudienceGrid[], locale = 'en'): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const pad = (cells: (string | number)[]) => [...cells, ...Array<string>(AUDIENCE_COLUMNS - cells.length).fill('')];
  const names = pmList(locale, 'planning.weekdays.long');
  for (const grid of audience) {
    // The platform name and source come from someone else's file: guarded, so they stay text (never a formula).
    rows.push(pad([textForCell(grid.platform), textForCell(pm(locale, 'planning.audience.source', { source: grid.source }))]));
    rows.push(pad([pm(locale, 'planning.audience.weekday'), ...Array.from({ length: 24 }, (_, h) => h)]));
    for (let day = 0; day < 7; day++) rows.push(pad([capitalise(names[day]), ...grid.weights[day].map(round2)]));
    rows.push(pad([]));
  }
  return rows;
}

/**
 * Where each platform's 7 × 24 weights sit in audienceToRows' output (0-based), for a colour-scale
 * conditional format that turns each block into a heatmap.
 * @param audience The same grids passed to audienceToRows.
 */
export function audienceHeatmapRanges(audience: readonly AudienceGrid[]): Array<GridMerge & { platform: string }> {
  return audience.map((grid, i) => ({
    platform: grid.platform,
    row: i * AUDIENCE_BLOCK_ROWS + 2,
    column: 1,
    numRows: 7,
    numColumns: 24,
  }));
}

/**
 * Reads the Audience sheet back. A block starts at a row whose first cell names a platform and whose
 * next row starts with "Weekday" (or "Dzień tygodnia") followed by the hours 0–23. Then come up to seven
 * weekday rows in any order. Empty cells count as 0; bad cells count as 0 and are reported. Each grid is
 * scaled so its busiest hour is 1 (only relative activity matters).
 * @param rows The sheet's values.
 * @param options `locale` for messages.
 */
export function rowsToAudience(
  rows: readonly (readonly unknown[])[],
  options: { locale?: string } = {},
): { audience: AudienceGrid[]; problems: RowProblem[] } {
  const locale = options.locale ?? 'en';
  const audience: AudienceGrid[] = [];
  const problems: RowProblem[] = [];
  for (let r = 0; r + 1 < rows.length; r++) {
    const platform = cellToText(rows[r][0]);
    const hoursRow = rows[r + 1];
    if (!platform || !WEEKDAY_HEADER_WORDS.includes(cellToText(hoursRow[0]).toLowerCase())) continue;
    const hourColumns = readHourColumns(hoursRow);
    if (!hourColumns) {
      problems.push({
        row: r + 2,
        column: '',
        message: pm(locale, 'planning.audience.badHeader', { row: r + 2, platform }),
      });
      continue;
    }
    const weights = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
    const found = new Set<number>();
    let w = r + 2;
    for (; w < rows.length && w < r + 2 + 7; w++) {
      const label = rows[w][0];
      if (cellToText(label) === '') break;
      const day = parseWeekday(label);
      if (day === null) {
        problems.push({
          row: w + 1,
          column: '',
          message: pm(locale, 'planning.audience.badWeekday', { row: w + 1, value: cellToText(label) }),
        });
        continue;
      }
      found.add(day);
      for (let hour = 0; hour < 24; hour++) {
        const raw = rows[w][hourColumns[hour]];
        const value = cellToNumber(raw);
        if (value === null) continue;
        if (Number.isFinite(value) && value >= 0) weights[day][hour] = value;
        else
          problems.push({
            row: w + 1,
            column: String(hour),
            message: pm(locale, 'planning.audience.badValue', { row: w + 1, hour, value: cellToText(raw) }),
          });
      }
    }
    const names = pmList(locale, 'planning.weekdays.long');
    for (let day = 0; day < 7; day++) {
      if (!found.has(day)) {
        problems.push({
          row: r + 1,
          column: '',
          message: pm(locale, 'planning.audience.missingWeekday', { platform, weekday: names[day] }),
        });
      }
    }
    const source = cellToText(rows[r][1]).replace(/^(source|źródło):\s*/i, '');
    audience.push({ platform: canonicalPlatform(platform), weights: normalise(weights), source });
    r = w - 1;
  }
  if (audience.length === 0) problems.push({ row: 1, column: '', message: pm(locale, 'planning.audience.noBlocks') });
  return { audience, problems };
}

/**
 * Where the platform blocks stand (0-based first row, and how many rows: name, hours and the weekday
 * rows found, at most nine), found the way rowsToAudience finds them.
 * @param rows The sheet's values.
 */
export function findAudienceBlocks(rows: readonly (readonly unknown[])[]): Array<{ platform: string; row: number; rows: number }> {
  const blocks: Array<{ platform: string; row: number; rows: number }> = [];
  for (let r = 0; r + 1 < rows.length; r++) {
    const platform = cellToText(rows[r][0]);
    if (!platform || !WEEKDAY_HEADER_WORDS.includes(cellToText(rows[r + 1][0]).toLowerCase())) continue;
    if (!readHourColumns(rows[r + 1])) continue;
    let w = r + 2;
    while (w < rows.length && w < r + 9 && cellToText(rows[w][0]) !== '') w++;
    blocks.push({ platform: canonicalPlatform(platform), row: r, rows: w - r });
    r = w - 1;
  }
  return blocks;
}

/** The column of each hour 0–23 in an hours row, or null when some hour is missing. */
function readHourColumns(row: readonly unknown[]): number[] | null {
  const columns = Array<number>(24).fill(-1);
  for (let c = 1; c < row.length; c++) {
    const text = cellToText(row[c]).replace(/:00$/, '');
    if (!/^\d{1,2}$/.test(text)) continue;
    const hour = Number(text);
    if (hour <= 23 && columns[hour] < 0) columns[hour] = c;
  }
  return columns.every((c) => c >= 0) ? columns : null;
}

/**
 * Scales a 7 × 24 grid so its largest value is 1 (an all-zero grid stays zero), rounded to 2 decimals.
 * @param weights Non-negative values.
 */
export function normalise(weights: readonly (readonly number[])[]): number[][] {
  const max = Math.max(0, ...weights.map((row) => Math.max(...row)));
  return weights.map((row) => row.map((v) => (max > 0 ? round2(v / max) : 0)));
}

/**
 * The grid for a platform: the team's (matched ignoring case) or else the platform's benchmark default.
 * @param audience The team's grids (from the Audience sheet).
 * @param platform The platform.
 */
export function audienceGridFor(audience: readonly AudienceGrid[], platform: string): AudienceGrid {
  const key = platform.trim().toLowerCase();
  return audience.find((g) => g.platform.toLowerCase() === key) ?? defaultAudienceGrid(platform);
}

/**
 * The audience after an import: imported platforms replace theirs, the others stay, in the existing order.
 * @param existing The current grids.
 * @param imported The grids from parseAudienceCsv.
 */
export function mergeAudience(existing: readonly AudienceGrid[], imported: readonly AudienceGrid[]): AudienceGrid[] {
  const byKey = new Map(imported.map((g) => [g.platform.toLowerCase(), g]));
  const merged = existing.map((g) => byKey.get(g.platform.toLowerCase()) ?? g);
  const present = new Set(existing.map((g) => g.platform.toLowerCase()));
  return [...merged, ...imported.filter((g) => !present.has(g.platform.toLowerCase()))];
}

/** Upper-cases the first letter. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
