/** LockService: document, script and user locks shared by all simulated executions, with timeouts on the virtual clock (L-01..L-05). */

import { wrapService } from '../core/context';
import { ServiceException } from '../core/errors';
import type { Execution, Runtime } from '../runtime/runtime';

/** The text of waitLock's timeout (L-03). */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** Which lock: `document`, `script` or `user:<email>`. */
export type LockKey = string;

interface Holder {
  /** The execution id holding it (negative ids: a simulated other process). */
  owner: number;
  /** Virtual time the holder releases it; null = not before its execution ends. */
  releaseAt: number | null;
}

/** Who holds which lock, across every simulated execution. */
export class LockManager {
  private readonly holders = new Map<LockKey, Holder>();
  private nextPhantom = -1;

  constructor(private readonly runtime: Runtime) {
    const releaseAll = (execution: Execution): void => this.releaseAllOf(execution.id);
    runtime.onExecutionEnd.push(releaseAll);
    runtime.onSuspend.push(releaseAll);
  }

  /** The current holder of a lock (simulated holders past their release time are dropped). */
  holder(key: LockKey): Holder | null {
    const holder = this.holders.get(key);
    if (!holder) return null;
    if (holder.releaseAt !== null && holder.releaseAt <= this.runtime.nowMs()) {
      this.release(key, holder.owner);
      return null;
    }
    return holder;
  }

  /**
   * Tries to take `key` for the current execution within `timeoutMs` of virtual time. A lock held by
   * a simulated process that lets go in time is taken after advancing the clock; otherwise the clock
   * advances by the whole timeout and the attempt fails.
   */
  acquire(key: LockKey, timeoutMs: number): boolean {
    if (!(timeoutMs >= 0)) return false;
    const me = this.runtime.context.executionId;
    const holder = this.holder(key);
    if (holder && holder.owner === me) return true;
    if (holder) {
      const wait = holder.releaseAt === null ? Infinity : holder.releaseAt - this.runtime.nowMs();
      if (wait > timeoutMs) {
        this.runtime.advance(timeoutMs);
        return false;
      }
      this.runtime.advance(wait);
      this.release(key, holder.owner);
    }
    this.holders.set(key, { owner: me, releaseAt: null });
    if (key === 'document') this.runtime.context.documentLockOwner = `${me}`;
    return true;
  }

  /** Releases `key` if `owner` holds it. */
  release(key: LockKey, owner: number): void {
    const holder = this.holders.get(key);
    if (!holder || holder.owner !== owner) return;
    this.holders.delete(key);
    if (key === 'document') this.runtime.context.documentLockOwner = null;
  }

  /** True if the running execution holds `key`. */
  holds(key: LockKey): boolean {
    return this.holder(key)?.owner === this.runtime.context.executionId;
  }

  /** Releases every lock an execution holds (it ended, or was suspended by a dialog). */
  releaseAllOf(owner: number): void {
    for (const [key, holder] of [...this.holders]) if (holder.owner === owner) this.release(key, owner);
  }

  /** Makes another (simulated) process hold `key` for `durationMs` of virtual time (Infinity = until released). */
  simulateHolder(key: LockKey, durationMs: number): () => void {
    const owner = this.nextPhantom--;
    this.holders.set(key, { owner, releaseAt: Number.isFinite(durationMs) ? this.runtime.nowMs() + durationMs : null });
    if (key === 'document') this.runtime.context.documentLockOwner = `${owner}`;
    return () => this.release(key, owner);
  }
}

/** One Lock handle. */
export class LockImpl implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly manager: LockManager,
    private readonly runtime: Runtime,
    private readonly key: LockKey,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    return this.manager.acquire(this.key, Number(timeoutInMillis));
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.manager.acquire(this.key, Number(timeoutInMillis))) throw new ServiceException(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    this.manager.release(this.key, this.runtime.context.executionId);
  }

  hasLock(): boolean {
    return this.manager.holds(this.key);
  }

  toString(): string {
    return 'Lock';
  }
}

/** LockService: getDocumentLock (the add-on's document), getScriptLock, getUserLock (per user). */
export class LockServiceImpl implements Pick<
  GoogleAppsScript.Lock.LockService,
  'getDocumentLock' | 'getScriptLock' | 'getUserLock'
> {
  constructor(
    private readonly manager: LockManager,
    private readonly runtime: Runtime,
  ) {}

  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return this.make('document');
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this.make('script');
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this.make(`user:${this.runtime.current.user}`);
  }
  toString(): string {
    return 'LockService';
  }
  private make(key: LockKey): GoogleAppsScript.Lock.Lock {
    return wrapService(
      new LockImpl(this.manager, this.runtime, key),
      'Lock',
      this.runtime.context,
    ) as unknown as GoogleAppsScript.Lock.Lock;
  }
}

/** Creates the lock manager and the wrapped LockService global. */
export function createLockService(runtime: Runtime): {
  LockService: GoogleAppsScript.Lock.LockService;
  locks: LockManager;
} {
  const locks = new LockManager(runtime);
  return {
    LockService: wrapService(
      new LockServiceImpl(locks, runtime),
      'LockService',
      runtime.context,
    ) as unknown as GoogleAppsScript.Lock.LockService,
    locks,
  };
}
