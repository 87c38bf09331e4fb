/** Repeating posts: the Repeat column's rule (weekly on weekdays, monthly on a day, every N days; until a date or for a count; except dates) and its occurrence dates. */

import { addDays, dayNumber, daysBetween, weekdayOf } from './civil-date';

/** How a post repeats. */
export interface RepeatRule {
  kind: 'weekly' | 'monthly' | 'days';
  /** weekly: ISO weekdays 1 (Monday) … 7 (Sunday). */
  weekdays: number[];
  /** monthly: the day of the month (1–31; a shorter month uses its last day). */
  monthDay: number;
  /** days: every this many days. */
  every: number;
  /** The last date an occurrence may fall on (`yyyy-MM-dd`). */
  until?: string;
  /** How many posts in all, the first (the post itself) included. */
  count?: number;
  /** Dates skipped (their occurrence is cancelled, not re-created). */
  except: string[];
}

/** parseRepeat()'s result: the rule, or the catalogue key and values of what is wrong. */
export type ParsedRepeat = { ok: true; rule: RepeatRule } | { ok: false; key: string; value: string };

const WEEKDAYS: Record<string, number> = {
  mon: 1,
  monday: 1,
  pn: 1,
  pon: 1,
  poniedziałek: 1,
  tue: 2,
  tuesday: 2,
  wt: 2,
  wto: 2,
  wtorek: 2,
  wed: 3,
  wednesday: 3,
  śr: 3,
  sr: 3,
  śro: 3,
  środa: 3,
  thu: 4,
  thursday: 4,
  cz: 4,
  czw: 4,
  czwartek: 4,
  fri: 5,
  friday: 5,
  pt: 5,
  pią: 5,
  piątek: 5,
  sat: 6,
  saturday: 6,
  sob: 6,
  sobota: 6,
  sun: 7,
  sunday: 7,
  nd: 7,
  nie: 7,
  niedziela: 7,
};

const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/g;
/** An occurrence list never grows past this, whatever the rule says (a year of daily posts). */
export const MAX_OCCURRENCES = 366;

function validDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && dayNumber(date) !== null;
}

/**
 * Reads a Repeat cell. English or Polish, parts separated by `;` (or simply written one after another):
 * - `weekly on Mon, Thu` · `co tydzień: pon, czw`
 * - `monthly on day 15` · `co miesiąc, dnia 15`
 * - `every 10 days` · `co 10 dni`
 * - `until 2026-03-31` · `do 2026-03-31`; `6 times` · `6 razy`
 * - `except 2026-02-16, 2026-03-02` · `oprócz 2026-02-16`
 * Without `until` or a count the series runs to the horizon.
 */
export function parseRepeat(text: string): ParsedRepeat {
  const raw = text.trim().toLowerCase();
  if (!raw) return { ok: false, key: 'repeat.empty', value: '' };
  const except: string[] = [];
  let rest = raw.replace(
    /(?:except|oprócz|poza)\s*:?\s*((?:\d{4}-\d{2}-\d{2}[\s,;]*(?:and|i)?\s*)+)/g,
    (_m, dates: string) => {
      for (const d of dates.match(ISO_DATE) ?? []) except.push(d);
      return ' ';
    },
  );
  let until: string | undefined;
  rest = rest.replace(/(?:until|till|do)\s*:?\s*(\d{4}-\d{2}-\d{2})/g, (_m, d: string) => {
    until = d;
    return ' ';
  });
  let count: number | undefined;
  rest = rest.replace(/(?:for\s+)?(\d+)\s*(?:times|x|razy|raz)\b/g, (_m, n: string) => {
    count = Number(n);
    return ' ';
  });
  for (const d of [...except, ...(until ? [until] : [])])
    if (!validDate(d)) return { ok: false, key: 'repeat.badDate', value: d };
  if (count !== undefined && (count < 1 || count > MAX_OCCURRENCES))
    return { ok: false, key: 'repeat.badCount', value: String(count) };
  const base = { weekdays: [] as number[], monthDay: 0, every: 0, until, count, except };

  const days = /(?:every|co)\s+(\d+)\s*(?:days?|dni|dzień)/.exec(rest);
  if (days) {
    const every = Number(days[1]);
    if (every < 1 || every > 365) return { ok: false, key: 'repeat.badInterval', value: days[1] };
    return { ok: true, rule: { ...base, kind: 'days', every } };
  }
  if (/\b(?:daily|codziennie)\b/.test(rest)) return { ok: true, rule: { ...base, kind: 'days', every: 1 } };
  if (/(?:monthly|co miesiąc|miesięcznie)/.test(rest)) {
    const day = /(?:day|dnia|dzień)\s*(\d{1,2})|(\d{1,2})\s*(?:st|nd|rd|th|\.)/.exec(rest);
    const n = day ? Number(day[1] ?? day[2]) : NaN;
    if (!(n >= 1 && n <= 31)) return { ok: false, key: 'repeat.badMonthDay', value: text.trim() };
    return { ok: true, rule: { ...base, kind: 'monthly', monthDay: n } };
  }
  if (/(?:weekly|co tydzień|tygodniowo|every week)/.test(rest)) {
    const found = new Set<number>();
    for (const word of rest.split(/[^\p{L}]+/u)) if (WEEKDAYS[word]) found.add(WEEKDAYS[word]);
    if (found.size === 0) return { ok: false, key: 'repeat.noWeekday', value: text.trim() };
    return { ok: true, rule: { ...base, kind: 'weekly', weekdays: [...found].sort((a, b) => a - b) } };
  }
  return { ok: false, key: 'repeat.unknown', value: text.trim() };
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a date. */
function isoWeekday(date: string): number {
  return weekdayOf(date) + 1;
}

function monthDate(year: number, month: number, day: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/**
 * The dates after `start` (the post's own date, the first of the series) on which the rule puts a post, up
 * to `horizonEnd` (inclusive) and the rule's own end. The count includes the post itself; skipped dates
 * (`except`) still use up their place in the count, so skipping one never moves the others.
 * @param rule The parsed Repeat cell.
 * @param start The series' first date, `yyyy-MM-dd`.
 * @param horizonEnd The last date rows are created for (today + the Settings horizon).
 */
export function occurrenceDates(rule: RepeatRule, start: string, horizonEnd: string): string[] {
  const end = rule.until && rule.until < horizonEnd ? rule.until : horizonEnd;
  const limit = Math.min((rule.count ?? MAX_OCCURRENCES + 1) - 1, MAX_OCCURRENCES);
  const out: string[] = [];
  if (limit <= 0 || end <= start) return out;
  if (rule.kind === 'days') {
    for (let d = addDays(start, rule.every); d <= end && out.length < limit; d = addDays(d, rule.every)) out.push(d);
  } else if (rule.kind === 'weekly') {
    const span = daysBetween(start, end);
    for (let i = 1; i <= span && out.length < limit; i++) {
      const d = addDays(start, i);
      if (rule.weekdays.includes(isoWeekday(d))) out.push(d);
    }
  } else {
    let [year, month] = start.split('-').map(Number);
    for (;;) {
      month++;
      if (month > 12) {
        month = 1;
        year++;
      }
      const d = monthDate(year, month, rule.monthDay);
      if (d > end || out.length >= limit) break;
      out.push(d);
    }
  }
  return out;
}

/** An evergreen mark in the Repeat column: `evergreen 30` (Polish too), optionally `days`/`dni` after the number. */
const EVERGREEN = /^\s*evergreen\s*[:,]?\s*(\d+)?\s*(?:days?|dni)?\s*$/i;

/** Whether a Repeat cell marks the post evergreen (starts with the word), whatever follows. */
export function isEvergreen(text: string): boolean {
  return /^\s*evergreen\b/i.test(text);
}

/**
 * The cool-down of an evergreen post (`evergreen 30` → 30 days), or null when the cell is not a valid evergreen
 * mark (1–3,650 days).
 */
export function parseEvergreen(text: string): number | null {
  const m = EVERGREEN.exec(text);
  const days = m?.[1] ? Number(m[1]) : NaN;
  return days >= 1 && days <= 3650 ? days : null;
}

/** Whether a Repeat cell holds a repeat rule (not empty, not an evergreen mark, not an occurrence's series tag). */
export function isRepeatRule(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && !isEvergreen(trimmed) && !trimmed.startsWith('↻');
}
