/** What saving posts from the form decides: new posts' IDs and shared campaign, tracking links, approvals, checks and each row's cells. */

import { approvalEffects, type ApprovalOptions } from './approval-effects';
import { cellAt, calendarCellValue, POST_COLUMNS } from './calendar-row';
import { checkDetails, checkPost, summarizeChecks } from './check-post';
import type { CheckResult } from './check-types';
import { applyUtm } from './export/utm';
import type { HeaderMap } from './header-map';
import type { CalendarColumn, Post } from './post';
import { newPostId } from './post-id';
import type { RulesTable } from './rules';

/**
 * Gives each new post an ID not in `taken` (which grows with them). Posts saved together (one post
 * for several platforms) without a campaign share one, `Group <a new ID>`, so they stay together.
 * @param randomHex A random hex source (Utilities.getUuid): called for the group first, then once per post.
 */
export function identifyNewPosts(posts: Post[], randomHex: () => string, taken: Set<string>): void {
  const group = posts.length > 1 && !posts[0].campaign ? `Group ${newPostId(randomHex, taken)}` : '';
  for (const post of posts) {
    post.id = newPostId(randomHex, taken);
    taken.add(post.id);
    if (group) post.campaign = group;
  }
}

/**
 * Adds the tracking parameters of the Settings' "UTM template" to each post's link, when the form
 * asked for them (`utm`) and a template is set. Call once IDs are known: the template may use {id}.
 */
export function tagLinks(posts: Post[], settingsValues: Record<string, string>, utm: boolean | undefined): void {
  const template = settingsValues['utm template']?.trim();
  if (utm && template) for (const post of posts) post.link = applyUtm(post.link, template, post);
}

/** True when a save into `current` (the row as it is, index = column - 1) sets the Status now: a row already Approved is not approved again. */
export function saveSetsStatus(map: HeaderMap, current: readonly unknown[]): boolean {
  return cellAt(map, current, 'Status').trim().toLowerCase() !== 'approved';
}

/** What one save writes besides the posts: where, when and by whom, and what the row holds now. */
export interface SaveRowsOptions {
  map: HeaderMap;
  /** The first and last column the save writes. */
  first: number;
  last: number;
  /** The row as it is across the sheet's width (index = column - 1; empty for new posts). */
  current: readonly unknown[];
  approval: ApprovalOptions;
  rules: RulesTable;
  now: Date;
  locale: string;
  /** The Updated stamp, as written. */
  stamp: string;
  /** What a column the save does not own keeps (the team's cell as it is, or '' in a new row). */
  kept: (column: number) => unknown;
}

/** One saved post's row: its cells from `first` to `last`, its checks and its Checks note. */
export interface SavedRow {
  values: unknown[];
  checks: CheckResult;
  note: string;
}

function isPostColumn(column: CalendarColumn): column is (typeof POST_COLUMNS)[number] {
  return (POST_COLUMNS as readonly string[]).includes(column);
}

/**
 * The rows a save writes, one per post: the approval rules' cells first (a new approval, or a post
 * sent back to review), then the post's fields, the Checks summary, the Updated stamp, and what the
 * other columns keep. Each post's checks include its approval warnings.
 */
export function saveRows(posts: readonly Post[], options: SaveRowsOptions): SavedRow[] {
  const nameAt = new Map<number, CalendarColumn>();
  for (const [name, position] of Object.entries(options.map)) nameAt.set(position, name as CalendarColumn);
  const statusSetNow = saveSetsStatus(options.map, options.current);
  return posts.map((post) => {
    const effects = approvalEffects(options.map, options.current, post, statusSetNow, options.approval, options.locale);
    const checks = checkPost(post, options.rules, { now: options.now, locale: options.locale });
    checks.issues.push(...effects.issues);
    const values: unknown[] = [];
    for (let column = options.first; column <= options.last; column++) {
      const name = nameAt.get(column);
      if (name && name in effects.cells) values.push(effects.cells[name]);
      else if (name && isPostColumn(name)) values.push(calendarCellValue(post, name));
      else if (name === 'Checks') values.push(summarizeChecks(checks));
      else if (name === 'Updated') values.push(options.stamp);
      else values.push(options.kept(column));
    }
    return { values, checks, note: checkDetails(checks) };
  });
}
