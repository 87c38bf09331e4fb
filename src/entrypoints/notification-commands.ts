/** Notifications: the daily digest's trigger handler and the menu command that schedules it. */

import { t } from '../domain/i18n';
import { activeWorkbook } from '../sheets/active-spreadsheet';
import { sendDigest } from '../sheets/daily-digest';
import { scheduleDigest } from '../sheets/digest-schedule';

/**
 * Emails the daily digest to the "Daily digest to" addresses (quota checked first; a shortfall goes to the
 * execution log). Runs: the daily time-driven trigger (AuthMode.FULL, as the person who scheduled it);
 * 6-minute limit; two reads of the Calendar sheet and one MailApp.sendEmail per recipient.
 */
export function sendDailyDigest(): void {
  const report = sendDigest(activeWorkbook(), new Date());
  if (report.shortfall) console.warn(report.shortfall);
}

/**
 * Schedules (or stops) the daily digest per the "Daily digest to" setting: removes this add-on's earlier
 * digest trigger, then adds one daily at about 8:00 when someone is listed; a toast says which. Runs: menu
 * "Schedule daily digest" (AuthMode.FULL). ScriptApp.getProjectTriggers / newTrigger / deleteTrigger need
 * script.scriptapp: https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String)
 */
export function scheduleDailyDigest(): void {
  const workbook = activeWorkbook();
  const recipients = scheduleDigest(workbook);
  const message =
    recipients.length > 0
      ? t(workbook.locale, 'notify.digestScheduled', { emails: recipients.join(', ') })
      : t(workbook.locale, 'notify.digestStopped');
  workbook.spreadsheet.toast(message, t(workbook.locale, 'decisions.title'), 10);
}
