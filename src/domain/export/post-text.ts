/** The text a scheduler publishes for a post (caption + hashtags), its final link, and a fallback length measure. */

import type { Post } from '../post';
import type { ExportOptions, TextMeasure } from './export-types';
import { applyUtm } from './utm';

/**
 * The message to publish: the caption exactly as typed, then (only when some are missing) a blank
 * line and the hashtags the caption does not already contain (compared case-insensitively).
 * Hashtags typed without `#` get one.
 */
export function composeMessage(post: Pick<Post, 'caption' | 'hashtags'>): string {
  const caption = post.caption;
  const inCaption = new Set((caption.match(/#[^\s#.,!?;:]+/g) ?? []).map((tag) => tag.toLowerCase()));
  const missing: string[] = [];
  for (const word of post.hashtags.split(/[\s,]+/)) {
    if (!word) continue;
    const tag = word.startsWith('#') ? word : `#${word}`;
    if (!inCaption.has(tag.toLowerCase())) {
      inCaption.add(tag.toLowerCase());
      missing.push(tag);
    }
  }
  if (missing.length === 0) return caption;
  const body = caption.replace(/\s+$/, '');
  return body ? `${body}\n\n${missing.join(' ')}` : missing.join(' ');
}

/** The link as exported: with the UTM template applied when the options carry one. */
export function exportLink(post: Post, options: Pick<ExportOptions, 'utmTemplate'>): string {
  return options.utmTemplate ? applyUtm(post.link, options.utmTemplate, post) : post.link.trim();
}

/** The media URLs of a post (the Media cell holds one per line; commas and spaces also separate). */
export function mediaUrls(post: Pick<Post, 'media'>): string[] {
  return post.media.split(/[\s,]+/).filter((url) => url !== '');
}

/** Main-text limits per platform (platform-rules.md §1), used when no rules-engine measure is given. */
export const FALLBACK_TEXT_LIMITS: Readonly<Record<string, number>> = {
  x: 280,
  instagram: 2200,
  facebook: 63206,
  linkedin: 3000,
  tiktok: 2200,
  pinterest: 500,
  youtube: 5000,
  threads: 500,
  bluesky: 300,
  mastodon: 500,
  'google business profile': 1500,
};

/** X's weight for one code point (twitter-text v3 ranges: Latin and general punctuation 1, the rest 2). */
function xWeight(codePoint: number): number {
  const light =
    codePoint <= 4351 ||
    (codePoint >= 8192 && codePoint <= 8205) ||
    (codePoint >= 8208 && codePoint <= 8223) ||
    (codePoint >= 8242 && codePoint <= 8247);
  return light ? 1 : 2;
}

/**
 * A conservative stand-in for the rules engine's counter: code points, with X's weights and every
 * URL as 23 on X and Mastodon. It may over-count (emoji sequences, graphemes), never under-count by
 * much, so exports report its findings as warnings; pass `measureText` for exact counts.
 */
export const approximateMeasure: TextMeasure = (platform, text) => {
  const key = platform.trim().toLowerCase();
  const limit = FALLBACK_TEXT_LIMITS[key];
  if (limit === undefined) return null;
  let used = 0;
  let body = text;
  if (key === 'x' || key === 'mastodon') {
    const urls = text.match(/https?:\/\/\S+/g) ?? [];
    used += urls.length * 23;
    body = text.replace(/https?:\/\/\S+/g, '');
  }
  for (const ch of body) used += key === 'x' ? xWeight(ch.codePointAt(0) ?? 0) : 1;
  return { used, limit, unit: key === 'x' ? 'weighted characters' : 'characters' };
};
