/** Cadence findings: weeks under a platform's target, gaps longer than allowed, days over a platform's daily limit. */

import type { Post } from '../post';
import type { Severity } from '../check-types';
import { addDays, daysBetween, weekStart } from './civil-date';
import type { CadenceTarget } from './cadence-settings';
import { placePost } from './post-placement';
import { countPhrase, longDate, pm } from './planning-messages';

export type CadenceCode = 'week-under-target' | 'gap-too-long' | 'day-over-cap';

/** One cadence finding, for Check all posts' report. */
export interface CadenceIssue {
  severity: Severity;
  code: CadenceCode;
  platform: string;
  /** The Monday of the week (week-under-target). */
  week?: string;
  /** The day (day-over-cap), or the first empty day (gap-too-long). */
  date?: string;
  /** The last empty day (gap-too-long). */
  endDate?: string;
  /** A complete sentence saying what to do. */
  message: string;
  /** The posts concerned: the week's or day's posts, or the posts either side of a gap. */
  postIds: string[];
}

/** Options for findCadenceProblems. */
export interface CadenceOptions {
  /** The spreadsheet's zone: days and weeks are its days and weeks. */
  timeZone: string;
  /** Today in that zone (`yyyy-MM-dd`). */
  today: string;
  /** First day to check (default today); widened to its Monday. */
  from?: string;
  /** Last day to check (default four weeks from `from`); widened to its Sunday. */
  to?: string;
  /** Also report weeks and days before today (default false: the past cannot be planned any more). */
  includePast?: boolean;
  /** The platforms to check (default: those with at least one post that is not cancelled). */
  platforms?: readonly string[];
  locale?: string;
}

/**
 * Checks the plan against each platform's cadence. Counted posts: those with a valid date whose status
 * is not Cancelled (ideas with a date count: they hold the slot). Days and weeks (Monday–Sunday) are the
 * spreadsheet's, after converting each post's time from its own zone. A platform with no live post at
 * all is not checked unless listed in `platforms`, so unused platforms do not flood the report.
 * @param posts All posts.
 * @param cadence The targets per platform (matched ignoring case).
 * @param options Period, zone, today, locale.
 */
export function findCadenceProblems(
  posts: readonly Post[],
  cadence: readonly CadenceTarget[],
  options: CadenceOptions,
): CadenceIssue[] {
  const locale = options.locale ?? 'en';
  const { today } = options;
  const from = weekStart(options.from ?? today);
  const to = addDays(weekStart(options.to ?? addDays(from, 27)), 6);
  const checkFrom = options.includePast || from > today ? from : today;

  // Live posts by platform (lower case) → date → post IDs.
  const byPlatform = new Map<string, Map<string, string[]>>();
  for (const post of posts) {
    const placed = placePost(post, options.timeZone);
    if (!placed || placed.status === 'Cancelled') continue;
    const key = post.platform.trim().toLowerCase();
    if (!key) continue;
    let dates = byPlatform.get(key);
    if (!dates) byPlatform.set(key, (dates = new Map()));
    const ids = dates.get(placed.date);
    if (ids) ids.push(post.id);
    else dates.set(placed.date, [post.id]);
  }
  const wanted = options.platforms ? new Set(options.platforms.map((p) => p.trim().toLowerCase())) : null;

  const issues: CadenceIssue[] = [];
  for (const target of cadence) {
    const key = target.platform.trim().toLowerCase();
    const dates = byPlatform.get(key) ?? new Map<string, string[]>();
    if (wanted ? !wanted.has(key) : dates.size === 0) continue;
    const name = target.platform.trim();
    if (target.perWeek > 0) issues.push(...underTarget(name, target.perWeek, dates, from, to, checkFrom, locale));
    if (target.maxGapDays > 0) issues.push(...gaps(name, target.maxGapDays, dates, checkFrom, to, locale));
    if (target.dailyCap > 0) issues.push(...overCap(name, target.dailyCap, dates, checkFrom, to, locale));
  }
  return issues.sort(
    (a, b) =>
      (a.week ?? a.date ?? '').localeCompare(b.week ?? b.date ?? '') ||
      a.platform.localeCompare(b.platform) ||
      a.code.localeCompare(b.code),
  );
}

/** Weeks (ending on or after `checkFrom`) with fewer posts than the target. */
function underTarget(
  platform: string,
  target: number,
  dates: Map<string, string[]>,
  from: string,
  to: string,
  checkFrom: string,
  locale: string,
): CadenceIssue[] {
  const out: CadenceIssue[] = [];
  for (let week = from; week <= to; week = addDays(week, 7)) {
    if (addDays(week, 6) < checkFrom) continue;
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(...(dates.get(addDays(week, i)) ?? []));
    if (ids.length >= target) continue;
    out.push({
      severity: 'warning',
      code: 'week-under-target',
      platform,
      week,
      message: pm(locale, 'planning.cadence.underTarget', {
        platform,
        count: countPhrase(locale, ids.length, 'post'),
        week: longDate(locale, week, { grammaticalCase: 'genitive' }),
        target,
        missing: target - ids.length,
      }),
      postIds: ids,
    });
  }
  return out;
}

/** Runs of more than `maxGap` days with nothing planned that reach into [checkFrom, to]. */
function gaps(
  platform: string,
  maxGap: number,
  dates: Map<string, string[]>,
  checkFrom: string,
  to: string,
  locale: string,
): CadenceIssue[] {
  const sorted = Array.from(dates.keys()).sort();
  const before = sorted.filter((d) => d < checkFrom);
  const inside = sorted.filter((d) => d >= checkFrom && d <= to);
  let previous: string | null = before.length > 0 ? before[before.length - 1] : null;
  const out: CadenceIssue[] = [];
  const report = (start: string, end: string, next: string | null) => {
    const length = daysBetween(start, end) + 1;
    if (length <= maxGap) return;
    out.push({
      severity: 'warning',
      code: 'gap-too-long',
      platform,
      date: start,
      endDate: end,
      message: pm(locale, 'planning.cadence.gap', {
        platform,
        days: countPhrase(locale, length, 'day'),
        from: longDate(locale, start, { grammaticalCase: 'genitive' }),
        to: longDate(locale, end, { grammaticalCase: 'genitive' }),
        max: countPhrase(locale, maxGap, 'day'),
      }),
      postIds: [...(previous ? (dates.get(previous) ?? []) : []), ...(next ? (dates.get(next) ?? []) : [])],
    });
  };
  let runStart = previous ? addDays(previous, 1) : checkFrom;
  for (const date of inside) {
    if (date > runStart) report(runStart, addDays(date, -1), date);
    previous = date;
    runStart = addDays(date, 1);
  }
  // An empty run reaching the end of the period counts up to the period's last day.
  if (runStart <= to) report(runStart, to, null);
  return out;
}

/** Days from `checkFrom` to `to` with more posts than the daily limit. */
function overCap(
  platform: string,
  cap: number,
  dates: Map<string, string[]>,
  checkFrom: string,
  to: string,
  locale: string,
): CadenceIssue[] {
  const out: CadenceIssue[] = [];
  for (const [date, ids] of dates) {
    if (date < checkFrom || date > to || ids.length <= cap) continue;
    out.push({
      severity: 'warning',
      code: 'day-over-cap',
      platform,
      date,
      message: pm(locale, 'planning.cadence.overCap', {
        platform,
        count: countPhrase(locale, ids.length, 'post'),
        date: longDate(locale, date, { grammaticalCase: 'object' }),
        cap,
        excess: ids.length - cap,
      }),
      postIds: ids.slice(),
    });
  }
  return out;
}
