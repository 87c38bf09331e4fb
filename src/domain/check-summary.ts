/** One-line summaries of a check for the sheet's Checks cell, and the per-issue details for its note. */

import type { CheckIssue, CheckResult, Severity } from './check-types';
import { unitLabel } from './check-messages';
import { messageLanguage as languageOf } from './message-language';
import { pluralForm } from './i18n/plural';

const MARK: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** `X: 291/280 weighted characters` when the issue is an exceeded count, else undefined. */
function countFor(issue: CheckIssue, result: CheckResult): string | undefined {
  const count = result.counts[issue.field];
  if (!count || count.used <= count.limit || !/too-long|too-many/.test(issue.code)) return undefined;
  const prefix = result.platform ? `${result.platform}: ` : '';
  return `${prefix}${count.used}/${count.limit} ${unitLabel(count.unit, result.locale)}`;
}

/**
 * The short line for the Checks cell: `✖ X: 291/280 weighted characters` (the first error, `(+2 more)` when there
 * are others), `⚠ 1 warning: <message>` when there are only warnings, `✔ OK` otherwise (info does not count).
 * Polish when the check was made for a Polish locale.
 */
export function summarizeChecks(result: CheckResult): string {
  const pl = languageOf(result.locale) === 'pl';
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0];
    const more = errors.length - 1;
    const suffix = more > 0 ? (pl ? ` (+${more} więcej)` : ` (+${more} more)`) : '';
    return `${MARK.error} ${countFor(first, result) ?? first.message}${suffix}`;
  }
  const warnings = result.issues.filter((issue) => issue.severity === 'warning');
  if (warnings.length > 0) {
    const n = warnings.length;
    const label = pluralForm(n, pl ? ['ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń'] : ['warning', 'warnings']);
    return `${MARK.warning} ${n} ${label}: ${countFor(warnings[0], result) ?? warnings[0].message}`;
  }
  return '✔ OK';
}

const COUNT_LABELS: Record<'en' | 'pl', Record<string, string>> = {
  en: {
    caption: 'Caption',
    title: 'Title',
    hashtags: 'Hashtags',
    mentions: 'Mentions',
    links: 'Links',
    media: 'Media',
  },
  pl: {
    caption: 'Opis',
    title: 'Tytuł',
    hashtags: 'Hashtagi',
    mentions: 'Oznaczenia',
    links: 'Linki',
    media: 'Multimedia',
  },
};

/**
 * The note for the Checks cell: one line per issue (errors first, each with its mark), then one line per count
 * (`Caption: 291/280 weighted characters`). Empty when there is nothing to say.
 */
export function checkDetails(result: CheckResult): string {
  const lang = languageOf(result.locale);
  const lines = result.issues
    .slice()
    .sort((a, b) => RANK[a.severity] - RANK[b.severity])
    .map((issue) => `${MARK[issue.severity]} ${issue.message}`);
  for (const [field, count] of Object.entries(result.counts)) {
    const [base, extra] = field.split(':');
    // An unused count of things (0 of 4 media items) is noise in a note; lengths always show.
    if (count.used === 0 && base !== 'caption' && base !== 'title') continue;
    const label = COUNT_LABELS[lang][base] ?? base;
    lines.push(
      `${label}${extra ? ` (${unitLabel(extra, result.locale)})` : ''}: ${count.used}/${count.limit} ${unitLabel(count.unit, result.locale)}`,
    );
  }
  return lines.join('\n');
}
