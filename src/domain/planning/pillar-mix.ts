/** Content pillars and their mix targets: the Settings block's rows, each week's mix, and the weeks whose mix strays. */

import { addDays, weekStart } from './civil-date';
import { cellToNumber, cellToText } from './cell-values';
import { longDate, pm } from './planning-messages';
import { placePost } from './post-placement';
import type { Post } from '../post';

/** One pillar and the share of posts it should have, in percent (0–100). */
export interface PillarTarget {
  pillar: string;
  share: number;
}

/** The Settings block's header (columns O–P, beside the cadence table). */
export const PILLAR_COLUMNS = ['Pillar', 'Target share'] as const;

/**
 * Starting pillars for a new calendar, the issue's example ("Educational 40%") and a common split (U: no
 * study behind the numbers; edit them).
 */
export const DEFAULT_PILLARS: readonly PillarTarget[] = [
  { pillar: 'Educational', share: 40 },
  { pillar: 'Inspirational', share: 20 },
  { pillar: 'Community', share: 20 },
  { pillar: 'Promotional', share: 20 },
];

/** A week is judged once it has this many posts with a pillar (fewer cannot hit a 20% share). */
export const MIN_POSTS_FOR_MIX = 4;

/** How far (percentage points) a pillar's share may stray before the week is reported (Settings can change it). */
export const DEFAULT_MIX_TOLERANCE = 15;

/** The block as rows, header first. */
export function pillarsToRows(pillars: readonly PillarTarget[]): (string | number)[][] {
  return [[...PILLAR_COLUMNS], ...pillars.map((p) => [p.pillar, `${p.share}%`])];
}

/**
 * A share cell as percent: `40%`, `40`, `0.4` (a Sheets percent cell) → 40; empty or bad → null.
 * @param value The raw cell value.
 */
export function parseShare(value: unknown): number | null {
  const text = cellToText(value).replace(/%$/, '').trim();
  const n = cellToNumber(text);
  if (n === null || Number.isNaN(n) || n < 0) return null;
  return typeof value === 'number' && value <= 1 ? Math.round(value * 1000) / 10 : n;
}

/**
 * The pillars in a Settings grid (pure): the column headed `Pillar` and the `Target share` column after it.
 * A pillar without a share has no target (shown in the mix, never reported). No header: no pillars.
 * @param grid The Settings sheet's grid.
 */
export function readPillarTargets(
  grid: readonly (readonly unknown[])[],
): Array<{ pillar: string; share: number | null }> {
  const header = (grid[0] ?? []).map((cell) => cellToText(cell).toLowerCase());
  const at = header.indexOf(PILLAR_COLUMNS[0].toLowerCase());
  if (at < 0) return [];
  const shareAt = header.indexOf(PILLAR_COLUMNS[1].toLowerCase(), at);
  const seen = new Set<string>();
  const out: Array<{ pillar: string; share: number | null }> = [];
  for (const row of grid.slice(1)) {
    const pillar = cellToText(row[at]);
    if (!pillar || seen.has(pillar.toLowerCase())) continue;
    seen.add(pillar.toLowerCase());
    out.push({ pillar, share: shareAt >= 0 ? parseShare(row[shareAt]) : null });
  }
  return out;
}

/** The mix of one set of posts: how many posts each pillar has (in target order, then others), and the total. */
export interface PillarMix {
  total: number;
  counts: Array<{ pillar: string; count: number; share: number }>;
}

/**
 * Counts the posts of each pillar (case-insensitive; spelled as the targets spell it). Cancelled posts and
 * posts without a pillar are left out.
 */
export function pillarMix(posts: readonly Post[], targets: ReadonlyArray<{ pillar: string }> = []): PillarMix {
  const names = new Map<string, string>(targets.map((t) => [t.pillar.toLowerCase(), t.pillar]));
  const counts = new Map<string, number>();
  let total = 0;
  for (const post of posts) {
    const pillar = post.pillar.trim();
    if (!pillar || post.status.trim().toLowerCase() === 'cancelled') continue;
    const key = pillar.toLowerCase();
    if (!names.has(key)) names.set(key, pillar);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total++;
  }
  const order = [...names.keys()].filter((key) => counts.has(key));
  return {
    total,
    counts: order.map((key) => {
      const count = counts.get(key) ?? 0;
      return { pillar: names.get(key)!, count, share: total ? Math.round((count / total) * 100) : 0 };
    }),
  };
}

/** The mix as one line: `Educational 2 (40%) · Promotional 3 (60%)`; `''` when no post has a pillar. */
export function pillarMixLine(mix: PillarMix): string {
  return mix.counts.map((c) => `${c.pillar} ${c.count} (${c.share}%)`).join(' · ');
}

/** One week whose mix strays from the targets. */
export interface PillarMixIssue {
  code: 'pillar-mix';
  /** The Monday of the week. */
  week: string;
  message: string;
  /** The week's posts with a pillar. */
  postIds: string[];
}

/** Options for findPillarMixProblems. */
export interface PillarMixOptions {
  timeZone: string;
  /** Today (`yyyy-MM-dd`): weeks from today's week, four weeks by default. */
  today: string;
  weeks?: number;
  /** Percentage points a share may stray (default DEFAULT_MIX_TOLERANCE). */
  tolerance?: number;
  locale?: string;
}

/**
 * The weeks (Monday–Sunday, in the spreadsheet's zone) from today's for four weeks where a pillar's share of
 * the week's posts with a pillar is more than `tolerance` points from its target. A week with fewer than
 * MIN_POSTS_FOR_MIX such posts is not judged; pillars without a target share are counted but never reported.
 */
export function findPillarMixProblems(
  posts: readonly Post[],
  targets: ReadonlyArray<{ pillar: string; share: number | null }>,
  options: PillarMixOptions,
): PillarMixIssue[] {
  const goals = targets.filter((t): t is PillarTarget => t.share !== null);
  if (goals.length === 0) return [];
  const locale = options.locale ?? 'en';
  const tolerance = options.tolerance ?? DEFAULT_MIX_TOLERANCE;
  const first = weekStart(options.today);
  const last = addDays(first, 7 * (options.weeks ?? 4) - 1);
  const byWeek = new Map<string, Post[]>();
  for (const post of posts) {
    if (!post.pillar.trim()) continue;
    const placed = placePost(post, options.timeZone);
    if (!placed || placed.date < first || placed.date > last) continue;
    const week = weekStart(placed.date);
    const list = byWeek.get(week);
    if (list) list.push(post);
    else byWeek.set(week, [post]);
  }
  const issues: PillarMixIssue[] = [];
  for (const week of [...byWeek.keys()].sort()) {
    const weekPosts = byWeek.get(week)!;
    const mix = pillarMix(weekPosts, goals);
    if (mix.total < MIN_POSTS_FOR_MIX) continue;
    const strays = goals
      .map((goal) => {
        const share = mix.counts.find((c) => c.pillar.toLowerCase() === goal.pillar.toLowerCase())?.share ?? 0;
        return { goal, share };
      })
      .filter(({ goal, share }) => Math.abs(share - goal.share) > tolerance);
    if (strays.length === 0) continue;
    issues.push({
      code: 'pillar-mix',
      week,
      message: pm(locale, 'planning.pillars.strays', {
        week: longDate(locale, week, { grammaticalCase: 'genitive' }),
        list: strays.map(({ goal, share }) => `${goal.pillar} ${share}% / ${goal.share}%`).join(', '),
        tolerance,
      }),
      postIds: weekPosts.filter((p) => p.status.trim().toLowerCase() !== 'cancelled').map((p) => p.id),
    });
  }
  return issues;
}
