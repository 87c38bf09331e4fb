/** The WoopSocial runs that write the Calendar, each under the document lock: send, refresh, and the hourly trigger's refresh. */

import { t } from '../domain/i18n';
import { hourlyTriggerSpreadsheetId } from '../services/woopsocial-hourly';
import type { Workbook } from './active-spreadsheet';
import type { PublishResult, SendInputs } from '../shared/publishing-contract';
import { withDocumentLock } from '../services/document-lock';
import { refreshDelivery } from './woopsocial-refresh';
import { sendPosts } from './woopsocial-send';

/** Runs `body` under the document lock, or says someone else is busy. */
function underLock(workbook: Workbook, body: () => PublishResult): PublishResult {
  return withDocumentLock(workbook.locale, body, () => ({ ok: false, message: t(workbook.locale, 'publish.busy') }));
}

/**
 * Sends the approved, unsent posts in `range` to WoopSocial under the document lock (each row marked
 * before its call, its ID written at once); stops starting calls at 4.5 minutes.
 * @param workbook The active spreadsheet.
 * @param range The dates (yyyy-MM-dd) to send.
 * @param inputs The platform inputs chosen in the Send dialog.
 * @param now The send's moment.
 */
export function sendUnderLock(workbook: Workbook, range: { from: string; to: string }, inputs: SendInputs, now: Date): PublishResult {
  return underLock(workbook, () => sendPosts(workbook, range, inputs, now));
}

/**
 * Reads delivery back and writes it, under the document lock (see refreshDelivery).
 * @param workbook The spreadsheet.
 * @param now The refresh's moment.
 */
export function refreshUnderLock(workbook: Workbook, now: Date): PublishResult {
  return underLock(workbook, () => refreshDelivery(workbook, now));
}

/**
 * The hourly trigger's refresh: the spreadsheet the trigger was made for, or nothing when the trigger
 * is not recorded or was made for another spreadsheet.
 * @param triggerUid The trigger's unique id, from the time-driven event.
 * @param now The refresh's moment.
 */
export function refreshForHourlyTrigger(triggerUid: string | undefined, now: Date): void {
  const id = hourlyTriggerSpreadsheetId(triggerUid);
  if (!id) return;
  // A time-driven trigger of a container-bound script runs with its container as the active spreadsheet,
  // which `spreadsheets.currentonly` reaches (openById would need the whole `spreadsheets` scope, which the
  // manifest no longer asks for: issue #16). A trigger recorded for another spreadsheet does nothing.
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet || spreadsheet.getId() !== id) return;
  const workbook: Workbook = { spreadsheet, timeZone: spreadsheet.getSpreadsheetTimeZone(), locale: spreadsheet.getSpreadsheetLocale() || 'en_US' };
  refreshUnderLock(workbook, now);
}
