/** The shape of the platform rules table: one rule per platform, format and field, with its source and confidence. */

import type { Severity } from '../check-types';
import type { CountingMethod } from '../counting/counting-methods';

export type { CountingMethod } from '../counting/counting-methods';

/**
 * What a rule limits. Counts of things (hashtags, links, media items) use `min`/`max`; `required` marks a field
 * that must be filled (title, link, media).
 * - `format`: the format exists on the platform (one row per available format).
 * - `caption`: the caption length (YouTube's description, Pinterest's description), counted by `counting`.
 * - `title`: the title length (`counting`) and whether one is required.
 * - `hashtags`, `mentions`, `topic-tags`: how many the caption may hold (Threads: one topic tag).
 * - `links`: URLs in the caption; `max: 0` means links there are not clickable.
 * - `link`: the Link column (Pinterest's destination, the link card): `required`, `max` = URL length.
 * - `media`: media items (`required`, `min`, `max`).
 * - `video-seconds`: video duration range (reference data: the calendar does not hold durations yet).
 * - `angle-brackets`: `<` and `>` in title and caption (YouTube: `max: 0`).
 * - `phone-numbers`: phone numbers in the text (Google Business Profile rejects them: `max: 0`).
 * - `posts-per-day`, `minutes-between-posts`: cadence limits for cross-row checks.
 * - `alt-text`: each media item's alt text (Alt text column, one line per Media line): `max` = length
 *   (`counting`); `max: 0` means the platform takes no alt text.
 * - `first-comment`: the First comment column: `max` = length (`counting`); `max: 0` = no first comment.
 * - `spoilers`: text spoilers marked `||like this||` in the caption (Threads: at most 10).
 * - `subreddit`: the Subreddit column (`required` on Reddit).
 */
export const RULE_FIELDS = [
  'format',
  'caption',
  'title',
  'hashtags',
  'mentions',
  'topic-tags',
  'links',
  'link',
  'media',
  'video-seconds',
  'angle-brackets',
  'phone-numbers',
  'posts-per-day',
  'minutes-between-posts',
  'alt-text',
  'first-comment',
  'spoilers',
  'subreddit',
] as const;

/** One of RULE_FIELDS. */
export type RuleField = (typeof RULE_FIELDS)[number];

/**
 * How sure the value is (platform-rules.md legend): V = read in the platform's own source, spec or docs;
 * S = secondary (scheduler vendor docs, dated registers, press); U = unverified or conflicting.
 */
export type Confidence = 'V' | 'S' | 'U';

/** The format name a rule uses to apply to every format of its platform. */
export const ALL_FORMATS = 'All';

/** One rule of the table. Plain JSON, so it crosses google.script.run to the sidebar unchanged. */
export interface Rule {
  /** Stable key linking a Platforms-sheet row to its built-in default, e.g. `instagram/all/hashtags#app`. */
  id: string;
  /** Platform display name (`X`, `Instagram`, ... or a team's own). */
  platform: string;
  /** Format name (`Image`, `Reel`, ...) or `All`. */
  format: string;
  field: RuleField;
  min?: number;
  max?: number;
  /** How text is counted (caption, title). */
  counting?: CountingMethod;
  required?: boolean;
  /** What breaking the rule is: error (won't publish), warning (may not publish / bad idea), info (advice). */
  severity: Severity;
  confidence: Confidence;
  /** Where the value comes from, with the source's date. */
  source: string;
  /** When the value was last checked against its source, `yyyy-MM-dd`. */
  checkedOn: string;
  notes?: string;
  /** The value differs per account: Mastodon instance limit, X Premium, TikTok creator_info. */
  adjustable?: 'instance' | 'premium' | 'creator';
}

/** The whole rules table. */
export type RulesTable = readonly Rule[];
