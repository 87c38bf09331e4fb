/** Picks the posts an export covers: a date range, platforms, statuses or explicit IDs. */

import type { Post } from '../post';

/** Which posts to export; every field is optional and the fields combine with AND. */
export interface PostFilter {
  /** First date, `yyyy-MM-dd`, inclusive (compared with the post's own local date). */
  from?: string;
  /** Last date, `yyyy-MM-dd`, inclusive. */
  to?: string;
  /** One platform or several (case-insensitive). */
  platform?: string | readonly string[];
  /** One status or several (case-insensitive). */
  status?: string | readonly string[];
  /** Only these post IDs (e.g. the selected rows). */
  ids?: readonly string[];
}

/** The lower-cased set of a one-or-many filter value, or null when the filter is not set or empty. */
function wanted(value: string | readonly string[] | undefined): Set<string> | null {
  if (value === undefined) return null;
  const list = (typeof value === 'string' ? [value] : value).map((v) => v.trim().toLowerCase()).filter((v) => v !== '');
  return list.length ? new Set(list) : null;
}

/**
 * The posts that match the filter, in their original order. With `from` or `to` set, posts without
 * a date are left out (they cannot be in a range).
 */
export function selectPosts(posts: readonly Post[], filter: PostFilter = {}): Post[] {
  const platforms = wanted(filter.platform);
  const statuses = wanted(filter.status);
  const ids = filter.ids ? new Set(filter.ids) : null;
  return posts.filter((post) => {
    if ((filter.from || filter.to) && !post.date) return false;
    if (filter.from && post.date < filter.from) return false;
    if (filter.to && post.date > filter.to) return false;
    if (platforms && !platforms.has(post.platform.trim().toLowerCase())) return false;
    if (statuses && !statuses.has(post.status.trim().toLowerCase())) return false;
    if (ids && !ids.has(post.id)) return false;
    return true;
  });
}
