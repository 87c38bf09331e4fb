/** The pre-flight checks the export targets combine: schedule, caps, spacing, duplicates, text length, formulas, media. */

import { t } from '../i18n';
import type { Post } from '../post';
import { unitLabel } from '../check-messages';
import { isValidTimeZone, localParts, parseIsoDate, parseTime, postInstant } from '../schedule/post-instant';
import { looksLikeFormula } from './csv-writer';
import type { ExportOptions, Problem } from './export-types';
import { approximateMeasure, composeMessage, exportLink, mediaUrls } from './post-text';
import { countPhrase, exportLocale, postName, postNameInSentence } from './problem-text';

const MINUTE = 60_000;

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
 * a warning: the target schedules it by itself. `rules.label` is the format's name in a sentence.
 */
export function checkSchedule(
  timed: readonly TimedPost[],
  options: ExportOptions,
  rules: { label: string; leadMinutes: number; allowBlankDate?: boolean },
): Problem[] {
  const problems: Problem[] = [];
  const locale = exportLocale(options);
  const earliest = options.now.getTime() + rules.leadMinutes * MINUTE;
  const lead = countPhrase(locale, rules.leadMinutes, 'minute');
  for (const entry of timed) {
    const { post } = entry;
    const params = { post: postName(post, locale), target: rules.label };
    const zone = post.timeZone || options.defaultTimeZone;
    if (rules.allowBlankDate && !post.date.trim() && !post.time.trim()) {
      problems.push(problem(entry, 'warning', 'no-date', t(locale, 'export.problem.autoSlot', params)));
    } else if (!parseIsoDate(post.date)) {
      problems.push(problem(entry, 'error', 'no-date', t(locale, 'export.problem.noDate', params)));
    } else if (!parseTime(post.time)) {
      problems.push(problem(entry, 'error', 'no-time', t(locale, 'export.problem.noTime', params)));
    } else if (!isValidTimeZone(zone)) {
      problems.push(problem(entry, 'error', 'bad-time-zone', t(locale, 'export.problem.badZone', { ...params, zone })));
    } else if (entry.at && entry.at.getTime() < earliest) {
      const key = entry.at.getTime() < options.now.getTime() ? 'export.problem.past' : 'export.problem.soon';
      problems.push(
        problem(entry, 'error', 'in-the-past', t(locale, key, { ...params, lead, when: `${post.date} ${post.time}` })),
      );
    }
  }
  return problems;
}

/**
 * A whole-file error when there are more rows than the target takes.
 * @param count The rows in the export.
 * @param cap The most rows the target takes in this file.
 * @param label The format's name in a sentence.
 * @param locale The language of the message.
 * @param already Hootsuite: the account's cap and the posts already scheduled that reduce it.
 */
export function checkCap(
  count: number,
  cap: number,
  label: string,
  locale = 'en',
  already?: { max: number; count: number },
): Problem[] {
  if (count <= cap) return [];
  return [
    {
      postId: '',
      severity: 'error',
      code: 'too-many-rows',
      message: t(locale, 'export.problem.cap', {
        target: label,
        cap: countPhrase(locale, cap, 'post'),
        already: already ? t(locale, 'export.problem.capAlready', already) : '',
        count,
      }),
    },
  ];
}

/**
 * Flags every post that comes less than `minutes` after the post before it (in time order). The
 * earlier post of a pair passes; the later one is the error, and staggerPosts() can move it.
 */
export function checkSpacing(timed: readonly TimedPost[], minutes: number, label: string, locale = 'en'): Problem[] {
  const ordered = timed.filter((e) => e.at).sort((a, b) => a.at!.getTime() - b.at!.getTime() || a.row - b.row);
  const problems: Problem[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const gap = (ordered[i].at!.getTime() - ordered[i - 1].at!.getTime()) / MINUTE;
    if (gap < minutes) {
      problems.push(
        problem(
          ordered[i],
          'error',
          'too-close',
          t(locale, 'export.problem.tooClose', {
            post: postName(ordered[i].post, locale),
            gap: countPhrase(locale, gap, 'minute'),
            other: postNameInSentence(ordered[i - 1].post, locale),
            target: label,
            minutes: countPhrase(locale, minutes, 'minute'),
          }),
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
  const locale = exportLocale(options);
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
          t(locale, 'export.problem.duplicate', {
            post: postName(entry.post, locale),
            other: postNameInSentence(first, locale),
            target: label,
          }),
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
  const locale = exportLocale(options);
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
          t(locale, link ? 'export.problem.tooLongLink' : 'export.problem.tooLong', {
            post: postName(entry.post, locale),
            used: count.used,
            unit: unitLabel(count.unit, locale),
            platform: entry.post.platform,
            limit: count.limit,
            target: label,
          }),
        ),
      );
    }
  }
  return problems;
}

/** Flags an empty message (no caption, hashtags, link or media): nothing to publish. */
export function checkNotEmpty(timed: readonly TimedPost[], options: ExportOptions): Problem[] {
  const locale = exportLocale(options);
  return timed
    .filter((e) => !composeMessage(e.post).trim() && !exportLink(e.post, options) && mediaUrls(e.post).length === 0)
    .map((e) =>
      problem(e, 'error', 'empty-post', t(locale, 'export.problem.empty', { post: postName(e.post, locale) })),
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
  locale = 'en',
): Problem[] {
  const problems: Problem[] = [];
  for (const entry of timed) {
    const cell = cells(entry.post).find(looksLikeFormula);
    if (cell !== undefined) {
      const start =
        cell[0] === '\t'
          ? t(locale, 'export.problem.start.tab')
          : cell[0] === '\r'
            ? t(locale, 'export.problem.start.break')
            : t(locale, 'export.problem.start.char', { char: cell[0] });
      problems.push(
        problem(
          entry,
          'warning',
          'formula-like-cell',
          t(locale, 'export.problem.formula', { post: postName(entry.post, locale), start, target: label }),
        ),
      );
    }
  }
  return problems;
}

/** Warns when the file mixes platforms although the target posts every row to the accounts picked at upload. */
export function checkOnePlatform(posts: readonly Post[], label: string, locale = 'en'): Problem[] {
  const platforms = [...new Set(posts.map((p) => p.platform.trim()).filter((p) => p))];
  if (platforms.length <= 1) return [];
  return [
    {
      postId: '',
      severity: 'warning',
      code: 'mixed-platforms',
      message: t(locale, 'export.problem.mixed', { target: label, platforms: platforms.join(', ') }),
    },
  ];
}

/** Flags media that is not a public web address (http or https), which schedulers cannot fetch. */
export function checkMediaUrls(timed: readonly TimedPost[], label: string, locale = 'en'): Problem[] {
  const problems: Problem[] = [];
  for (const entry of timed) {
    const bad = mediaUrls(entry.post).find((url) => !/^https?:\/\//i.test(url));
    if (bad) {
      problems.push(
        problem(
          entry,
          'error',
          'media-not-url',
          t(locale, 'export.problem.mediaNotUrl', { post: postName(entry.post, locale), value: bad, target: label }),
        ),
      );
    } else if (mediaUrls(entry.post).some((url) => /^https?:\/\/(drive|docs)\.google\.com\//i.test(url))) {
      problems.push(
        problem(
          entry,
          'warning',
          'media-drive-link',
          t(locale, 'export.problem.mediaDrive', { post: postName(entry.post, locale), target: label }),
        ),
      );
    }
  }
  return problems;
}
