/** The dashboard's data: counts by status, platform and week, posts awaiting approval, overdue posts. */

import type { Post } from '../post';
import { PLATFORMS, STATUSES } from '../post';
import { addDays, daysBetween, weekStart } from './civil-date';
import type { PlacedPost } from './post-placement';
import { canonicalStatus, isDoneStatus, placePost } from './post-placement';

/** A post in one of the dashboard's lists. */
export interface DashboardPost {
  id: string;
  /** Day and time in the spreadsheet's zone (`''` when unset). */
  date: string;
  time: string;
  platform: string;
  title: string;
  status: string;
  owner: string;
  /** Whole days since its date (overdue list only; 0 for earlier today). */
  daysOverdue?: number;
  /** True when the post changed after it was approved (approval snapshots). */
  changedAfterApproval?: boolean;
}

/** Posts per week (rows) and platform (columns), not counting cancelled posts: the chart's data. */
export interface WeeklyCounts {
  /** Mondays, oldest first. */
  weekStarts: string[];
  /** Platforms with at least one post in those weeks, built-in ones in menu order first. */
  platforms: string[];
  /** counts[week][platform]. */
  counts: number[][];
}

/** Everything the Dashboard sheet shows. */
export interface Dashboard {
  today: string;
  timeZone: string;
  total: number;
  /** Posts without a valid date. */
  undated: number;
  /** Every built-in status in workflow order (zeros included), then others A–Z, then `''` (no status) if any. */
  byStatus: Array<{ status: string; count: number }>;
  /** Platforms with posts, most posts first; `''` = no platform. */
  byPlatform: Array<{ platform: string; count: number }>;
  byWeek: WeeklyCounts;
  awaitingApproval: DashboardPost[];
  overdue: DashboardPost[];
}

/** Options for buildDashboard. */
export interface DashboardOptions {
  /** Today in the spreadsheet's zone (`yyyy-MM-dd`). */
  today: string;
  /** The spreadsheet's zone. */
  timeZone: string;
  /**
   * Weeks in the per-week table. Default: from `weeksBefore` weeks back to the week of the last
   * planned post, at least 8 weeks in all and at most MAX_DASHBOARD_WEEKS.
   */
  weeks?: number;
  /** Of those, how many before the current week (default 2). */
  weeksBefore?: number;
  /** The current instant: posts earlier today count as overdue too (otherwise only earlier days). */
  now?: Date | number;
  /** IDs of posts changed after approval (from the approvals feature); they join the awaiting list. */
  changedAfterApproval?: Iterable<string>;
}

const AWAITING_STATUSES = ['in review', 'needs changes', 'changed after approval'];

/** The per-week table covers at most a year and a week: a date typed years ahead must not make it endless. */
export const MAX_DASHBOARD_WEEKS = 53;

/** Fewest weeks in the per-week table: two back, this one and five ahead. */
const MIN_DASHBOARD_WEEKS = 8;

/** Weeks from `firstWeek` to the week of the latest placed post that is not cancelled, within the bounds above. */
function plannedWeeks(placed: ReadonlyArray<PlacedPost | null>, posts: readonly Post[], firstWeek: string): number {
  let last = '';
  placed.forEach((entry, i) => {
    if (entry && entry.date > last && canonicalStatus(posts[i].status) !== 'Cancelled') last = entry.date;
  });
  const span = last > firstWeek ? Math.floor(daysBetween(firstWeek, last) / 7) + 1 : 0;
  return Math.min(Math.max(span, MIN_DASHBOARD_WEEKS), MAX_DASHBOARD_WEEKS);
}

/**
 * Builds the dashboard. The status and platform counts cover every post, so they add up to
 * `total`. The weekly table counts posts that are not cancelled, by ISO week (Monday–Sunday) in the
 * spreadsheet's zone. Awaiting approval: In review, Needs changes, and posts changed after approval.
 * Overdue: a date before today (or, with `now`, a time already past today) and a status other than
 * Scheduled, Published or Cancelled.
 * @param posts All posts.
 * @param options Today, the zone and the week window.
 */
export function buildDashboard(posts: readonly Post[], options: DashboardOptions): Dashboard {
  const { today, timeZone } = options;
  const now = options.now === undefined ? null : new Date(options.now).getTime();
  const changed = new Set(options.changedAfterApproval ?? []);
  const firstWeek = addDays(weekStart(today), -7 * (options.weeksBefore ?? 2));
  const placements = posts.map((post) => placePost(post, timeZone));
  const weeks = options.weeks ?? plannedWeeks(placements, posts, firstWeek);
  const weekStarts = Array.from({ length: weeks }, (_, i) => addDays(firstWeek, 7 * i));
  const lastDay = addDays(firstWeek, 7 * weeks - 1);

  const statusCounts = new Map<string, number>(STATUSES.map((s) => [s, 0]));
  const platformCounts = new Map<string, number>();
  const weekly = new Map<string, number[]>();
  const awaitingApproval: DashboardPost[] = [];
  const overdue: DashboardPost[] = [];
  let undated = 0;

  posts.forEach((post, postIndex) => {
    const status = canonicalStatus(post.status);
    const platform = post.platform.trim();
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
    platformCounts.set(platform, (platformCounts.get(platform) ?? 0) + 1);
    const placed = placements[postIndex];
    if (!placed) undated++;
    const isChanged = changed.has(post.id) || status.toLowerCase() === 'changed after approval';
    if (AWAITING_STATUSES.includes(status.toLowerCase()) || isChanged) {
      awaitingApproval.push(listEntry(post, placed, status, { changedAfterApproval: isChanged || undefined }));
    }
    if (!placed) return;
    if (status !== 'Cancelled' && placed.date >= firstWeek && placed.date <= lastDay) {
      const index = Math.floor(daysBetween(firstWeek, placed.date) / 7);
      let row = weekly.get(platform);
      if (!row) weekly.set(platform, (row = Array<number>(weeks).fill(0)));
      row[index]++;
    }
    const pastToday = placed.date === today && now !== null && placed.instantMs !== null && placed.instantMs < now;
    if ((placed.date < today || pastToday) && !isDoneStatus(status)) {
      overdue.push(listEntry(post, placed, status, { daysOverdue: daysBetween(placed.date, today) }));
    }
  });

  const byStatus = Array.from(statusCounts, ([s, count]) => ({ status: s, count }));
  const builtIn = byStatus.slice(0, STATUSES.length);
  const others = byStatus
    .slice(STATUSES.length)
    .filter((e) => e.status !== '')
    .sort((a, b) => a.status.localeCompare(b.status));
  const none = byStatus.filter((e) => e.status === '');
  const platformOrder = (p: string) => {
    const i = PLATFORMS.findIndex((b) => b.toLowerCase() === p.toLowerCase());
    return i >= 0 ? i : PLATFORMS.length;
  };
  const weekPlatforms = Array.from(weekly.keys()).sort(
    (a, b) => platformOrder(a) - platformOrder(b) || a.localeCompare(b),
  );
  const byDate = (a: DashboardPost, b: DashboardPost) =>
    (a.date || '\uffff').localeCompare(b.date || '\uffff') || a.time.localeCompare(b.time) || a.id.localeCompare(b.id);

  return {
    today,
    timeZone,
    total: posts.length,
    undated,
    byStatus: [...builtIn, ...others, ...none],
    byPlatform: Array.from(platformCounts, ([platform, count]) => ({ platform, count })).sort(
      (a, b) =>
        b.count - a.count ||
        platformOrder(a.platform) - platformOrder(b.platform) ||
        a.platform.localeCompare(b.platform),
    ),
    byWeek: {
      weekStarts,
      platforms: weekPlatforms,
      counts: weekStarts.map((_, w) => weekPlatforms.map((p) => weekly.get(p)![w])),
    },
    awaitingApproval: awaitingApproval.sort(byDate),
    overdue: overdue.sort(byDate),
  };
}

/** One list entry. */
function listEntry(
  post: Post,
  placed: PlacedPost | null,
  status: string,
  extra: Partial<DashboardPost>,
): DashboardPost {
  const entry: DashboardPost = {
    id: post.id,
    date: placed?.date ?? post.date.trim(),
    time: placed?.time ?? post.time.trim(),
    platform: post.platform.trim(),
    title: post.title.trim() || post.caption.trim().split('\n')[0].slice(0, 80),
    status,
    owner: post.owner.trim(),
  };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) Object.assign(entry, { [key]: value });
  return entry;
}
