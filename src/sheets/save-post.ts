/** Writes posts from the form into the Calendar sheet (under the document lock), finding rows by post ID. */

import { textForCell } from '../domain/cell-text';
import { rowToPost } from '../domain/calendar-row';
import { adjacentRuns } from '../domain/header-map';
import { t } from '../domain/i18n';
import { CALENDAR_COLUMNS, type Post } from '../domain/post';
import { identifyNewPosts, saveRows, tagLinks } from '../domain/post-save';
import { postVersion, versionConflicts, type PostVersion } from '../domain/post-version';
import type { RulesTable } from '../domain/rules';
import type { SaveResult, SavedPost } from '../shared/rpc-types';
import { auditStamp, type Workbook } from './active-spreadsheet';
import { approvalOptions } from './approval-stamp';
import { openCalendar, type CalendarSheet } from './calendar-sheet';
import { columnLetter } from './calendar-format';

/** The columns one save writes: from the first to the last of the calendar's columns. */
function writeSpan(calendar: CalendarSheet): { first: number; last: number } {
  const positions = CALENDAR_COLUMNS.map((column) => calendar.map[column])
    .filter((position): position is number => position !== undefined);
  return { first: Math.min(...positions), last: Math.max(...positions) };
}

/**
 * A cell of the team's own that lies inside the written span, written back so that it stays as it
 * was: its formula if it has one, text guarded against re-parsing, other values as they are.
 */
function keepCell(value: unknown, formula: string): unknown {
  if (formula) return formula;
  return typeof value === 'string' ? textForCell(value) : value;
}

/**
 * The team's cells in the written span whose text carries a link or mixed styles (a rich text
 * value with a link, or more than one run): setValues would drop them, so the write goes around them.
 * Range.getRichTextValues (https://developers.google.com/apps-script/reference/spreadsheet/range#getRichTextValues())
 * needs the same spreadsheets scope as getValues.
 */
function richTextColumns(cells: readonly (GoogleAppsScript.Spreadsheet.RichTextValue | null)[], first: number, own: ReadonlySet<number>): number[] {
  const columns: number[] = [];
  cells.forEach((cell, i) => {
    if (!cell || own.has(first + i)) return;
    const runs = cell.getRuns();
    if (cell.getLinkUrl() || runs.length > 1 || runs.some((run) => run.getLinkUrl())) columns.push(first + i);
  });
  return columns;
}

/**
 * Writes `values` (columns `first`..) of rows `firstRow`..: one setValues, or, when some of the team's
 * cells hold rich text, one per run of the other columns, so those cells are never rewritten. The
 * run holding Status goes last, so a failure part-way never leaves a new status over old content.
 */
function writeAround(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, first: number, values: unknown[][], skip: readonly number[], status: number | undefined): void {
  const width = values[0].length;
  if (skip.length === 0) {
    sheet.getRange(firstRow, first, values.length, width).setValues(values);
    return;
  }
  const columns: number[] = [];
  for (let column = first; column < first + width; column++) if (!skip.includes(column)) columns.push(column);
  const runs = adjacentRuns(columns).sort((a, b) => Number(a.includes(status ?? -1)) - Number(b.includes(status ?? -1)));
  for (const run of runs) {
    const slice = values.map((row) => row.slice(run[0] - first, run[run.length - 1] - first + 1));
    sheet.getRange(firstRow, run[0], values.length, run.length).setValues(slice);
  }
}

/**
 * Saves validated posts: an edit (post with an ID) updates the row that holds that ID now, wherever
 * sorting or inserted rows moved it; new posts get IDs and are appended as one block. Each save is
 * one write of the rows plus one of the Checks notes (an edit whose row holds a team cell with a
 * link inside the written span: one write per run of the other columns). Call under the document lock.
 */
export function writePosts(
  workbook: Workbook,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  posts: Post[],
  options: {
    rules: RulesTable;
    now: Date;
    user: string;
    settingsValues: Record<string, string>;
    utm?: boolean;
    /** An edit's version (what the form loaded): the row must still hold it, or nothing is written. */
    loaded?: PostVersion | null;
  },
): SaveResult {
  const calendar = openCalendar(sheet);
  if (calendar.map.ID === undefined) return { ok: false, errors: [{ field: 'id', message: t(workbook.locale, 'input.noIdColumn') }] };
  const { first, last } = writeSpan(calendar);
  const width = last - first + 1;
  const lastRow = sheet.getLastRow();
  const idLetter = columnLetter(calendar.map.ID);
  // The whole ID column in one read: every row's ID, and the sheet's row count (its length).
  const idCells = sheet.getRange(`${idLetter}:${idLetter}`).getValues();
  const maxRows = idCells.length;
  const ids = idCells.slice(1, Math.max(lastRow, 1)).map((row) => String(row[0]).trim());
  const editing = posts[0].id !== '';
  let firstRow: number;
  let existing: unknown[][] | null = null;
  let formulas: string[][] | null = null;
  let richColumns: number[] = [];
  if (editing) {
    const index = ids.indexOf(posts[0].id);
    if (index < 0) return { ok: false, errors: [{ field: 'id', message: t(workbook.locale, 'input.postGone', { id: posts[0].id }) }] };
    // A copied row holding the same ID: saving to the first match could overwrite the wrong post.
    const rows = ids.flatMap((id, i) => (id === posts[0].id ? [i + 2] : []));
    if (rows.length > 1) return { ok: false, errors: [{ field: 'id', message: t(workbook.locale, 'input.idTwice', { id: posts[0].id, rows: rows.join(', ') }) }] };
    firstRow = index + 2;
    const range = sheet.getRange(firstRow, first, 1, width);
    existing = range.getValues();
    const ownPositions = new Set(Object.values(calendar.map));
    let hasTeamColumns = false;
    for (let column = first; column <= last; column++) if (!ownPositions.has(column)) hasTeamColumns = true;
    if (hasTeamColumns) {
      formulas = range.getFormulas();
      richColumns = richTextColumns(range.getRichTextValues()[0], first, ownPositions);
    }
    const conflict = options.loaded ? conflictWith(workbook, calendar, first, existing[0], options.loaded, posts[0]) : null;
    if (conflict) return conflict;
  } else {
    firstRow = Math.max(lastRow, 1) + 1;
    identifyNewPosts(posts, () => Utilities.getUuid(), new Set(ids));
  }
  tagLinks(posts, options.settingsValues, options.utm);
  const needed = firstRow + posts.length - 1;
  if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows);
  const stamp = textForCell(auditStamp(options.now, workbook.timeZone, options.user));
  const approval = approvalOptions(() => options.settingsValues, options.user, auditStamp(options.now, workbook.timeZone, ''), () => false);
  // The current row across the sheet's width (index = column - 1), for the approval record.
  const current: unknown[] = [];
  if (existing) existing[0].forEach((value, i) => (current[first - 1 + i] = value));
  const rows = saveRows(posts, {
    map: calendar.map,
    first,
    last,
    current,
    approval,
    rules: options.rules,
    now: options.now,
    locale: workbook.locale,
    stamp,
    kept: (column) => (existing ? keepCell(existing[0][column - first], formulas?.[0][column - first] ?? '') : ''),
  });
  const values = rows.map((row) => row.values);
  const notes = rows.map((row) => [row.note]);
  const saved: SavedPost[] = posts.map((post, i) => ({ id: post.id, row: firstRow + i, platform: post.platform, checks: rows[i].checks }));
  writeAround(sheet, firstRow, first, values, richColumns, calendar.map.Status);
  // The post is saved once setValues returns. The Checks note is detail the next check rewrites, so
  // its failure must not report the save as failed: a retry would append the post a second time.
  if (calendar.map.Checks !== undefined) {
    try {
      sheet.getRange(firstRow, calendar.map.Checks, notes.length, 1).setNotes(notes);
    } catch {
      // Repaired by the next check of the row (onEdit or Check all posts).
    }
  }
  return { ok: true, id: saved[0].id, row: saved[0].row, checks: saved[0].checks, posts: saved, version: postVersion(posts[0]) };
}

/**
 * The refusal of an edit whose row changed since the form loaded it (`loaded`): each changed field
 * with what the form loaded, what the sheet holds and what the form would save, and the sheet's
 * values as the version to save against next. Null when the row still holds what the form loaded.
 */
function conflictWith(
  workbook: Workbook,
  calendar: CalendarSheet,
  first: number,
  existing: readonly unknown[],
  loaded: PostVersion,
  mine: Post,
): SaveResult | null {
  const row: unknown[] = [];
  existing.forEach((value, i) => (row[first - 1 + i] = value));
  const sheet = rowToPost(row, calendar.map, workbook.timeZone);
  const fields = versionConflicts(loaded, sheet, mine);
  if (fields.length === 0) return null;
  const names = fields.map((conflict) => t(workbook.locale, `field.${conflict.field}`)).join(', ');
  return {
    ok: false,
    errors: [{ field: '', message: t(workbook.locale, 'input.conflict', { fields: names }) }],
    conflict: { id: mine.id, fields, sheet: postVersion(sheet) },
  };
}
