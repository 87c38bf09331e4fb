/** UrlFetchApp: synchronous HTTP as in Apps Script (fetch, fetchAll, getRequest, HTTPResponse, blobs), reaching only loopback addresses or handlers a test registers. */

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { wrapService } from '../core/context';
import { ServiceException, typeToken } from '../core/errors';
import type { Runtime } from '../runtime/runtime';
import { bytesOf, newBlob, toSignedBytes } from './blob';

/*
 * Google's reference (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app and
 * .../url-fetch/http-response): fetch(url, params) with params contentType (default
 * application/x-www-form-urlencoded), headers, method (get, delete, patch, post, put; default get),
 * payload (a string, a byte array, a blob, or an object sent as a form, as multipart/form-data when a
 * value is a blob), followRedirects, muteHttpExceptions (default false: a code of 400 or more throws),
 * escaping; fetchAll(requests) with URLs or request objects; Authorization "script.external_request"
 * (https://www.googleapis.com/auth/script.external_request). Calls are synchronous: the script waits.
 * Google documents no timeout figure; the emulator charges a timed-out call TIMEOUT_MS of virtual time
 * (about a minute, as widely reported) and throws `Timeout: <url>` (UNVERIFIED wording). A connection that
 * fails throws `Address unavailable: <url>`, as users report it from Apps Script
 * (https://github.com/uknmr/gas-webpagetest/issues/20).
 */

/** Virtual time a request that never answers costs before UrlFetchApp gives up. */
export const TIMEOUT_MS = 60_000;
/**
 * Quotas (https://developers.google.com/apps-script/guides/services/quotas): "URL Fetch calls 20,000 /
 * day" for consumer accounts (100,000 for Workspace), "URL Fetch POST size 50 MB / call" and "URL Fetch
 * response size 50 MB / call". The emulator takes the stricter consumer figure, counted per user per
 * virtual day. Over the daily quota Apps Script throws the message below (its usual wording for a spent
 * daily quota; UNVERIFIED for urlfetch specifically).
 */
export const DAILY_FETCH_LIMIT = 20_000;
export const MAX_PAYLOAD_BYTES = 50 * 1024 * 1024;
export const DAILY_QUOTA_MESSAGE = 'Service invoked too many times for one day: urlfetch.';
const METHODS = ['get', 'delete', 'patch', 'post', 'put'];

/** A request as a handler (or the loopback transport) sees it. Header names are lower case. */
export interface FetchRequest {
  url: string;
  method: 'GET' | 'DELETE' | 'PATCH' | 'POST' | 'PUT';
  headers: Record<string, string>;
  body: Buffer;
}

/** A handler's answer: a response, or a failure of the connection. */
export type FetchReply =
  | { status: number; headers?: Record<string, string>; body?: string | Buffer }
  | { timeout: true }
  | { networkError: true };

/** Answers the requests to one origin in-process (tests); anything else on loopback goes over real HTTP. */
export type FetchHandler = (request: FetchRequest) => FetchReply;

/** The emulator's outside-world registry: handlers by origin, and a record of what was sent. */
export interface UrlFetchStore {
  handlers: Map<string, FetchHandler>;
  /** Calls per `user day` (day = virtual ms / 86,400,000, floored), for the daily quota. */
  daily: Map<string, number>;
  /** The daily quota (DAILY_FETCH_LIMIT unless a test lowers it). */
  dailyLimit: number;
  /** Every request sent (method and URL only, so no secret is kept). */
  sent: Array<{ method: string; url: string }>;
}

/** Makes an empty store. */
export function createUrlFetchStore(): UrlFetchStore {
  return { handlers: new Map(), sent: [], daily: new Map(), dailyLimit: DAILY_FETCH_LIMIT };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** The child process that performs one real HTTP request to a loopback address and prints the answer. */
const CHILD = `
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', async () => {
  const r = JSON.parse(input);
  const timer = setTimeout(() => { process.stdout.write(JSON.stringify({ timeout: true })); process.exit(0); }, r.timeoutMs);
  try {
    const res = await fetch(r.url, { method: r.method, headers: r.headers, body: r.method === 'GET' || r.method === 'DELETE' && !r.body ? undefined : Buffer.from(r.body, 'base64'), redirect: r.follow ? 'follow' : 'manual' });
    const body = Buffer.from(await res.arrayBuffer()).toString('base64');
    const headers = {};
    res.headers.forEach((v, k) => (headers[k] = v));
    clearTimeout(timer);
    process.stdout.write(JSON.stringify({ status: res.status, headers, body }));
  } catch (e) {
    clearTimeout(timer);
    process.stdout.write(JSON.stringify({ networkError: true }));
  }
});`;

/** Sends one request over real HTTP from a child process, blocking until it answers (UrlFetchApp is synchronous). */
function loopbackFetch(request: FetchRequest, followRedirects: boolean): FetchReply {
  const output = execFileSync(process.execPath, ['-e', CHILD], {
    input: JSON.stringify({ ...request, body: request.body.toString('base64'), follow: followRedirects, timeoutMs: 30_000 }),
    maxBuffer: 64 * 1024 * 1024,
  }).toString('utf8');
  const reply = JSON.parse(output) as { status?: number; headers?: Record<string, string>; body?: string; timeout?: true; networkError?: true };
  if (reply.timeout) return { timeout: true };
  if (reply.networkError || reply.status === undefined) return { networkError: true };
  return { status: reply.status, headers: reply.headers, body: Buffer.from(reply.body ?? '', 'base64') };
}

/** HTTPResponse (https://developers.google.com/apps-script/reference/url-fetch/http-response). */
export class HttpResponseImpl {
  constructor(
    private readonly runtime: Runtime,
    private readonly status: number,
    private readonly headers: Record<string, string>,
    private readonly body: Buffer,
  ) {}
  getResponseCode(): number {
    return this.status;
  }
  getContentText(charset?: string): string {
    return this.body.toString(charset && /^(iso-8859-1|latin1)$/i.test(charset) ? 'latin1' : 'utf8');
  }
  getContent(): number[] {
    return toSignedBytes(this.body);
  }
  /** Headers by name as the server sent them (one value each). */
  getHeaders(): Record<string, string> {
    return { ...this.headers };
  }
  /** Like getHeaders; a header sent more than once would be an array (the transports join them). */
  getAllHeaders(): Record<string, string | string[]> {
    return { ...this.headers };
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return newBlob(this.runtime.context, Buffer.from(this.body), this.headers['content-type']?.split(';')[0] ?? null, null);
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    return newBlob(this.runtime.context, Buffer.from(this.body), String(contentType), null);
  }
  toString(): string {
    return 'HTTPResponse';
  }
}

type Params = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;

/** True for a Blob made by the emulator (Utilities.newBlob, HTTPResponse.getBlob, ...). */
function isBlob(value: unknown): value is { __buffer: Buffer; getContentType(): string | null; getName(): string | null } {
  return Boolean(value && typeof value === 'object' && Buffer.isBuffer((value as { __buffer?: unknown }).__buffer));
}

/** The body and content type of a payload, as Apps Script encodes it. */
function encodePayload(payload: unknown, contentType: string | undefined, escaping: boolean): { body: Buffer; type: string | null } {
  if (payload === undefined || payload === null) return { body: Buffer.alloc(0), type: contentType ?? null };
  if (typeof payload === 'string') return { body: Buffer.from(payload, 'utf8'), type: contentType ?? 'application/x-www-form-urlencoded' };
  if (Array.isArray(payload)) return { body: bytesOf(payload), type: contentType ?? 'application/x-www-form-urlencoded' };
  if (isBlob(payload)) return { body: Buffer.from(payload.__buffer), type: contentType ?? payload.getContentType() ?? 'application/octet-stream' };
  if (typeof payload === 'object') {
    const entries = Object.entries(payload as Record<string, unknown>);
    if (entries.some(([, value]) => isBlob(value))) {
      const boundary = `----=_Part_${randomUUID().replace(/-/g, '')}`;
      const parts: Buffer[] = [];
      for (const [name, value] of entries) {
        const head = isBlob(value)
          ? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.getName() ?? name}"\r\nContent-Type: ${value.getContentType() ?? 'application/octet-stream'}\r\n\r\n`
          : `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`;
        parts.push(Buffer.from(head, 'utf8'), isBlob(value) ? value.__buffer : Buffer.from(String(value), 'utf8'), Buffer.from('\r\n'));
      }
      parts.push(Buffer.from(`--${boundary}--\r\n`));
      return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
    }
    const encode = (text: string) => (escaping ? encodeURIComponent(text) : text);
    const form = entries.map(([key, value]) => `${encode(key)}=${encode(String(value))}`).join('&');
    return { body: Buffer.from(form, 'utf8'), type: contentType ?? 'application/x-www-form-urlencoded' };
  }
  return { body: Buffer.from(String(payload), 'utf8'), type: contentType ?? 'application/x-www-form-urlencoded' };
}

/** The UrlFetchApp service. */
export class UrlFetchAppImpl {
  constructor(
    private readonly runtime: Runtime,
    private readonly store: UrlFetchStore,
  ) {}

  fetch(url: string, params?: Params): GoogleAppsScript.URL_Fetch.HTTPResponse {
    if (typeof url !== 'string')
      throw new ServiceException(`The parameters (${typeToken(url)}) don't match the method signature for UrlFetchApp.fetch.`);
    return this.send(this.request(url, params ?? {}), params ?? {});
  }

  fetchAll(requests: Array<string | (Params & { url: string })>): GoogleAppsScript.URL_Fetch.HTTPResponse[] {
    if (!Array.isArray(requests))
      throw new ServiceException(`The parameters (${typeToken(requests)}) don't match the method signature for UrlFetchApp.fetchAll.`);
    return requests.map((entry) => {
      const params: Params & { url?: string } = typeof entry === 'string' ? {} : entry;
      const url = typeof entry === 'string' ? entry : entry.url;
      return this.send(this.request(url, params), params);
    });
  }

  /** The request fetch would send, without sending it (getRequest). */
  getRequest(url: string, params?: Params): Record<string, unknown> {
    const request = this.request(url, params ?? {});
    return {
      url: request.url,
      method: request.method.toLowerCase(),
      headers: request.headers,
      payload: request.body.toString('utf8'),
      contentType: request.headers['content-type'],
      followRedirects: params?.followRedirects ?? true,
      muteHttpExceptions: params?.muteHttpExceptions ?? false,
      validateHttpsCertificates: params?.validateHttpsCertificates ?? true,
      useIntranet: false,
    };
  }

  toString(): string {
    return 'UrlFetchApp';
  }

  private request(url: string, params: Params): FetchRequest {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ServiceException(`Invalid argument: ${url}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ServiceException(`Invalid argument: ${url}`);
    const method = String(params.method ?? 'get').toLowerCase();
    if (!METHODS.includes(method)) throw new ServiceException(`Invalid argument: method`);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries((params.headers ?? {}) as Record<string, unknown>)) headers[name.toLowerCase()] = String(value);
    const { body, type } = encodePayload(params.payload, params.contentType, params.escaping ?? true);
    if (type && (body.length > 0 || params.contentType)) headers['content-type'] = type;
    return { url: parsed.toString(), method: method.toUpperCase() as FetchRequest['method'], headers, body };
  }

  private send(request: FetchRequest, params: Params): GoogleAppsScript.URL_Fetch.HTTPResponse {
    const parsed = new URL(request.url);
    const day = `${this.runtime.current.effectiveUser} ${Math.floor(this.runtime.nowMs() / 86_400_000)}`;
    const used = this.store.daily.get(day) ?? 0;
    if (used >= this.store.dailyLimit) throw new ServiceException(DAILY_QUOTA_MESSAGE);
    this.store.daily.set(day, used + 1);
    if (request.body.length > MAX_PAYLOAD_BYTES) throw new ServiceException(`Argument too large: payload`);
    this.store.sent.push({ method: request.method, url: request.url });
    const handler = this.store.handlers.get(parsed.origin);
    if (!handler && !LOOPBACK.has(parsed.hostname))
      throw new ServiceException(`Emulator: UrlFetchApp reaches only loopback addresses and registered handlers, not ${parsed.origin}.`);
    const reply = handler ? handler(request) : loopbackFetch(request, params.followRedirects ?? true);
    if ('timeout' in reply) {
      this.runtime.advance(TIMEOUT_MS);
      throw new ServiceException(`Timeout: ${request.url}`);
    }
    if ('networkError' in reply) throw new ServiceException(`Address unavailable: ${request.url}`);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(reply.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const body = Buffer.isBuffer(reply.body) ? reply.body : Buffer.from(reply.body ?? '', 'utf8');
    if (reply.status >= 400 && !params.muteHttpExceptions) {
      const text = body.toString('utf8');
      throw new ServiceException(
        `Request failed for ${parsed.origin} returned code ${reply.status}. Truncated server response: ${text.slice(0, 500)} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return wrapService(new HttpResponseImpl(this.runtime, reply.status, headers, body), 'HTTPResponse', this.runtime.context) as unknown as GoogleAppsScript.URL_Fetch.HTTPResponse;
  }
}

/** Creates the wrapped UrlFetchApp global. */
export function createUrlFetchApp(runtime: Runtime, store: UrlFetchStore): GoogleAppsScript.URL_Fetch.UrlFetchApp {
  return wrapService(new UrlFetchAppImpl(runtime, store), 'UrlFetchApp', runtime.context) as unknown as GoogleAppsScript.URL_Fetch.UrlFetchApp;
}
