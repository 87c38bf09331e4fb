/** The review queue's gateway: list the posts awaiting review in one read, and record a reviewer's decision on one post found by ID. */

import { approvalFingerprint, changedSinceApproval } from '../domain/approval';
import { textForCell } from '../domain/cell-text';
import { checkDetails, checkPost, summarizeChecks } from '../domain/check-post';
import { t } from '../domain/i18n';
import type { CalendarColumn, Post } from '../domain/post';
import { auditStamp, type Workbook } from './active-spreadsheet';
import { approvalOptions, digestText } from './approval-stamp';
import { approvalEffects, cellText, postsOfBlock } from './calendar-checks';
import { calendarFromGrid, findCalendarSheet, writeColumns, writeNotes, type CalendarSheet } from './calendar-sheet';
import { readRules } from './platforms-sheet';
import type { ReviewItem, ReviewQueue, ReviewRequest, ReviewResult } from './review-rpc';
import { withDocumentLock } from './save-post';
import { readSettings } from './settings-sheet';

/** A cell holds at most 50,000 characters; older comments are dropped first beyond this. */
const MAX_COMMENTS = 45000;
/** The longest comment accepted from the page. */
const MAX_COMMENT = 2000;

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
 * its status is In review, or when it changed after approval and is not back with its author (Needs
 * changes) or Cancelled.
 */
function reviewState(
  calendar: CalendarSheet,
  row: readonly unknown[],
  post: Post,
): { waiting: boolean; changed: string[] } {
  const fingerprint = cellText(calendar, row, 'Approval').trim();
  const changed = fingerprint ? changedSinceApproval(fingerprint, post, digestText) : [];
  const status = lower(post.status);
  const waiting =
    status === 'in review' || (changed.length > 0 && status !== 'needs changes' && status !== 'cancelled');
  return { waiting, changed };
}

/** The posts awaiting review, soonest first. One read of the Calendar sheet. */
export function listReviewQueue(workbook: Workbook): ReviewQueue {
  const read = readCalendar(workbook);
  const items: ReviewItem[] = [];
  if (read) {
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
        seen: approvalFingerprint(post, digestText),
      });
    });
  }
  items.sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`));
  return { locale: workbook.locale, items };
}

/** The request, checked: a post ID, a decision and an optional one-line comment. */
function parseRequest(input: unknown): (ReviewRequest & { comment: string }) | null {
  if (!input || typeof input !== 'object') return null;
  const { id, decision, comment = '', seen } = input as Record<string, unknown>;
  if (typeof id !== 'string' || !id.trim() || (decision !== 'approve' && decision !== 'changes')) return null;
  if (typeof comment !== 'string' || comment.length > MAX_COMMENT) return null;
  if (seen !== undefined && typeof seen !== 'string') return null;
  return { id: id.trim(), decision, comment: comment.replace(/\s*[\r\n]+\s*/g, ' ').trim(), seen };
}

/**
 * Records a review under the document lock: finds the post's row by ID now (never a remembered row),
 * approves it (status Approved and a new approval snapshot naming the reviewer) or asks for changes
 * (status Needs changes), appends the comment to Review comments as `yyyy-MM-dd HH:mm reviewer: text`,
 * re-runs the post's checks, and writes the row's Status and add-on cells (one read of the sheet, one
 * setValues per run of adjacent columns, one for the Checks note).
 */
export function recordReview(workbook: Workbook, input: unknown, now: Date, reviewer: string): ReviewResult {
  const { locale } = workbook;
  const request = parseRequest(input);
  if (!request) return { ok: false, message: t(locale, 'review.badRequest') };
  if (request.decision === 'changes' && !request.comment)
    return { ok: false, message: t(locale, 'review.needComment') };
  const settings = readSettings(workbook.spreadsheet);
  const { rules } = readRules(workbook.spreadsheet);
  return withDocumentLock<ReviewResult>(
    locale,
    () => {
      const read = readCalendar(workbook);
      if (!read) return { ok: false, message: t(locale, 'review.noSheet') };
      const { calendar, rows } = read;
      const idColumn = calendar.map.ID;
      const index =
        idColumn === undefined ? -1 : rows.findIndex((row) => String(row[idColumn - 1]).trim() === request.id);
      if (index < 0) return { ok: false, message: t(locale, 'review.postGone', { id: request.id }) };
      const row = rows[index].slice(0, calendar.width);
      const post = postsOfBlock(calendar, [row], workbook.timeZone)[0];
      if (!post) return { ok: false, message: t(locale, 'review.postGone', { id: request.id }) };
      if (request.seen && request.seen !== approvalFingerprint(post, digestText)) {
        return { ok: false, message: t(locale, 'review.postChanged', { id: request.id }) };
      }
      const approve = request.decision === 'approve';
      post.status = approve ? 'Approved' : 'Needs changes';
      const stamp = auditStamp(now, workbook.timeZone, '');
      const approval = approvalOptions(
        () => settings.values,
        reviewer,
        stamp,
        () => approve,
      );
      const effects = approvalEffects(calendar, row, post, approve, approval, locale);
      const checks = checkPost(post, rules, { now, locale });
      checks.issues.push(...effects.issues);
      let comments = cellText(calendar, row, 'Review comments');
      if (request.comment) {
        const line = `${auditStamp(now, workbook.timeZone, reviewer)}: ${request.comment}`;
        comments = (comments ? `${comments}\n${line}` : line).slice(-MAX_COMMENTS);
      }
      const cells: Partial<Record<CalendarColumn, unknown>> = {
        ...effects.cells,
        Status: post.status,
        Checks: summarizeChecks(checks),
        Updated: textForCell(auditStamp(now, workbook.timeZone, reviewer)),
        'Review comments': textForCell(comments),
      };
      const columns: Partial<Record<CalendarColumn, unknown[]>> = {};
      for (const [name, value] of Object.entries(cells)) columns[name as CalendarColumn] = [value];
      const sheetRow = index + 2;
      writeColumns(calendar, sheetRow, 1, columns, [row]);
      writeNotes(calendar, 'Checks', sheetRow, [checkDetails(checks)]);
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
