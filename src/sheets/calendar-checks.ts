/** Runs the platform checks and approval rules over a block of calendar rows and writes the add-on's columns back in batched calls. */

import { textForCell } from '../domain/cell-text';
import { checkDetails, checkPost, summarizeChecks } from '../domain/check-post';
import type { CheckIssue, CheckResult } from '../domain/check-types';
import type { CalendarColumn, Post } from '../domain/post';
import { newPostId } from '../domain/post-id';
import type { RulesTable } from '../domain/rules';
import { approvalEffects, type ApprovalOptions } from '../domain/approval-effects';
import { writeColumns, writeNotes, type CalendarSheet } from './calendar-sheet';
import { cellAt, rowHasContent, rowToPost } from '../domain/calendar-row';

/** What a check of a block found. */
export interface BlockCheckSummary {
  posts: number;
  withErrors: number;
  withWarnings: number;
  /** Per row of the block: its post (null for an empty row) and its checks. */
  rows: Array<{ post: Post; checks: CheckResult } | null>;
}

/** What checking needs besides the rows. */
export interface CheckOptions {
  rules: RulesTable;
  timeZone: string;
  locale: string;
  now: Date;
  /** Extra issues per row index in the block (cross-row checks). */
  extraIssues?: Map<number, CheckIssue[]>;
  /** The Updated stamp for rows with content (omitted: Updated is not written). */
  updated?: string;
  /** A random hex source for new IDs (Utilities.getUuid), and the IDs already taken. */
  randomHex: () => string;
  takenIds: Set<string>;
  /** Approval snapshots and changed-after-approval detection (omitted: approvals untouched). */
  approval?: ApprovalOptions;
  /** The block's posts when the caller already parsed them (postsOfBlock), so rows are parsed once. */
  posts?: (Post | null)[];
  /** Checks notes for the rows right after the block (an edit's rows past the live check's), written in the block's notes call. */
  notesAfter?: string[];
}

/** Reads the posts of a block (no calls). Rows without content give null. */
export function postsOfBlock(calendar: CalendarSheet, rows: unknown[][], timeZone: string): (Post | null)[] {
  return rows.map((row) => (rowHasContent(row, calendar.map) ? rowToPost(row, calendar.map, timeZone) : null));
}

/** The text of an add-on cell of a row ('' when the column is absent). */
export function cellText(calendar: CalendarSheet, row: readonly unknown[], column: CalendarColumn): string {
  return cellAt(calendar.map, row, column);
}

/** Collects one column's values for a block; `undefined` keeps what the cell holds. */
class ColumnWrites {
  readonly values: Partial<Record<CalendarColumn, (unknown | undefined)[]>> = {};
  constructor(private readonly count: number) {}

  set(column: CalendarColumn, index: number, value: unknown): void {
    const list = (this.values[column] ??= new Array(this.count).fill(undefined));
    list[index] = value;
  }
}

/** What a check of a block will write: per column the new values (undefined keeps the cell), and the Checks notes. */
export interface BlockPlan {
  summary: BlockCheckSummary;
  writes: Partial<Record<CalendarColumn, (unknown | undefined)[]>>;
  notes: string[];
}

/**
 * Checks every post in `rows` (no Spreadsheet calls): gives an ID to posts without one, applies the
 * approval rules, and returns what to write (Checks, and Updated, ID, approval and Status cells
 * where they change) with the Checks notes.
 */
export function planBlock(calendar: CalendarSheet, rows: unknown[][], options: CheckOptions): BlockPlan {
  const posts = options.posts ?? postsOfBlock(calendar, rows, options.timeZone);
  const writes = new ColumnWrites(rows.length);
  const notes: string[] = [];
  const summary: BlockCheckSummary = { posts: 0, withErrors: 0, withWarnings: 0, rows: [] };
  posts.forEach((post, index) => {
    if (!post) {
      writes.set('Checks', index, '');
      notes.push('');
      summary.rows.push(null);
      return;
    }
    summary.posts++;
    if (!post.id && calendar.map.ID !== undefined) {
      post.id = newPostId(options.randomHex, options.takenIds);
      options.takenIds.add(post.id);
      writes.set('ID', index, post.id);
    }
    let approvalIssues: CheckIssue[] = [];
    if (options.approval) {
      const effects = approvalEffects(calendar.map, rows[index], post, options.approval.statusSetNow(index), options.approval, options.locale);
      for (const [column, value] of Object.entries(effects.cells)) writes.set(column as CalendarColumn, index, value);
      approvalIssues = effects.issues;
    }
    const checks = checkPost(post, options.rules, { now: options.now, locale: options.locale });
    checks.issues.push(...approvalIssues, ...(options.extraIssues?.get(index) ?? []));
    summary.rows.push({ post, checks });
    if (checks.issues.some((issue) => issue.severity === 'error')) summary.withErrors++;
    else if (checks.issues.some((issue) => issue.severity === 'warning')) summary.withWarnings++;
    writes.set('Checks', index, summarizeChecks(checks));
    notes.push(checkDetails(checks));
    if (options.updated !== undefined) writes.set('Updated', index, options.updated);
  });
  return { summary, writes: writes.values, notes };
}

/** What writeBlock must know of the cells as they are now, beyond their values. */
export interface CurrentCells {
  /** The block's formulas across the sheet's width ('' where none); a formula cell is never overwritten. */
  formulas?: readonly (readonly string[])[];
  /** Block indexes of rows to leave as they are (they changed since they were read). */
  skip?: ReadonlySet<number>;
  /** The Checks notes now, for the rows in `skip`. */
  notes?: readonly string[];
}

/**
 * Writes a plan for rows `firstRow`.. in one call per run of adjacent written columns, plus one for
 * the Checks notes. Cells the plan leaves alone, rows in `skip` and formula cells are written back
 * as they are: a formula as the formula, text guarded so that a stamp stays text and an approver
 * named "=..." never becomes a formula (getValues drops the apostrophe).
 */
export function writeBlock(calendar: CalendarSheet, firstRow: number, rows: readonly (readonly unknown[])[], plan: BlockPlan, current: CurrentCells = {}): void {
  const columns: Partial<Record<CalendarColumn, unknown[]>> = {};
  for (const [name, values] of Object.entries(plan.writes) as [CalendarColumn, unknown[]][]) {
    const position = calendar.map[name];
    if (position === undefined) continue;
    columns[name] = values.map((value, i) => {
      const formula = current.formulas?.[i]?.[position - 1] ?? '';
      if (value !== undefined && !formula && !current.skip?.has(i)) return value;
      if (formula) return formula;
      const kept = rows[i]?.[position - 1] ?? '';
      return typeof kept === 'string' ? textForCell(kept) : kept;
    });
  }
  writeColumns(calendar, firstRow, rows.length, columns, rows);
  const notes = current.skip?.size ? plan.notes.map((note, i) => (current.skip!.has(i) ? (current.notes?.[i] ?? note) : note)) : plan.notes;
  writeNotes(calendar, 'Checks', firstRow, notes);
}

/**
 * The formulas writeBlock must know, read in one call (none when it needs none): those of the
 * written columns where a cell is kept as it is (a formula the team put in an ID or Status cell
 * stays a formula). A column the plan writes in every row (Checks, an edited block's Updated) is the
 * add-on's own output there and needs none; a column that does not change is not written at all
 * (writeColumns). The call covers the rows and the span of those columns only: at 20,000 posts the
 * ID column's 20,000 cells instead of 420,000 (every cell a call covers costs time,
 * https://developers.google.com/apps-script/guides/support/best-practices).
 * Returns rows across the sheet's width ('' outside the span), as writeBlock reads them.
 */
export function keptFormulas(calendar: CalendarSheet, firstRow: number, rows: readonly (readonly unknown[])[], plan: BlockPlan): string[][] | undefined {
  const positions: number[] = [];
  for (const [name, values] of Object.entries(plan.writes) as [CalendarColumn, (unknown | undefined)[]][]) {
    const position = calendar.map[name];
    if (position === undefined || !values) continue;
    const keeps = values.some((value) => value === undefined);
    const changes = values.some((value, i) => value !== undefined && value !== rows[i]?.[position - 1]);
    if (keeps && changes) positions.push(position);
  }
  if (positions.length === 0 || rows.length === 0) return undefined;
  const first = Math.min(...positions);
  const span = Math.max(...positions) - first + 1;
  const read = calendar.sheet.getRange(firstRow, first, rows.length, span).getFormulas();
  return read.map((row) => {
    const full: string[] = new Array(calendar.width).fill('');
    row.forEach((formula, j) => (full[first - 1 + j] = formula));
    return full;
  });
}

/**
 * Checks every post in `rows` (rows `firstRow`.. of the sheet) and writes the result (planBlock,
 * then writeBlock). The formulas of the cells the write keeps are read first (keptFormulas, one
 * call at most), so that a formula stays a formula. `options.notesAfter` extends the notes call
 * past the block.
 */
export function checkBlock(calendar: CalendarSheet, firstRow: number, rows: unknown[][], options: CheckOptions): BlockCheckSummary {
  const plan = planBlock(calendar, rows, options);
  const formulas = keptFormulas(calendar, firstRow, rows, plan);
  writeBlock(calendar, firstRow, rows, { ...plan, notes: [...plan.notes, ...(options.notesAfter ?? [])] }, { formulas });
  return plan.summary;
}
