/** Runs the domain's checkPost() in the browser for each chosen platform, so the form and the Checks column agree. */

import { checkPost } from '../../domain/check-post';
import type { CheckIssue, CheckResult, FieldCount } from '../../domain/check-types';
import type { Post } from '../../domain/post';
import { defaultRules } from '../../domain/rules/default-rules';
import { findPlatform, rulesFor } from '../../domain/rules/rule-lookup';

/** The rules table checkPost() takes (FormContext.rules, passed through as the server sent it). */
export type Rules = Parameters<typeof checkPost>[1];

/** checkPost()'s options (now, locale, the spreadsheet's time zone). */
export type CheckOptions = NonNullable<Parameters<typeof checkPost>[2]>;

/** One platform's check of the post as it would be saved on that platform. */
export interface PlatformCheck {
  platform: string;
  /** The form field holding this platform's caption: `caption`, or `captions.<platform>` when overridden. */
  captionField: string;
  result: CheckResult;
}

/** A count to show under a form field. */
export interface FieldCounter extends FieldCount {
  platform: string;
}

/** Issues to show under a form field, merged across platforms (same message → one line naming each platform). */
export interface FieldIssue {
  severity: CheckIssue['severity'];
  code: string;
  message: string;
  platforms: string[];
}

/**
 * Checks the post once per platform, with that platform's caption (its override when not blank).
 * @param base The form's post (platform ignored).
 * @param platforms The chosen platforms.
 * @param captions Per-platform caption overrides.
 * @param rules FormContext.rules.
 * @param options now and locale, as checkPost() takes them.
 */
export function checkEachPlatform(
  base: Post,
  platforms: readonly string[],
  captions: Readonly<Record<string, string>>,
  rules: Rules,
  options: CheckOptions,
): PlatformCheck[] {
  return platforms.map((platform) => {
    const override = captions[platform];
    const overridden = override !== undefined && override.trim() !== '';
    const post: Post = { ...base, platform, caption: overridden ? override : base.caption };
    let result: CheckResult;
    try {
      result = checkPost(post, rules, options);
    } catch {
      result = { issues: [], counts: {} };
    }
    return { platform, captionField: overridden ? `captions.${platform}` : 'caption', result };
  });
}

/** The form field a check's Post field is shown under, for one platform's check. */
function formField(check: PlatformCheck, field: string): string {
  if (field === 'caption') return check.captionField;
  if (field === 'platform') return 'platforms';
  return field;
}

/**
 * The counters to show under each form field, keyed by form field (`caption`, `captions.X`, `title`, ...).
 * @param checks The per-platform checks.
 */
export function countersByField(checks: readonly PlatformCheck[]): Map<string, FieldCounter[]> {
  const byField = new Map<string, FieldCounter[]>();
  for (const check of checks) {
    for (const [field, count] of Object.entries(check.result.counts)) {
      if (!count || !(count.limit > 0)) continue;
      const key = formField(check, field);
      const list = byField.get(key) ?? [];
      list.push({ platform: check.platform, used: count.used, limit: count.limit, unit: count.unit });
      byField.set(key, list);
    }
  }
  return byField;
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

/**
 * The issues to show under each form field (`''` = the whole post), merged across platforms and sorted
 * errors first.
 * @param checks The per-platform checks.
 */
export function issuesByField(checks: readonly PlatformCheck[]): Map<string, FieldIssue[]> {
  const byField = new Map<string, FieldIssue[]>();
  for (const check of checks) {
    for (const issue of check.result.issues) {
      const key = formField(check, issue.field);
      const list = byField.get(key) ?? [];
      const same = list.find((item) => item.message === issue.message && item.severity === issue.severity);
      if (same) {
        if (!same.platforms.includes(check.platform)) same.platforms.push(check.platform);
      } else {
        list.push({ severity: issue.severity, code: issue.code, message: issue.message, platforms: [check.platform] });
      }
      byField.set(key, list);
    }
  }
  for (const list of byField.values()) {
    list.sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
  }
  return byField;
}

/** How close a count is to its limit: `over` past it, `near` from 90% of it (5 of 5 hashtags, 252 of 280). */
export type CountLevel = 'ok' | 'near' | 'over';

/**
 * The level of a count, for colour and for announcing only when it changes.
 * @param count The count.
 */
export function countLevel(count: Pick<FieldCount, 'used' | 'limit'>): CountLevel {
  if (count.used > count.limit) return 'over';
  return count.used > 0 && count.used >= Math.ceil(count.limit * 0.9) ? 'near' : 'ok';
}

/**
 * Whether the title field matters: the rules give a chosen platform (with the chosen format) a title rule,
 * or a check already counts or reports the title.
 * @param rules The rules table (the built-in one when the server sent none).
 * @param platforms The chosen platforms.
 * @param format The chosen format (`''` = only the platform's rules for every format).
 * @param checks The per-platform checks.
 */
export function titleApplies(
  rules: Rules,
  platforms: readonly string[],
  format: string,
  checks: readonly PlatformCheck[] = [],
): boolean {
  const table = rules ?? defaultRules();
  const byRule = platforms.some((name) => {
    const platform = findPlatform(table, name);
    return platform ? rulesFor(platform, format.trim()).some((rule) => rule.field === 'title') : false;
  });
  return (
    byRule ||
    checks.some(
      (check) => 'title' in check.result.counts || check.result.issues.some((issue) => issue.field === 'title'),
    )
  );
}
