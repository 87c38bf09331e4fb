/** What the WoopSocial hand-off decides before any call: the person's connection, each row's request (or why not), the note that records what was sent, media uploads, and the sentences for failures. */

import { t } from '../domain/i18n';
import { mediaUrls } from '../domain/export/post-text';
import type { Post } from '../domain/post';
import { buildCreateRequest, requestFingerprint, type CreatePostRequest, type PlatformInputChoice } from '../domain/publishing/publish-request';
import { woopPlatformsFor } from '../domain/publishing/woop-platforms';
import { postInstant } from '../domain/schedule/post-instant';
import { storedApiKey, storedSetup, type WoopSetup } from '../services/woopsocial-connection';
import { WoopSocialError, downloadMedia, woopFetch } from '../services/woopsocial-client';
import type { Workbook } from './active-spreadsheet';
import { readSettings } from './settings-sheet';
import type { WoopRow, WoopTable } from './woopsocial-rows';

/** Stop starting calls at 4.5 minutes, inside Apps Script's 6-minute limit. */
export const TIME_BUDGET_MS = 4.5 * 60_000;

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
export function utcText(iso: string | undefined): string {
  if (!iso) return '';
  return Utilities.formatDate(new Date(iso), 'Etc/UTC', "yyyy-MM-dd HH:mm 'UTC'");
}

/** What one post needs before it can be sent: its request (media not yet uploaded) or why not. */
export interface Plan {
  row: WoopRow;
  request?: CreatePostRequest;
  problem?: string;
  notSendable?: boolean;
}

/** Plans one row: platform served, account mapped, time valid and in the future, request buildable. */
export function planRow(row: WoopRow, workbook: Workbook, setup: WoopSetup, inputs: PlatformInputChoice, mediaIds: string[], now: Date | null, utm: string | undefined): Plan {
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
export function utmOf(workbook: Workbook): string | undefined {
  return readSettings(workbook.spreadsheet).values['utm template']?.trim() || undefined;
}

/** Approved rows not yet sent whose date is within [from, to] (either may be ''). */
export function candidates(table: WoopTable, from: string, to: string): WoopRow[] {
  return table.rows.filter((row) => {
    const status = row.post.status.trim().toLowerCase();
    if (status !== 'approved') return false;
    if (row.woopId) return false;
    if (from && row.post.date < from) return false;
    if (to && row.post.date > to) return false;
    return true;
  });
}

/** What was sent, as a fingerprint independent of media library IDs (text, time, media URLs, platform fields). */
export function contentFingerprint(row: WoopRow, request: CreatePostRequest): string {
  return requestFingerprint(row.post, { ...request, content: [{ text: request.content[0]?.text }] });
}

/** The WoopSocial ID cell's note: `woop:v1 <fingerprint> <platform inputs JSON>`, or null. */
export function readNote(note: string): { fingerprint: string; inputs: PlatformInputChoice } | null {
  const match = /^woop:v1 (\S+) (.*)$/s.exec(note);
  if (!match) return null;
  try {
    return { fingerprint: match[1], inputs: JSON.parse(match[2]) as PlatformInputChoice };
  } catch {
    return { fingerprint: match[1], inputs: {} };
  }
}

/** The WoopSocial ID cell's note for a request: what was sent, and the dialog's platform inputs. */
export function sentNote(row: WoopRow, request: CreatePostRequest, inputs: PlatformInputChoice): string {
  return `${NOTE_TAG} ${contentFingerprint(row, request)} ${JSON.stringify(inputs)}`;
}

/** The WoopSocial post IDs rows already hold. */
export function takenIds(table: WoopTable): Set<string> {
  return new Set(table.rows.map((row) => row.woopId).filter(Boolean));
}

/** How long an uploaded file's media ID is reused (the Send dialog's check uploads it; Send reuses it). */
const MEDIA_CACHE_SECONDS = 6 * 3600;

/** The document-cache key of a media URL's upload in a project (a digest: cache keys are at most 250 characters). */
function mediaCacheKey(projectId: string, url: string): string {
  return `woopsocial.media.${Utilities.base64EncodeWebSafe(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, `${projectId} ${url}`))}`;
}

/** Uploads each media URL of the post to the media library (POST /media, multipart `file`), reusing uploads of this run. */
export function uploadMedia(conn: Connected, post: Post, uploaded: Map<string, string>, deadline: number, locale: string): string[] | string {
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
