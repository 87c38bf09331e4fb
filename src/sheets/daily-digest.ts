/**
 * The team's daily digest: posts awaiting review, posts with changes requested, and posts due in the next
 * days whose Checks show an error (named by date, platform and title; never the Checks details), emailed
 * to the "Daily digest to" addresses by a daily time-driven trigger.
 */

import { t } from '../domain/i18n';
import { renderEmail, type EmailMessage } from '../domain/notifications/email-message';
import type { Workbook } from './active-spreadsheet';
import { cellText, postsOfBlock } from './calendar-checks';
import { calendarFromGrid, findCalendarSheet } from './calendar-sheet';
import { languageOf, sendWithinQuota, type SendReport } from './notifications';
import { todayIn } from './planning-posts';
import { listReviewQueue } from './review-queue';
import { readSettings } from './settings-sheet';
import { chooseEmails } from '../domain/stakeholder-choice';

/** The handler the daily trigger runs. */
export const DIGEST_HANDLER = 'sendDailyDigest';
/** How many days ahead "due soon" looks (today included). */
const DUE_DAYS = 3;

/** The "Daily digest to" setting's valid addresses. */
export function digestRecipients(workbook: Workbook): string[] {
  return chooseEmails(readSettings(workbook.spreadsheet).values['daily digest to']).emails;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The digest emails, one per recipient, in each one's language (two reads of the Calendar sheet). */
export function digestEmails(workbook: Workbook, now: Date): EmailMessage[] {
  const settings = readSettings(workbook.spreadsheet).values;
  const recipients = chooseEmails(settings['daily digest to']).emails;
  if (recipients.length === 0) return [];
  const awaiting = listReviewQueue(workbook).items.length;
  const sheet = findCalendarSheet(workbook.spreadsheet);
  let changes = 0;
  const due: string[] = [];
  if (sheet) {
    const grid = sheet.getDataRange().getValues();
    const calendar = calendarFromGrid(sheet, grid);
    const rows = grid.slice(1);
    const today = todayIn(now, workbook.timeZone);
    const last = addDays(today, DUE_DAYS - 1);
    postsOfBlock(calendar, rows, workbook.timeZone).forEach((post, i) => {
      if (!post) return;
      const status = post.status.trim().toLowerCase();
      if (status === 'needs changes') changes++;
      const open = status !== 'published' && status !== 'cancelled';
      if (open && post.date >= today && post.date <= last && cellText(calendar, rows[i], 'Checks').startsWith('✖'))
        due.push(`${post.date} ${post.time} ${post.platform}: ${post.title || post.id}`.replace(/\s+/g, ' ').trim());
    });
  }
  return recipients.map((to) => {
    const lang = languageOf(settings, to, workbook.locale);
    const lines = [
      t(lang, 'notify.digestAwaiting', { count: awaiting }),
      t(lang, 'notify.digestChanges', { count: changes }),
      t(lang, 'notify.digestErrors', { days: DUE_DAYS, count: due.length }),
    ];
    const nothing = awaiting === 0 && changes === 0 && due.length === 0;
    return renderEmail({
      to,
      subject: t(lang, 'notify.digestSubject', { name: workbook.spreadsheet.getName() }),
      heading: t(lang, 'notify.digestHeading'),
      paragraphs: nothing ? [t(lang, 'notify.digestNothing')] : lines,
      items: due,
      footer: t(lang, 'notify.footer'),
    });
  });
}

/** Builds and sends the digest within the day's quota. */
export function sendDigest(workbook: Workbook, now: Date): SendReport {
  return sendWithinQuota(workbook, digestEmails(workbook, now));
}
