/** Check all posts and the live check on edit: batched reads, the checks, batched writes. */

import { findCrossRowIssues } from '../domain/cross-row-checks';
import type { Workbook } from './active-spreadsheet';
import { auditStamp } from './active-spreadsheet';
import { cellText, checkBlock, keptFormulas, planBlock, postsOfBlock, writeBlock, type BlockCheckSummary } from './calendar-checks';
import { withDocumentLock } from '../services/document-lock';
import { calendarFromGrid, findCalendarSheet, isCalendarSheet, openCalendar, readCheckedRows, type CalendarSheet } from './calendar-sheet';
import type { CheckIssue } from '../domain/check-types';
import { t } from '../domain/i18n';
import { copiedIdRows, type IdHolder } from '../domain/post-id';
import { readRulesForChecks } from './platforms-sheet';
import { textForCell } from '../domain/cell-text';
import { ADD_ON_COLUMNS, type CalendarColumn, type Post } from '../domain/post';
import { approvalOptions } from './approval-stamp';
import { planningIssues } from './planning-checks';
import { cadenceReport } from '../domain/planning/cadence-report';
import { readSettings, SETTINGS_WITH_PILLARS_WIDTH, type Settings } from './settings-sheet';
import { readAudience } from './audience-sheet';
import type { AudienceGrid } from '../domain/planning';
import type { RulesTable } from '../domain/rules';

/** What check-all found, for the toast. */
export interface CheckAllSummary {
  posts: number;
  withErrors: number;
  withWarnings: number;
  /** Planning findings: cadence (thin weeks, long gaps, busy days) and posts in low-activity hours. */
  cadence: number;
  lowActivity: number;
  /** The cadence findings grouped per platform and week, as one sentence for the toast ('' when none). */
  cadenceReport: string;
}

/**
 * Checks every post of the Calendar sheet, including problems between posts (the same caption twice
 * on a platform, posts too close together), and writes the Checks column. A constant number of
 * Spreadsheet calls whatever the number of rows (12 in the default layout). The small sheets are
 * read first; then, under the document lock, the Calendar is read once, checked and written, so no
 * save, review decision or onEdit (all under the same lock) lands between the read and the write
 * (issue #15 item 4) and no compare-and-set re-read is needed (issue #18). Typing takes no lock: a
 * cell typed into a written column during that stretch can be written back as read.
 * Returns null when there is no Calendar sheet, 'busy' when the lock stayed taken (nothing written).
 * `holdingLock`: the caller holds the document lock already (setup, or a save that set up the calendar).
 * `preread` hands over what the caller has just read (setup: the Calendar's grid, the Settings), so
 * neither is read twice; the grid is used only when the caller holds the lock since its read.
 */
export function checkAllCalendar(
  workbook: Workbook,
  now: Date,
  user: string,
  options: { holdingLock?: boolean; preread?: { grid?: unknown[][] | null; settings?: Settings } } = {},
): CheckAllSummary | 'busy' | null {
  const preread = options.preread ?? {};
  const sheet = findCalendarSheet(workbook.spreadsheet);
  if (!sheet) return null;
  // The small sheets first, outside the lock: they are not the Calendar, and no writer of the
  // Calendar's rows changes them.
  const { rules } = readRulesForChecks(workbook.spreadsheet);
  const settings = preread.settings ?? readSettings(workbook.spreadsheet, SETTINGS_WITH_PILLARS_WIDTH); // to P: the pillar block
  const audience = readAudience(workbook);
  const work = (): CheckAllSummary => {
    // Under the lock, no save, review decision or onEdit can write between this read and the
    // write below, so no second read is needed (issue #18: one read of the Calendar, not three).
    // A grid handed over was read by a caller that holds the lock already (setup).
    const grid = (options.holdingLock ? preread.grid : null) ?? sheet.getDataRange().getValues();
    const calendar = calendarFromGrid(sheet, grid);
    const rows = grid.slice(1).map((row) => row.slice(0, calendar.width));
    return checkRows(workbook, calendar, rows, { rules, settings, audience, now, user });
  };
  const summary = options.holdingLock ? work() : withDocumentLock(workbook.locale, work, () => null);
  return summary ?? 'busy';
}

/** check-all's work on the Calendar's rows, read under the lock: the checks, then one batched write. */
function checkRows(
  workbook: Workbook,
  calendar: CalendarSheet,
  rows: unknown[][],
  context: { rules: RulesTable; settings: Settings; audience: AudienceGrid[]; now: Date; user: string },
): CheckAllSummary {
  const { rules, settings, now, user } = context;
  const posts = postsOfBlock(calendar, rows, workbook.timeZone);
  const takenIds = idsOf(calendar, rows);
  const copied = separateCopiedIds(calendar, rows, posts, 2, workbook.locale);
  const indexed = posts.flatMap((post, index) => (post ? [{ index, post }] : []));
  const extraIssues = findCrossRowIssues(indexed, { timeZone: workbook.timeZone, locale: workbook.locale });
  for (const [index, issue] of copied) extraIssues.set(index, [issue, ...(extraIssues.get(index) ?? [])]);
  const planning = planningIssues(workbook, indexed, settings, now, context.audience);
  for (const [index, issues] of planning.issues) extraIssues.set(index, [...(extraIssues.get(index) ?? []), ...issues]);
  const stamp = auditStamp(now, workbook.timeZone, '');
  const plan = planBlock(calendar, rows, {
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
  if (rows.length > 0) writeBlock(calendar, 2, rows, plan, { formulas: keptFormulas(calendar, 2, rows, plan) });
  const summary = plan.summary;
  return {
    posts: summary.posts,
    withErrors: summary.withErrors,
    withWarnings: summary.withWarnings,
    cadence: planning.cadence.length,
    lowActivity: planning.lowActivity,
    cadenceReport: cadenceReport(planning.cadence, workbook.locale),
  };
}

/** Every ID in the rows' ID column (posts or not), so a new ID never repeats one. */
function idsOf(calendar: CalendarSheet, rows: readonly (readonly unknown[])[]): Set<string> {
  return new Set(rows.map((row) => cellText(calendar, row, 'ID').trim()).filter(Boolean));
}

/**
 * Finds posts whose ID another post also holds (a copied row) and clears the copy's ID so that the
 * check gives it a new one (see copiedIdRows for which row keeps it). `rows` start at sheet row
 * `firstRow`; when `others` (the rest of the sheet's IDs) is given, the rows are an edit and are
 * the copies. Returns the issue for each renamed row by index.
 */
function separateCopiedIds(
  calendar: CalendarSheet,
  rows: readonly (readonly unknown[])[],
  posts: readonly (Post | null)[],
  firstRow: number,
  locale: string,
  others?: readonly IdHolder[],
): Map<number, CheckIssue> {
  const holders: IdHolder[] = [...(others ?? [])];
  posts.forEach((post, index) => {
    if (post?.id) holders.push({ row: firstRow + index, id: post.id, updated: cellText(calendar, rows[index], 'Updated'), edited: others !== undefined });
  });
  const issues = new Map<number, CheckIssue>();
  for (const [row, keeper] of copiedIdRows(holders)) {
    const index = row - firstRow;
    const post = posts[index];
    if (index < 0 || index >= posts.length || !post) continue;
    issues.set(index, { severity: 'warning', code: 'id-copied', field: 'id', message: t(locale, 'check.id-copied', { row: keeper, id: post.id }) });
    post.id = '';
  }
  return issues;
}

/**
 * The IDs of the rows outside an edited block (rows `firstRow`.. `count` of them), for the copy
 * check: Sheet.getLastRow, then one read of the ID column from row 2 to the last row, none when
 * the block covers every row (a paste into an empty calendar reads no ID twice: the block's own
 * IDs are in its rows; `knownLastRow`: the caller has read it).
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()
 */
function otherIds(sheet: GoogleAppsScript.Spreadsheet.Sheet, idColumn: number, firstRow: number, count: number, knownLastRow?: number): IdHolder[] {
  const lastRow = knownLastRow ?? sheet.getLastRow();
  if (lastRow < 2 || (firstRow <= 2 && firstRow + count > lastRow)) return [];
  const column = sheet.getRange(2, idColumn, lastRow - 1, 1).getValues();
  const others: IdHolder[] = [];
  column.forEach((cell, i) => {
    const row = i + 2;
    const id = String(cell[0] ?? '').trim();
    if (id && (row < firstRow || row >= firstRow + count)) others.push({ row, id, updated: '' });
  });
  return others;
}

/** The add-on's own columns: an edit to only these is not a change to the post. */
const OWN_COLUMNS: readonly CalendarColumn[] = ADD_ON_COLUMNS;

/**
 * The live check for an edit: the rows the edit touched (one cell or a pasted block of up to
 * LIVE_CHECK_ROWS) are read in one call, checked, and their Checks (and Updated, ID) cells written in
 * batched calls; the rows of a larger paste past LIVE_CHECK_ROWS are marked for Check all posts and a
 * toast says so. Edits outside the Calendar sheet or to the header row return at once, without any read.
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
  const checked = Math.min(count, LIVE_CHECK_ROWS);
  // Under the document lock, as saves, review decisions and Check all's write are: its reads and
  // writes never fall between another writer's read and write. LockService lists no authorization
  // scope (https://developers.google.com/apps-script/reference/lock/lock-service), so a simple
  // trigger may use it. A lock that stays taken leaves the Checks to the next check.
  return withDocumentLock(
    context.locale,
    () => {
      const calendar = openCalendar(sheet);
      // Read before any write: a read after a write commits the writes first (one more flush).
      const rest = checked < count ? notCheckedRows(calendar, { firstRow: firstRow + checked, count: count - checked, editRows: count, lastRow: sheet.getLastRow() }, context.locale) : undefined;
      const summary = checkEditedRows(calendar, range, { firstRow, count: checked, editRows: count, rest }, context);
      if (summary && rest) writeNotChecked(calendar, rest, context);
      return summary;
    },
    () => null,
  );
}

/**
 * The most rows of one edit the live check checks. The checks must read each row's post columns
 * and the approval columns beside them and write ID, Checks, Updated and the Checks note: ≈ 30 cells
 * a row, ≈ 5 ms at the cost model's high end (0.15 ms a cell, scripts/lib/cost-model.ts), so a paste
 * of 5,000 rows would take ≈ 27 s of the 30 a simple trigger has
 * (https://developers.google.com/apps-script/guides/triggers#restrictions) and one of 20,000 would
 * be stopped half-way. Up to 2,000 rows (≈ 10 s high) are checked; the rows after them are marked
 * "Not checked yet" for Check all posts (a menu command, 6 minutes), which checks them whole.
 */
export const LIVE_CHECK_ROWS = 2000;

/** The rows of an edit past LIVE_CHECK_ROWS: their Checks values and notes, and how many hold content. */
interface NotCheckedRows {
  firstRow: number;
  values: string[];
  notes: string[];
  /** Rows up to the sheet's last row with content (marked); the rest are empty (cleared). */
  marked: number;
  editRows: number;
  /** The sheet's last row with content, read before the check's writes. */
  lastRow: number;
}

/**
 * The Checks of rows `firstRow`.. (`count` of them, the part of an edit of `editRows` rows past
 * LIVE_CHECK_ROWS): a marker and a note that point to Check all posts, none read. Rows below `lastRow`
 * (the sheet's last row with content, read before the check's writes) are empty: cleared instead.
 */
function notCheckedRows(
  calendar: CalendarSheet,
  { firstRow, count, editRows, lastRow }: { firstRow: number; count: number; editRows: number; lastRow: number },
  locale: string,
): NotCheckedRows | undefined {
  if (calendar.map.Checks === undefined) return undefined;
  const marked = Math.max(0, Math.min(count, lastRow - firstRow + 1));
  const marker = t(locale, 'check.notYet');
  const note = t(locale, 'check.notYetNote', { rows: editRows, checked: LIVE_CHECK_ROWS });
  const cells = (text: string) => Array.from({ length: count }, (_, i) => (i < marked ? text : ''));
  return { firstRow, values: cells(marker), notes: cells(note), marked, editRows, lastRow };
}

/**
 * Writes the not-checked rows' Checks values (one call; their notes went with the check's notes) and
 * toasts how many rows were checked and what to do.
 */
function writeNotChecked(calendar: CalendarSheet, rest: NotCheckedRows, context: { locale: string; spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet }): void {
  calendar.sheet.getRange(rest.firstRow, calendar.map.Checks!, rest.values.length, 1).setValues(rest.values.map((value) => [value]));
  if (rest.marked === 0) return;
  const params = { rows: rest.editRows, checked: LIVE_CHECK_ROWS, rest: rest.marked };
  context.spreadsheet.toast(t(context.locale, 'check.partialToast', params), t(context.locale, 'checkAll.title'), 20);
}

/**
 * checkEditedRange's work on rows `firstRow`.. (`count` of them) of an edit of `editRows` rows, under
 * the document lock. The edit's rows past `count` (`rest`) are not IDs of other rows (Check all checks
 * them); their notes are written with the block's, in one call.
 */
function checkEditedRows(
  calendar: CalendarSheet,
  range: GoogleAppsScript.Spreadsheet.Range,
  { firstRow, count, editRows, rest }: { firstRow: number; count: number; editRows: number; rest?: NotCheckedRows },
  context: { timeZone: string; locale: string; now: Date; user: string; spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet },
): BlockCheckSummary | null {
  const { sheet } = calendar;
  if (calendar.map.Checks === undefined && calendar.map.ID === undefined) return null;
  const rows = readCheckedRows(calendar, firstRow, count);
  const { rules } = readRulesForChecks(context.spreadsheet);
  const firstColumn = range.getColumn();
  const lastColumn = firstColumn + range.getNumColumns() - 1;
  const ownColumns = OWN_COLUMNS.map((column) => calendar.map[column]);
  let editedPost = false;
  for (let column = firstColumn; column <= lastColumn; column++) {
    if (!ownColumns.includes(column)) editedPost = true;
  }
  // A paste that covers the ID column may bring a copied row's ID: the ID column is read (one call)
  // so the copy gets its own ID. Edits elsewhere cannot duplicate an ID and read nothing more.
  const idColumn = calendar.map.ID;
  let takenIds = new Set<string>();
  let posts: (Post | null)[] | undefined;
  let extraIssues: Map<number, CheckIssue[]> | undefined;
  if (idColumn !== undefined && idColumn >= firstColumn && idColumn <= lastColumn) {
    const others = otherIds(sheet, idColumn, firstRow, editRows, rest?.lastRow);
    takenIds = new Set([...others.map((holder) => holder.id), ...idsOf(calendar, rows)]);
    posts = postsOfBlock(calendar, rows, context.timeZone);
    const copied = separateCopiedIds(calendar, rows, posts, firstRow, context.locale, others);
    extraIssues = new Map([...copied].map(([index, issue]) => [index, [issue]]));
  }
  const statusColumn = calendar.map.Status;
  const statusEdited = statusColumn !== undefined && statusColumn >= firstColumn && statusColumn <= lastColumn;
  const stamp = auditStamp(context.now, context.timeZone, '');
  return checkBlock(calendar, firstRow, rows, {
    rules,
    timeZone: context.timeZone,
    locale: context.locale,
    now: context.now,
    updated: editedPost ? textForCell(auditStamp(context.now, context.timeZone, context.user)) : undefined,
    // New IDs: 40 random bits make a clash with a row not read here vanishingly unlikely.
    randomHex: () => Utilities.getUuid(),
    takenIds,
    posts,
    extraIssues,
    approval: approvalOptions(() => readSettings(context.spreadsheet).values, context.user, stamp, () => statusEdited),
    notesAfter: rest?.notes,
  });
}
