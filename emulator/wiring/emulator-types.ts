/** The emulated environment's public shape: the Emulator handle createEmulator() returns and the outcomes of its calls. */

import type { CallRecord, EmulatorContext, Stats } from '../core/context';
import type { BundleFunction } from '../runtime/bundle';
import type { AuthModeName, ExecutionKind, ExecutionRecord, LogEntry, Runtime } from '../runtime/runtime';
import type { CalendarSeed } from '../services/calendar-app';
import type { DriveNotification } from '../services/advanced-drive';
import type { SentMail } from '../services/mail-app';
import type { TriggerState } from '../services/script-app';
import type { UiRecords } from '../services/ui';
import type { UrlFetchStore } from '../services/url-fetch-app';
import type { SpreadsheetServiceHandle } from './options';

/** The result of a server call made the way google.script.run makes it. Never throws for script errors. */
export type RunResult = { ok: true; value: unknown } | { ok: false; error: string };

/** The outcome of one trigger or menu execution. */
export interface ExecutionOutcome {
  /** False when the bundle has no such function (nothing ran). */
  ran: boolean;
  ok: boolean;
  error?: string;
  executionId: number;
  value?: unknown;
}

/** What editAsUser did. */
export type EditOutcome =
  | { rejected: string }
  | { rejected?: undefined; event: Record<string, unknown>; simple: ExecutionOutcome; installable: ExecutionOutcome[] };

/** The emulated Apps Script environment. */
export interface Emulator {
  context: EmulatorContext;
  stats: Stats;
  runtime: Runtime;
  /** The globals every realm gets. */
  globals: Record<string, unknown>;
  /** The spreadsheet model handle (renderSheet, setActive, userEdit, toasts...). */
  spreadsheet: SpreadsheetServiceHandle;
  /** Loads a built Code.js (and appsscript.json and *.html beside it); returns its top-level functions. */
  loadBundle(path: string): Record<string, BundleFunction>;
  /** A person opens the spreadsheet: runs onOpen(e) as a simple trigger, then installable open triggers. */
  open(options?: { authMode?: 'NONE' | 'LIMITED' | 'FULL'; user?: string }): ExecutionOutcome;
  /** The add-on is installed from inside Sheets: runs onInstall(e) in AuthMode.FULL (E-07). */
  install(options?: { user?: string }): ExecutionOutcome;
  /** A person types into a cell or pastes a block: applies it, then runs onEdit(e) (simple, LIMITED) and installable edit triggers. */
  editAsUser(sheetName: string, a1: string, values: unknown[][], options?: { user?: string }): EditOutcome;
  /**
   * A person types into a cell of another spreadsheet (by id) in the Sheets UI, as `options.user`: refused
   * unless Drive lets them edit the file (owner or writer; commenters and viewers cannot type in cells), and
   * by protected ranges they are not an editor of. Runs no trigger (the add-on is not installed there).
   */
  editFileAsUser(
    fileId: string,
    sheetName: string,
    a1: string,
    values: unknown[][],
    options?: { user?: string },
  ): { rejected?: string };
  /** A person clicks a menu item (caption, or a path `Sub > Item`): runs its function in AuthMode.FULL. */
  clickMenu(caption: string, options?: { user?: string }): ExecutionOutcome;
  /** Calls a server function the way google.script.run does (JSON rules, private names, errors as results). */
  run(name: string, ...args: unknown[]): RunResult;
  /** The server functions a page may call through google.script.run (top-level, not ending in `_`, no built-ins), sorted. */
  pageCallableNames(): string[];
  /** Like run(), but awaits an async server function. */
  runAsync(name: string, ...args: unknown[]): Promise<RunResult>;
  /** Like run(), as another user. */
  runAsUser(user: string, name: string, ...args: unknown[]): RunResult;
  /** Runs `fn` as one execution of `user` (default kind 'rpc', FULL) with that execution's top-level functions. */
  runAs<T>(
    user: string,
    fn: (functions: Record<string, BundleFunction>) => T,
    options?: { kind?: ExecutionKind; authMode?: AuthModeName },
  ): T;
  /** Runs due time-driven triggers (advancing the virtual clock to each one's time, up to `until`). */
  runPendingTriggers(options?: { until?: Date }): ExecutionOutcome[];
  /** What the UI showed; queue alert/prompt answers here. */
  ui: UiRecords & {
    toasts: Array<{ message: string; title: string }>;
    queueAlert(...buttons: string[]): void;
    queuePrompt(...answers: Array<{ button?: string; text?: string }>): void;
    /** The last sidebar shown, or null. */
    lastSidebar(): { title: string; html: string; width: 300 } | null;
  };
  /** The menus onOpen built (same as ui.menus). */
  menus: UiRecords['menus'];
  /** Logger.log / console.* lines. */
  logs: LogEntry[];
  /** Every finished execution. */
  executions: ExecutionRecord[];
  /** The virtual clock. */
  clock: { now(): Date; advance(ms: number): void };
  /** Simulate another process holding a lock for `ms` of virtual time (Infinity: until released); returns a release function. */
  holdLock(kind: 'document' | 'script' | 'user', ms: number, user?: string): () => void;
  /** Adds (or replaces) a calendar, e.g. a public-holiday calendar. */
  seedCalendar(seed: CalendarSeed): void;
  /** Makes the n-th service call from now (1 = the next) throw; returns a cancel function. */
  failAtCall(n: number, error?: string | Error, filter?: (call: CallRecord) => boolean): () => void;
  /** The installable triggers. */
  triggers: TriggerState[];
  /** The notification emails Drive sent when the script shared a file (Drive.Permissions.create). */
  driveNotifications: DriveNotification[];
  /** Every email MailApp sent (recipients, subject, text and HTML parts, virtual time). */
  sentMail: SentMail[];
  /** A person moves a Drive file to the trash (it still opens through the APIs; files.get says `trashed`). */
  trashFile(id: string): void;
  /** UrlFetchApp's outside world: register in-process handlers by origin (`http://127.0.0.1:9123`); `sent` lists method + URL of each request. */
  urlFetch: UrlFetchStore;
  /** The whole state as JSON (spreadsheet, properties, cache, calendars, drive, triggers, clock). */
  save(): string;
  /** Restores a state saved with save(). */
  load(json: string): void;
}
