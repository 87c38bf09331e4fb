/** Imports the team's own audience activity from a CSV (platform, weekday, hour, value) into Audience grids. */

import type { AudienceGrid } from './audience-defaults';
import { canonicalPlatform, normalise, parseWeekday } from './audience-sheet';
import { pm } from './planning-messages';

/** A problem with one line of the CSV (1-based line number in the file). */
export interface CsvProblem {
  line: number;
  message: string;
}

/**
 * The documented CSV layout, for the import dialog and the README.
 * A header row naming the columns (any order, any case): platform, weekday, hour, value.
 * - platform: a platform name, e.g. Instagram.
 * - weekday: Monday … Sunday, Mon … Sun (English or Polish names), or a number 0–6 where 0 = Monday.
 * - hour: 0–23 in the audience's local time (`9`, `09` or `09:00`; minutes are dropped).
 * - value: any number ≥ 0 (followers online, impressions, engagement …); only relative size matters.
 * Rows for the same platform, weekday and hour add up; missing hours count as 0. Commas or semicolons
 * separate values (with semicolons, decimal commas are fine); quotes follow RFC 4180.
 */
export const AUDIENCE_CSV_EXAMPLE =
  'platform,weekday,hour,value\nInstagram,Monday,9,120\nInstagram,Tue,10,340\nLinkedIn,2,8,55\n';

const HEADER_NAMES: Record<'platform' | 'weekday' | 'hour' | 'value', readonly string[]> = {
  platform: ['platform', 'network', 'platforma'],
  weekday: ['weekday', 'day', 'day of week', 'dzień', 'dzień tygodnia'],
  hour: ['hour', 'godzina'],
  value: ['value', 'weight', 'activity', 'count', 'wartość', 'waga'],
};

/**
 * Parses the audience CSV. Each platform in the file gets a full grid scaled so its busiest hour is 1;
 * platforms not in the file are untouched (see mergeAudience). Bad lines are skipped and reported.
 * @param text The file's text.
 * @param options `locale` for messages; `source` labels the grids (e.g. "Your analytics, imported 2026-03-01").
 */
export function parseAudienceCsv(
  text: string,
  options: { locale?: string; source?: string } = {},
): { audience: AudienceGrid[]; problems: CsvProblem[] } {
  const locale = options.locale ?? 'en';
  const source = options.source ?? 'Your own analytics (CSV import)';
  const { records, problem } = splitCsv(text.replace(/^\uFEFF/, ''));
  const problems: CsvProblem[] = problem
    ? [{ line: problem, message: pm(locale, 'planning.csv.unclosedQuote', { line: problem }) }]
    : [];
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0)
    return { audience: [], problems: [...problems, { line: 1, message: pm(locale, 'planning.csv.empty') }] };
  const [header, ...data] = nonEmpty;
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const col = {} as Record<keyof typeof HEADER_NAMES, number>;
  for (const key of Object.keys(HEADER_NAMES) as (keyof typeof HEADER_NAMES)[]) {
    col[key] = names.findIndex((n) => HEADER_NAMES[key].includes(n));
  }
  if (Object.values(col).some((c) => c < 0)) {
    return {
      audience: [],
      problems: [
        ...problems,
        { line: header.line, message: pm(locale, 'planning.csv.noHeader', { value: header.cells.join(',') }) },
      ],
    };
  }
  const sums = new Map<string, { platform: string; weights: number[][] }>();
  for (const { line, cells } of data) {
    if (cells.length < 4) {
      problems.push({ line, message: pm(locale, 'planning.csv.badColumns', { line, count: cells.length }) });
      continue;
    }
    const platform = canonicalPlatform(cells[col.platform] ?? '');
    const weekday = parseWeekday(cells[col.weekday] ?? '');
    const hour = parseHour(cells[col.hour] ?? '');
    const value = parseValue(cells[col.value] ?? '');
    const bad = !platform
      ? pm(locale, 'planning.csv.badPlatform', { line })
      : weekday === null
        ? pm(locale, 'planning.csv.badWeekday', { line, value: cells[col.weekday].trim() })
        : hour === null
          ? pm(locale, 'planning.csv.badHour', { line, value: cells[col.hour].trim() })
          : value === null
            ? pm(locale, 'planning.csv.badValue', { line, value: cells[col.value].trim() })
            : '';
    if (bad || weekday === null || hour === null || value === null) {
      problems.push({ line, message: bad });
      continue;
    }
    const key = platform.toLowerCase();
    let entry = sums.get(key);
    if (!entry)
      sums.set(key, (entry = { platform, weights: Array.from({ length: 7 }, () => Array<number>(24).fill(0)) }));
    entry.weights[weekday][hour] += value;
  }
  const audience = Array.from(sums.values()).map((e) => ({
    platform: e.platform,
    weights: normalise(e.weights),
    source,
  }));
  return { audience, problems };
}

/** An hour 0–23 from `9`, `09`, `09:00` or `9:30` (minutes dropped), else null. */
function parseHour(text: string): number | null {
  const match = /^(\d{1,2})(?::\d{2})?$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  return hour <= 23 ? hour : null;
}

/** A number ≥ 0 (decimal dot or comma, spaces ignored), else null. */
function parseValue(text: string): number | null {
  const clean = text.trim().replace(/\s/g, '');
  if (!/^\+?(\d+([.,]\d*)?|[.,]\d+)$/.test(clean)) return null;
  return Number(clean.replace(',', '.'));
}

/**
 * Splits CSV text into records with their starting line numbers. The delimiter is `;` when the first
 * line has semicolons and no commas, else `,`. `problem` is the line of an unclosed quote, if any.
 */
function splitCsv(text: string): { records: Array<{ line: number; cells: string[] }>; problem: number | null } {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return { records, problem: quoted ? quoteLine : null };
}
