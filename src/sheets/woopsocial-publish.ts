/** Sending approved posts to WoopSocial and reading delivery back: plan, validate, create under the document lock with the row marked first, look lost posts up, keep sent posts in step. */

import { t } from '../domain/i18n';
import { mediaUrls } from '../domain/export/post-text';
import { buildCreateRequest, publishedText, requestFingerprint, type CreatePostRequest, type PlatformInputChoice } from '../domain/publishing/publish-request';
import { summariseDelivery, type ChildDelivery } from '../domain/publishing/delivery-state';
import { NOT_SENDABLE_PLATFORMS, woopPlatformsFor } from '../domain/publishing/woop-platforms';
import { postInstant } from '../domain/schedule/post-instant';
import type { Post } from '../domain/post';
import { storedApiKey, storedSetup, type WoopSetup } from '../services/woopsocial-connection';
import { WoopSocialError, downloadMedia, woopFetch } from '../services/woopsocial-client';
import type { Workbook } from './active-spreadsheet';
import type { PublishResult, SendInputs, SendPreview, SendRow } from './publishing-rpc';
import { readSettings } from './settings-sheet';
import { REQUESTED, readWoopTable, writeRow, writeRows, type RowCells, type WoopRow, type WoopTable } from './woopsocial-rows';

/** Stop starting calls at 4.5 minutes, inside Apps Script's 6-minute limit. */
const TIME_BUDGET_MS = 4.5 * 60_000;
/** Document-property prefix of the sent-post ledger (calendar post ID → WoopSocial post ID; IDs only, no secret). */
const LEDGER_PREFIX = 'woopsocial.sent.';
const PAGE = 100;
/** First word of the WoopSocial ID cell's note (what was sent, for seeing later edits). */
const NOTE_TAG = 'woop:v1';

/** A connected person's key and setup. */
export interface Connected {
  apiKey: string;
  setup: WoopSetup;
}

/** The person's connection, or null when they have not connected. */
export function connection(): Connected | null {
  const apiKey = storedApiKey();
  const setup = storedSetup();
  return apiKey && setup ? { apiKey, setup } : null;
}

/** The person-facing sentence for a failed call. */
export function failureMessage(locale: string, error: unknown): string {
  if (!(error instanceof WoopSocialError)) return t(locale, 'publish.fail.network');
  if (error.kind === 'refused') return t(locale, 'publish.fail.refused', { reason: refusalReason(error.body) });
  return t(locale, `publish.fail.${error.kind === 'conflict' ? 'unexpected' : error.kind}`, { status: error.status });
}

/** WoopSocial's own words for a refused post (its validation errors, else its message). */
function refusalReason(body: unknown): string {
  const value = body as { message?: string; validationErrors?: Array<{ message: string }> } | null;
  const details = value?.validationErrors?.map((error) => error.message).filter(Boolean) ?? [];
  return details.length ? details.join(' ') : value?.message || 'no reason given';
}

/** `yyyy-MM-dd HH:mm UTC` of an ISO time. */
function utcText(iso: string | undefined): string {
  if (!iso) return '';
  return Utilities.formatDate(new Date(iso), 'Etc/UTC', "yyyy-MM-dd HH:mm 'UTC'");
}

/** What one post needs before it can be sent: its request (media not yet uploaded) or why not. */
interface Plan {
  row: WoopRow;
  request?: CreatePostRequest;
  problem?: string;
  notSendable?: boolean;
}

/** Plans one row: platform served, account mapped, time valid and in the future, request buildable. */
function planRow(row: WoopRow, workbook: Workbook, setup: WoopSetup, inputs: PlatformInputChoice, mediaIds: string[], now: Date | null, utm: string | undefined): Plan {
  const { post } = row;
  const locale = workbook.locale;
  const platforms = woopPlatformsFor(post.platform);
  if (!platforms.length) return { row, notSendable: true, problem: t(locale, 'publish.problem.notServed', { platform: post.platform }) };
  const account = setup.accounts[post.platform.trim().toLowerCase()];
  if (!account || !platforms.includes(account.platform)) return { row, problem: t(locale, 'publish.problem.noAccount', { platform: post.platform }) };
  const at = postInstant(post, workbook.timeZone);
  if (!at || !post.time) return { row, problem: t(locale, 'publish.problem.noTime') };
  if (now && at.getTime() <= now.getTime()) return { row, problem: t(locale, 'publish.problem.past') };
  const built = buildCreateRequest(post, { account, inputs, scheduledFor: at.toISOString(), mediaIds, utmTemplate: utm });
  if ('problem' in built) return { row, problem: t(locale, built.problem) };
  return { row, request: built.request };
}

/** The UTM template of the Settings sheet, if any. */
function utmOf(workbook: Workbook): string | undefined {
  return readSettings(workbook.spreadsheet).values['utm template']?.trim() || undefined;
}

/** Approved rows not yet sent whose date is within [from, to] (either may be ''). */
function candidates(table: WoopTable, from: string, to: string): WoopRow[] {
  return table.rows.filter((row) => {
    const status = row.post.status.trim().toLowerCase();
    if (status !== 'approved') return false;
    if (row.woopId) return false;
    if (from && row.post.date < from) return false;
    if (to && row.post.date > to) return false;
    return true;
  });
}

/** How long an uploaded file's media ID is reused (the Send dialog's check uploads it; Send reuses it). */
const MEDIA_CACHE_SECONDS = 6 * 3600;

/** The document-cache key of a media URL's upload in a project (a digest: cache keys are at most 250 characters). */
function mediaCacheKey(projectId: string, url: string): string {
  return `woopsocial.media.${Utilities.base64EncodeWebSafe(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, `${projectId} ${url}`))}`;
}

/** Uploads each media URL of the post to the media library (POST /media, multipart `file`), reusing uploads of this run. */
function uploadMedia(conn: Connected, post: Post, uploaded: Map<string, string>, deadline: number, locale: string): string[] | string {
  const ids: string[] = [];
  const cache = CacheService.getDocumentCache();
  for (const url of mediaUrls(post)) {
    const cacheKey = mediaCacheKey(conn.setup.projectId, url);
    let id = uploaded.get(url) ?? cache?.get(cacheKey) ?? undefined;
    if (!id) {
      const blob = downloadMedia(url);
      if ('reason' in blob) return t(locale, 'publish.problem.media', { url, reason: blob.reason });
      const created = woopFetch(conn.apiKey, { method: 'post', path: '/media', query: { projectId: conn.setup.projectId }, form: { file: blob.blob } }, deadline) as { mediaId: string };
      id = created.mediaId;
      cache?.put(cacheKey, id, MEDIA_CACHE_SECONDS);
    }
    uploaded.set(url, id);
    ids.push(id);
  }
  return ids;
}

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

/** The WoopSocial post IDs rows already hold. */
function takenIds(table: WoopTable): Set<string> {
  return new Set(table.rows.map((row) => row.woopId).filter(Boolean));
}

/** The WoopSocial ID cell's note for a request: what was sent, and the dialog's platform inputs. */
function sentNote(row: WoopRow, request: CreatePostRequest, inputs: PlatformInputChoice): string {
  return `${NOTE_TAG} ${contentFingerprint(row, request)} ${JSON.stringify(inputs)}`;
}

/**
 * Settles rows a run left REQUESTED (its answer lost and the lookup failed): adopts the post WoopSocial
 * holds for the same account, time and text, or clears the mark when there is none, so Send may send it.
 */
function settleRequested(conn: Connected, table: WoopTable, workbook: Workbook, utm: string | undefined, deadline: number): number {
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

/** Records a sent post: WoopSocial ID, Delivery, Status and the fingerprint note at once, and the ledger entry. */
function recordSent(table: WoopTable, row: WoopRow, id: string, request: CreatePostRequest, inputs: PlatformInputChoice): void {
  writeRow(table, row, { 'WoopSocial ID': id, Delivery: `NOT_STARTED ${utcText(request.schedule.scheduledFor)}`, Status: 'Scheduled' }, sentNote(row, request, inputs));
  if (row.post.id) PropertiesService.getDocumentProperties().setProperty(LEDGER_PREFIX + row.post.id, id);
}

/** Creates one post with the row marked first; on an unknown outcome looks it up. Returns true when the post now has an ID. */
function createOne(conn: Connected, table: WoopTable, row: WoopRow, request: CreatePostRequest, inputs: PlatformInputChoice, deadline: number): boolean {
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

/** Deletes a WoopSocial post: 'deleted', 'gone' (404), or 'tooLate' (409: delivery started). */
function deletePost(conn: Connected, id: string, deadline: number): 'deleted' | 'gone' | 'tooLate' {
  try {
    woopFetch(conn.apiKey, { method: 'delete', path: `/posts/${encodeURIComponent(id)}` }, deadline);
    return 'deleted';
  } catch (error) {
    if (error instanceof WoopSocialError && error.kind === 'notFound') return 'gone';
    if (error instanceof WoopSocialError && error.kind === 'conflict') return 'tooLate';
    throw error;
  }
}

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
    sentRows.push(...table.rows.filter((row) => row.woopId));
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
        else if (replacePost(conn, table, row, workbook, note.inputs, now, utm, deadline)) counts.updated++;
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

/** What was sent, as a fingerprint independent of media library IDs (text, time, media URLs, platform fields). */
function contentFingerprint(row: WoopRow, request: CreatePostRequest): string {
  return requestFingerprint(row.post, { ...request, content: [{ text: request.content[0]?.text }] });
}

/** The WoopSocial ID cell's note: `woop:v1 <fingerprint> <platform inputs JSON>`, or null. */
function readNote(note: string): { fingerprint: string; inputs: PlatformInputChoice } | null {
  const match = /^woop:v1 (\S+) (.*)$/s.exec(note);
  if (!match) return null;
  try {
    return { fingerprint: match[1], inputs: JSON.parse(match[2]) as PlatformInputChoice };
  } catch {
    return { fingerprint: match[1], inputs: {} };
  }
}

/** Replaces an edited post whose delivery has not started: delete, then create anew with the row marked (platform inputs as first sent). */
function replacePost(conn: Connected, table: WoopTable, row: WoopRow, workbook: Workbook, inputs: PlatformInputChoice, now: Date, utm: string | undefined, deadline: number): boolean {
  const outcome = deletePost(conn, row.woopId, deadline);
  if (outcome === 'tooLate') return false;
  writeRow(table, row, { 'WoopSocial ID': '' });
  const media = uploadMedia(conn, row.post, new Map(), deadline, workbook.locale);
  if (typeof media === 'string') return false;
  const plan = planRow(row, workbook, conn.setup, inputs, media, now, utm);
  if (!plan.request) return false;
  return createOne(conn, table, row, plan.request, inputs, deadline);
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

export { NOT_SENDABLE_PLATFORMS };
