/** Sharing with stakeholders: the review queue sidebar and its server calls, and the stakeholder view command. */

import { t } from '../domain/i18n';
import { activeWorkbook, currentUserEmail } from '../sheets/active-spreadsheet';
import { showPageSidebar } from '../services/html-dialogs';
import { notifyDecisions } from '../sheets/notifications';
import { listReviewQueue, recordReview } from '../sheets/review-queue';
import { reviewRequestSchema, type ReviewQueue, type ReviewResult } from '../shared/review-contract';
import { STAKEHOLDER_SCOPES, publishStakeholderCopy, type StakeholderResult } from '../sheets/stakeholder-view';
import { collectStakeholderCopy } from '../sheets/stakeholder-collect';
import type { CollectResult } from '../sheets/stakeholder-decisions';

/**
 * Opens the review queue in the sidebar: the posts awaiting review, each with Approve and Request
 * changes. Runs: menu "Review queue" (AuthMode.FULL). Reads nothing; the page calls getReviewQueue.
 */
export function showReviewQueue(): void {
  const workbook = activeWorkbook();
  showPageSidebar('ReviewQueue', t(workbook.locale, 'review.title'));
}

/**
 * The posts awaiting review (status In review, changed after approval, or Approved with no approval
 * record), soonest first by their real moments (time zones included), with what changed, the earlier
 * comments and each card's version (`seen`). Runs: google.script.run from the review queue (AuthMode.FULL);
 * 6-minute limit; one read of the Calendar sheet.
 */
export function getReviewQueue(): ReviewQueue {
  return listReviewQueue(activeWorkbook(), new Date());
}

/**
 * Records a reviewer's decision on one post: `{ id, decision: 'approve' | 'changes', comment?, seen }`.
 * Approve sets Approved and records a new approval snapshot with the reviewer's email (refused when
 * Apps Script does not reveal it); changes sets Needs changes (a comment is required). The comment is
 * appended to Review comments. Refused, writing nothing, when the post changed since the card was
 * loaded (`seen`: content, time zone, format, status or approval record). Returns `{ ok, message, ... }`,
 * never a half-written row: one setValues per decision. Runs: google.script.run (AuthMode.FULL); under
 * the document lock (waits up to 10 s); a constant number of Spreadsheet calls. Then, when turned on in
 * Settings, emails the post's owner and the people @mentioned in the comment (MailApp, quota checked first).
 */
export function reviewPost(request: unknown): ReviewResult {
  const workbook = activeWorkbook();
  const reviewer = currentUserEmail();
  const result = recordReview(workbook, request, new Date(), reviewer);
  if (!result.ok) return result;
  // recordReview accepted the request, so it parses.
  const { decision, comment = '' } = reviewRequestSchema.parse(request);
  const mailed = notifyDecisions(workbook, [{ id: result.id, approve: decision === 'approve', reviewer, comment }]);
  return mailed ? { ...result, message: `${result.message} ${mailed}` } : result;
}

/**
 * Publishes or refreshes the stakeholder view, a separate spreadsheet the add-on created with the
 * Advanced Sheets service (its id is kept in the document properties, so later runs refresh the same
 * file), and shares it with the listed emails through the Advanced Drive service; a toast gives the URL
 * and counts. Asks for the drive.file scope when the user has not granted it (granular consent). Runs:
 * menu "Publish stakeholder view" (AuthMode.FULL); 6-minute limit; two reads of this spreadsheet, two
 * Sheets API calls, one Drive files.get, one permissions.list per 100 people and one permissions.create per
 * new email.
 */
export function publishStakeholderView(): StakeholderResult {
  const workbook = activeWorkbook();
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, STAKEHOLDER_SCOPES);
  const result = publishStakeholderCopy(workbook, new Date());
  if (result.ok) workbook.spreadsheet.toast(result.message, t(workbook.locale, 'stakeholder.title'), 15);
  else SpreadsheetApp.getUi().alert(result.message);
  return result;
}

/**
 * Reads the stakeholders' decisions from their copy into the Calendar (role "decide"): approvals of the
 * version still in the Calendar, requests for changes with a comment, each recorded like a review-queue
 * decision with the stakeholder's email and time; a toast says what was applied and what was not. Asks for
 * drive.file when not granted. Runs: menu "Collect stakeholder decisions" (AuthMode.FULL); 6-minute limit;
 * one Sheets API values.get, then one read and one write of the Calendar per decision applied.
 */
export function collectStakeholderDecisions(): CollectResult {
  const workbook = activeWorkbook();
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, STAKEHOLDER_SCOPES);
  const result = collectStakeholderCopy(workbook, new Date());
  if (result.ok) workbook.spreadsheet.toast(result.message, t(workbook.locale, 'decisions.title'), 15);
  else SpreadsheetApp.getUi().alert(result.message);
  return result;
}
