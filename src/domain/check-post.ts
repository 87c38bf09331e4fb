/** checkPost(): checks one post against its platform's rules and returns issues and counts; the summaries re-exported. */

import type { CheckIssue, CheckResult, Severity } from './check-types';
import { checkMessage, type CheckCode, type MessageParams } from './check-messages';
import { checkPlanningFields, checkRepeatFields } from './checks/planning-fields';
import { checkTiming } from './checks/post-timing';
import { countMentions, findHashtags, findPhoneNumbers, mediaItems, publishedText } from './checks/post-text';
import { isWebUrl } from './checks/web-url';
import { COUNTING_UNITS, countText } from './counting/count-text';
import { findUrls } from './counting/find-urls';
import { parseXText } from './counting/x-weighted-length';
import { defaultRules } from './rules/default-rules';
import { findPlatform, platformNames, rulesFor, type CompiledPlatform } from './rules/rule-lookup';
import type { Rule, RulesTable } from './rules/rule-types';
import type { Post } from './post';

export { checkDetails, summarizeChecks } from './check-summary';

/** What checkPost() needs besides the post and the rules. */
export interface CheckPostOptions {
  /** The moment "now" for past-date checks (default: the current time). */
  now?: Date;
  /** A Sheets locale (`en_US`, `pl_PL`) or language tag: `pl*` → Polish messages, else English. */
  locale?: string;
  /** The zone for posts without one (default `UTC`; the sheet code fills the post's zone from the spreadsheet). */
  timeZone?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Checks one post against the rules of its platform and format. Returns every issue (severity, stable code,
 * a sentence in the locale's language saying what to do, the Post field concerned) and the counts per field in
 * the platform's own unit (`counts.caption`, `counts.title`, `counts.hashtags`, ...).
 *
 * The text checked is what would be published: the caption plus, after a blank line, the Hashtags column's tags
 * that the caption does not already contain (see publishedText). The Link column is not added to it: it is the
 * platform's link field (Pinterest destination, link card, GBP button); platforms without one get an info issue.
 * When a platform has two limits on one field (Bluesky: 300 graphemes and 3,000 bytes), `counts.caption` is the
 * one closest to its limit and the other is under `caption:<unit>` (e.g. `caption:bytes`). A lower-severity issue
 * is dropped when a higher one has the same code and field (Instagram: 31 hashtags gives the 30-limit error only).
 */
export function checkPost(post: Post, rules: RulesTable = defaultRules(), options: CheckPostOptions = {}): CheckResult {
  const locale = options.locale;
  const issues: CheckIssue[] = [];
  const counts: CheckResult['counts'] = {};
  const report = (severity: Severity, code: CheckCode, field: string, params: MessageParams) => {
    issues.push({ severity, code, message: checkMessage(code, params, locale), field });
  };

  const platformName = post.platform.trim();
  let platform: CompiledPlatform | undefined;
  if (!platformName) report('warning', 'missing-platform', 'platform', {});
  else {
    platform = findPlatform(rules, platformName);
    if (!platform)
      report('error', 'unknown-platform', 'platform', { value: platformName, list: platformNames(rules).join(', ') });
  }

  checkTiming(post, options.now ?? new Date(), options.timeZone || 'UTC', report);
  checkAddresses(post, report);
  checkRepeatFields(post, locale, report);
  if (platform) checkAgainstRules(post, platform, counts, report);

  const result: CheckResult = { issues: dropWeakerDuplicates(issues), counts };
  if (platform) result.platform = platform.name;
  if (locale) result.locale = locale;
  return result;
}

function checkAddresses(post: Post, report: (s: Severity, c: CheckCode, f: string, p: MessageParams) => void): void {
  const link = post.link.trim();
  if (link) {
    const verdict = isWebUrl(link);
    if (verdict !== 'ok')
      report(verdict === 'no-scheme' ? 'warning' : 'error', 'invalid-link', 'link', { value: link });
  }
  for (const item of mediaItems(post.media)) {
    const verdict = isWebUrl(item);
    if (verdict !== 'ok')
      report(verdict === 'no-scheme' ? 'warning' : 'error', 'invalid-media-url', 'media', { value: item });
  }
}

function checkAgainstRules(
  post: Post,
  platform: CompiledPlatform,
  counts: CheckResult['counts'],
  report: (s: Severity, c: CheckCode, f: string, p: MessageParams) => void,
): void {
  const name = platform.name;
  let format = '';
  const typed = post.format.trim();
  if (platform.formats.length > 0) {
    const list = platform.formats.join(', ');
    if (!typed) report('warning', 'missing-format', 'format', { platform: name, list });
    else {
      const lower = typed.toLowerCase();
      format = platform.formats.find((f) => f.toLowerCase() === lower) ?? '';
      if (!format) report('error', 'format-not-available', 'format', { platform: name, format: typed, list });
    }
  } else format = typed;

  const rules = rulesFor(platform, format);
  const text = publishedText(post.caption, post.hashtags);
  const title = post.title.trim();
  const base: MessageParams = { platform: name, format: format || typed };
  let hashtags: string[] | undefined;
  const tags = () => (hashtags ??= findHashtags(text));
  const captionCounts: Array<{ used: number; rule: Rule }> = [];
  let hasCaptionRule = false;
  let media: string[] | undefined;

  for (const rule of rules) {
    const max = rule.max;
    switch (rule.field) {
      case 'caption': {
        hasCaptionRule = true;
        if (max === 0) {
          if (text.trim()) report(rule.severity, 'caption-not-published', 'caption', base);
          break;
        }
        const method = rule.counting ?? 'utf16';
        let used: number;
        if (method === 'x-weighted') {
          used = parseXText(text).weightedLength;
          // twitter-text's own `valid` also means "within 280", which a raised Max (X Premium) overrides.
          if (/[\uFFFE\uFEFF\uFFFF]/.test(text)) report(rule.severity, 'invalid-characters', 'caption', base);
        } else used = countText(text, method);
        captionCounts.push({ used, rule });
        if (max !== undefined && used > max) {
          report(rule.severity, 'text-too-long', 'caption', {
            ...base,
            used,
            limit: max,
            over: used - max,
            unit: COUNTING_UNITS[method],
            what: 'caption',
            adjustable: rule.adjustable,
          });
        }
        break;
      }
      case 'title': {
        if (!title) {
          if (rule.required) report(rule.severity, 'missing-title', 'title', base);
          break;
        }
        if (max === undefined) break;
        const method = rule.counting ?? 'utf16';
        const used = countText(title, method);
        const unit = COUNTING_UNITS[method];
        if (!counts.title || used / max > counts.title.used / counts.title.limit)
          counts.title = { used, limit: max, unit };
        if (used > max)
          report(rule.severity, 'title-too-long', 'title', { ...base, used, limit: max, over: used - max, unit });
        break;
      }
      case 'hashtags': {
        if (max === undefined) break;
        const used = tags().length;
        if (max === 0) {
          if (used > 0) report(rule.severity, 'hashtags-no-effect', 'hashtags', { ...base, used });
          break;
        }
        if (!counts.hashtags || max < counts.hashtags.limit) counts.hashtags = { used, limit: max, unit: 'hashtags' };
        if (used > max)
          report(rule.severity, 'too-many-hashtags', 'hashtags', { ...base, used, limit: max, over: used - max });
        break;
      }
      case 'topic-tags': {
        const found = tags();
        if (max !== undefined && found.length > max) {
          report(rule.severity, 'too-many-topic-tags', 'hashtags', {
            ...base,
            value: `#${found[0]}`,
            used: found.length,
            limit: max,
            over: found.length - max,
          });
        }
        break;
      }
      case 'mentions': {
        if (max === undefined) break;
        const used = countMentions(text);
        counts.mentions = { used, limit: max, unit: 'mentions' };
        if (used > max)
          report(rule.severity, 'too-many-mentions', 'caption', { ...base, used, limit: max, over: used - max });
        break;
      }
      case 'links': {
        if (max === undefined) break;
        const distinct = new Set(findUrls(text).map((u) => u.url.toLowerCase().replace(/\/+$/, ''))).size;
        if (max === 0) {
          if (distinct > 0) report(rule.severity, 'links-not-clickable', 'caption', { ...base, used: distinct });
          break;
        }
        counts.links = { used: distinct, limit: max, unit: 'links' };
        if (distinct > max)
          report(rule.severity, 'too-many-links', 'caption', {
            ...base,
            used: distinct,
            limit: max,
            over: distinct - max,
          });
        break;
      }
      case 'link': {
        const link = post.link.trim();
        if (!link) {
          if (rule.required) report(rule.severity, 'missing-link', 'link', base);
        } else if (max !== undefined && link.length > max) {
          report(rule.severity, 'link-too-long', 'link', { ...base, used: link.length, limit: max });
        }
        break;
      }
      case 'media': {
        const items = (media ??= mediaItems(post.media));
        const used = items.length;
        if (used === 0) {
          if (rule.required) report(rule.severity, 'missing-media', 'media', base);
        } else if (rule.min !== undefined && used < rule.min) {
          report(rule.severity, 'too-few-media', 'media', { ...base, used, limit: rule.min, over: rule.min - used });
        }
        if (max === 0) {
          if (used > 0) report(rule.severity, 'media-not-used', 'media', base);
        } else if (max !== undefined) {
          if (!counts.media || max < counts.media.limit) counts.media = { used, limit: max, unit: 'media items' };
          if (used > max)
            report(rule.severity, 'too-many-media', 'media', { ...base, used, limit: max, over: used - max });
        }
        break;
      }
      case 'angle-brackets': {
        const limit = max ?? 0;
        const inTitle = angleBrackets(title);
        const inText = angleBrackets(text);
        if (inTitle > limit)
          report(rule.severity, 'angle-brackets', 'title', { ...base, used: inTitle, what: 'title' });
        if (inText > limit)
          report(rule.severity, 'angle-brackets', 'caption', { ...base, used: inText, what: 'caption' });
        break;
      }
      case 'phone-numbers': {
        const phones = findPhoneNumbers(title ? `${title}\n${text}` : text);
        if (phones.length > (max ?? 0)) report(rule.severity, 'phone-number', 'caption', { ...base, value: phones[0] });
        break;
      }
      default:
        // format, video-seconds, posts-per-day, minutes-between-posts: not about one post's fields.
        break;
    }
  }

  if (captionCounts.length > 0) {
    captionCounts.sort((a, b) => ratio(b.used, b.rule.max) - ratio(a.used, a.rule.max));
    captionCounts.forEach(({ used, rule }, i) => {
      if (rule.max === undefined) return;
      const unit = COUNTING_UNITS[rule.counting ?? 'utf16'];
      // A second limit in the same unit (Pinterest 500 and 800 characters) adds nothing to show.
      const key = i === 0 ? 'caption' : `caption:${unit}`;
      if (!counts[key] && !(i > 0 && counts.caption.unit === unit)) counts[key] = { used, limit: rule.max, unit };
    });
  }
  if (hasCaptionRule && format === 'Text' && !text.trim()) report('error', 'empty-caption', 'caption', base);
  checkPlanningFields(post, text, rules, base, counts, report, tags);

  const link = post.link.trim();
  if (link && hasCaptionRule && !platform.rules.some((r) => r.field === 'link') && text.indexOf(link) < 0) {
    report('info', 'link-not-in-caption', 'link', base);
  }
}

function ratio(used: number, max: number | undefined): number {
  return max ? used / max : 0;
}

function angleBrackets(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 || c === 62) n++;
  }
  return n;
}

/** Drops an issue when another with the same code and field is more severe (two limits on one thing). */
function dropWeakerDuplicates(issues: CheckIssue[]): CheckIssue[] {
  if (issues.length < 2) return issues;
  return issues.filter(
    (issue) =>
      !issues.some(
        (other) =>
          other !== issue &&
          other.code === issue.code &&
          other.field === issue.field &&
          SEVERITY_RANK[other.severity] < SEVERITY_RANK[issue.severity],
      ),
  );
}
