/** The Sprout Social bulk-scheduling target: headers date, time_24hr, message_text (+ link, image_url); posts 10 minutes apart. */

import { t } from '../../i18n';
import type { Post } from '../../post';
import { localParts } from '../../schedule/post-instant';
import { writeCsv } from '../csv-writer';
import type { ExportOptions, ExportTarget, Problem } from '../export-types';
import {
  checkCap,
  checkFormulaCells,
  checkMediaUrls,
  checkNotEmpty,
  checkOnePlatform,
  checkSchedule,
  checkSpacing,
  checkTextLength,
  targetZone,
  timePosts,
} from '../preflight-checks';
import { composeMessage, exportLink, mediaUrls } from '../post-text';
import { countPhrase, exportLocale, postName } from '../problem-text';
import { schedulerDateTime } from '../schedule-format';

/** Sprout's cap per import (trial accounts: 50, pass `maxRows`). */
export const SPROUT_MAX_POSTS = 350;
/** Sprout wants posts at least this many minutes apart, and this far after the upload. */
export const SPROUT_MIN_SPACING_MINUTES = 10;

/**
 * The header row. `date`, `time_24hr` and `message_text` are Sprout's required, case-sensitive names;
 * `link` and `image_url` are optional columns whose exact names are not confirmed (market.md §3),
 * and Sprout lets the user map columns at import.
 */
export const SPROUT_HEADER = ['date', 'time_24hr', 'message_text', 'link', 'image_url'] as const;

/** One post's row: date (dd/mm/yyyy or mm/dd/yyyy), 24-hour time, message, link, first media URL. */
function sproutRow(post: Post, options: ExportOptions): string[] {
  const [entry] = timePosts([post], options);
  const when = entry.at
    ? schedulerDateTime(entry.at, targetZone(options), options.dateOrder ?? 'mdy')
    : { date: '', time: '' };
  return [when.date, when.time, composeMessage(post), exportLink(post, options), mediaUrls(post)[0] ?? ''];
}

/** Writes the Sprout file: the header row, then one row per post, times in the account's zone. */
export function writeSprout(posts: readonly Post[], options: ExportOptions): string {
  return writeCsv([[...SPROUT_HEADER], ...posts.map((post) => sproutRow(post, options))]);
}

/**
 * Sprout's rules: at most 350 posts; a date and time at least 10 minutes after now; every post at
 * least 10 minutes after the one before (staggerPosts() fixes that); text within the network's limit;
 * public media URLs, one image per post (warning for more).
 */
export function preflightSprout(posts: readonly Post[], options: ExportOptions): Problem[] {
  const timed = timePosts(posts, options);
  const locale = exportLocale(options);
  const label = t(locale, 'export.label.sprout');
  const problems: Problem[] = [
    ...checkCap(posts.length, options.maxRows ?? SPROUT_MAX_POSTS, label, locale),
    ...checkSchedule(timed, options, { label, leadMinutes: SPROUT_MIN_SPACING_MINUTES }),
    ...checkSpacing(timed, SPROUT_MIN_SPACING_MINUTES, label, locale),
    ...checkNotEmpty(timed, options),
    ...checkTextLength(timed, options, label, true),
    ...checkMediaUrls(timed, label, locale),
    ...checkFormulaCells(
      timed,
      (post) => [composeMessage(post), exportLink(post, options), mediaUrls(post)[0] ?? ''],
      'Sprout Social',
      locale,
    ),
    ...checkOnePlatform(posts, label, locale),
  ];
  for (const entry of timed) {
    if (mediaUrls(entry.post).length > 1) {
      problems.push({
        postId: entry.post.id,
        row: entry.row,
        severity: 'warning',
        code: 'extra-media',
        message: t(locale, 'export.problem.extraMedia', {
          post: postName(entry.post, locale),
          links: countPhrase(locale, mediaUrls(entry.post).length, 'mediaLink'),
        }),
      });
    }
  }
  return problems;
}

/** The Sprout Social export target. */
export const sproutTarget: ExportTarget = {
  id: 'sprout',
  label: 'Sprout Social bulk scheduling (CSV)',
  fileName: (now, timeZone = 'UTC') => `sprout-bulk-${localParts(now, timeZone).date}.csv`,
  mimeType: 'text/csv',
  preflight: preflightSprout,
  write: writeSprout,
};
