/** The Publer bulk-CSV target: its 12 fixed columns, kept even when blank; dates `yyyy-MM-dd HH:mm`. */

import { t } from '../../i18n';
import type { Post } from '../../post';
import { localParts } from '../../schedule/post-instant';
import { writeCsv } from '../csv-writer';
import type { ExportOptions, ExportTarget, Problem } from '../export-types';
import {
  checkFormulaCells,
  checkMediaUrls,
  checkNotEmpty,
  checkOnePlatform,
  checkSchedule,
  checkTextLength,
  targetZone,
  timePosts,
} from '../preflight-checks';
import { altTextLines } from '../../checks/planning-fields';
import { composeMessage, exportLink, mediaUrls } from '../post-text';
import { exportLocale } from '../problem-text';

/**
 * Publer's header, verbatim and in order. Columns 1-4 are in Publer's own guide (market.md [S22]);
 * the names of 5-12 come from a public repository's field-tested notes and Publer's help article
 * lists the same fields. Publer needs all twelve even when blank.
 */
export const PUBLER_HEADER = [
  'Date',
  'Text',
  'Link(s)',
  'Media URL(s)',
  'Title',
  'Label(s)',
  'Alt text(s)',
  'Comment(s)',
  'Board/Album',
  'Post subtype',
  'CTA',
  'Reminder',
] as const;

/** Platforms whose posts have a separate title that Publer's Title column fills. */
const TITLED_PLATFORMS = new Set(['pinterest', 'youtube']);

/** One post's 12 cells. A post without date and time leaves Date blank (Publer then picks a slot). */
function publerRow(post: Post, options: ExportOptions): string[] {
  const [entry] = timePosts([post], options);
  let date = '';
  if (entry.at) {
    const local = localParts(entry.at, targetZone(options));
    date = `${local.date} ${local.time}`;
  }
  const title = TITLED_PLATFORMS.has(post.platform.trim().toLowerCase()) ? post.title : '';
  return [
    date,
    composeMessage(post),
    exportLink(post, options),
    mediaUrls(post).join(','),
    title,
    '',
    publerAltTexts(post),
    publerComment(post),
    '',
    '',
    '',
    '',
  ];
}

/** Platforms without a first comment (the rules table's `first-comment` rows with Max 0): their comment is not exported. */
const NO_FIRST_COMMENT = new Set(['tiktok', 'pinterest', 'google business profile', 'telegram']);

/**
 * The Alt text(s) cell: one alt text per media item, in Media order, separated by `||` (Publer's separator for
 * per-photo texts, market.md); only as many as there are media items.
 */
function publerAltTexts(post: Post): string {
  const count = mediaUrls(post).length;
  if (count === 0) return '';
  const lines = altTextLines(post.altText).slice(0, count);
  return lines.some((line) => line !== '') ? lines.join('||') : '';
}

/** The Comment(s) cell: the post's first comment, where the platform has one. */
function publerComment(post: Post): string {
  return NO_FIRST_COMMENT.has(post.platform.trim().toLowerCase()) ? '' : post.firstComment.trim();
}

/** Writes the Publer file: the 12-column header, then one row per post, times in the workspace's zone. */
export function writePubler(posts: readonly Post[], options: ExportOptions): string {
  return writeCsv([[...PUBLER_HEADER], ...posts.map((post) => publerRow(post, options))]);
}

/**
 * Publer's rules: a future date and time (a post with neither is auto-scheduled: warning); text within
 * the platform's limit (the link counts); media as public URLs; one set of accounts per file (warning).
 */
export function preflightPubler(posts: readonly Post[], options: ExportOptions): Problem[] {
  const timed = timePosts(posts, options);
  const locale = exportLocale(options);
  const label = t(locale, 'export.label.publer');
  return [
    ...checkSchedule(timed, options, { label, leadMinutes: 1, allowBlankDate: true }),
    ...checkNotEmpty(timed, options),
    ...checkTextLength(timed, options, label, true),
    ...checkMediaUrls(timed, label, locale),
    ...checkFormulaCells(
      timed,
      (post) => [
        composeMessage(post),
        exportLink(post, options),
        post.title,
        publerAltTexts(post),
        publerComment(post),
      ],
      'Publer',
      locale,
    ),
    ...checkOnePlatform(posts, label, locale),
  ];
}

/** The Publer export target. */
export const publerTarget: ExportTarget = {
  id: 'publer',
  label: 'Publer bulk upload (CSV)',
  fileName: (now, timeZone = 'UTC') => `publer-bulk-${localParts(now, timeZone).date}.csv`,
  mimeType: 'text/csv',
  preflight: preflightPubler,
  write: writePubler,
};
