/** The post model: one planned social media post, as the calendar sheet and the sidebar form hold it. */

import type * as z from 'zod/mini';
import { postFieldShape, type postSchema } from './post-fields';

export { ADD_ON_COLUMNS, CALENDAR_COLUMNS, FIELD_BY_COLUMN, type AddOnColumn, type CalendarColumn } from './post-fields';

/**
 * A post as plain JSON: one string per field of the Calendar table (post-fields.ts), so that it crosses
 * google.script.run unchanged: `date` is `yyyy-MM-dd` (the post's local date in `timeZone`), `time` is
 * `HH:mm`, `''` when unset.
 */
export type Post = z.infer<typeof postSchema>;

/** The built-in platforms, in menu order (the Settings sheet may add more). */
export const PLATFORMS = [
  'X',
  'Instagram',
  'Facebook',
  'LinkedIn',
  'TikTok',
  'Pinterest',
  'YouTube',
  'Threads',
  'Bluesky',
  'Mastodon',
  'Google Business Profile',
  'Telegram',
  'Reddit',
] as const;

/** The built-in formats. */
export const FORMATS = [
  'Text',
  'Image',
  'Carousel',
  'Video',
  'Reel',
  'Story',
  'Short',
  'Pin',
  'Document',
  'Article',
  'Ghost post',
] as const;

/** The built-in statuses, in workflow order. */
export const STATUSES = [
  'Idea',
  'Draft',
  'In review',
  'Needs changes',
  'Approved',
  'Scheduled',
  'Published',
  'Cancelled',
] as const;

/** Statuses after which a post no longer needs planning work (not overdue once its date passes). */
export const DONE_STATUSES: readonly string[] = ['Scheduled', 'Published', 'Cancelled'];

/** An empty post, the starting point for the form and for rows read from the sheet. */
export function emptyPost(): Post {
  return postFieldShape('');
}
