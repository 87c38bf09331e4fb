/** The Hootsuite Bulk Composer target: no header; date-time, message, URL; at most 350 posts. */

import { t } from '../../i18n';
import type { Post } from '../../post';
import { localParts } from '../../schedule/post-instant';
import { writeCsv } from '../csv-writer';
import type { ExportOptions, ExportTarget, Problem } from '../export-types';
import {
  checkCap,
  checkFormulaCells,
  checkNotEmpty,
  checkOnePlatform,
  checkSameDayDuplicates,
  checkSchedule,
  checkTextLength,
  targetZone,
  timePosts,
} from '../preflight-checks';
import { composeMessage, exportLink, mediaUrls } from '../post-text';
import { exportLocale, postName } from '../problem-text';
import { schedulerDateTime } from '../schedule-format';

/** Hootsuite's cap per upload, which also counts posts already scheduled in the account. */
export const HOOTSUITE_MAX_POSTS = 350;

/** The three cells of a post's row: `mm/dd/yyyy HH:mm` (or dd/mm), the message, the link. */
function hootsuiteRow(post: Post, options: ExportOptions): string[] {
  const [entry] = timePosts([post], options);
  const when = entry.at ? schedulerDateTime(entry.at, targetZone(options), options.dateOrder ?? 'mdy') : null;
  return [when ? `${when.date} ${when.time}` : '', composeMessage(post), exportLink(post, options)];
}

/** Writes the Hootsuite file: no header row, three positional columns, times in the account's zone. */
export function writeHootsuite(posts: readonly Post[], options: ExportOptions): string {
  return writeCsv(posts.map((post) => hootsuiteRow(post, options)));
}

/**
 * Hootsuite's rules: at most 350 posts minus those already scheduled; a date, a time and at least 10
 * minutes ahead; no message twice on one day; text within the platform's limit (the URL counts);
 * times on a 5-minute step (warning); no media column (warning); one set of accounts per file (warning).
 */
export function preflightHootsuite(posts: readonly Post[], options: ExportOptions): Problem[] {
  const timed = timePosts(posts, options);
  const locale = exportLocale(options);
  const label = t(locale, 'export.label.hootsuite');
  const already = options.alreadyScheduled ?? 0;
  const max = options.maxRows ?? HOOTSUITE_MAX_POSTS;
  const problems: Problem[] = [
    ...checkCap(posts.length, max - already, label, locale, already ? { max, count: already } : undefined),
    ...checkSchedule(timed, options, { label, leadMinutes: 10 }),
    ...checkNotEmpty(timed, options),
    ...checkSameDayDuplicates(timed, options, label),
    ...checkTextLength(timed, options, label, true),
    ...checkFormulaCells(timed, (post) => [composeMessage(post), exportLink(post, options)], 'Hootsuite', locale),
    ...checkOnePlatform(posts, label, locale),
  ];
  for (const entry of timed) {
    const params = { post: postName(entry.post, locale), target: label };
    if (entry.at && Number(localParts(entry.at, targetZone(options)).time.slice(3)) % 5 !== 0) {
      problems.push({
        postId: entry.post.id,
        row: entry.row,
        severity: 'warning',
        code: 'time-not-5-minutes',
        message: t(locale, 'export.problem.notFiveMinutes', { ...params, time: entry.post.time }),
      });
    }
    if (mediaUrls(entry.post).length > 0) {
      problems.push({
        postId: entry.post.id,
        row: entry.row,
        severity: 'warning',
        code: 'media-not-exported',
        message: t(locale, 'export.problem.mediaNotExported', params),
      });
    }
  }
  return problems;
}

/** The Hootsuite export target. */
export const hootsuiteTarget: ExportTarget = {
  id: 'hootsuite',
  label: 'Hootsuite Bulk Composer (CSV)',
  fileName: (now, timeZone = 'UTC') => `hootsuite-bulk-${localParts(now, timeZone).date}.csv`,
  mimeType: 'text/csv',
  preflight: preflightHootsuite,
  write: writeHootsuite,
};
