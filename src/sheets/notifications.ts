/**
 * Who is emailed about what (each notification off until turned on in Settings): stakeholders when a
 * publish puts posts in front of them, a post's owner when a reviewer or stakeholder decides, people
 * mentioned as @name@example.com in a review comment. Emails never carry Notes, Owner-only columns, the
 * Checks details or a link to the team's calendar; the daily quota is checked first and a shortfall named.
 */

import { t } from '../domain/i18n';
import { messageLanguage } from '../domain/message-language';
import { mentionedEmails, renderEmail, type EmailContent, type EmailMessage } from '../domain/notifications/email-message';
import type { Post } from '../domain/post';
import { remainingMailQuota, sendMail } from '../services/mail';
import type { Workbook } from './active-spreadsheet';
import { postsOfBlock } from './calendar-checks';
import { calendarFromGrid, findCalendarSheet } from './calendar-sheet';
import { readSettings } from './settings-sheet';

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]{2,}$/;

/** A yes/no setting: on only when it starts with y, on or true. */
function isOn(value: string | undefined): boolean {
  return /^\s*(y|on|true)/i.test(value ?? '');
}

/** The recipient's language: "Email languages" (`person@example.com=pl, …`), else the spreadsheet's. */
export function languageOf(settings: Record<string, string>, email: string, fallback: string): string {
  for (const pair of String(settings['email languages'] ?? '').split(/[,;\n]+/)) {
    const [who, lang] = pair.split('=').map((part) => part.trim().toLowerCase());
    if (who === email.toLowerCase() && lang) return messageLanguage(lang);
  }
  return messageLanguage(fallback);
}

/** What sending did: how many went, and a sentence naming those the quota left out ('' when none). */
export interface SendReport {
  sent: number;
  shortfall: string;
}

/**
 * Sends the messages the day's quota allows (one recipient each, in order) and names those it does not;
 * a send MailApp refuses is named too, never retried silently.
 */
export function sendWithinQuota(workbook: Workbook, messages: EmailMessage[]): SendReport {
  if (messages.length === 0) return { sent: 0, shortfall: '' };
  const remaining = remainingMailQuota();
  const name = t(workbook.locale, 'notify.senderName');
  const left: string[] = messages.slice(remaining).map((m) => m.to);
  let sent = 0;
  for (const message of messages.slice(0, remaining)) {
    try {
      sendMail(message, name);
      sent++;
    } catch {
      left.push(message.to);
    }
  }
  const shortfall = left.length ? t(workbook.locale, 'notify.shortfall', { count: left.length, emails: left.join(', ') }) : '';
  return { sent, shortfall };
}

/** The email to one stakeholder after a publish: how many posts await their decision, the dates, the copy's link. */
export function stakeholderEmails(
  workbook: Workbook,
  copyUrl: string,
  waiting: ReadonlyMap<string, readonly Post[]>,
): EmailMessage[] {
  const settings = readSettings(workbook.spreadsheet).values;
  if (!isOn(settings['email stakeholders on publish'])) return [];
  const out: EmailMessage[] = [];
  for (const [email, posts] of waiting) {
    if (posts.length === 0) continue;
    const lang = languageOf(settings, email, workbook.locale);
    const dates = [...new Set(posts.map((p) => p.date).filter(Boolean))].sort();
    out.push(
      renderEmail({
        to: email,
        subject: t(lang, 'notify.stakeholderSubject', { count: posts.length, name: workbook.spreadsheet.getName() }),
        heading: t(lang, 'notify.stakeholderHeading', { count: posts.length }),
        paragraphs: [t(lang, 'notify.stakeholderBody')],
        items: dates.map((date) => {
          const names = posts.filter((p) => p.date === date).map((p) => p.title || p.platform).filter(Boolean);
          return names.length ? `${date}: ${names.join(', ')}` : date;
        }),
        link: { url: copyUrl, text: t(lang, 'notify.openCopy') },
        footer: t(lang, 'notify.footer'),
      }),
    );
  }
  return out;
}

/** The Calendar's post with this ID (one read), or null. */
function postById(workbook: Workbook, id: string): Post | null {
  const sheet = findCalendarSheet(workbook.spreadsheet);
  if (!sheet) return null;
  const grid = sheet.getDataRange().getValues();
  return postsOfBlock(calendarFromGrid(sheet, grid), grid.slice(1), workbook.timeZone).find((post) => post?.id === id) ?? null;
}

/**
 * The emails a decision causes: to the post's owner (when the Owner cell is an email and "Email post owners
 * about decisions" is on) and to each person mentioned in the comment ("Email mentioned people" on). The
 * reviewer is never emailed about their own decision.
 */
export function decisionEmails(
  workbook: Workbook,
  decision: { id: string; approve: boolean; reviewer: string; comment: string },
): EmailMessage[] {
  const settings = readSettings(workbook.spreadsheet).values;
  const owners = isOn(settings['email post owners about decisions']);
  const mentions = isOn(settings['email mentioned people']) ? mentionedEmails(decision.comment) : [];
  if (!owners && mentions.length === 0) return [];
  const post = postById(workbook, decision.id);
  if (!post) return [];
  const self = decision.reviewer.toLowerCase();
  const out: EmailMessage[] = [];
  const about = (lang: string): string => t(lang, 'notify.postLine', { title: post.title || post.platform, date: post.date, platform: post.platform });
  const owner = post.owner.trim();
  if (owners && EMAIL.test(owner) && owner.toLowerCase() !== self) {
    const lang = languageOf(settings, owner, workbook.locale);
    const content: EmailContent = {
      to: owner,
      subject: t(lang, decision.approve ? 'notify.approvedSubject' : 'notify.changesSubject', { title: post.title || post.id }),
      heading: t(lang, decision.approve ? 'notify.approvedHeading' : 'notify.changesHeading', { reviewer: decision.reviewer }),
      paragraphs: [about(lang), ...(decision.comment ? [t(lang, 'notify.comment', { comment: decision.comment })] : [])],
      footer: t(lang, 'notify.footer'),
    };
    out.push(renderEmail(content));
  }
  for (const email of mentions) {
    if (email === self || out.some((m) => m.to.toLowerCase() === email)) continue;
    const lang = languageOf(settings, email, workbook.locale);
    out.push(
      renderEmail({
        to: email,
        subject: t(lang, 'notify.mentionSubject', { reviewer: decision.reviewer, title: post.title || post.id }),
        heading: t(lang, 'notify.mentionHeading', { reviewer: decision.reviewer }),
        paragraphs: [about(lang), t(lang, 'notify.comment', { comment: decision.comment })],
        footer: t(lang, 'notify.footer'),
      }),
    );
  }
  return out;
}

/**
 * Sends what decisions cause (owner and mention emails) and returns a sentence for the person who
 * decided: '' when all went (or nothing was due), else the shortfall or MailApp's refusal.
 */
export function notifyDecisions(
  workbook: Workbook,
  decisions: ReadonlyArray<{ id: string; approve: boolean; reviewer: string; comment: string }>,
): string {
  try {
    const messages = decisions.flatMap((decision) => decisionEmails(workbook, decision));
    return sendWithinQuota(workbook, messages).shortfall;
  } catch (error) {
    return t(workbook.locale, 'notify.failed', { message: error instanceof Error ? error.message : String(error) });
  }
}
