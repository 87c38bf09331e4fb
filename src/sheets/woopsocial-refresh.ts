/** Refresh delivery status: reads sent posts back in batches and writes the results in one batch; keeps edited posts in step and deletes cancelled ones and removed rows where the contract allows. */

import { t } from '../domain/i18n';
import { summariseDelivery, type ChildDelivery } from '../domain/publishing/delivery-state';
import type { PlatformInputChoice } from '../domain/publishing/publish-request';
import { WoopSocialError, woopFetch } from '../services/woopsocial-client';
import type { Workbook } from './active-spreadsheet';
import type { PublishResult } from '../shared/publishing-contract';
import { LEDGER_PREFIX, PAGE, createOne, deletePost, settleRequested } from './woopsocial-create';
import { TIME_BUDGET_MS, connection, contentFingerprint, failureMessage, planRow, readNote, uploadMedia, utcText, utmOf, type Connected } from './woopsocial-plan';
import { readWoopTable, writeRow, writeRows, type RowCells, type WoopRow, type WoopTable } from './woopsocial-rows';

/** The children of the given posts, by post ID (GET /social-account-posts?postId=..., paged). */
function childrenOf(conn: Connected, ids: string[], deadline: number): Map<string, ChildDelivery[]> {
  const byPost = new Map<string, ChildDelivery[]>();
  for (let i = 0; i < ids.length; i += 50) {
    let cursor: string | undefined;
    do {
      const page = woopFetch(conn.apiKey, { method: 'get', path: '/social-account-posts', query: { postId: ids.slice(i, i + 50), limit: PAGE, cursor } }, deadline) as {
        socialAccountPosts: Array<ChildDelivery & { postId: string }>;
        nextCursor?: string;
      };
      for (const child of page.socialAccountPosts) byPost.set(child.postId, [...(byPost.get(child.postId) ?? []), child]);
      cursor = page.nextCursor;
    } while (cursor);
  }
  return byPost;
}

/**
 * Reads every sent post's delivery back (under the caller's document lock) and writes it in one batch:
 * PUBLISHED → Status Published with time and link; FAILED → Checks says why in the platform's words;
 * a post deleted in WoopSocial is said so. Sent posts edited since (text, time, media) are replaced while
 * delivery has not started, else Checks says it is too late; cancelled posts and deleted rows are deleted
 * in WoopSocial where the contract allows (all deliveries NOT_STARTED).
 */
export function refreshDelivery(workbook: Workbook, now: Date): PublishResult {
  const locale = workbook.locale;
  const conn = connection();
  if (!conn) return { ok: false, message: t(locale, 'publish.notConnected') };
  const table = readWoopTable(workbook);
  if (!table) return { ok: false, message: t(locale, 'checkAll.noSheet') };
  const deadline = now.getTime() + TIME_BUDGET_MS;
  const utm = utmOf(workbook);
  const changes = new Map<WoopRow, RowCells>();
  const counts = { published: 0, failed: 0, updated: 0, deleted: 0 };
  const sentRows: WoopRow[] = [];
  try {
    settleRequested(conn, table, workbook, utm, deadline);
    // Published and deleted posts are settled: their delivery no longer changes, so they cost no call.
    // FAILED is read again: its deliveryCompletedAt is the latest attempt's, so WoopSocial may try again.
    sentRows.push(...table.rows.filter((row) => row.woopId && !/^(PUBLISHED|DELETED)\b/.test(row.delivery)));
    const children = childrenOf(conn, sentRows.map((row) => row.woopId), deadline);
    for (const row of sentRows) {
      const found = children.get(row.woopId);
      const status = row.post.status.trim().toLowerCase();
      if (!found) {
        changes.set(row, { Delivery: 'DELETED in WoopSocial', Checks: t(locale, 'publish.fail.notFound') });
        continue;
      }
      const summary = summariseDelivery(found);
      if (status === 'cancelled') {
        const outcome = summary.status === 'NOT_STARTED' ? deletePost(conn, row.woopId, deadline) : 'tooLate';
        if (outcome === 'tooLate') changes.set(row, { Checks: t(locale, 'publish.tooLateDelete') });
        else {
          changes.set(row, { 'WoopSocial ID': '', Delivery: 'DELETED' });
          PropertiesService.getDocumentProperties().deleteProperty(LEDGER_PREFIX + row.post.id);
          counts.deleted++;
        }
        continue;
      }
      if (summary.status === 'PUBLISHED') {
        counts.published++;
        changes.set(row, { Delivery: ['PUBLISHED', utcText(summary.completedAt), summary.url ?? ''].filter(Boolean).join(' '), Status: 'Published' });
        continue;
      }
      if (summary.status === 'FAILED') {
        counts.failed++;
        changes.set(row, { Delivery: `FAILED ${utcText(summary.completedAt)}`.trim(), Checks: t(locale, 'publish.failedDelivery', { reason: summary.error || '—' }) });
        continue;
      }
      const note = readNote(row.fingerprint);
      // Planned without the 'in the future' check: an edit is seen even once the post's time has come.
      const plan = note ? planRow(row, workbook, conn.setup, note.inputs, [], null, utm) : null;
      const current = plan?.request ? contentFingerprint(row, plan.request) : '';
      if (note && current && current !== note.fingerprint) {
        if (summary.status !== 'NOT_STARTED') changes.set(row, { Checks: t(locale, 'publish.tooLate') });
        else {
          const replaced = replacePost(conn, table, row, workbook, note.inputs, now, utm, deadline);
          if (replaced === true) counts.updated++;
          else changes.set(row, { Checks: replaced });
        }
        continue;
      }
      changes.set(row, { Delivery: `${summary.status} ${utcText(plan?.request?.schedule.scheduledFor ?? '')}`.trim() });
    }
    counts.deleted += deleteRemovedRows(conn, table, deadline);
  } catch (error) {
    writeRows(table, changes);
    return { ok: false, message: failureMessage(locale, error) };
  }
  writeRows(table, changes);
  return { ok: true, message: t(locale, 'publish.refreshed', { count: sentRows.length, ...counts }), sent: counts.updated };
}

/**
 * Replaces an edited post whose delivery has not started. Everything is checked first (our checks,
 * media, WoopSocial's validation), so a refused edit leaves the scheduled post as it was; then the old
 * post is deleted and the new one created with the row marked (platform inputs as first sent).
 * Returns true when replaced, else the Checks sentence.
 */
function replacePost(conn: Connected, table: WoopTable, row: WoopRow, workbook: Workbook, inputs: PlatformInputChoice, now: Date, utm: string | undefined, deadline: number): true | string {
  const locale = workbook.locale;
  const first = planRow(row, workbook, conn.setup, inputs, [], now, utm);
  if (!first.request) return first.problem ?? t(locale, 'publish.tooLate');
  const media = uploadMedia(conn, row.post, new Map(), deadline, locale);
  if (typeof media === 'string') return media;
  const request = planRow(row, workbook, conn.setup, inputs, media, now, utm).request!;
  const verdict = woopFetch(conn.apiKey, { method: 'post', path: '/posts/validate', json: request }, deadline) as { isValid: boolean; errors: Array<{ message: string }> };
  if (!verdict.isValid) return t(locale, 'publish.editRefused', { reason: verdict.errors.map((error) => error.message).join(' ') });
  if (deletePost(conn, row.woopId, deadline) === 'tooLate') return t(locale, 'publish.tooLate');
  writeRow(table, row, { 'WoopSocial ID': '' });
  try {
    createOne(conn, table, row, request, inputs, deadline);
    return true;
  } catch (error) {
    if (!(error instanceof WoopSocialError) || error.kind !== 'refused') throw error;
    // Refused after all: the old post is gone, so the row goes back to Approved to be fixed and sent again.
    writeRow(table, row, { Status: 'Approved' });
    return t(locale, 'publish.editRefused', { reason: failureMessage(locale, error) });
  }
}

/** Deletes posts whose calendar row is gone (ledger entries without a row), where delivery has not started. */
function deleteRemovedRows(conn: Connected, table: WoopTable, deadline: number): number {
  const properties = PropertiesService.getDocumentProperties();
  const present = new Set(table.rows.map((row) => row.post.id));
  let deleted = 0;
  for (const [key, id] of Object.entries(properties.getProperties())) {
    if (!key.startsWith(LEDGER_PREFIX) || present.has(key.slice(LEDGER_PREFIX.length))) continue;
    const outcome = deletePost(conn, id, deadline);
    if (outcome !== 'tooLate') {
      properties.deleteProperty(key);
      if (outcome === 'deleted') deleted++;
    }
  }
  return deleted;
}
