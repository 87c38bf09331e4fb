/** Checks of the planning fields (issue #22): alt text per media item, first comment, text spoilers, subreddit, CamelCase hashtags. */

import type { CheckResult, Severity } from '../check-types';
import type { CheckCode, MessageParams } from '../check-messages';
import { COUNTING_UNITS, countText } from '../counting/count-text';
import type { Rule } from '../rules/rule-types';
import type { Post } from '../post';
import { t } from '../i18n';
import { isEvergreen, parseEvergreen, parseRepeat } from '../planning/recurrence';
import { parseSeriesTag } from '../planning/series-sync';
import { findHashtags, mediaItems } from './post-text';

type Report = (severity: Severity, code: CheckCode, field: string, params: MessageParams) => void;

/** A spoiler as the calendar marks it in the caption: `||hidden text||` (Threads sends each as a SPOILER entity). */
const SPOILER = /\|\|(?!\|)([^|\n][^\n]*?)\|\|/g;

/** A hashtag this long in one case most likely joins several words (`#contentcalendar`, `#SMALLBUSINESS`). */
const CAMEL_CASE_MIN_LENGTH = 10;

/**
 * The alt texts of a post, one per line of the Alt text column, in Media order. A blank line is a media item
 * without alt text; trailing blank lines are dropped.
 */
export function altTextLines(altText: string): string[] {
  const lines = altText
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The text spoilers `||like this||` in `text`, without their bars. */
export function findSpoilers(text: string): string[] {
  if (text.indexOf('||') < 0) return [];
  const found: string[] = [];
  SPOILER.lastIndex = 0;
  for (let m = SPOILER.exec(text); m; m = SPOILER.exec(text)) found.push(m[1]);
  return found;
}

/**
 * Hashtags written in one case that are long enough to join several words (a screen reader reads them as one).
 * @param tags The hashtags found in the published text (without `#`), as findHashtags() gives them.
 */
export function oneCaseHashtags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    if (tag.length < CAMEL_CASE_MIN_LENGTH || !/^\p{L}+$/u.test(tag)) continue;
    if (tag === tag.toLowerCase() || tag === tag.toUpperCase()) seen.add(tag);
  }
  return [...seen];
}

/**
 * Checks the planning fields of one post against its platform's rules (already narrowed to its format):
 * - alt text: a media item without alt text is a warning; one over the platform's limit is the rule's severity;
 *   more alt lines than media items is a warning (the lines would go to the wrong images);
 * - first comment: over the limit, or on a platform without first comments (`max: 0`), per the rule;
 * - spoilers: more `||…||` spans than the platform allows;
 * - subreddit: required on Reddit;
 * - CamelCase: an info for every long one-case hashtag on any platform (screen readers).
 * Counts go to `counts['firstComment']` and `counts['altText']` (the longest item) for the form's counters.
 * `hashtags` gives the published text's hashtags (checkPost's own, found once).
 */
export function checkPlanningFields(
  post: Post,
  text: string,
  rules: readonly Rule[],
  base: MessageParams,
  counts: CheckResult['counts'],
  report: Report,
  hashtags: () => string[] = () => findHashtags(text),
): void {
  for (const rule of rules) {
    if (rule.field === 'alt-text') checkAltText(post, rule, base, counts, report);
    else if (rule.field === 'first-comment') checkFirstComment(post, rule, base, counts, report);
    else if (rule.field === 'spoilers') {
      const used = findSpoilers(text).length;
      if (rule.max !== undefined && used > rule.max)
        report(rule.severity, 'too-many-spoilers', 'caption', {
          ...base,
          used,
          limit: rule.max,
          over: used - rule.max,
        });
    } else if (rule.field === 'subreddit') {
      if (rule.required && !post.subreddit.trim()) report(rule.severity, 'missing-subreddit', 'subreddit', base);
    }
  }
  for (const tag of oneCaseHashtags(hashtags()))
    report('info', 'one-case-hashtag', 'hashtags', { ...base, value: `#${tag}` });
}

function checkAltText(
  post: Post,
  rule: Rule,
  base: MessageParams,
  counts: CheckResult['counts'],
  report: Report,
): void {
  if (!post.media.trim()) return;
  const media = mediaItems(post.media);
  const lines = altTextLines(post.altText);
  if (media.length === 0 || rule.max === 0) return;
  const missing = media.filter((_, i) => !lines[i]).length;
  if (missing > 0) report('warning', 'missing-alt-text', 'altText', { ...base, used: missing, limit: media.length });
  if (lines.length > media.length)
    report('warning', 'alt-text-extra-lines', 'altText', { ...base, used: lines.length, limit: media.length });
  if (rule.max === undefined) return;
  const method = rule.counting ?? 'utf16';
  const unit = COUNTING_UNITS[method];
  let longest = 0;
  lines.slice(0, media.length).forEach((line, i) => {
    const used = countText(line, method);
    longest = Math.max(longest, used);
    if (used > rule.max!)
      report(rule.severity, 'alt-text-too-long', 'altText', {
        ...base,
        value: String(i + 1),
        used,
        limit: rule.max,
        over: used - rule.max!,
        unit,
      });
  });
  if (!counts.altText || rule.max < counts.altText.limit) counts.altText = { used: longest, limit: rule.max, unit };
}

function checkFirstComment(
  post: Post,
  rule: Rule,
  base: MessageParams,
  counts: CheckResult['counts'],
  report: Report,
): void {
  const comment = post.firstComment.trim();
  if (rule.max === 0) {
    if (comment) report(rule.severity, 'first-comment-not-supported', 'firstComment', base);
    return;
  }
  if (rule.max === undefined) return;
  const method = rule.counting ?? 'utf16';
  const used = comment ? countText(comment, method) : 0;
  const unit = COUNTING_UNITS[method];
  if (!counts.firstComment || rule.max < counts.firstComment.limit)
    counts.firstComment = { used, limit: rule.max, unit };
  if (used > rule.max)
    report(rule.severity, 'first-comment-too-long', 'firstComment', {
      ...base,
      used,
      limit: rule.max,
      over: used - rule.max,
      unit,
      adjustable: rule.adjustable,
    });
}

/**
 * Checks the Repeat cell, on every platform: a rule that cannot be read, or an `evergreen` mark without a
 * whole number of cool-down days (1–3,650), is an error saying how to write it. An occurrence's series tag
 * (written by the add-on) is not a rule and is not checked.
 */
export function checkRepeatFields(post: Post, locale: string | undefined, report: Report): void {
  const text = post.repeat.trim();
  if (!text || parseSeriesTag(text)) return;
  if (isEvergreen(text)) {
    if (parseEvergreen(text) === null) report('error', 'invalid-evergreen', 'repeat', { value: text });
    return;
  }
  const parsed = parseRepeat(text);
  if (!parsed.ok)
    report('error', 'invalid-repeat', 'repeat', { value: t(locale ?? 'en', parsed.key, { value: parsed.value }) });
}
