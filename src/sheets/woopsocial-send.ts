/** Send to WoopSocial: the dialog's list (our checks and WoopSocial's validation) and the send itself, under the caller's document lock. */

import { t } from '../domain/i18n';
import { publishedText } from '../domain/publishing/publish-request';
import { woopFetch, WoopSocialError } from '../services/woopsocial-client';
import type { Workbook } from './active-spreadsheet';
import type { PublishResult, SendInputs, SendPreview, SendRow } from '../shared/publishing-contract';
import { createOne, lookUpPost, recordSent } from './woopsocial-create';
import { TIME_BUDGET_MS, candidates, connection, failureMessage, planRow, takenIds, uploadMedia, utmOf } from './woopsocial-plan';
import { REQUESTED, readWoopTable, writeRows, type RowCells, type WoopRow } from './woopsocial-rows';

/** The Send dialog's list: every approved, unsent post in the range with our problems and WoopSocial's validation. */
export function previewSend(workbook: Workbook, range: { from: string; to: string }, inputs: SendInputs, now: Date): SendPreview {
  const locale = workbook.locale;
  const conn = connection();
  const empty: SendPreview = { ok: false, message: t(locale, 'publish.notConnected'), rows: [], boards: [], privacyLevels: [], needsYouTube: false };
  if (!conn) return empty;
  const table = readWoopTable(workbook);
  if (!table) return { ...empty, message: t(locale, 'checkAll.noSheet') };
  const deadline = now.getTime() + TIME_BUDGET_MS;
  const utm = utmOf(workbook);
  const rows: SendRow[] = [];
  const platformsUsed = new Set<string>();
  const uploaded = new Map<string, string>();
  try {
    for (const row of candidates(table, range.from, range.to)) {
      const plan = planRow(row, workbook, conn.setup, inputs, [], now, utm);
      const account = conn.setup.accounts[row.post.platform.trim().toLowerCase()];
      if (account) platformsUsed.add(account.platform);
      const base = { postId: row.post.id, row: row.row, date: row.post.date, time: row.post.time, platform: row.post.platform, warnings: [] as string[] };
      const text = account ? publishedText(row.post, account.platform, utm) : row.post.caption;
      if (!plan.request) {
        rows.push({ ...base, text, state: plan.notSendable ? 'notSendable' : 'problem', problems: plan.problem ? [plan.problem] : [] });
        continue;
      }
      const media = uploadMedia(conn, row.post, uploaded, deadline, locale);
      if (typeof media === 'string') {
        rows.push({ ...base, text, state: 'problem', problems: [media] });
        continue;
      }
      const built = planRow(row, workbook, conn.setup, inputs, media, now, utm);
      const result = woopFetch(conn.apiKey, { method: 'post', path: '/posts/validate', json: built.request }, deadline) as {
        isValid: boolean;
        errors: Array<{ message: string }>;
        warnings: Array<{ message: string }>;
      };
      rows.push({ ...base, text, state: result.isValid ? 'ready' : 'problem', problems: result.errors.map((e) => e.message), warnings: result.warnings.map((w) => w.message) });
    }
    const boards: Array<{ id: string; name: string }> = [];
    const privacyLevels: string[] = [];
    for (const account of Object.values(conn.setup.accounts)) {
      if (!platformsUsed.has(account.platform) || (account.platform !== 'PINTEREST' && account.platform !== 'TIKTOK')) continue;
      const found = woopFetch(conn.apiKey, { method: 'get', path: `/social-accounts/${encodeURIComponent(account.socialAccountId)}/platform-inputs` }, deadline) as {
        platformSpecificInputs: { platform: string; boards?: Array<{ id: string; name: string }>; privacyLevelOptions?: string[] };
      };
      boards.push(...(found.platformSpecificInputs.boards ?? []));
      privacyLevels.push(...(found.platformSpecificInputs.privacyLevelOptions ?? []));
    }
    return { ok: true, message: '', rows, boards, privacyLevels, needsYouTube: platformsUsed.has('YOUTUBE') };
  } catch (error) {
    return { ...empty, message: failureMessage(locale, error), rows };
  }
}

/**
 * Sends the approved, unsent posts in the range (under the caller's document lock): rows marked
 * REQUESTED by an earlier run are looked up first and sent only when WoopSocial does not have them.
 * Stops at the first failure that concerns every post (key, rate limit, WoopSocial down, timeout).
 */
export function sendPosts(workbook: Workbook, range: { from: string; to: string }, inputs: SendInputs, now: Date): PublishResult {
  const locale = workbook.locale;
  const conn = connection();
  if (!conn) return { ok: false, message: t(locale, 'publish.notConnected') };
  const table = readWoopTable(workbook);
  if (!table) return { ok: false, message: t(locale, 'checkAll.noSheet') };
  const deadline = now.getTime() + TIME_BUDGET_MS;
  const utm = utmOf(workbook);
  const uploaded = new Map<string, string>();
  const problems = new Map<WoopRow, RowCells>();
  const todo = candidates(table, range.from, range.to);
  const skipped = new Set<WoopRow>();
  let sent = 0;
  let stopped: string | null = null;
  let index = 0;
  for (; index < todo.length; index++) {
    if (Date.now() > deadline) break;
    const row = todo[index];
    const plan = planRow(row, workbook, conn.setup, inputs, [], now, utm);
    if (!plan.request) {
      // Our own checks: the dialog lists them; the Checks cell keeps the calendar's checks.
      skipped.add(row);
      continue;
    }
    try {
      const media = uploadMedia(conn, row.post, uploaded, deadline, locale);
      if (typeof media === 'string') {
        problems.set(row, { Checks: media });
        continue;
      }
      const request = planRow(row, workbook, conn.setup, inputs, media, now, utm).request!;
      if (row.delivery.startsWith(REQUESTED)) {
        const found = lookUpPost(conn, request, deadline, takenIds(table));
        if (found) {
          recordSent(table, row, found, request, inputs);
          sent++;
          continue;
        }
      }
      createOne(conn, table, row, request, inputs, deadline);
      sent++;
    } catch (error) {
      if (error instanceof WoopSocialError && error.kind === 'refused') {
        problems.set(row, { Checks: failureMessage(locale, error) });
        continue;
      }
      stopped = failureMessage(locale, error);
      break;
    }
  }
  writeRows(table, problems);
  const left = todo.filter((row) => !row.woopId && !problems.has(row) && !skipped.has(row)).length;
  if (stopped) return { ok: false, message: stopped, sent, left };
  if (left > 0) return { ok: true, message: t(locale, 'publish.sentMore', { sent, left }), sent, left };
  return { ok: true, message: t(locale, 'publish.sent', { sent, skipped: problems.size + skipped.size }), sent, left: 0 };
}
