/** Evergreen posts: which to re-use in which cadence gap, never within a post's own cool-down (pure). */

import type { Post } from '../post';
import { addDays, daysBetween } from './civil-date';
import type { CadenceIssue } from './cadence';
import { parseEvergreen } from './recurrence';
import { formatSeriesTag, occurrenceDigest } from './series-sync';

/** The note the Repeat cell of a re-used evergreen post carries after its series tag. */
export const EVERGREEN_NOTE = 'evergreen';

/** One re-use to add: the copy (id `''`) and its Series cell. */
export interface EvergreenFill {
  post: Post;
  series: string;
  /** The evergreen post it copies. */
  sourceId: string;
}

/**
 * Plans re-uses of evergreen posts (`evergreen 30` in Repeat: 30 days of cool-down) for the cadence gaps
 * found (`gap-too-long`): one post in the middle of each gap, on the gap's platform, from the evergreen post
 * used longest ago whose every use (itself and earlier re-uses) is at least its cool-down away from that day.
 * Cancelled posts are neither sources nor uses. Copies get status Draft and keep everything else.
 * @param posts Every post of the calendar (with IDs).
 * @param uses Earlier re-uses by source ID: their dates.
 * @param gaps The cadence findings (others than `gap-too-long` are ignored).
 * @param today Today in the spreadsheet's zone: the part of a gap before it is not filled.
 */
export function planEvergreenFills(
  posts: readonly Post[],
  uses: ReadonlyMap<string, readonly string[]>,
  gaps: readonly CadenceIssue[],
  today: string,
): EvergreenFill[] {
  const sources = posts.filter(
    (p) => p.id && p.date && parseEvergreen(p.repeat) !== null && p.status.trim().toLowerCase() !== 'cancelled',
  );
  const used = new Map<string, string[]>(sources.map((p) => [p.id, [p.date, ...(uses.get(p.id) ?? [])]]));
  const fills: EvergreenFill[] = [];
  for (const gap of gaps) {
    if (gap.code !== 'gap-too-long' || !gap.date || !gap.endDate || gap.endDate < today) continue;
    const start = gap.date < today ? today : gap.date;
    const day = addDays(start, Math.floor(daysBetween(start, gap.endDate) / 2));
    const platform = gap.platform.trim().toLowerCase();
    const candidates = sources
      .filter((p) => p.platform.trim().toLowerCase() === platform)
      .filter((p) => {
        const cooldown = parseEvergreen(p.repeat)!;
        return used.get(p.id)!.every((date) => Math.abs(daysBetween(date, day)) >= cooldown);
      })
      .sort((a, b) => lastUse(used.get(a.id)!).localeCompare(lastUse(used.get(b.id)!)) || a.id.localeCompare(b.id));
    const source = candidates[0];
    if (!source) continue;
    const post: Post = { ...source, id: '', date: day, status: 'Draft', repeat: '', notes: '' };
    used.get(source.id)!.push(day);
    const series = formatSeriesTag({ seriesId: source.id, date: day, digest: occurrenceDigest(post) }, EVERGREEN_NOTE);
    fills.push({ post: { ...post, repeat: series }, sourceId: source.id, series });
  }
  return fills;
}

function lastUse(dates: readonly string[]): string {
  return dates.reduce((a, b) => (a > b ? a : b), '');
}
