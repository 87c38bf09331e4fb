/** The door to WoopSocial's API (https://api.woopsocial.com/v1, openapi.yaml): UrlFetchApp calls with the person's API key, JSON in and out, Retry-After back-off, and failures sorted by what to do about them. */

/**
 * UrlFetchApp.fetch needs `script.external_request`
 * (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object), "Authorization").
 */
export const EXTERNAL_REQUEST_SCOPE = 'https://www.googleapis.com/auth/script.external_request';
/** The production API (openapi.yaml `servers`). A script property may point elsewhere (a local WoopSocial for tests and the preview). */
export const DEFAULT_API_URL = 'https://api.woopsocial.com/v1';
export const API_URL_PROPERTY = 'WOOPSOCIAL_API_URL';
/** Most waits for one 429 answer, and the longest Retry-After honoured within one execution. */
const MAX_RATE_RETRIES = 3;
const LONGEST_WAIT_MS = 60_000;

/** Why a call failed: each kind has its own message and remedy. */
export type WoopFailureKind = 'auth' | 'notFound' | 'conflict' | 'rate' | 'server' | 'timeout' | 'network' | 'quota' | 'refused' | 'unexpected';

/** A failed WoopSocial call. Its message never holds the API key (only the method, path and status). */
export class WoopSocialError extends Error {
  constructor(
    readonly kind: WoopFailureKind,
    readonly status: number,
    message: string,
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'WoopSocialError';
  }
}

/** One call. */
export interface WoopCall {
  method: 'get' | 'post' | 'delete';
  path: string;
  query?: Record<string, string | string[] | number | undefined>;
  json?: unknown;
  /** A multipart upload: field name → blob. */
  form?: Record<string, GoogleAppsScript.Base.Blob>;
}

/** The API's base URL: the script property when set, else production. */
export function apiBaseUrl(): string {
  const configured = PropertiesService.getScriptProperties().getProperty(API_URL_PROPERTY);
  return (configured || DEFAULT_API_URL).replace(/\/+$/, '');
}

/** `?a=1&b=x,y` (arrays comma-joined: the contract's form style without explode). */
function queryString(query: WoopCall['query']): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const text = Array.isArray(value) ? value.map(encodeURIComponent).join(',') : encodeURIComponent(String(value));
    parts.push(`${encodeURIComponent(key)}=${text}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Seconds of a Retry-After header (delta-seconds or an HTTP date), in ms; default 2 s. */
function retryAfterMs(headers: Record<string, unknown>): number {
  const raw = String(headers['Retry-After'] ?? headers['retry-after'] ?? '').trim();
  if (/^\d+$/.test(raw)) return Number(raw) * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? 2000 : Math.max(0, at - Date.now());
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** The failure kind of an HTTP status. */
function kindOf(status: number): WoopFailureKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate';
  if (status === 422 || status === 400) return 'refused';
  if (status >= 500) return 'server';
  return 'unexpected';
}

/**
 * Calls the API and returns the parsed JSON body (null for 204). A 429 is waited out as Retry-After
 * says (at most 3 times, and only while the wait ends before `deadline`); every other failure throws a
 * WoopSocialError. A thrown UrlFetchApp error (timeout, address unavailable) becomes kind timeout or network:
 * for a create the outcome is then unknown, and the caller must look the post up before sending again.
 * @param apiKey The person's key (from user properties).
 * @param call Method, path below the base URL, query, JSON body or multipart form.
 * @param deadline Epoch ms after which no wait starts.
 */
export function woopFetch(apiKey: string, call: WoopCall, deadline: number): unknown {
  const url = `${apiBaseUrl()}${call.path}${queryString(call.query)}`;
  const params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
    method: call.method,
    headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
    muteHttpExceptions: true,
    followRedirects: false,
  };
  if (call.json !== undefined) {
    params.contentType = 'application/json';
    params.payload = JSON.stringify(call.json);
  } else if (call.form) params.payload = call.form;
  for (let attempt = 0; ; attempt++) {
    let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
    try {
      response = UrlFetchApp.fetch(url, params);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      // Apps Script's daily URL Fetch quota (https://developers.google.com/apps-script/guides/services/quotas) ends the day's calls.
      const kind: WoopFailureKind = /timeout|timed out/i.test(text) ? 'timeout' : /too many times for one day/i.test(text) ? 'quota' : 'network';
      throw new WoopSocialError(kind, 0, `${call.method.toUpperCase()} ${call.path}: ${kind}`);
    }
    const status = response.getResponseCode();
    const body = parse(response.getContentText());
    if (status >= 200 && status < 300) return body;
    if (status === 429 && attempt < MAX_RATE_RETRIES) {
      const wait = Math.min(retryAfterMs(response.getHeaders() as Record<string, unknown>), LONGEST_WAIT_MS);
      if (Date.now() + wait < deadline) {
        Utilities.sleep(Math.max(wait, 1));
        continue;
      }
    }
    throw new WoopSocialError(kindOf(status), status, `${call.method.toUpperCase()} ${call.path}: HTTP ${status}`, body);
  }
}

/**
 * Downloads a file the Media column links to, for the media library upload: its blob named after the
 * URL's last path segment, or a short reason (`HTTP 404`, `Timeout`) when it cannot be read.
 * @param url A media URL from the calendar.
 */
export function downloadMedia(url: string): { blob: GoogleAppsScript.Base.Blob } | { reason: string } {
  try {
    const response = UrlFetchApp.fetch(url, { muteHttpExceptions: true, followRedirects: true });
    if (response.getResponseCode() >= 400) return { reason: `HTTP ${response.getResponseCode()}` };
    return { blob: response.getBlob().setName(url.split('/').pop()?.split('?')[0] || 'media') };
  } catch (error) {
    return { reason: error instanceof Error ? error.message.replace(/:.*$/, '') : 'unreadable' };
  }
}
