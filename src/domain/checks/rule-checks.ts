/** Checks one post's fields against the rules of its platform and format (lengths, counts, required fields), one check per rule field. */

import type { CheckResult, Severity } from '../check-types';
import type { CheckCode, MessageParams } from '../check-messages';
import { COUNTING_UNITS, countText } from '../counting/count-text';
import { findUrls } from '../counting/find-urls';
import { parseXText } from '../counting/x-weighted-length';
import { rulesFor, type CompiledPlatform } from '../rules/rule-lookup';
import type { Rule, RuleField } from '../rules/rule-types';
import type { Post } from '../post';
import { checkPlanningFields } from './planning-fields';
import { countMentions, findHashtags, findPhoneNumbers, mediaItems, publishedText } from './post-text';

type Report = (severity: Severity, code: CheckCode, field: string, params: MessageParams) => void;

/** What every field check of one post reads, and the counts it fills in. */
interface PostUnderCheck {
  post: Post;
  /** The text that would be published (caption plus the Hashtags column's new tags). */
  text: string;
  title: string;
  /** The message parameters every issue has: platform and format. */
  base: MessageParams;
  counts: CheckResult['counts'];
  report: Report;
  /** The published text's hashtags (found once, on first use). */
  tags(): string[];
  /** The Media column's items (split once, on first use). */
  media(): string[];
  /** Each caption rule's count, to choose which one `counts.caption` shows. */
  captionCounts: Array<{ used: number; rule: Rule }>;
}

/** The format the post names, spelled as the platform spells it ('' when missing or not offered, with the issue reported). */
function resolveFormat(post: Post, platform: CompiledPlatform, report: Report): string {
  const typed = post.format.trim();
  if (platform.formats.length === 0) return typed;
  const list = platform.formats.join(', ');
  if (!typed) {
    report('warning', 'missing-format', 'format', { platform: platform.name, list });
    return '';
  }
  const lower = typed.toLowerCase();
  const format = platform.formats.find((f) => f.toLowerCase() === lower) ?? '';
  if (!format) report('error', 'format-not-available', 'format', { platform: platform.name, format: typed, list });
  return format;
}

function checkCaption(rule: Rule, p: PostUnderCheck): void {
  const { max } = rule;
  if (max === 0) {
    if (p.text.trim()) p.report(rule.severity, 'caption-not-published', 'caption', p.base);
    return;
  }
  const method = rule.counting ?? 'utf16';
  let used: number;
  if (method === 'x-weighted') {
    used = parseXText(p.text).weightedLength;
    // twitter-text's own `valid` also means "within 280", which a raised Max (X Premium) overrides.
    if (/[\uFFFE\uFEFF\uFFFF]/.test(p.text)) p.report(rule.severity, 'invalid-characters', 'caption', p.base);
  } else used = countText(p.text, method);
  p.captionCounts.push({ used, rule });
  if (max !== undefined && used > max) {
    p.report(rule.severity, 'text-too-long', 'caption', {
      ...p.base,
      used,
      limit: max,
      over: used - max,
      unit: COUNTING_UNITS[method],
      what: 'caption',
      adjustable: rule.adjustable,
    });
  }
}

function checkTitle(rule: Rule, p: PostUnderCheck): void {
  const { max } = rule;
  if (!p.title) {
    if (rule.required) p.report(rule.severity, 'missing-title', 'title', p.base);
    return;
  }
  if (max === undefined) return;
  const method = rule.counting ?? 'utf16';
  const used = countText(p.title, method);
  const unit = COUNTING_UNITS[method];
  const { counts } = p;
  if (!counts.title || used / max > counts.title.used / counts.title.limit) counts.title = { used, limit: max, unit };
  if (used > max)
    p.report(rule.severity, 'title-too-long', 'title', { ...p.base, used, limit: max, over: used - max, unit });
}

function checkHashtags(rule: Rule, p: PostUnderCheck): void {
  const { max } = rule;
  if (max === undefined) return;
  const used = p.tags().length;
  if (max === 0) {
    if (used > 0) p.report(rule.severity, 'hashtags-no-effect', 'hashtags', { ...p.base, used });
    return;
  }
  if (!p.counts.hashtags || max < p.counts.hashtags.limit) p.counts.hashtags = { used, limit: max, unit: 'hashtags' };
  if (used > max)
    p.report(rule.severity, 'too-many-hashtags', 'hashtags', { ...p.base, used, limit: max, over: used - max });
}

function checkTopicTags(rule: Rule, p: PostUnderCheck): void {
  const found = p.tags();
  const { max } = rule;
  if (max === undefined || found.length <= max) return;
  p.report(rule.severity, 'too-many-topic-tags', 'hashtags', {
    ...p.base,
    value: `#${found[0]}`,
    used: found.length,
    limit: max,
    over: found.length - max,
  });
}

function checkMentions(rule: Rule, p: PostUnderCheck): void {
  const { max } = rule;
  if (max === undefined) return;
  const used = countMentions(p.text);
  p.counts.mentions = { used, limit: max, unit: 'mentions' };
  if (used > max)
    p.report(rule.severity, 'too-many-mentions', 'caption', { ...p.base, used, limit: max, over: used - max });
}

function checkLinks(rule: Rule, p: PostUnderCheck): void {
  const { max } = rule;
  if (max === undefined) return;
  const distinct = new Set(findUrls(p.text).map((u) => u.url.toLowerCase().replace(/\/+$/, ''))).size;
  if (max === 0) {
    if (distinct > 0) p.report(rule.severity, 'links-not-clickable', 'caption', { ...p.base, used: distinct });
    return;
  }
  p.counts.links = { used: distinct, limit: max, unit: 'links' };
  if (distinct > max) {
    p.report(rule.severity, 'too-many-links', 'caption', {
      ...p.base,
      used: distinct,
      limit: max,
      over: distinct - max,
    });
  }
}

function checkLink(rule: Rule, p: PostUnderCheck): void {
  const link = p.post.link.trim();
  if (!link) {
    if (rule.required) p.report(rule.severity, 'missing-link', 'link', p.base);
  } else if (rule.max !== undefined && link.length > rule.max) {
    p.report(rule.severity, 'link-too-long', 'link', { ...p.base, used: link.length, limit: rule.max });
  }
}

function checkMedia(rule: Rule, p: PostUnderCheck): void {
  const used = p.media().length;
  const { max, min } = rule;
  if (used === 0) {
    if (rule.required) p.report(rule.severity, 'missing-media', 'media', p.base);
  } else if (min !== undefined && used < min) {
    p.report(rule.severity, 'too-few-media', 'media', { ...p.base, used, limit: min, over: min - used });
  }
  if (max === 0) {
    if (used > 0) p.report(rule.severity, 'media-not-used', 'media', p.base);
  } else if (max !== undefined) {
    if (!p.counts.media || max < p.counts.media.limit) p.counts.media = { used, limit: max, unit: 'media items' };
    if (used > max)
      p.report(rule.severity, 'too-many-media', 'media', { ...p.base, used, limit: max, over: used - max });
  }
}

function angleBrackets(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 || c === 62) n++;
  }
  return n;
}

function checkAngleBrackets(rule: Rule, p: PostUnderCheck): void {
  const limit = rule.max ?? 0;
  const inTitle = angleBrackets(p.title);
  const inText = angleBrackets(p.text);
  if (inTitle > limit) p.report(rule.severity, 'angle-brackets', 'title', { ...p.base, used: inTitle, what: 'title' });
  if (inText > limit)
    p.report(rule.severity, 'angle-brackets', 'caption', { ...p.base, used: inText, what: 'caption' });
}

function checkPhoneNumbers(rule: Rule, p: PostUnderCheck): void {
  const phones = findPhoneNumbers(p.title ? `${p.title}\n${p.text}` : p.text);
  if (phones.length > (rule.max ?? 0))
    p.report(rule.severity, 'phone-number', 'caption', { ...p.base, value: phones[0] });
}

/** The check of each rule field about one post's own fields (format, video-seconds, posts-per-day... are not). */
const FIELD_CHECKS = new Map<RuleField, (rule: Rule, p: PostUnderCheck) => void>([
  ['caption', checkCaption],
  ['title', checkTitle],
  ['hashtags', checkHashtags],
  ['topic-tags', checkTopicTags],
  ['mentions', checkMentions],
  ['links', checkLinks],
  ['link', checkLink],
  ['media', checkMedia],
  ['angle-brackets', checkAngleBrackets],
  ['phone-numbers', checkPhoneNumbers],
]);

function ratio(used: number, max: number | undefined): number {
  return max ? used / max : 0;
}

/** `counts.caption` is the caption limit closest to being reached; others in another unit go under `caption:<unit>`. */
function fillCaptionCounts(p: PostUnderCheck): void {
  const { counts } = p;
  const sorted = [...p.captionCounts].sort((a, b) => ratio(b.used, b.rule.max) - ratio(a.used, a.rule.max));
  sorted.forEach(({ used, rule }, i) => {
    if (rule.max === undefined) return;
    const unit = COUNTING_UNITS[rule.counting ?? 'utf16'];
    // A second limit in the same unit (Pinterest 500 and 800 characters) adds nothing to show.
    const key = i === 0 ? 'caption' : `caption:${unit}`;
    if (!counts[key] && !(i > 0 && counts.caption.unit === unit)) counts[key] = { used, limit: rule.max, unit };
  });
}

/**
 * Checks `post` against the rules of `platform` for its format: reports each issue through `report`
 * and fills `counts` (caption, title, hashtags, mentions, links, media, planning fields).
 */
export function checkAgainstRules(
  post: Post,
  platform: CompiledPlatform,
  counts: CheckResult['counts'],
  report: Report,
): void {
  const format = resolveFormat(post, platform, report);
  const rules = rulesFor(platform, format);
  const text = publishedText(post.caption, post.hashtags);
  let hashtags: string[] | undefined;
  let media: string[] | undefined;
  const p: PostUnderCheck = {
    post,
    text,
    title: post.title.trim(),
    base: { platform: platform.name, format: format || post.format.trim() },
    counts,
    report,
    tags: () => (hashtags ??= findHashtags(text)),
    media: () => (media ??= mediaItems(post.media)),
    captionCounts: [],
  };
  for (const rule of rules) FIELD_CHECKS.get(rule.field)?.(rule, p);
  fillCaptionCounts(p);
  const hasCaptionRule = rules.some((rule) => rule.field === 'caption');
  if (hasCaptionRule && format === 'Text' && !text.trim()) report('error', 'empty-caption', 'caption', p.base);
  checkPlanningFields(post, text, rules, p.base, counts, report, p.tags);
  const link = post.link.trim();
  if (link && hasCaptionRule && !platform.rules.some((r) => r.field === 'link') && text.indexOf(link) < 0) {
    report('info', 'link-not-in-caption', 'link', p.base);
  }
}
