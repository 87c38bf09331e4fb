/** A local, stateful WoopSocial (projects, accounts, posts whose delivery moves on with the clock, media) that checks every request and response against openapi.yaml and can inject failures. */

import { randomUUID } from 'node:crypto';
import { Contract, type ContractRequest } from './contract';

/** A request in transport-neutral form (the emulator's FetchRequest has this shape). */
export interface FakeRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** The fake's answer, or a connection that never answers (before or after doing the work). */
export type FakeReply = { status: number; headers?: Record<string, string>; body?: string } | { timeout: true };

/** A failure to inject on the next matching request(s). */
export interface Injection {
  /** operationId (`createPost`, `getPost`, ...) or `*`. */
  operation: string;
  kind: 'status' | 'timeout-before' | 'timeout-after';
  status?: number;
  retryAfter?: number;
  body?: unknown;
  /** How many matching requests it hits (default 1). */
  times?: number;
}

type Platform = 'PINTEREST' | 'LINKEDIN' | 'LINKEDIN_PAGES' | 'INSTAGRAM' | 'FACEBOOK' | 'THREADS' | 'TIKTOK' | 'X' | 'YOUTUBE' | 'WOOPTEST';

/** A connected account, with what the fake does with its posts. */
export interface FakeAccount {
  id: string;
  projectId: string;
  platform: Platform;
  username: string;
  status?: 'CONNECTED' | 'DISCONNECTED';
  boards?: Array<{ id: string; name: string }>;
  privacyLevelOptions?: string[];
  /** When set, validation refuses every post for this account with this message. */
  rejects?: string;
  /** When set, deliveries fail with this message (the platform's words). */
  deliveryFails?: string;
}

type Json = Record<string, unknown>;

/** Options of the fake. */
export interface FakeOptions {
  /** API keys that work. */
  apiKeys: string[];
  projects?: Array<{ id: string; name: string }>;
  accounts?: FakeAccount[];
  /** The clock (the emulator's virtual clock in tests). */
  now?: () => Date;
  /** Where media URLs point. */
  origin?: string;
}

/** How long after its time a post is being sent, and when it is done. */
const SENDING_MS = 60_000;

/** The local WoopSocial. `handle` answers one request; violations and undocumented answers are counted. */
export class FakeWoopSocial {
  readonly contract = new Contract();
  readonly violations: string[] = [];
  /** Responses with status codes the contract does not list (injected 401/403/429/5xx...), by operation. */
  readonly undocumented: string[] = [];
  readonly requests: Array<{ operation: string; method: string; path: string }> = [];
  readonly apiKeys: Set<string>;
  readonly projects: Array<{ id: string; name: string }>;
  readonly accounts: FakeAccount[];
  readonly posts = new Map<string, Json>();
  readonly media = new Map<string, Json>();
  private readonly injections: Injection[] = [];
  private readonly now: () => Date;
  private readonly origin: string;
  private sequence = 0;

  constructor(options: FakeOptions) {
    this.apiKeys = new Set(options.apiKeys);
    this.projects = options.projects ?? [{ id: 'proj_main', name: 'Main brand' }];
    this.accounts = options.accounts ?? [];
    this.now = options.now ?? (() => new Date());
    this.origin = options.origin ?? 'https://media.woopsocial.example';
  }

  /** Queues a failure for the next request(s) of an operation. */
  inject(injection: Injection): void {
    this.injections.push({ times: 1, ...injection });
  }

  /** Drops queued failures. */
  clearInjections(): void {
    this.injections.length = 0;
  }

  /** Posts created so far (the parent posts). */
  allPosts(): Json[] {
    return [...this.posts.values()].map((post) => this.withDelivery(post));
  }

  /** Answers one request: contract check, injected failure, the operation, response check. */
  handle(request: FakeRequest): FakeReply {
    const url = new URL(request.url);
    const base = url.pathname.replace(/^\/v1/, '');
    const query: Record<string, string> = {};
    url.searchParams.forEach((value, key) => (query[key] = value));
    const contentType = request.headers['content-type'] ?? '';
    let body: unknown = undefined;
    if (request.body.length > 0) {
      if (contentType.startsWith('application/json')) {
        try {
          body = JSON.parse(request.body.toString('utf8'));
        } catch {
          this.violations.push(`${request.method} ${base}: body is not JSON`);
          return this.json(400, { code: 'VALIDATION_FAILED', message: 'Body is not JSON.' });
        }
      } else if (contentType.startsWith('multipart/form-data')) body = parseMultipart(request.body, contentType);
    }
    const contractRequest: ContractRequest = { method: request.method, path: base, query, headers: request.headers, contentType, body };
    const checked = this.contract.checkRequest(contractRequest);
    for (const error of checked.errors) this.violations.push(`${request.method} ${base}: ${error}`);
    const operation = checked.operation;
    if (!operation) return this.json(404, { code: 'NOT_FOUND', message: 'No such endpoint.' });
    this.requests.push({ operation: operation.id, method: request.method, path: base });
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const injection = this.takeInjection(operation.id);
    if (injection?.kind === 'timeout-before') return { timeout: true };
    if (injection?.kind === 'status') {
      const headers: Record<string, string> = injection.retryAfter !== undefined ? { 'retry-after': String(injection.retryAfter) } : {};
      return this.answer(operation, injection.status ?? 500, injection.body ?? { code: 'INTERNAL_ERROR', message: 'Injected failure.' }, headers);
    }
    if (!token || !this.apiKeys.has(token)) return this.answer(operation, 401, { code: 'UNAUTHORIZED', message: 'Invalid or revoked API key.' });
    const [status, payload] = this.run(operation.id, checked.params, checked.query, body);
    const reply = this.answer(operation, status, payload);
    return injection?.kind === 'timeout-after' ? { timeout: true } : reply;
  }

  private takeInjection(operation: string): Injection | undefined {
    const index = this.injections.findIndex((item) => item.operation === operation || item.operation === '*');
    if (index < 0) return undefined;
    const injection = this.injections[index];
    injection.times = (injection.times ?? 1) - 1;
    if (injection.times <= 0) this.injections.splice(index, 1);
    return injection;
  }

  private answer(operation: Contract['operations'][number], status: number, payload: unknown, headers: Record<string, string> = {}): FakeReply {
    const checked = this.contract.checkResponse(operation, status, payload);
    if (!checked.documented) this.undocumented.push(`${operation.id} ${status}`);
    for (const error of checked.errors) this.violations.push(error);
    if (payload === undefined) return { status, headers };
    return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) };
  }

  private json(status: number, payload: unknown): FakeReply {
    return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) };
  }

  private id(prefix: string): string {
    return `${prefix}_${(++this.sequence).toString(36)}${randomUUID().slice(0, 6)}`;
  }

  /** Runs one operation: [status, body]. */
  private run(operation: string, params: Record<string, string>, query: Record<string, unknown>, body: unknown): [number, unknown] {
    switch (operation) {
      case 'getHealth':
        return [200, { message: 'Hello from WoopSocial API', timestamp: this.now().toISOString(), version: 'v1' }];
      case 'listProjects':
        return [200, this.projects];
      case 'listSocialAccounts':
        return [200, this.accounts.filter((a) => !query.projectId || a.projectId === query.projectId).map((a) => this.accountJson(a))];
      case 'getSocialAccountPlatformInputs':
        return this.platformInputs(params.socialAccountId);
      case 'validatePost': {
        const errors = this.validate(body as Json);
        return [200, { isValid: errors.length === 0, errors: errors.map(([path, message, field]) => ({ path, message, ...(field ? { field } : {}) })), warnings: [] }];
      }
      case 'createPost':
        return this.create(body as Json);
      case 'getPost': {
        const post = this.posts.get(params.postId);
        return post ? [200, this.withDelivery(post)] : [404, { code: 'POST_NOT_FOUND', message: 'Post not found.' }];
      }
      case 'deletePost': {
        const post = this.posts.get(params.postId);
        if (!post) return [404, { code: 'POST_NOT_FOUND', message: 'Post not found.' }];
        const live = this.withDelivery(post);
        if ((live.socialAccountPosts as Json[]).some((child) => child.deliveryStatus !== 'NOT_STARTED'))
          return [409, { code: 'POST_NOT_DELETABLE', message: 'Delivery has already started for this post.' }];
        this.posts.delete(params.postId);
        return [204, undefined];
      }
      case 'listSocialAccountPosts':
        return [200, this.listChildren(query)];
      case 'createMedia': {
        const file = (body as { file?: { data: Buffer; type: string } } | undefined)?.file;
        if (!file || !query.projectId) return [500, undefined];
        const mediaId = this.id('med');
        this.media.set(mediaId, {
          id: mediaId,
          projectId: String(query.projectId),
          mediaType: file.type.startsWith('video/') ? 'VIDEO' : 'IMAGE',
          url: `${this.origin}/media/${mediaId}`,
          createdAt: this.now().toISOString(),
        });
        return [200, { mediaId }];
      }
      case 'listMedia':
        return [200, { media: [...this.media.values()].filter((m) => !query.projectId || m.projectId === query.projectId) }];
      default:
        return [500, { code: 'INTERNAL_ERROR', message: `The local WoopSocial does not implement ${operation}.` }];
    }
  }

  private accountJson(account: FakeAccount): Json {
    return {
      id: account.id,
      externalAccountId: `ext-${account.id}`,
      platform: account.platform,
      username: account.username,
      imageUrl: `${this.origin}/avatars/${account.id}.png`,
      status: account.status ?? 'CONNECTED',
    };
  }

  private platformInputs(id: string): [number, unknown] {
    const account = this.accounts.find((a) => a.id === id);
    if (!account) return [500, undefined];
    if (account.platform === 'PINTEREST') return [200, { socialAccountId: id, platformSpecificInputs: { platform: 'PINTEREST', boards: account.boards ?? [] } }];
    if (account.platform === 'TIKTOK')
      return [
        200,
        {
          socialAccountId: id,
          platformSpecificInputs: {
            platform: 'TIKTOK',
            privacyLevelOptions: account.privacyLevelOptions ?? ['PUBLIC_TO_EVERYONE', 'SELF_ONLY'],
            commentAvailable: true,
            duetAvailable: true,
            stitchAvailable: true,
            maxVideoPostDurationSec: 600,
          },
        },
      ];
    // The contract's oneOf has only Pinterest and TikTok: other accounts have no platform inputs to list.
    return [500, undefined];
  }

  /** WoopSocial's validation as the fake models it: [path, message, field]. */
  private validate(request: Json): Array<[string, string, string?]> {
    const errors: Array<[string, string, string?]> = [];
    const targets = (request.socialAccounts as Json[] | undefined) ?? [];
    const content = ((request.content as Json[] | undefined) ?? [])[0] ?? {};
    const media = (content.media as Json[] | undefined) ?? [];
    const schedule = request.schedule as Json | undefined;
    if (schedule?.type === 'SCHEDULE_FOR_LATER' && Date.parse(String(schedule.scheduledFor)) <= this.now().getTime())
      errors.push(['$.schedule.scheduledFor', 'The scheduled time must be in the future.', 'SCHEDULE']);
    media.forEach((item, i) => {
      if (!this.media.has(String(item.mediaId))) errors.push([`$.content[0].media[${i}].mediaId`, 'Media not found.', 'MEDIA']);
    });
    targets.forEach((target, i) => {
      const account = this.accounts.find((a) => a.id === target.socialAccountId);
      const at = `$.socialAccounts[${i}]`;
      if (!account) return errors.push([at, 'Social account not found.']);
      if (account.rejects) errors.push([at, account.rejects, 'CONTENT']);
      const text = String(content.text ?? '');
      if (account.platform === 'X' && [...text].length > 280) errors.push([`${at}.content`, 'Text is longer than 280 characters.', 'DESCRIPTION']);
      if (['INSTAGRAM', 'PINTEREST', 'TIKTOK', 'YOUTUBE'].includes(account.platform) && media.length === 0)
        errors.push([`${at}`, `${account.platform} posts need media.`, 'MEDIA']);
      if (account.platform === 'PINTEREST' && !(account.boards ?? []).some((b) => b.id === target.pinterestBoardId))
        errors.push([`${at}.pinterestBoardId`, 'Board not found for this account.', 'PINTEREST_BOARD']);
      if (account.platform === 'TIKTOK' && !(account.privacyLevelOptions ?? ['PUBLIC_TO_EVERYONE', 'SELF_ONLY']).includes(String(target.privacyLevel)))
        errors.push([`${at}.privacyLevel`, 'Privacy level not available for this account.', 'TIKTOK_PRIVACY_LEVEL']);
    });
    return errors;
  }

  private create(request: Json): [number, unknown] {
    const targets = request.socialAccounts as Json[];
    const accounts = targets.map((t) => this.accounts.find((a) => a.id === t.socialAccountId));
    if (accounts.some((a) => !a)) return [422, { code: 'INVALID_SOCIAL_ACCOUNT_ID', message: 'A social account ID is not valid.' }];
    if (accounts.some((a) => a!.status === 'DISCONNECTED')) return [422, { code: 'SOCIAL_ACCOUNT_NOT_CONNECTED', message: 'A social account is not connected.' }];
    const errors = this.validate(request);
    if (errors.length)
      return [422, { code: 'VALIDATION_FAILED', message: 'Validation failed.', validationErrors: errors.map(([path, message, field]) => ({ path, message, ...(field ? { field } : {}) })) }];
    const id = this.id('post');
    const now = this.now().toISOString();
    const content = (request.content as Json[]).map((item) => ({
      ...(item.text !== undefined ? { text: item.text } : {}),
      ...(item.media ? { media: (item.media as Json[]).map((m) => this.resolvedMedia(String(m.mediaId))) } : {}),
    }));
    const post: Json = {
      id,
      projectId: accounts[0]!.projectId,
      content,
      schedule: request.schedule,
      autoDeleteMediaAfterPublish: Boolean(request.autoDeleteMediaAfterPublish),
      socialAccountPosts: targets.map((target) => {
        const { contentOverride: _override, ...fields } = target;
        return { ...fields, socialAccountPostId: this.id('sap'), postId: id, projectId: accounts[0]!.projectId, deliveryStatus: 'NOT_STARTED', content, schedule: request.schedule, createdAt: now, updatedAt: now };
      }),
      createdAt: now,
      updatedAt: now,
    };
    this.posts.set(id, post);
    return [201, this.withDelivery(post)];
  }

  private resolvedMedia(mediaId: string): Json {
    const media = this.media.get(mediaId)!;
    return { type: 'MEDIA_LIBRARY', mediaId, mediaType: media.mediaType, url: media.url, thumbnailUrl: `${media.url}/thumbnail` };
  }

  /** The post with each child's delivery moved on by the clock: sending at its time, done a minute later. */
  private withDelivery(post: Json): Json {
    const schedule = post.schedule as Json;
    const at = schedule.type === 'SCHEDULE_FOR_LATER' ? Date.parse(String(schedule.scheduledFor)) : Date.parse(String(post.createdAt));
    const now = this.now().getTime();
    const children = (post.socialAccountPosts as Json[]).map((child) => {
      if (schedule.type === 'DRAFT' || now < at) return child;
      if (now < at + SENDING_MS) return { ...child, deliveryStatus: 'SENDING' };
      const account = this.accounts.find((a) => a.id === child.socialAccountId);
      const done = new Date(at + SENDING_MS).toISOString();
      const fails = account?.deliveryFails ?? (child.shouldSucceed === false ? 'WoopTest delivery failed as requested.' : undefined);
      if (fails) return { ...child, deliveryStatus: 'FAILED', deliveryCompletedAt: done, errorMessage: fails };
      return { ...child, deliveryStatus: 'PUBLISHED', deliveryCompletedAt: done, externalPostId: `ext-${child.socialAccountPostId}`, externalPostUrl: `https://social.example/${String(child.platform).toLowerCase()}/${child.socialAccountPostId}` };
    });
    return { ...post, socialAccountPosts: children };
  }

  private listChildren(query: Record<string, unknown>): Json {
    const filter = (name: string) => (query[name] as string[] | undefined) ?? null;
    const [accounts, postIds, platforms, statuses, projects] = ['socialAccountId', 'postId', 'platform', 'deliveryStatus', 'projectId'].map(filter);
    const all = [...this.posts.values()]
      .map((post) => this.withDelivery(post))
      .flatMap((post) => post.socialAccountPosts as Json[])
      .filter(
        (child) =>
          (!accounts || accounts.includes(String(child.socialAccountId))) &&
          (!postIds || postIds.includes(String(child.postId))) &&
          (!platforms || platforms.includes(String(child.platform))) &&
          (!statuses || statuses.includes(String(child.deliveryStatus))) &&
          (!projects || projects.includes(String(child.projectId))),
      );
    const limit = Number(query.limit ?? 50);
    const start = query.cursor ? Number(query.cursor) : 0;
    const page = all.slice(start, start + limit);
    return start + limit < all.length ? { socialAccountPosts: page, nextCursor: String(start + limit) } : { socialAccountPosts: page };
  }
}

/** The parts of a multipart/form-data body: name → { data, type } (files) or text. */
function parseMultipart(body: Buffer, contentType: string): Record<string, { data: Buffer; type: string } | string> {
  const boundary = /boundary=([^;]+)/.exec(contentType)?.[1];
  const out: Record<string, { data: Buffer; type: string } | string> = {};
  if (!boundary) return out;
  const text = body.toString('latin1');
  for (const part of text.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    const name = /name="([^"]*)"/.exec(head)?.[1];
    if (!name) continue;
    const data = Buffer.from(part.slice(split + 4).replace(/\r\n$/, ''), 'latin1');
    const type = /Content-Type:\s*([^\r\n]+)/i.exec(head)?.[1];
    out[name] = /filename="/.test(head) ? { data, type: type ?? 'application/octet-stream' } : data.toString('utf8');
  }
  return out;
}
