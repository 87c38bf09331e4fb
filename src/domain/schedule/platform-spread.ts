/** What a post saved for several platforms at once would clash on in scheduler files, and the staggered times that avoid it. */

import { publishedText } from '../checks/post-text';
import type { Post } from '../post';

/** Minutes between the platforms' copies when the form staggers them: Sprout Social's minimum spacing. */
export const PLATFORM_STAGGER_MINUTES = 10;

/** The clashes of one post saved for several platforms. */
export interface SpreadClashes {
  /** The copies would all go out at the same minute (Sprout Social needs 10 minutes between posts). */
  sameTime: boolean;
  /** Platforms whose copy publishes the same text as another's on the same day (Hootsuite refuses the repeat). */
  sameText: string[];
}

/**
 * The clashes of `post` saved once per platform in `platforms`, with `captions` overriding the caption
 * per platform (as the form sends them). None for a single platform.
 */
export function spreadClashes(post: Pick<Post, 'time' | 'caption' | 'hashtags'>, platforms: readonly string[], captions: Readonly<Record<string, string>> = {}): SpreadClashes {
  if (platforms.length < 2) return { sameTime: false, sameText: [] };
  const byText = new Map<string, string[]>();
  for (const platform of platforms) {
    const caption = captions[platform]?.trim() ? captions[platform] : post.caption;
    const text = publishedText(caption, post.hashtags).trim();
    if (!text) continue;
    byText.set(text, [...(byText.get(text) ?? []), platform]);
  }
  const sameText = [...byText.values()].filter((list) => list.length > 1).flat();
  return { sameTime: post.time.trim() !== '', sameText };
}

/**
 * `time` (`HH:mm`) moved `index × minutes` later: the time of the index-th platform's copy when
 * staggered. Null when that passes midnight (the person must choose an earlier time).
 */
export function staggeredTime(time: string, index: number, minutes: number): string | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const total = Number(match[1]) * 60 + Number(match[2]) + index * minutes;
  if (total >= 1440) return null;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
