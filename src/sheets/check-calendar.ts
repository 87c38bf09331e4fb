/** Check all posts and the live check on edit: batched reads, the checks, batched writes. */

import { findCrossRowIssues } from '../domain/cross-row-checks';
import type { Workbook } from './active-spreadsheet';
import { auditStamp } from './active-spreadsheet';
import { checkBlock, postsOfBlock, type BlockCheckSummary } from './calendar-checks';
import { calendarFromGrid, findCalendarSheet, isCalendarSheet, openCalendar, readRows } from './calendar-sheet';
import { readRules } from './platforms-sheet';
import { textForCell } from '../domain/cell-text';
import { ADD_ON_COLUMNS, type CalendarColumn } from '../domain/post';
import { approvalOptions } from './approval-stamp';
import { planningIssues } from './planning-checks';
import { readSettings, SETTINGS_WITH_PILLARS_WIDTH, type Settings } from './settings-sheet';

/** What check-all found, for the toast. */
export interface CheckAllSummary {
  posts: number;
  withErrors: number;
  withWarnings: number;
  /** Planning findings: cadence (thin weeks, long gaps, busy days) and posts in low-activity hours. */
  cadence: number;
  lowActivity: number;
}

/**
 * Checks every post of the Calendar sheet, including problems between posts (the same caption twice
 * on a platform, posts too close together), and writes the Checks column. A constant number of
 * Spreadsheet calls whatever the number of rows. Returns null when there is no Calendar sheet.
 * `preread` hands over what the caller has just read (setup: the Calendar's grid, the Settings), so
 * neither is read twice.
 */
export function checkAllCalendar(
  workbook: Workbook,
  now: Date,
  user: string,
  preread: { grid?: unknown[][] | null; settings?: Settings } = {},
): CheckAllSummary | null {
  const sheet = findCalendarSheet(workbook.spreadsheet);
  if (!sheet) return null;
  const grid = preread.grid ?? sheet.getDataRange().getValues();
  const calendar = calendarFromGrid(sheet, grid);
  const rows = grid.slice(1).map((row) => row.slice(0, calendar.width));
  const { rules } = readRules(workbook.spreadsheet);
  const posts = postsOfBlock(calendar, rows, workbook.timeZone);
  const indexed = posts.flatMap((post, index) => (post ? [{ index, post }] : []));
  const extraIssues = findCrossRowIssues(indexed, { timeZone: workbook.timeZone, locale: workbook.locale });
  const settings = preread.settings ?? readSettings(workbook.spreadsheet, SETTINGS_WITH_PILLARS_WIDTH); // to P: the pillar block
  const planning = planningIssues(workbook, indexed, settings, now);
  for (const [index, issues] of planning.issues) extraIssues.set(index, [...(extraIssues.get(index) ?? []), ...issues]);
  const takenIds = new Set(indexed.map(({ post }) => post.id).filter(Boolean));
  const stamp = auditStamp(now, workbook.timeZone, '');
  const summary: BlockCheckSummary = checkBlock(calendar, 2, rows, {
    rules,
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    now,
    extraIssues,
    randomHex: () => Utilities.getUuid(),
    takenIds,
    approval: approvalOptions(() => settings.values, user, stamp, () => false),
    posts,
  });
  return {
    posts: summary.posts,
    withErrors: summary.withErrors,
    withWarnings: summary.withWarnings,
    cadence: planning.cadence.length,
    lowActivity: planning.lowActivity,
  };
}

/** The add-on's own columns: an edit to only these is not a change to the post. */
const OWN_COLUMNS: readonly CalendarColumn[] = ADD_ON_COLUMNS;

/**
 * The live check for an edit: the rows the edit touched (one cell or a pasted block of thousands)
 * are read in one call, checked, and their Checks (and Updated, ID) cells written in batched calls.
 * Edits outside the Calendar sheet or to the header row return at once, without any read.
 */
export function checkEditedRange(
  range: GoogleAppsScript.Spreadsheet.Range,
  context: { timeZone: string; locale: string; now: Date; user: string; spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet },
): BlockCheckSummary | null {
  const sheet = range.getSheet();
  if (!isCalendarSheet(sheet)) return null;
  let firstRow = range.getRow();
  let count = range.getNumRows();
  if (firstRow === 1) {
    firstRow = 2;
    count -= 1;
  }
  if (count <= 0) return null;
  const calendar = openCalendar(sheet);
  if (calendar.map.Checks === undefined && calendar.map.ID === undefined) return null;
  const rows = readRows(calendar, firstRow, count);
  const { rules } = readRules(context.spreadsheet);
  const firstColumn = range.getColumn();
  const lastColumn = firstColumn + range.getNumColumns() - 1;
  const ownColumns = OWN_COLUMNS.map((column) => calendar.map[column]);
  let editedPost = false;
  for (let column = firstColumn; column <= lastColumn; column++) {
    if (!ownColumns.includes(column)) editedPost = true;
  }
  const takenIds = new Set<string>();
  const statusColumn = calendar.map.Status;
  const statusEdited = statusColumn !== undefined && statusColumn >= firstColumn && statusColumn <= lastColumn;
  const stamp = auditStamp(context.now, context.timeZone, '');
  return checkBlock(calendar, firstRow, rows, {
    rules,
    timeZone: context.timeZone,
    locale: context.locale,
    now: context.now,
    updated: editedPost ? textForCell(auditStamp(context.now, context.timeZone, context.user)) : undefined,
    // Other rows' IDs are not read on edit: 40 random bits make a clash vanishingly unlikely, and
    // Check all posts reports duplicates.
    randomHex: () => Utilities.getUuid(),
    takenIds,
    approval: approvalOptions(() => readSettings(context.spreadsheet).values, context.user, stamp, () => statusEdited),
  });
}
