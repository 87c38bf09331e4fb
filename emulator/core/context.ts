/** The state every emulated service shares: options, the call counter, fault injection and lock ownership. */

import { NotImplementedError } from './errors';

/** How a service method touches the spreadsheet, for counting round trips. */
export type CallKind = 'read' | 'write' | 'other';

/** One recorded service call. */
export interface CallRecord {
  className: string;
  method: string;
  kind: CallKind;
  /** Whether the calling execution held the document lock at the time. */
  heldDocumentLock: boolean;
  /** Cells the call covers (a Range's rows × columns; 0 when unknown), for the benchmark's cost model. */
  cells?: number;
  /** Where the call was made, for reading a benchmark: `Sheet!A1` for a Range, the sheet's name for a Sheet. */
  a1?: string;
}

/** Counts of service calls by `Class.method`, and the round trips among them. */
export class Stats {
  readonly byMethod: Record<string, number> = {};
  readonly log: CallRecord[] = [];
  reads = 0;
  writes = 0;
  /** Cells covered by read and write calls. */
  cells = 0;
  /**
   * Milliseconds spent inside emulated service calls (outermost calls only), measured with
   * `EmulatorContext.serviceClock` when one is set: the emulator's own time, which the benchmark
   * subtracts from an execution's CPU time to leave the add-on's.
   */
  serviceMs = 0;

  /** Service calls that read or write cells, formats, validation, notes, rules or protections. */
  get roundTrips(): number {
    return this.reads + this.writes;
  }

  record(call: CallRecord): void {
    const key = `${call.className}.${call.method}`;
    this.byMethod[key] = (this.byMethod[key] ?? 0) + 1;
    if (call.kind === 'read') this.reads++;
    if (call.kind === 'write') this.writes++;
    if (call.kind !== 'other') this.cells += call.cells ?? 0;
    if (this.log.length < 100000) this.log.push(call);
  }

  /** Forget every count (call before the operation you measure). */
  reset(): void {
    for (const key of Object.keys(this.byMethod)) delete this.byMethod[key];
    this.log.length = 0;
    this.reads = 0;
    this.writes = 0;
    this.cells = 0;
    this.serviceMs = 0;
  }

  /** A plain copy of the counts. */
  snapshot(): { reads: number; writes: number; roundTrips: number; cells: number; byMethod: Record<string, number> } {
    return {
      reads: this.reads,
      writes: this.writes,
      roundTrips: this.roundTrips,
      cells: this.cells,
      byMethod: { ...this.byMethod },
    };
  }
}

/** Options of createEmulator(). */
export interface EmulatorOptions {
  /** The spreadsheet's time zone (IANA), default `Europe/Warsaw`. */
  timeZone?: string;
  /** The spreadsheet's locale, default `en_US`. */
  locale?: string;
  /** The script's (manifest) time zone, default `America/New_York`. */
  scriptTimeZone?: string;
  /** The email of the user running the code, default `owner@example.com`. */
  userEmail?: string;
  /** The clock, default `() => new Date()`. */
  now?: () => Date;
}

/**
 * The JavaScript realm the add-on's bundle runs in (a node:vm context has its own Date, Array and
 * Error). Values handed to the bundle are made in its realm so `instanceof Date` works there as in
 * Apps Script; values coming from the bundle must be tested realm-neutrally (`Array.isArray`,
 * `isDate()` below), never with `instanceof`.
 */
export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Error: ErrorConstructor;
}

/** True for a Date from any realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A hook run before every service call; it may throw to inject a fault. */
export type CallHook = (call: CallRecord, args: unknown[]) => void;

/** The shared state handed to every service implementation. */
export class EmulatorContext {
  readonly stats = new Stats();
  readonly timeZone: string;
  readonly locale: string;
  readonly scriptTimeZone: string;
  userEmail: string;
  now: () => Date;
  /** Hooks run before each service call (fault injection, interleaving other executions). */
  readonly beforeCall: CallHook[] = [];
  /** The user whose execution holds the document lock, or null. */
  documentLockOwner: string | null = null;
  /** The id of the execution currently running (each trigger/menu/RPC run is one execution). */
  executionId = 0;
  /** The realm values are handed to; loadBundle() sets it to the bundle's context. */
  realm: Realm = { Date, Array, Error };
  /** The authorization mode of the running execution (a `ScriptApp.AuthMode` name); the runtime sets it. */
  authMode: 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION' = 'FULL';
  /** While above 0, called() neither records nor runs hooks: the emulator's own internal calls. */
  muted = 0;
  /** A clock in ms (e.g. process CPU time) that times service calls into `stats.serviceMs`; none: not timed. */
  serviceClock: (() => number) | null = null;
  /** Depth of service calls under way, so only the outermost is timed. */
  serviceDepth = 0;

  constructor(options: EmulatorOptions = {}) {
    this.timeZone = options.timeZone ?? 'Europe/Warsaw';
    this.locale = options.locale ?? 'en_US';
    this.scriptTimeZone = options.scriptTimeZone ?? 'America/New_York';
    this.userEmail = options.userEmail ?? 'owner@example.com';
    this.now = options.now ?? (() => new Date());
  }

  /** Record a call and run the hooks; services call this first in every public method. */
  called(className: string, method: string, kind: CallKind, args: unknown[] = [], cells = 0, a1?: string): void {
    if (this.muted > 0) return;
    const call: CallRecord = {
      className,
      method,
      kind,
      cells,
      heldDocumentLock: this.documentLockOwner !== null && this.documentLockOwner === `${this.executionId}`,
    };
    if (a1 !== undefined) call.a1 = a1;
    this.stats.record(call);
    for (const hook of this.beforeCall) hook(call, args);
  }

  /** Runs `fn` without recording its service calls or running hooks (for the emulator's own bookkeeping). */
  quietly<T>(fn: () => T): T {
    this.muted++;
    try {
      return fn();
    } finally {
      this.muted--;
    }
  }

  /** Deep-copies arrays and Dates into the bundle's realm; other values pass through. */
  toRealm<T>(value: T): T {
    if (Array.isArray(value)) {
      const out = new this.realm.Array(value.length);
      for (let i = 0; i < value.length; i++) out[i] = this.toRealm(value[i]);
      return out as unknown as T;
    }
    if (isDate(value)) return new this.realm.Date(value.getTime()) as unknown as T;
    return value;
  }

  /** An Apps Script-style exception (`name === 'Exception'`) made in the bundle's realm. */
  toRealmError(error: unknown): unknown {
    if (!(error instanceof Error) || this.realm.Error === Error) return error;
    const realmError = new this.realm.Error(error.message);
    realmError.name = error.name;
    return realmError;
  }
}

/**
 * Where a call was made, for reading a benchmark: `Sheet!A1` for a Range, the sheet's name for a
 * Sheet; undefined otherwise. Read quietly, so nothing is counted.
 */
function a1Of(target: object, context: EmulatorContext): string | undefined {
  const range = target as {
    getA1Notation?: () => string;
    getNumRows?: () => number;
    getSheet?: () => { getName(): string };
    getName?: () => string;
    getSheetId?: () => number;
  };
  try {
    return context.quietly(() => {
      if (typeof range.getA1Notation === 'function' && typeof range.getNumRows === 'function') {
        const sheet = typeof range.getSheet === 'function' ? range.getSheet().getName() : '';
        return sheet ? `${sheet}!${range.getA1Notation()}` : range.getA1Notation();
      }
      if (typeof range.getSheetId === 'function' && typeof range.getName === 'function') return range.getName();
      return undefined;
    });
  } catch {
    return undefined;
  }
}

/** Rows × columns of a Range-like object (its own unwrapped methods, so nothing is counted); 0 otherwise. */
function cellsOf(target: object): number {
  const range = target as { getNumRows?: () => number; getNumColumns?: () => number };
  if (typeof range.getNumRows !== 'function' || typeof range.getNumColumns !== 'function') return 0;
  try {
    return range.getNumRows() * range.getNumColumns();
  } catch {
    return 0;
  }
}

/**
 * Wraps a service object so that every method call is recorded in the context (with its kind from
 * `kinds`, default 'other'), and any method the object lacks throws
 * `Emulator: <Class>.<method> is not implemented`.
 */
export function wrapService<T extends object>(
  target: T,
  className: string,
  context: EmulatorContext,
  kinds: Record<string, CallKind> = {},
): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol') return Reflect.get(obj, prop, receiver);
      if (prop === 'toString') return () => className;
      if (prop === 'then' || prop === 'toJSON' || prop === 'constructor') return Reflect.get(obj, prop, receiver);
      if (prop.startsWith('__')) return Reflect.get(obj, prop, receiver);
      const value = Reflect.get(obj, prop, receiver);
      if (value === undefined) {
        return () => {
          throw new NotImplementedError(className, prop);
        };
      }
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const clock = context.serviceClock;
        const started = clock && context.serviceDepth === 0 ? clock() : null;
        context.serviceDepth++;
        try {
          const kind = kinds[prop] ?? 'other';
          const counted = kind !== 'other' && context.muted === 0;
          context.called(className, prop, kind, args, counted ? cellsOf(obj) : 0, counted ? a1Of(obj, context) : undefined);
          const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
          // A method returning its own object (chaining) hands back the wrapper, so later calls are counted too.
          return result === obj ? receiver : context.toRealm(result);
        } catch (error) {
          throw context.toRealmError(error);
        } finally {
          context.serviceDepth--;
          if (clock && started !== null) context.stats.serviceMs += clock() - started;
        }
      };
    },
  });
}
