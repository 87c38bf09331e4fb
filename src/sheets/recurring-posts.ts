/** Repeating posts in the sheet: creates each series' occurrences ahead for the Settings horizon and keeps them in step, in batched calls under the document lock. */

import { checkPost, summarizeChecks } from '../domain/check-post';
import { t } from '../domain/i18n';
import type { CalendarColumn, Post } from '../domain/post';
import { newPostId } from '../domain/post-id';
import { textForCell } from '../domain/cell-text';
import { findCadenceProblems } from '../domain/planning';
import { planEvergreenFills } from '../domain/planning/evergreen';
import { isEvergreen } from '../domain/planning/recurrence';
import { parseSeriesTag, planSeries, type OccurrenceRow } from '../domain/planning/series-sync';
import { readCadence } from './cadence-settings';
import { auditStamp, type Workbook } from './active-spreadsheet';
import { openCalendar, writeColumns } from './calendar-sheet';
import { cellValueFor, POST_COLUMNS, rowToPost } from '../domain/calendar-row';
import { adjacentRuns } from '../domain/header-map';
import { readRulesForChecks } from './platforms-sheet';
import { todayIn } from './planning-posts';
import { withDocumentLock } from '../services/document-lock';
import { readSettings } from './settings-sheet';

/** The key/value setting for how far ahead occurrences are created. */
export const HORIZON_KEY = 'repeat horizon (days)';
/** Default horizon: two months ahead. */
export const DEFAULT_HORIZON_DAYS = 60;

/** What one update did, for the toast. */
export interface SeriesUpdateResult {
  ok: boolean;
  /** A sentence for the person when ok is false (no Calendar, missing columns, lock busy). */
  message?: string;
  series: number;
  created: number;
  updated: number;
  cancelled: number;
  handEdited: number;
  /** One sentence per series whose Repeat cell cannot be read. */
  problems: string[];
}

const REQUIRED: readonly CalendarColumn[] = ['ID', 'Date', 'Status', 'Repeat'];

function horizonDays(values: Record<string, string>): number {
  const n = Number(String(values[HORIZON_KEY] ?? '').trim());
  return Number.isInteger(n) && n >= 1 && n <= 366 ? n : DEFAULT_HORIZON_DAYS;
}

/**
 * Creates and updates the occurrences of every repeating post (a row with a Repeat rule and an ID).
 * Reads the Calendar once, Settings and Platforms once; writes changed rows as runs of adjacent rows
 * (only the columns that change, see writeColumns) and appends new occurrences in one setValues. Rows
 * edited by hand are never rewritten. Holds the document lock so a save cannot interleave.
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 */
export function updateRepeatingPosts(workbook: Workbook, now: Date, user: string): SeriesUpdateResult {
  const empty: SeriesUpdateResult = {
    ok: false,
    series: 0,
    created: 0,
    updated: 0,
    cancelled: 0,
    handEdited: 0,
    problems: [],
  };
  const sheet = workbook.spreadsheet.getSheetByName('Calendar');
  if (!sheet) return { ...empty, message: t(workbook.locale, 'checkAll.noSheet') };
  return withDocumentLock(
    workbook.locale,
    () => syncSeries(workbook, sheet, now, user, empty),
    (message) => ({ ...empty, message }),
  );
}

function syncSeries(
  workbook: Workbook,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  now: Date,
  user: string,
  empty: SeriesUpdateResult,
): SeriesUpdateResult {
  const { locale, timeZone } = workbook;
  const calendar = openCalendar(sheet);
  const missing = REQUIRED.filter((column) => calendar.map[column] === undefined);
  if (missing.length > 0)
    return { ...empty, message: t(locale, 'series.missingColumns', { columns: missing.join(', ') }) };
  const lastRow = sheet.getLastRow();
  const rows = lastRow > 1 ? sheet.getRange(2, 1, lastRow - 1, calendar.width).getValues() : [];
  const posts = rows.map((row) => rowToPost(row, calendar.map, timeZone));
  const seriesAt = calendar.map.Repeat! - 1;

  const firsts: Post[] = [];
  const bySeries = new Map<string, OccurrenceRow[]>();
  posts.forEach((post, index) => {
    const tag = parseSeriesTag(String(rows[index][seriesAt] ?? ''));
    if (tag && tag.seriesId !== post.id) {
      const list = bySeries.get(tag.seriesId);
      if (list) list.push({ index, post, tag });
      else bySeries.set(tag.seriesId, [{ index, post, tag }]);
    } else if (post.repeat.trim() && !isEvergreen(post.repeat) && post.id && post.date) firsts.push(post);
  });

  const settings = readSettings(workbook.spreadsheet);
  const today = todayIn(now, timeZone);
  const notes = {
    handEdited: t(locale, 'series.note.handEdited'),
    skipped: t(locale, 'series.note.skipped'),
    removed: t(locale, 'series.note.removed'),
  };
  const result: SeriesUpdateResult = { ...empty, ok: true, series: firsts.length };
  // Rewritten rows and rows whose Status or Series cell alone changes are written apart, so a hand-edited
  // row's own cells (formulas included) are never part of a rewrite.
  const changes = new Map<number, Partial<Record<CalendarColumn, unknown>>>();
  const marks = new Map<number, Partial<Record<CalendarColumn, unknown>>>();
  const created: Array<{ post: Post; series: string }> = [];
  for (const first of firsts) {
    const plan = planSeries(first, bySeries.get(first.id) ?? [], {
      today,
      horizonDays: horizonDays(settings.values),
      notes,
    });
    if (plan.error) {
      result.problems.push(
        t(locale, 'series.problem', { id: first.id, detail: t(locale, plan.error.key, { value: plan.error.value }) }),
      );
      continue;
    }
    for (const { index, post, series } of plan.update) {
      const cells: Partial<Record<CalendarColumn, unknown>> = {};
      for (const column of POST_COLUMNS)
        if (calendar.map[column] !== undefined) cells[column] = cellValueFor(post, column);
      cells.Repeat = textForCell(series);
      changes.set(index, cells);
    }
    for (const { index, series } of plan.cancel) marks.set(index, { Status: 'Cancelled', Repeat: textForCell(series) });
    for (const { index, series } of plan.handEdited) marks.set(index, { Repeat: textForCell(series) });
    created.push(...plan.create);
    result.updated += plan.update.length;
    result.cancelled += plan.cancel.length;
    result.handEdited += plan.handEdited.length;
  }

  writeChanges(calendar, rows, changes);
  writeChanges(calendar, rows, marks);
  if (created.length > 0) appendOccurrences(workbook, calendar, rows, created, now, user);
  result.created = created.length;
  return result;
}

/** Writes the changed rows: one writeColumns per run of adjacent rows (unchanged cells keep their values). */
function writeChanges(
  calendar: ReturnType<typeof openCalendar>,
  rows: unknown[][],
  changes: Map<number, Partial<Record<CalendarColumn, unknown>>>,
): void {
  if (changes.size === 0) return;
  const columns = new Set<CalendarColumn>();
  for (const cells of changes.values()) for (const name of Object.keys(cells) as CalendarColumn[]) columns.add(name);
  for (const run of adjacentRuns([...changes.keys()])) {
    const block: Partial<Record<CalendarColumn, unknown[]>> = {};
    for (const name of columns) block[name] = run.map((index) => changes.get(index)![name]);
    writeColumns(
      calendar,
      run[0] + 2,
      run.length,
      block,
      run.map((index) => rows[index]),
    );
  }
}

/** Appends new occurrences below the last row in one setValues, with IDs, Checks and the Updated stamp. */
export function appendOccurrences(
  workbook: Workbook,
  calendar: ReturnType<typeof openCalendar>,
  rows: unknown[][],
  created: Array<{ post: Post; series: string }>,
  now: Date,
  user: string,
): void {
  const { sheet, map, width } = calendar;
  const taken = new Set(rows.map((row) => String(row[map.ID! - 1] ?? '').trim()));
  const { rules } = readRulesForChecks(workbook.spreadsheet);
  const stamp = textForCell(auditStamp(now, workbook.timeZone, user));
  const nameAt = new Map<number, CalendarColumn>();
  for (const [name, position] of Object.entries(map)) nameAt.set(position, name as CalendarColumn);
  const values = created.map(({ post, series }) => {
    post.id = newPostId(() => Utilities.getUuid(), taken);
    taken.add(post.id);
    const checks = checkPost(post, rules, { now, locale: workbook.locale, timeZone: workbook.timeZone });
    const row: unknown[] = [];
    for (let column = 1; column <= width; column++) {
      const name = nameAt.get(column);
      if (name === 'Repeat') row.push(textForCell(series));
      else if (name === 'Checks') row.push(summarizeChecks(checks));
      else if (name === 'Updated') row.push(stamp);
      else if (name && (POST_COLUMNS as readonly string[]).includes(name))
        row.push(cellValueFor(post, name as (typeof POST_COLUMNS)[number]));
      else row.push('');
    }
    return row;
  });
  const firstRow = rows.length + 2;
  const needed = firstRow + values.length - 1;
  const maxRows = sheet.getMaxRows();
  if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows);
  sheet.getRange(firstRow, 1, values.length, width).setValues(values);
}

/** What one evergreen fill did. */
export interface EvergreenResult {
  ok: boolean;
  message?: string;
  /** Gaps found on platforms with a cadence target, and how many got an evergreen post. */
  gaps: number;
  filled: number;
}

/**
 * Fills the cadence gaps of the next four weeks (Settings cadence table) with copies of evergreen posts
 * (a cool-down in the Evergreen column), never within a post's cool-down of its earlier uses. One read of
 * the Calendar, Settings and Platforms; one append. Under the document lock.
 */
export function fillGapsWithEvergreen(workbook: Workbook, now: Date, user: string): EvergreenResult {
  const empty: EvergreenResult = { ok: false, gaps: 0, filled: 0 };
  const sheet = workbook.spreadsheet.getSheetByName('Calendar');
  if (!sheet) return { ...empty, message: t(workbook.locale, 'checkAll.noSheet') };
  return withDocumentLock(
    workbook.locale,
    () => {
      const { locale, timeZone } = workbook;
      const calendar = openCalendar(sheet);
      const missing = (['ID', 'Date', 'Status', 'Repeat'] as CalendarColumn[]).filter(
        (c) => calendar.map[c] === undefined,
      );
      if (missing.length > 0)
        return { ...empty, message: t(locale, 'series.missingColumns', { columns: missing.join(', ') }) };
      const lastRow = sheet.getLastRow();
      const rows = lastRow > 1 ? sheet.getRange(2, 1, lastRow - 1, calendar.width).getValues() : [];
      const posts = rows.map((row) => rowToPost(row, calendar.map, timeZone));
      const uses = new Map<string, string[]>();
      rows.forEach((row, index) => {
        const tag = parseSeriesTag(String(row[calendar.map.Repeat! - 1] ?? ''));
        if (!tag || posts[index].status.trim().toLowerCase() === 'cancelled') return;
        const list = uses.get(tag.seriesId);
        if (list) list.push(posts[index].date || tag.date);
        else uses.set(tag.seriesId, [posts[index].date || tag.date]);
      });
      const settings = readSettings(workbook.spreadsheet);
      const today = todayIn(now, timeZone);
      const gaps = findCadenceProblems(posts, readCadence(settings.grid, settings.values, locale), {
        timeZone,
        today,
        locale,
      }).filter((issue) => issue.code === 'gap-too-long');
      const fills = planEvergreenFills(posts, uses, gaps, today);
      if (fills.length > 0) appendOccurrences(workbook, calendar, rows, fills, now, user);
      return { ok: true, gaps: gaps.length, filled: fills.length };
    },
    (message) => ({ ...empty, message }),
  );
}
