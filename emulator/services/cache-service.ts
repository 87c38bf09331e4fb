/** CacheService: script, per-user and document caches with expiry on the virtual clock and Apps Script's size limits (K-01..K-03). */

import { wrapService } from '../core/context';
import { ServiceException } from '../core/errors';
import type { Runtime } from '../runtime/runtime';

/**
 * Limits (K-02): keys up to 250 characters, values up to 100 KB, at most 6 hours, about 1,000 items
 * (https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer)).
 */
export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21600;
export const CACHE_MAX_ITEMS = 1000;

/** One cached value and its expiry (virtual ms since epoch). */
export interface CacheEntry {
  value: string;
  expiresAt: number;
}

/** Every cache's contents, serialisable. */
export interface CacheState {
  script: Record<string, CacheEntry>;
  document: Record<string, CacheEntry>;
  user: Record<string, Record<string, CacheEntry>>;
}

/** One cache. */
export class CacheImpl implements Pick<
  GoogleAppsScript.Cache.Cache,
  'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'
> {
  constructor(
    private readonly runtime: Runtime,
    private readonly entries: Record<string, CacheEntry>,
  ) {}

  get(key: string): string | null {
    this.checkKey(key);
    const entry = this.live(key);
    return entry ? entry.value : null;
  }

  /** Only the keys found (K-01). */
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const entry = this.live(String(key));
      if (entry) out[String(key)] = entry.value;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.store(String(key), value, expirationInSeconds);
    this.evict();
  }

  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    for (const [key, value] of Object.entries(values ?? {})) this.store(key, value, expirationInSeconds);
    this.evict();
  }

  remove(key: string): void {
    delete this.entries[String(key)];
  }

  removeAll(keys: string[]): void {
    for (const key of keys) delete this.entries[String(key)];
  }

  toString(): string {
    return 'Cache';
  }

  private live(key: string): CacheEntry | null {
    const entry = this.entries[key];
    if (!entry) return null;
    if (entry.expiresAt <= this.runtime.nowMs()) {
      delete this.entries[key];
      return null;
    }
    return entry;
  }

  private checkKey(key: string): void {
    if (String(key).length > CACHE_KEY_LIMIT) throw new ServiceException('Argument too large: key');
  }

  private store(key: string, value: unknown, expirationInSeconds?: number): void {
    this.checkKey(key);
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > CACHE_VALUE_LIMIT) throw new ServiceException('Argument too large: value');
    let seconds =
      expirationInSeconds === undefined || expirationInSeconds === null
        ? CACHE_DEFAULT_SECONDS
        : Number(expirationInSeconds);
    if (!(seconds >= 1)) throw new ServiceException('Invalid argument: expirationInSeconds');
    seconds = Math.min(seconds, CACHE_MAX_SECONDS);
    this.entries[key] = { value: text, expiresAt: this.runtime.nowMs() + seconds * 1000 };
  }

  /** Over 1,000 items the cache keeps the 900 farthest from expiry (K-02). */
  private evict(): void {
    const keys = Object.keys(this.entries);
    if (keys.length <= CACHE_MAX_ITEMS) return;
    keys.sort((a, b) => this.entries[b].expiresAt - this.entries[a].expiresAt);
    for (const key of keys.slice(900)) delete this.entries[key];
  }
}

/** CacheService over a CacheState. */
export class CacheServiceImpl implements Pick<
  GoogleAppsScript.Cache.CacheService,
  'getScriptCache' | 'getUserCache' | 'getDocumentCache'
> {
  constructor(
    private readonly runtime: Runtime,
    private readonly state: CacheState,
  ) {}

  getScriptCache(): GoogleAppsScript.Cache.Cache {
    return this.wrap(this.state.script);
  }

  getUserCache(): GoogleAppsScript.Cache.Cache {
    const email = this.runtime.current.user;
    this.state.user[email] ??= {};
    return this.wrap(this.state.user[email]);
  }

  /** The add-on's document cache (never null: the emulator is always bound to a spreadsheet). */
  getDocumentCache(): GoogleAppsScript.Cache.Cache {
    return this.wrap(this.state.document);
  }

  toString(): string {
    return 'CacheService';
  }

  private wrap(entries: Record<string, CacheEntry>): GoogleAppsScript.Cache.Cache {
    return wrapService(
      new CacheImpl(this.runtime, entries),
      'Cache',
      this.runtime.context,
    ) as unknown as GoogleAppsScript.Cache.Cache;
  }
}

/** Creates an empty state and the wrapped CacheService global. */
export function createCacheService(runtime: Runtime): {
  CacheService: GoogleAppsScript.Cache.CacheService;
  state: CacheState;
} {
  const state: CacheState = { script: {}, document: {}, user: {} };
  return {
    CacheService: wrapService(
      new CacheServiceImpl(runtime, state),
      'CacheService',
      runtime.context,
    ) as unknown as GoogleAppsScript.Cache.CacheService,
    state,
  };
}
