/** Never twice: creating a WoopSocial post with its row marked first and its ID written at once, looking lost posts up (by account, time and text), settling rows left REQUESTED, deleting where the contract allows. */

import type { CreatePostRequest, PlatformInputChoice } from '../domain/publishing/publish-request';
import type { ChildDelivery } from '../domain/publishing/delivery-state';
import { WoopSocialError, woopFetch } from '../services/woopsocial-client';
import type { Workbook } from './active-spreadsheet';
import { planRow, readNote, sentNote, takenIds, utcText, type Connected } from './woopsocial-plan';
import { REQUESTED, writeRow, type WoopRow, type WoopTable } from './woopsocial-rows';

/** Most items one list call returns (the contract's maximum `limit`). */
export const PAGE = 100;

/** Document-property prefix of the sent-post ledger (calendar post ID → WoopSocial post ID; IDs only, no secret). */
export const LEDGER_PREFIX = 'woopsocial.sent.';

/** Finds a post WoopSocial already holds for this request (same account, time and text): its ID, or ''. */
export function lookUpPost(conn: Connected, request: CreatePostRequest, deadline: number, taken: ReadonlySet<string> = new Set()): string {
  const account = String(request.socialAccounts[0].socialAccountId);
  const at = Date.parse(request.schedule.scheduledFor);
  const text = request.content[0]?.text ?? '';
  let cursor: string | undefined;
  do {
    const page = woopFetch(conn.apiKey, { method: 'get', path: '/social-account-posts', query: { socialAccountId: [account], limit: PAGE, cursor } }, deadline) as {
      socialAccountPosts: Array<ChildDelivery & { postId: string; content: Array<{ text?: string }> }>;
      nextCursor?: string;
    };
    // A post another row already holds is not this one (two rows may share a time and text).
    const match = page.socialAccountPosts.find((child) => !taken.has(child.postId) && Date.parse(child.schedule?.scheduledFor ?? '') === at && (child.content[0]?.text ?? '') === text);
    if (match) return match.postId;
    cursor = page.nextCursor;
  } while (cursor);
  return '';
}

/** Records a sent post: WoopSocial ID, Delivery, Status and the fingerprint note at once, and the ledger entry. */
export function recordSent(table: WoopTable, row: WoopRow, id: string, request: CreatePostRequest, inputs: PlatformInputChoice): void {
  writeRow(table, row, { 'WoopSocial ID': id, Delivery: `NOT_STARTED ${utcText(request.schedule.scheduledFor)}`, Status: 'Scheduled' }, sentNote(row, request, inputs));
  if (row.post.id) PropertiesService.getDocumentProperties().setProperty(LEDGER_PREFIX + row.post.id, id);
}

/** Creates one post with the row marked first; on an unknown outcome looks it up. Returns true when the post now has an ID. */
export function createOne(conn: Connected, table: WoopTable, row: WoopRow, request: CreatePostRequest, inputs: PlatformInputChoice, deadline: number): boolean {
  // The mark and what is being sent (the note), so a later run can look the post up even if this one dies.
  writeRow(table, row, { Delivery: `${REQUESTED} ${utcText(new Date().toISOString())}` }, sentNote(row, request, inputs));
  try {
    const created = woopFetch(conn.apiKey, { method: 'post', path: '/posts', json: request }, deadline) as { id: string };
    recordSent(table, row, created.id, request, inputs);
    return true;
  } catch (error) {
    if (error instanceof WoopSocialError && (error.kind === 'timeout' || error.kind === 'server' || error.kind === 'network')) {
      // The outcome is unknown: WoopSocial may have created the post. Look it up before anything else.
      let found = '';
      try {
        found = lookUpPost(conn, request, deadline, takenIds(table));
      } catch {
        // The lookup failed too: the row stays REQUESTED and is looked up on the next run.
      }
      if (found) {
        recordSent(table, row, found, request, inputs);
        return true;
      }
      throw error;
    }
    // Refused before anything was created (401/403/422/429): the mark goes.
    writeRow(table, row, { Delivery: '' });
    throw error;
  }
}

/**
 * Settles rows a run left REQUESTED (its answer lost and the lookup failed): adopts the post WoopSocial
 * holds for the same account, time and text, or clears the mark when there is none, so Send may send it.
 */
export function settleRequested(conn: Connected, table: WoopTable, workbook: Workbook, utm: string | undefined, deadline: number): number {
  let adopted = 0;
  for (const row of table.rows) {
    if (row.woopId || !row.delivery.startsWith(REQUESTED)) continue;
    const note = readNote(row.fingerprint);
    const plan = planRow(row, workbook, conn.setup, note?.inputs ?? {}, [], null, utm);
    if (!plan.request) continue;
    const found = lookUpPost(conn, plan.request, deadline, takenIds(table));
    if (found) {
      recordSent(table, row, found, plan.request, note?.inputs ?? {});
      adopted++;
    } else writeRow(table, row, { Delivery: '' });
  }
  return adopted;
}

/** Deletes a WoopSocial post: 'deleted', 'gone' (404), or 'tooLate' (409: delivery started). */
export function deletePost(conn: Connected, id: string, deadline: number): 'deleted' | 'gone' | 'tooLate' {
  try {
    woopFetch(conn.apiKey, { method: 'delete', path: `/posts/${encodeURIComponent(id)}` }, deadline);
    return 'deleted';
  } catch (error) {
    if (error instanceof WoopSocialError && error.kind === 'notFound') return 'gone';
    if (error instanceof WoopSocialError && error.kind === 'conflict') return 'tooLate';
    throw error;
  }
}
