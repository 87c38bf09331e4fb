/** checkPost(): checks one post against its platform's rules and returns issues and counts; the summaries re-exported. */

import type { CheckIssue, CheckResult, Severity } from './check-types';
import { checkMessage, type CheckCode, type MessageParams } from './check-messages';
import { checkRepeatFields } from './checks/planning-fields';
import { checkTiming } from './checks/post-timing';
import { mediaItems } from './checks/post-text';
import { checkAgainstRules } from './checks/rule-checks';
import { isWebUrl } from './checks/web-url';
import { defaultRules } from './rules/default-rules';
import { findPlatform, platformNames, type CompiledPlatform } from './rules/rule-lookup';
import type { RulesTable } from './rules/rule-types';
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
