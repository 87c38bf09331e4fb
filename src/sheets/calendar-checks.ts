/** Runs the platform checks over a block of calendar rows and writes the Checks column (and IDs) back in batched calls. */

import { checkDetails, checkPost, summarizeChecks } from '../domain/check-post';
import type { CheckIssue, CheckResult } from '../domain/check-types';
import type { Post } from '../domain/post';
import type { RulesTable } from '../domain/rules';
import { newPostId } from '../domain/post-id';
import { writeColumns, writeNotes, type CalendarSheet } from './calendar-sheet';
import { rowHasContent, rowToPost } from './calendar-rows';

/** What a check of a block found. */
export interface BlockCheckSummary {
  posts: number;
  withErrors: number;
  withWarnings: number;
  results: (CheckResult | null)[];
  posts_: (Post | null)[];
}

/** What checking needs besides the rows. */
export interface CheckOptions {
  rules: RulesTable;
  timeZone: string;
  locale: string;
  now: Date;
  /** Extra issues per row index in the block (cross-row checks, approvals). */
  extraIssues?: Map<number, CheckIssue[]>;
  /** Values for the Updated column of rows with content (omitted: Updated is not written). */
  updated?: string;
  /** A random hex source for new IDs (Utilities.getUuid), and the IDs already taken. */
  randomHex: () => string;
  takenIds: Set<string>;
}

/** Reads the posts of a block (no calls). Rows without content give null. */
export function postsOfBlock(calendar: CalendarSheet, rows: unknown[][], timeZone: string): (Post | null)[] {
  return rows.map((row) => (rowHasContent(row, calendar.map) ? rowToPost(row, calendar.map, timeZone) : null));
}

/**
 * Checks every post in `rows` (rows `firstRow`.. of the sheet), gives an ID to posts without one,
 * and writes Checks (with Updated when asked, and ID when any was missing) in one call per run of
 * adjacent columns, plus one call for the Checks notes.
 */
export function checkBlock(calendar: CalendarSheet, firstRow: number, rows: unknown[][], options: CheckOptions): BlockCheckSummary {
  const posts = postsOfBlock(calendar, rows, options.timeZone);
  const checks: string[] = [];
  const notes: string[] = [];
  const ids: (string | undefined)[] = [];
  const updated: (string | undefined)[] = [];
  const results: (CheckResult | null)[] = [];
  let withErrors = 0;
  let withWarnings = 0;
  let count = 0;
  let idsAssigned = false;
  posts.forEach((post, index) => {
    if (!post) {
      checks.push('');
      notes.push('');
      ids.push(undefined);
      updated.push(undefined);
      results.push(null);
      return;
    }
    count++;
    if (!post.id && calendar.map.ID !== undefined) {
      post.id = newPostId(options.randomHex, options.takenIds);
      options.takenIds.add(post.id);
      ids.push(post.id);
      idsAssigned = true;
    } else ids.push(undefined);
    const result = checkPost(post, options.rules, { now: options.now, locale: options.locale });
    const extra = options.extraIssues?.get(index);
    if (extra) result.issues.push(...extra);
    results.push(result);
    if (result.issues.some((issue) => issue.severity === 'error')) withErrors++;
    else if (result.issues.some((issue) => issue.severity === 'warning')) withWarnings++;
    checks.push(summarizeChecks(result));
    notes.push(checkDetails(result));
    updated.push(options.updated);
  });
  const columns: Parameters<typeof writeColumns>[3] = { Checks: checks };
  if (options.updated !== undefined) columns.Updated = updated;
  if (idsAssigned) columns.ID = ids;
  writeColumns(calendar, firstRow, rows.length, columns, rows);
  writeNotes(calendar, 'Checks', firstRow, notes);
  return { posts: count, withErrors, withWarnings, results, posts_: posts };
}
