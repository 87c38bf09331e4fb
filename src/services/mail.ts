/**
 * The door to MailApp: the day's remaining recipient quota and sending one message with a text and an
 * HTML part. Both need https://www.googleapis.com/auth/script.send_mail
 * (https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota() ,
 * https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object) ).
 */

import type { EmailMessage } from '../domain/notifications/email-message';

/** Recipients MailApp may still send to today (Google: 100 a day for consumer accounts, 1,500 for Workspace). */
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Sends one message (one recipient) with its text part as `body` and its HTML part as `htmlBody`. */
export function sendMail(message: EmailMessage, name: string): void {
  MailApp.sendEmail({ to: message.to, subject: message.subject, body: message.body, htmlBody: message.htmlBody, name });
}
