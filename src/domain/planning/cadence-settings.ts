/** Posting cadence targets per platform (posts a week, daily limit, longest gap) and their editable settings table. */

import type { RowProblem } from './cell-values';
import { cellToNumber, cellToText, findHeader } from './cell-values';
import { pm } from './planning-messages';

/** One platform's cadence. A 0 turns that check off for the platform. */
export interface CadenceTarget {
  platform: string;
  /** Posts planned per ISO week (Monday–Sunday) at least. */
  perWeek: number;
  /** Posts on one day at most. */
  dailyCap: number;
  /** Days in a row with nothing planned at most. */
  maxGapDays: number;
  /** Where the default comes from, with its confidence mark (V/S/U, see platform-rules.md). */
  source: string;
}

const COMMON = 'Common practice for small teams, no study (U)';

/**
 * Starting targets for a new calendar. platform-rules.md has no posting-frequency study, so these are
 * conservative planning defaults meant to be edited (U), except where noted: the Instagram and
 * LinkedIn weekly targets are issue #8's own examples; Google Business Profile posts stay prominent
 * about 7 days (platform-rules.md §5, S). Daily limits sit far below the hard API caps (e.g. Instagram's
 * 50 posts / 24 h, §1.1, S): they guard the audience's feed, not the API.
 */
export const DEFAULT_CADENCE: readonly CadenceTarget[] = [
  { platform: 'X', perWeek: 5, dailyCap: 5, maxGapDays: 3, source: COMMON },
  { platform: 'Instagram', perWeek: 4, dailyCap: 2, maxGapDays: 4, source: 'A usual starting point for small teams: 4 a week; no study (U)' },
  { platform: 'Facebook', perWeek: 3, dailyCap: 2, maxGapDays: 4, source: COMMON },
  { platform: 'LinkedIn', perWeek: 2, dailyCap: 1, maxGapDays: 7, source: 'A usual starting point for small teams: 2 a week; no study (U)' },
  { platform: 'TikTok', perWeek: 3, dailyCap: 3, maxGapDays: 4, source: COMMON },
  { platform: 'Pinterest', perWeek: 5, dailyCap: 5, maxGapDays: 4, source: COMMON },
  { platform: 'YouTube', perWeek: 1, dailyCap: 1, maxGapDays: 10, source: COMMON },
  { platform: 'Threads', perWeek: 3, dailyCap: 3, maxGapDays: 4, source: COMMON },
  { platform: 'Bluesky', perWeek: 3, dailyCap: 5, maxGapDays: 4, source: COMMON },
  { platform: 'Mastodon', perWeek: 3, dailyCap: 5, maxGapDays: 4, source: COMMON },
  {
    platform: 'Google Business Profile',
    perWeek: 1,
    dailyCap: 1,
    maxGapDays: 7,
    source: 'Google Business Profile posts stay prominent about 7 days, so one a week (S)',
  },
];

/** The cadence table's header, in column order. */
export const CADENCE_COLUMNS = ['Platform', 'Posts per week', 'Daily limit', 'Longest gap (days)', 'Source'] as const;

const HEADER_NAMES = {
  platform: ['Platform', 'Platforma'],
  perWeek: ['Posts per week', 'Per week', 'Weekly target', 'Posty tygodniowo', 'Tygodniowo'],
  dailyCap: ['Daily limit', 'Daily cap', 'Max per day', 'Limit dzienny', 'Dziennie'],
  maxGapDays: [
    'Longest gap (days)',
    'Longest gap',
    'Max gap days',
    'Max gap',
    'Najdłuższa przerwa (dni)',
    'Najdłuższa przerwa',
  ],
  source: ['Source', 'Źródło'],
} as const;

const LIMITS = { perWeek: 100, dailyCap: 50, maxGapDays: 365 } as const;

/**
 * The cadence as rows for the settings table, header first (CADENCE_COLUMNS).
 * @param cadence The targets.
 */
export function cadenceToRows(cadence: readonly CadenceTarget[]): (string | number)[][] {
  return [[...CADENCE_COLUMNS], ...cadence.map((c) => [c.platform, c.perWeek, c.dailyCap, c.maxGapDays, c.source])];
}

/**
 * Reads the cadence settings table (header found by name, English or Polish). An empty number cell
 * means "no check" (0). A bad number is reported and that value falls back to 0 so the rest still works.
 * @param rows The table's values, from its first row (sheet row 1 unless `firstRow` says otherwise).
 * @param options `locale` for messages; `firstRow` is the sheet row of `rows[0]`.
 */
export function rowsToCadence(
  rows: readonly (readonly unknown[])[],
  options: { locale?: string; firstRow?: number } = {},
): { cadence: CadenceTarget[]; problems: RowProblem[] } {
  const locale = options.locale ?? 'en';
  const firstRow = options.firstRow ?? 1;
  const header = findHeader(rows, HEADER_NAMES, ['platform', 'perWeek']);
  if (!header)
    return { cadence: [], problems: [{ row: firstRow, column: '', message: pm(locale, 'planning.cadence.noHeader') }] };
  const { columns, headerIndex } = header;
  const cadence: CadenceTarget[] = [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r];
    const sheetRow = firstRow + r;
    const platform = cellToText(row[columns.platform]);
    const numbers = {} as Record<keyof typeof LIMITS, number>;
    let anyNumber = false;
    for (const field of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
      const raw = columns[field] >= 0 ? row[columns[field]] : '';
      const value = cellToNumber(raw);
      if (value !== null) anyNumber = true;
      if (value === null) numbers[field] = 0;
      else if (Number.isInteger(value) && value >= 0 && value <= LIMITS[field]) numbers[field] = value;
      else {
        numbers[field] = 0;
        const column = CADENCE_COLUMNS[(['perWeek', 'dailyCap', 'maxGapDays'] as const).indexOf(field) + 1];
        problems.push({
          row: sheetRow,
          column,
          message: pm(locale, 'planning.cadence.badNumber', {
            row: sheetRow,
            value: cellToText(raw),
            column,
            max: LIMITS[field],
          }),
        });
      }
    }
    if (!platform) {
      if (anyNumber)
        problems.push({
          row: sheetRow,
          column: 'Platform',
          message: pm(locale, 'planning.cadence.noPlatform', { row: sheetRow }),
        });
      continue;
    }
    const key = platform.toLowerCase();
    if (seen.has(key)) {
      problems.push({
        row: sheetRow,
        column: 'Platform',
        message: pm(locale, 'planning.cadence.duplicate', { row: sheetRow, platform }),
      });
      continue;
    }
    seen.add(key);
    cadence.push({ platform, ...numbers, source: columns.source >= 0 ? cellToText(row[columns.source]) : '' });
  }
  return { cadence, problems };
}
