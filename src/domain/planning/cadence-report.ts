/** Check all posts' cadence report for people: findings grouped per platform and week ("Instagram: weeks of 30 November and 7 December"), not one line per finding. */

import type { CadenceIssue } from './cadence';
import { weekStart } from './civil-date';
import { joinList, pm, pmList } from './planning-messages';

/** The findings as platforms, each with the Mondays of its weeks that need attention (sorted). */
export function cadenceWeeks(findings: readonly CadenceIssue[]): Map<string, string[]> {
  const weeks = new Map<string, Set<string>>();
  for (const finding of findings) {
    const day = finding.week ?? finding.date;
    if (!day) continue;
    const set = weeks.get(finding.platform) ?? new Set<string>();
    set.add(weekStart(day));
    weeks.set(finding.platform, set);
  }
  return new Map([...weeks].map(([platform, set]) => [platform, [...set].sort()]));
}

/** "30 November" / "30 listopada". */
function dayMonth(locale: string, date: string): string {
  const [, month, day] = date.split('-').map(Number);
  return `${day} ${pmList(locale, 'planning.months.inDate')[month - 1]}`;
}

/**
 * One sentence for the toast: how many platform-weeks need attention and which, per platform (at most
 * `maxPlatforms`, the rest counted). Empty when there are no findings.
 */
export function cadenceReport(findings: readonly CadenceIssue[], locale: string, maxPlatforms = 4): string {
  const weeks = cadenceWeeks(findings);
  if (weeks.size === 0) return '';
  const total = [...weeks.values()].reduce((sum, list) => sum + list.length, 0);
  const parts = [...weeks].slice(0, maxPlatforms).map(([platform, list]) =>
    pm(locale, 'planning.cadence.report.platform', { platform, count: list.length, weeks: joinList(locale, list.map((week) => dayMonth(locale, week))) }),
  );
  const more = weeks.size - parts.length;
  return pm(locale, 'planning.cadence.report', {
    count: total,
    platforms: parts.join('; '),
    more: more > 0 ? pm(locale, 'planning.cadence.report.more', { count: more }) : '',
  });
}
