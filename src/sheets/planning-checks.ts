/** The planning checks Check all posts adds: cadence findings (thin weeks, long gaps, busy days) and low-activity hours, attached to the posts concerned. */

import type { CheckIssue } from '../domain/check-types';
import type { Post } from '../domain/post';
import { findCadenceProblems, isLowActivity, placePost, type AudienceGrid, type CadenceIssue } from '../domain/planning';
import type { Workbook } from './active-spreadsheet';
import { readAudience } from './audience-sheet';
import { readCadence } from './cadence-settings';
import { findPillarMixProblems } from '../domain/planning/pillar-mix';
import { mixTolerance, readPillars } from './pillar-settings';
import { todayIn } from './planning-posts';
import type { Settings } from './settings-sheet';

/** What the planning checks found, per row index of the checked block and in total. */
export interface PlanningFindings {
  /** Issues per row index (the same indexes as the posts passed in). */
  issues: Map<number, CheckIssue[]>;
  /** Cadence findings, including weeks with no post at all (these concern no row). */
  cadence: CadenceIssue[];
  /** Posts planned in a low-activity hour. */
  lowActivity: number;
}

/** Statuses whose time can no longer be changed usefully. */
const SETTLED = new Set(['published', 'cancelled']);

/**
 * The planning checks for Check all posts. Cadence is checked from today for four weeks against the
 * Settings sheet's cadence block (no block: no cadence checks); each finding goes to the posts it
 * names (a week's posts, the posts either side of a gap, a day's posts). Upcoming posts with a time
 * get an info check when their hour is a low-activity hour in the Audience sheet (benchmarks when the
 * sheet is missing). One Spreadsheet call: the Audience sheet's read (Settings, read to column P, is passed in).
 * @param workbook The spreadsheet, its zone and locale.
 * @param posts The block's posts with their row indexes.
 * @param settings The Settings sheet, already read.
 * @param now The current instant.
 * @param audience The Audience sheet, when the caller has read it already (check-all reads it before the lock).
 */
export function planningIssues(
  workbook: Workbook,
  posts: ReadonlyArray<{ index: number; post: Post }>,
  settings: Settings,
  now: Date,
  audience?: AudienceGrid[],
): PlanningFindings {
  const { timeZone, locale } = workbook;
  const today = todayIn(now, timeZone);
  const issues = new Map<number, CheckIssue[]>();
  const add = (index: number, issue: CheckIssue) => {
    const list = issues.get(index);
    if (list) list.push(issue);
    else issues.set(index, [issue]);
  };

  // Posts are keyed by row index so posts without an ID yet can carry their findings too.
  const keyed = posts.map(({ index, post }) => ({ ...post, id: String(index) }));
  const cadence = findCadenceProblems(keyed, readCadence(settings.grid, settings.values, locale), { timeZone, today, locale });
  for (const finding of cadence) {
    const issue: CheckIssue = {
      // The post itself is fine in a thin week or beside a gap; on an overfull day it is part of the problem.
      severity: finding.code === 'day-over-cap' ? 'warning' : 'info',
      code: `cadence-${finding.code}`,
      field: finding.code === 'day-over-cap' ? 'date' : '',
      message: finding.message,
    };
    for (const id of new Set(finding.postIds)) add(Number(id), issue);
  }

  // Content pillars: weeks whose mix strays from the Settings sheet's target shares (issue #22).
  const mix = findPillarMixProblems(keyed, readPillars(settings.grid), {
    timeZone,
    today,
    locale,
    tolerance: mixTolerance(settings.values),
  });
  for (const finding of mix) {
    const issue: CheckIssue = { severity: 'info', code: 'pillar-mix', field: 'pillar', message: finding.message };
    for (const id of new Set(finding.postIds)) add(Number(id), issue);
  }

  const activity = audience ?? readAudience(workbook);
  let lowActivity = 0;
  for (const { index, post } of posts) {
    if (!post.platform.trim() || SETTLED.has(post.status.trim().toLowerCase())) continue;
    const placed = placePost(post, timeZone);
    if (!placed || placed.instantMs === null || placed.instantMs < now.getTime()) continue;
    const issue = isLowActivity(activity, post.platform, placed.instantMs, timeZone, locale);
    if (!issue) continue;
    add(index, issue);
    lowActivity++;
  }
  return { issues, cadence, lowActivity };
}
