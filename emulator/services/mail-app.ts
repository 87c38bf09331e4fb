/**
 * MailApp (https://developers.google.com/apps-script/reference/mail/mail-app): sendEmail in its four
 * forms and getRemainingDailyQuota, over a recorded outbox and a daily recipient quota.
 * Limits from Google's "Quotas for Google Services" (https://developers.google.com/apps-script/guides/services/quotas):
 * email recipients per day 100 (consumer accounts; 1,500 for Workspace), recipients per message 50;
 * going over the daily quota throws "Service invoked too many times for one day: email." (the quota
 * page's message for a daily limit). Each To, Cc and Bcc address counts as one recipient.
 */

import { wrapService } from '../core/context';
import { ServiceException } from '../core/errors';
import type { Runtime } from '../runtime/runtime';

/** One message MailApp accepted. */
export interface SentMail {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  /** The virtual time it was sent (ms). */
  at: number;
}

/** The outbox and quota shared by every execution. */
export interface MailStore {
  sent: SentMail[];
  /** Recipients allowed per day (100 for a consumer account). */
  dailyQuota: number;
}

const MAX_RECIPIENTS = 50;
const MAX_SUBJECT = 250;
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/;
const DAY = 24 * 60 * 60 * 1000;

const OPTION_FIELDS = ['attachments', 'bcc', 'cc', 'htmlBody', 'inlineImages', 'name', 'noReply', 'replyTo'];
const MESSAGE_FIELDS = ['to', 'subject', 'body', ...OPTION_FIELDS];

function addresses(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return String(value)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** MailApp over `store`. */
export class MailAppImpl implements Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'> {
  constructor(
    private readonly runtime: Runtime,
    private readonly store: MailStore,
  ) {}

  getRemainingDailyQuota(): number {
    const since = this.runtime.context.now().getTime() - DAY;
    const used = this.store.sent
      .filter((m) => m.at > since && m.from.toLowerCase() === this.runtime.current.effectiveUser.toLowerCase())
      .reduce((n, m) => n + m.to.length + m.cc.length + m.bcc.length, 0);
    return Math.max(0, this.store.dailyQuota - used);
  }

  sendEmail(...args: unknown[]): void {
    let message: Record<string, unknown>;
    if (args.length === 1 && args[0] && typeof args[0] === 'object') message = args[0] as Record<string, unknown>;
    else if (args.length === 3) message = { to: args[0], subject: args[1], body: args[2] };
    else if (args.length === 4 && (typeof args[3] === 'object' || args[3] === undefined))
      message = { ...((args[3] ?? {}) as Record<string, unknown>), to: args[0], subject: args[1], body: args[2] };
    else if (args.length === 4) message = { to: args[0], replyTo: args[1], subject: args[2], body: args[3] };
    else throw new ServiceException('The parameters (' + args.map((a) => typeof a).join(',') + ') don\'t match the method signature for MailApp.sendEmail.');
    for (const key of Object.keys(message)) {
      if (!MESSAGE_FIELDS.includes(key)) throw new ServiceException(`Unknown option: ${key}`);
    }
    const to = addresses(message.to);
    const cc = addresses(message.cc);
    const bcc = addresses(message.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw new ServiceException('Failed to send email: no recipient');
    for (const address of all) if (!EMAIL.test(address)) throw new ServiceException(`Invalid email: ${address}`);
    if (all.length > MAX_RECIPIENTS) throw new ServiceException('Limit Exceeded: Email Recipients Per Message.');
    const subject = String(message.subject ?? '');
    if (subject.length > MAX_SUBJECT) throw new ServiceException('Argument too large: subject');
    if (all.length > this.getRemainingDailyQuota()) throw new ServiceException('Service invoked too many times for one day: email.');
    this.store.sent.push({
      from: this.runtime.current.effectiveUser,
      to,
      cc,
      bcc,
      subject,
      body: String(message.body ?? ''),
      ...(message.htmlBody !== undefined ? { htmlBody: String(message.htmlBody) } : {}),
      ...(message.name !== undefined ? { name: String(message.name) } : {}),
      ...(message.replyTo !== undefined ? { replyTo: String(message.replyTo) } : {}),
      ...(message.noReply !== undefined ? { noReply: !!message.noReply } : {}),
      at: this.runtime.context.now().getTime(),
    });
  }

  toString(): string {
    return 'MailApp';
  }
}

/** The wrapped MailApp global (calls recorded as `MailApp.*`, checked against the authorization table). */
export function createMailApp(runtime: Runtime, store: MailStore): GoogleAppsScript.Mail.MailApp {
  return wrapService(new MailAppImpl(runtime, store), 'MailApp', runtime.context) as unknown as GoogleAppsScript.Mail.MailApp;
}
