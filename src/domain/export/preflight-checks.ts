/** The pre-flight checks the export targets combine: schedule, caps, spacing, duplicates, text length, formulas, media. */

import type { Post } from '../post';
import { isValidTimeZone, localParts, parseIsoDate, parseTime, postInstant } from '../schedule/post-instant';
import { looksLikeFormula } from './csv-writer';
import type { ExportOptions, Problem } from './export-types';
import { approximateMeasure, composeMessage, exportLink, mediaUrls } from './post-text';

const MINUTE = 60_000;

/** How a post is named in messages: `Post P-12` (or `The post dated 2026-01-15` when it has no ID). */
export function postName(post: Post): string {
  return post.id ? `Post ${post.id}` : `The post dated ${post.date || '(no date)'}`;
}

/** A post with its 1-based position in the export list and its instant (null when it has none). */
export interface TimedPost {
  post: Post;
  row: number;
  at: Date | null;
}

/** Pairs every post with its row number and its instant (date + time in its zone); null without a valid time. */
export function timePosts(posts: readonly Post[], options: ExportOptions): TimedPost[] {
  return posts.map((post, i) => ({
    post,
    row: i + 1,
    at: parseTime(post.time) ? postInstant(post, options.defaultTimeZone) : null,
  }));
}

/** The time zone a scheduler reads the file's times in. */
export function targetZone(options: ExportOptions): string {
  return options.targetTimeZone || options.defaultTimeZone;
}

/** A problem about one post. */
function problem(entry: TimedPost, severity: Problem['severity'], code: string, message: string): Problem {
  return { postId: entry.post.id, row: entry.row, severity, code, message };
}

/**
 * Checks that each post has a real date, a time and a known time zone, and that it is at least
 * `leadMinutes` in the future. `allowBlankDate` (Publer) turns a post with no date and no time into
 * a warning: the target schedules it by itself.
 */
export function checkSchedule(
  timed: readonly TimedPost[],
  options: ExportOptions,
  rules: { label: string; leadMinutes: number; allowBlankDate?: boolean },
): Problem[] {
  const problems: Problem[] = [];
  const earliest = options.now.getTime() + rules.leadMinutes * MINUTE;
  for (const entry of timed) {
    const { post } = entry;
    const name = postName(post);
    const zone = post.timeZone || options.defaultTimeZone;
    if (rules.allowBlankDate && !post.date.trim() && !post.time.trim()) {
      problems.push(
        problem(
          entry,
          'warning',
          'no-date',
          `${name} has no date, so ${rules.label} will pick a time slot for it. Add a date and time to choose it yourself.`,
        ),
      );
    } else if (!parseIsoDate(post.date)) {
      problems.push(problem(entry, 'error', 'no-date', `${name} has no valid date. Enter a date in the Date column.`));
    } else if (!parseTime(post.time)) {
      problems.push(
        problem(
          entry,
          'error',
          'no-time',
          `${name} has no valid time, and ${rules.label} needs one. Enter a time such as 09:30 in the Time column.`,
        ),
      );
    } else if (!isValidTimeZone(zone)) {
      problems.push(
        problem(
          entry,
          'error',
          'bad-time-zone',
          `${name} has the time zone "${zone}", which is not a known time zone. Pick one from the list, e.g. Europe/Warsaw.`,
        ),
      );
    } else if (entry.at && entry.at.getTime() < earliest) {
      const when =
        entry.at.getTime() < options.now.getTime()
          ? 'is in the past'
          : `is less than ${rules.leadMinutes} minutes from now`;
      problems.push(
        problem(
          entry,
          'error',
          'in-the-past',
          `${name} ${when} (${post.date} ${post.time}); ${rules.label} only takes posts at least ${rules.leadMinutes} minutes ahead. Move it later or leave it out.`,
        ),
      );
    }
  }
  return problems;
}

/** A whole-file error when there are more rows than the target takes. */
export function checkCap(count: number, cap: number, label: string, what: string): Problem[] {
  if (count <= cap) return [];
  return [
    {
      postId: '',
      severity: 'error',
      code: 'too-many-rows',
      message: `${label} takes at most ${cap} posts per file${what}; this export has ${count}. Narrow the date range or split it into several files.`,
    },
  ];
}

/**
 * Flags every post that comes less than `minutes` after the post before it (in time order). The
 * earlier post of a pair passes; the later one is the error, and staggerPosts() can move it.
 */
export function checkSpacing(timed: readonly TimedPost[], minutes: number, label: string): Problem[] {
  const ordered = timed.filter((e) => e.at).sort((a, b) => a.at!.getTime() - b.at!.getTime() || a.row - b.row);
  const problems: Problem[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const gap = (ordered[i].at!.getTime() - ordered[i - 1].at!.getTime()) / MINUTE;
    if (gap < minutes) {
      const other = postName(ordered[i - 1].post)
        .replace(/^Post /, 'post ')
        .replace(/^The post/, 'the post');
      problems.push(
        problem(
          ordered[i],
          'error',
          'too-close',
          `${postName(ordered[i].post)} is ${gap} minute${gap === 1 ? '' : 's'} after ${other}; ${label} needs at least ${minutes} minutes between posts. Use "Stagger" to space them out, or move it.`,
        ),
      );
    }
  }
  return problems;
}

/** Flags a post whose message repeats an earlier post's message on the same day (in the target's zone). */
export function checkSameDayDuplicates(timed: readonly TimedPost[], options: ExportOptions, label: string): Problem[] {
  const seen = new Map<string, Post>();
  const problems: Problem[] = [];
  const zone = targetZone(options);
  for (const entry of timed) {
    if (!entry.at) continue;
    const message = composeMessage(entry.post).trim();
    if (!message) continue;
    const key = `${localParts(entry.at, zone).date}\u0000${message}`;
    const first = seen.get(key);
    if (first) {
      problems.push(
        problem(
          entry,
          'error',
          'duplicate-message',
          `${postName(entry.post)} has the same text as ${postName(first).replace(/^Post /, 'post ')} on the same day; ${label} rejects the same message twice in one day. Change the text or the date.`,
        ),
      );
    } else {
      seen.set(key, entry.post);
    }
  }
  return problems;
}

/**
 * Checks each post's message (plus its final link, with UTM, when the target attaches it) against
 * its platform's limit. With options.measureText over-length is an error; with the built-in
 * approximation it is a warning, since the approximation may over-count.
 */
export function checkTextLength(
  timed: readonly TimedPost[],
  options: ExportOptions,
  label: string,
  countsLink: boolean,
): Problem[] {
  const measure = options.measureText ?? approximateMeasure;
  const problems: Problem[] = [];
  for (const entry of timed) {
    const message = composeMessage(entry.post);
    const link = countsLink ? exportLink(entry.post, options) : '';
    const text = link ? `${message} ${link}` : message;
    const count = measure(entry.post.platform, text);
    if (count && count.used > count.limit) {
      problems.push(
        problem(
          entry,
          options.measureText ? 'error' : 'warning',
          'text-too-long',
          `${postName(entry.post)} is ${count.used} ${count.unit} long${link ? ' with its link' : ''}, over ${entry.post.platform}'s ${count.limit}; ${label} rejects posts that are too long. Shorten the caption or hashtags.`,
        ),
      );
    }
  }
  return problems;
}

/** Flags an empty message (no caption, hashtags, link or media): nothing to publish. */
export function checkNotEmpty(timed: readonly TimedPost[], options: ExportOptions): Problem[] {
  return timed
    .filter((e) => !composeMessage(e.post).trim() && !exportLink(e.post, options) && mediaUrls(e.post).length === 0)
    .map((e) =>
      problem(
        e,
        'error',
        'empty-post',
        `${postName(e.post)} has no caption, link or media, so there is nothing to publish. Write a caption or leave it out.`,
      ),
    );
}

/**
 * Warns about cells a spreadsheet program would run as formulas. Scheduler files keep the text
 * exact (a leading apostrophe would be published), so the file must go straight to the scheduler.
 */
export function checkFormulaCells(
  timed: readonly TimedPost[],
  cells: (post: Post) => string[],
  label: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const entry of timed) {
    const cell = cells(entry.post).find(looksLikeFormula);
    if (cell !== undefined) {
      const start = cell[0] === '\t' ? 'a tab' : cell[0] === '\r' ? 'a line break' : `"${cell[0]}"`;
      problems.push(
        problem(
          entry,
          'warning',
          'formula-like-cell',
          `${postName(entry.post)} has text starting with ${start}, which Excel or Sheets would read as a formula if you opened this file in them. The text is exported exactly; upload the file to ${label} without opening and re-saving it.`,
        ),
      );
    }
  }
  return problems;
}

/** Warns when the file mixes platforms although the target posts every row to the accounts picked at upload. */
export function checkOnePlatform(posts: readonly Post[], label: string): Problem[] {
  const platforms = [...new Set(posts.map((p) => p.platform.trim()).filter((p) => p))];
  if (platforms.length <= 1) return [];
  return [
    {
      postId: '',
      severity: 'warning',
      code: 'mixed-platforms',
      message: `${label} posts every row of a file to the accounts you pick when uploading, and this export mixes ${platforms.join(', ')}. Export one platform at a time unless the same text suits them all.`,
    },
  ];
}

/** Flags media that is not a public web address (http or https), which schedulers cannot fetch. */
export function checkMediaUrls(timed: readonly TimedPost[], label: string): Problem[] {
  const problems: Problem[] = [];
  for (const entry of timed) {
    const bad = mediaUrls(entry.post).find((url) => !/^https?:\/\//i.test(url));
    if (bad) {
      problems.push(
        problem(
          entry,
          'error',
          'media-not-url',
          `${postName(entry.post)} has the media "${bad}", which is not a web address; ${label} fetches media from public links. Use a public https:// link.`,
        ),
      );
    } else if (mediaUrls(entry.post).some((url) => /^https?:\/\/(drive|docs)\.google\.com\//i.test(url))) {
      problems.push(
        problem(
          entry,
          'warning',
          'media-drive-link',
          `${postName(entry.post)} uses a Google Drive link for media; ${label} can fetch it only if anyone with the link can view the file. Check the file's sharing before uploading.`,
        ),
      );
    }
  }
  return problems;
}
