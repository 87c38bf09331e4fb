/** Spreads out posts that are scheduled too close together (Sprout Social wants at least 10 minutes between posts). */

import type { Post } from '../post';
import { localParts, parseTime, postInstant } from '../schedule/post-instant';

const MINUTE = 60_000;

/**
 * Copies of the posts in which every post is at least `minutesApart` minutes after the one before
 * it (in time order; ties keep list order). A post that is too close moves later, never earlier, and
 * keeps its own time zone: its Date and Time are rewritten as wall-clock time in that zone. Posts
 * without a valid date, time or zone are returned unchanged and do not take part. `groupKey` limits
 * the spacing to posts in the same group (e.g. per account); by default all posts are one group.
 */
export function staggerPosts(
  posts: readonly Post[],
  minutesApart: number,
  defaultTimeZone: string,
  groupKey: (post: Post) => string = () => '',
): Post[] {
  const result = posts.map((post) => ({ ...post }));
  const timed = result
    .map((post, index) => ({ post, index, at: parseTime(post.time) ? postInstant(post, defaultTimeZone) : null }))
    .filter((entry): entry is { post: Post; index: number; at: Date } => entry.at !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.index - b.index);
  const lastByGroup = new Map<string, number>();
  for (const entry of timed) {
    const group = groupKey(entry.post);
    const last = lastByGroup.get(group);
    let at = entry.at.getTime();
    if (last !== undefined && at < last + minutesApart * MINUTE) {
      at = last + minutesApart * MINUTE;
      const parts = localParts(new Date(at), entry.post.timeZone || defaultTimeZone);
      entry.post.date = parts.date;
      entry.post.time = parts.time;
    }
    lastByGroup.set(group, at);
  }
  return result;
}
