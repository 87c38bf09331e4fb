/** Checks that need several posts at once: the same caption twice on a platform, posts too close together. */

import type { CheckIssue } from './check-types';
import { t } from './i18n';
import type { Post } from './post';
import { postInstant } from './schedule/post-instant';

/** Minutes two posts on one platform should be apart, when the rules give no spacing of their own. */
export const DEFAULT_MIN_SPACING_MINUTES = 60;

/** A post with where it came from (its index in the caller's list). */
export interface IndexedPost {
  index: number;
  post: Post;
}

function normalizedCaption(caption: string): string {
  return caption.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Finds, for every post, the problems it has with other posts: the same caption planned twice on
 * one platform, and two posts on one platform closer together than `minSpacingMinutes(platform)`.
 * Cancelled posts and posts without a caption or date are left out. Returns issues by index.
 */
export function findCrossRowIssues(
  posts: readonly IndexedPost[],
  options: { timeZone: string; locale: string; minSpacingMinutes?: (platform: string) => number },
): Map<number, CheckIssue[]> {
  const issues = new Map<number, CheckIssue[]>();
  const add = (index: number, issue: CheckIssue) => {
    const list = issues.get(index);
    if (list) list.push(issue);
    else issues.set(index, [issue]);
  };
  const live = posts.filter(({ post }) => post.status.toLowerCase() !== 'cancelled' && post.platform !== '');
  const byCaption = new Map<string, IndexedPost[]>();
  for (const entry of live) {
    const caption = normalizedCaption(entry.post.caption);
    if (!caption) continue;
    const key = `${entry.post.platform.toLowerCase()}\u0000${caption}`;
    const group = byCaption.get(key);
    if (group) group.push(entry);
    else byCaption.set(key, [entry]);
  }
  for (const group of byCaption.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((other) => other !== entry).map((other) => other.post.id || `#${other.index + 1}`);
      add(entry.index, {
        severity: 'warning',
        code: 'duplicate-caption',
        field: 'caption',
        message: t(options.locale, 'cross.duplicateCaption', { platform: entry.post.platform, others: others.join(', ') }),
      });
    }
  }
  const byPlatform = new Map<string, { entry: IndexedPost; at: number }[]>();
  for (const entry of live) {
    const instant = entry.post.time ? postInstant(entry.post, options.timeZone) : null;
    if (!instant) continue;
    const key = entry.post.platform.toLowerCase();
    const list = byPlatform.get(key) ?? [];
    list.push({ entry, at: instant.getTime() });
    byPlatform.set(key, list);
  }
  for (const list of byPlatform.values()) {
    list.sort((a, b) => a.at - b.at);
    const spacing = (options.minSpacingMinutes ?? (() => DEFAULT_MIN_SPACING_MINUTES))(list[0].entry.post.platform);
    for (let i = 1; i < list.length; i++) {
      const gap = (list[i].at - list[i - 1].at) / 60000;
      if (gap >= spacing) continue;
      for (const [self, other] of [
        [list[i], list[i - 1]],
        [list[i - 1], list[i]],
      ]) {
        add(self.entry.index, {
          severity: 'warning',
          code: 'posts-too-close',
          field: 'time',
          message: t(options.locale, 'cross.tooClose', {
            platform: self.entry.post.platform,
            other: other.entry.post.id || `#${other.entry.index + 1}`,
            minutes: Math.round(gap),
            spacing,
          }),
        });
      }
    }
  }
  return issues;
}
