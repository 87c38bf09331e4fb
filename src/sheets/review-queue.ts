/** The review queue's gateway: list the posts awaiting review in one read, and record a reviewer's decision on one post found by ID. */

import { changedSinceApproval, reviewVersion } from '../domain/approval';
import { textForCell } from '../domain/cell-text';
import { checkDetails, checkPost, summarizeChecks } from '../domain/check-post';
import { t } from '../domain/i18n';
import type { CalendarColumn, Post } from '../domain/post';
import { postInstant } from '../domain/schedule/post-instant';
import type { RulesTable } from '../domain/rules';
import { auditStamp, type Workbook } from './active-spreadsheet';
import { approvalOptions, digestText } from './approval-stamp';
import { approvalEffects } from '../domain/approval-effects';
import { cellText, postsOfBlock } from './calendar-checks';
import { calendarFromGrid, findCalendarSheet, type CalendarSheet } from './calendar-sheet';
import { readRulesForChecks } from './platforms-sheet';
import { reviewRequestSchema, type ReviewItem, type ReviewQueue, type ReviewRequest, type ReviewResult } from '../shared/review-contract';
import { withDocumentLock } from '../services/document-lock';
import { readSettings } from './settings-sheet';

/** A cell holds at most 50,000 characters; older comments are dropped first beyond this. */
const MAX_COMMENTS = 45000;

const lower = (text: string): string => text.trim().toLowerCase();

/** The whole Calendar sheet in one read, or null when there is none. */
function readCalendar(workbook: Workbook): { calendar: CalendarSheet; rows: unknown[][] } | null {
  const sheet = findCalendarSheet(workbook.spreadsheet);
  if (!sheet) return null;
  const grid = sheet.getDataRange().getValues();
  const calendar = calendarFromGrid(sheet, grid);
  return { calendar, rows: grid.slice(1) };
}

/**
 * The approved fields changed since the recorded approval ([] without one). A post waits for review when
 * its status is In review, when it is Approved with no approval record (the Approval cell empty), or
 * when it changed after approval, or its record was cleared, and it is not back with its author
 * (Needs changes) or Cancelled.
 */
function reviewState(
  calendar: CalendarSheet,
  row: readonly unknown[],
  post: Post,
): { waiting: boolean; changed: string[] } {
  const fingerprint = cellText(calendar, row, 'Approval').trim();
  const changed = fingerprint ? changedSinceApproval(fingerprint, post, digestText) : [];
  const recorded = cellText(calendar, row, 'Approved by').trim() !== '' || cellText(calendar, row, 'Approved at').trim() !== '';
  const status = lower(post.status);
  const unrecorded = calendar.map.Approval !== undefined && !fingerprint && (status === 'approved' || recorded);
  const waiting =
    status === 'in review' ||
    ((changed.length > 0 || unrecorded) && status !== 'needs changes' && status !== 'cancelled');
  return { waiting, changed };
}

/** The cells a decision's version covers besides the post: the approval record. */
function approvalCells(calendar: CalendarSheet, row: readonly unknown[]): string[] {
  return [cellText(calendar, row, 'Approval'), cellText(calendar, row, 'Approved by'), cellText(calendar, row, 'Approved at')];
}

/** Soonest first by the posts' real moments (their own time zones); posts without one last, by their text. */
function bySoonest(timeZone: string): (a: ReviewItem, b: ReviewItem) => number {
  const moment = (item: ReviewItem) => postInstant(item, timeZone)?.getTime() ?? Number.POSITIVE_INFINITY;
  return (a, b) => {
    const diff = moment(a) - moment(b);
    return Number.isNaN(diff) || diff === 0 ? `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`) : diff;
  };
}

/** A post's errors and warnings for its card (info left out: it asks nothing of a reviewer). */
function cardChecks(post: Post, rules: RulesTable, now: Date, locale: string): ReviewItem['checks'] {
  return checkPost(post, rules, { now, locale })
    .issues.filter((issue) => issue.severity !== 'info')
    .sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error'))
    .map((issue) => ({ severity: issue.severity, message: issue.message }));
}

/** The posts awaiting review, soonest first, each with its checks. One read of the Calendar sheet (and the rules). */
export function listReviewQueue(workbook: Workbook, now: Date = new Date()): ReviewQueue {
  const read = readCalendar(workbook);
  const items: ReviewItem[] = [];
  if (read) {
    const { rules } = readRulesForChecks(workbook.spreadsheet);
    const { calendar, rows } = read;
    postsOfBlock(calendar, rows, workbook.timeZone).forEach((post, index) => {
      if (!post || !post.id) return;
      const row = rows[index];
      const { waiting, changed } = reviewState(calendar, row, post);
      if (!waiting) return;
      items.push({
        id: post.id,
        date: post.date,
        time: post.time,
        timeZone: post.timeZone,
        platform: post.platform,
        format: post.format,
        title: post.title,
        caption: post.caption,
        hashtags: post.hashtags,
        link: post.link,
        media: post.media,
        status: post.status,
        firstComment: post.firstComment,
        altText: post.altText,
        subreddit: post.subreddit,
        pillar: post.pillar,
        repeat: post.repeat,
        changed: changed.map((field) => t(workbook.locale, `field.${field}`)),
        approvedBy: cellText(calendar, row, 'Approved by'),
        approvedAt: cellText(calendar, row, 'Approved at'),
        comments: cellText(calendar, row, 'Review comments'),
        seen: reviewVersion(post, approvalCells(calendar, row), digestText),
        checks: cardChecks(post, rules, now, workbook.locale),
      });
    });
  }
  items.sort(bySoonest(workbook.timeZone));
  return { locale: workbook.locale, items };
}

/** The request, checked: a post ID, a decision and an optional one-line comment. */
function parseRequest(input: unknown): (ReviewRequest & { comment: string }) | null {
  const parsed = reviewRequestSchema.safeParse(input);
  if (!parsed.success) return null;
  const { id, decision, comment = '', seen } = parsed.data;
  return { id: id.trim(), decision, comment: comment.replace(/\s*[\r\n]+\s*/g, ' ').trim(), seen };
}

/** A cell of the written span that the decision does not change, written back as it is (formula, guarded text, value). */
function keptCell(value: unknown, formula: string): unknown {
  if (formula) return formula;
  return typeof value === 'string' ? textForCell(value) : value;
}

/**
 * Writes a decision's cells in one setValues over the span from the first to the last column written;
 * the cells between them that the decision does not change are written back as they are (their
 * formulas read in one getFormulas). So a failure leaves the row as it was, or fully decided.
 * Range.getFormulas / Range.setValues need spreadsheets.currentonly (or spreadsheets):
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 */
function writeDecision(calendar: CalendarSheet, sheetRow: number, row: readonly unknown[], cells: Partial<Record<CalendarColumn, unknown>>): void {
  const at = new Map<number, unknown>();
  for (const [name, value] of Object.entries(cells)) {
    const position = calendar.map[name as CalendarColumn];
    if (position !== undefined) at.set(position, value);
  }
  const first = Math.min(...at.keys());
  const last = Math.max(...at.keys());
  const range = calendar.sheet.getRange(sheetRow, first, 1, last - first + 1);
  const kept = at.size < last - first + 1 ? range.getFormulas()[0] : [];
  const values: unknown[] = [];
  for (let column = first; column <= last; column++) {
    values.push(at.has(column) ? at.get(column) : keptCell(row[column - 1] ?? '', kept[column - first] ?? ''));
  }
  range.setValues([values]);
}

/**
 * Records a review under the document lock: finds the post's row by ID now (never a remembered row),
 * refuses when the post, its status or its approval record changed since the queue was loaded
 * (`seen`), or when an approval could not name its approver; approves it (status Approved and a new
 * approval snapshot naming the reviewer) or asks for changes (status Needs changes), appends the
 * comment to Review comments as `yyyy-MM-dd HH:mm reviewer: text`, re-runs the post's checks, and
 * writes the row's Status and add-on cells in one setValues (one read of the sheet, one of the
 * span's formulas), then the Checks note (detail the next check rewrites, so its failure does not
 * undo the decision).
 */
export function recordReview(workbook: Workbook, input: unknown, now: Date, reviewer: string): ReviewResult {
  const { locale } = workbook;
  const request = parseRequest(input);
  if (!request) return { ok: false, message: t(locale, 'review.badRequest') };
  if (request.decision === 'changes' && !request.comment)
    return { ok: false, message: t(locale, 'review.needComment') };
  const approve = request.decision === 'approve';
  // User.getEmail() returns a blank string where security policies hide the user
  // (https://developers.google.com/apps-script/reference/base/user#getEmail()): no approver, no approval.
  if (approve && !reviewer.trim()) return { ok: false, message: t(locale, 'review.noReviewer') };
  const settings = readSettings(workbook.spreadsheet);
  const { rules } = readRulesForChecks(workbook.spreadsheet);
  return withDocumentLock<ReviewResult>(
    locale,
    () => {
      const read = readCalendar(workbook);
      if (!read) return { ok: false, message: t(locale, 'review.noSheet') };
      const { calendar, rows } = read;
      const idColumn = calendar.map.ID;
      const matches =
        idColumn === undefined ? [] : rows.flatMap((row, i) => (String(row[idColumn - 1]).trim() === request.id ? [i] : []));
      if (matches.length > 1) return { ok: false, message: t(locale, 'review.duplicateId', { id: request.id }) };
      const index = matches.length ? matches[0] : -1;
      if (index < 0) return { ok: false, message: t(locale, 'review.postGone', { id: request.id }) };
      if (approve && (calendar.map.Approval === undefined || calendar.map['Approved by'] === undefined)) {
        return { ok: false, message: t(locale, 'review.noApprovalColumns') };
      }
      const row = rows[index].slice(0, calendar.width);
      const post = postsOfBlock(calendar, [row], workbook.timeZone)[0];
      if (!post) return { ok: false, message: t(locale, 'review.postGone', { id: request.id }) };
      if (request.seen !== reviewVersion(post, approvalCells(calendar, row), digestText)) {
        return { ok: false, message: t(locale, 'review.postChanged', { id: request.id }) };
      }
      post.status = approve ? 'Approved' : 'Needs changes';
      const stamp = auditStamp(now, workbook.timeZone, '');
      const approval = approvalOptions(() => settings.values, reviewer, stamp, () => approve);
      const effects = approvalEffects(calendar.map, row, post, approve, approval, locale);
      const checks = checkPost(post, rules, { now, locale });
      checks.issues.push(...effects.issues);
      let comments = cellText(calendar, row, 'Review comments');
      if (request.comment) {
        const line = `${auditStamp(now, workbook.timeZone, reviewer)}: ${request.comment}`;
        comments = (comments ? `${comments}\n${line}` : line).slice(-MAX_COMMENTS);
      }
      const sheetRow = index + 2;
      writeDecision(calendar, sheetRow, row, {
        ...effects.cells,
        Status: post.status,
        Checks: summarizeChecks(checks),
        Updated: textForCell(auditStamp(now, workbook.timeZone, reviewer)),
        'Review comments': textForCell(comments),
      });
      if (calendar.map.Checks !== undefined) {
        try {
          calendar.sheet.getRange(sheetRow, calendar.map.Checks).setNote(checkDetails(checks));
        } catch {
          // The decision is recorded; the note is repaired by the next check of the row.
        }
      }
      return {
        ok: true,
        id: request.id,
        status: post.status,
        comments,
        message: t(locale, approve ? 'review.approved' : 'review.changesRequested', { id: request.id }),
      };
    },
    (message) => ({ ok: false, message }),
  );
}
