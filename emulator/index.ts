/** The emulator's public entry: createEmulator() wires every emulated Apps Script service and runs a built bundle the way Apps Script would. */

import { EmulatorContext, type CallRecord, type EmulatorOptions, type Stats } from './core/context';
import { ServiceException } from './core/errors';
import { createSpreadsheetService, type SpreadsheetService } from './spreadsheet';
import type { BundleFunction } from './runtime/bundle';
import { permissionHook } from './runtime/permissions';
import {
  Runtime,
  type AuthModeName,
  type Execution,
  type ExecutionKind,
  type ExecutionRecord,
  type LogEntry,
} from './runtime/runtime';
import { TransferError, toTransferable, transferArgs } from './runtime/transfer';
import {
  isPageCallableName,
  notCallableMessage,
  pageCallableFunction,
  pageCallableNames,
} from './runtime/page-callable';
import { calendarFromSeed, createCalendarApp, type CalendarSeed, type CalendarStore } from './services/calendar-app';
import { createCacheService } from './services/cache-service';
import { createAdvancedCalendar } from './services/advanced-calendar';
import { createDriveApp, type DriveFileState, type FileLookup } from './services/drive-app';
import { fileAccess } from './services/advanced-api';
import { createAdvancedDrive, type DriveNotification } from './services/advanced-drive';
import { createMailApp, type MailStore, type SentMail } from './services/mail-app';
import { createAdvancedSheets } from './services/advanced-sheets';
import { createHtmlService } from './services/html-service';
import { createLockService } from './services/lock-service';
import { createLogging } from './services/logger';
import { createPropertiesService } from './services/properties-service';
import { AuthMode, createScriptApp, type TriggerState } from './services/script-app';
import { createSession, makeUser, visibleActiveEmail } from './services/session';
import { createUi, createUiRecords, type MenuEntry, type UiRecords } from './services/ui';
import { createUtilities } from './services/utilities';
import { createUrlFetchApp, createUrlFetchStore, type UrlFetchStore } from './services/url-fetch-app';

export type { BundleFunction } from './runtime/bundle';
export type { AuthModeName, Execution, ExecutionKind, ExecutionRecord, LogEntry } from './runtime/runtime';
export type { CalendarSeed } from './services/calendar-app';
export type { MenuEntry, MenuRecord, SidebarRecord, DialogRecord, AlertRecord, PromptRecord } from './services/ui';
export { LOCK_TIMEOUT_MESSAGE } from './services/lock-service';
export { illegalValueMessage, CIRCULAR_MESSAGE } from './runtime/transfer';
export { isPageCallableName, notCallableMessage } from './runtime/page-callable';
export type { FetchHandler, FetchReply, FetchRequest, UrlFetchStore } from './services/url-fetch-app';

/** What the spreadsheet model (emulator/spreadsheet) provides. */
export type SpreadsheetServiceHandle = SpreadsheetService;

/** Makes the spreadsheet model (the real one unless a test substitutes it). */
export type SpreadsheetServiceFactory = (context: EmulatorContext, ui: () => unknown) => SpreadsheetServiceHandle;

/** Options of createEmulator(). */
export interface CreateEmulatorOptions extends EmulatorOptions {
  /** The add-on developer's email: simple triggers reveal only same-domain users' emails (E-12). Default `developer@script-developer.example` (another domain than the default user's). */
  developerEmail?: string;
  /** The add-on's name, the caption of its Extensions sub-menu (U-03). Default `Untitled project` (Apps Script's name for a new project). */
  addonName?: string;
  /** Run as a published add-on: createMenu captions are replaced by the add-on name (U-02). Default true. */
  isAddon?: boolean;
  /** Session.getActiveUserLocale(). Default: the language of `locale` (`en`). */
  userLocale?: string;
  /** ScriptApp.getScriptId(). Default a fixed id of the right shape. */
  scriptId?: string;
  /** Whether users have authorized the add-on (ScriptApp.getAuthorizationInfo). Default true. */
  authorized?: boolean;
  /** Evaluate the bundle's global scope anew for each execution, as Apps Script does. Default true. */
  freshGlobalsPerExecution?: boolean;
  /** Enforce appsscript.json's explicit oauthScopes (permission errors). Default true. */
  enforceManifestScopes?: boolean;
  /** Set process.env.TZ to the script time zone so the bundle's local-time Date methods use it. Default true. */
  setProcessTimeZone?: boolean;
  /** The conservative runtime: the bundle's realm lacks Intl `longOffset`, `Intl.Segmenter` and `Intl.PluralRules`. Default false. */
  conservativeRuntime?: boolean;
  /** Where HTML files are read from when no bundle is loaded. */
  htmlDir?: string;
  /** Substitute the spreadsheet model (tests of the runtime alone). */
  spreadsheetService?: SpreadsheetServiceFactory;
  /** Scopes the user left unticked on the granular consent screen (calls needing only those fail). */
  declinedScopes?: string[];
  /** Calendar's burst limit: creations + deletions per user in a rolling window. Default 60 a minute. */
  calendarBurst?: { limit: number; windowMs: number };
  /** Email recipients MailApp may send to per day (Google: 100 for consumer accounts, 1,500 for Workspace). */
  mailQuota?: number;
}

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
  editFileAsUser(fileId: string, sheetName: string, a1: string, values: unknown[][], options?: { user?: string }): { rejected?: string };
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

interface SavedState {
  version: 1;
  spreadsheet: unknown;
  properties: unknown;
  cache: unknown;
  calendars: CalendarStore;
  drive: Record<string, DriveFileState>;
  triggers: TriggerState[];
  clockOffset: number;
  /** The other spreadsheets the hub holds (a stakeholder copy, ...); absent in states saved before they were kept. */
  otherSpreadsheets?: { books: unknown[]; createdByScript: string[] };
}

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

function replaceContents<T extends object>(target: T, source: T): void {
  if (Array.isArray(target)) {
    target.length = 0;
    target.push(...(source as unknown as unknown[]));
    return;
  }
  for (const key of Object.keys(target)) delete (target as Record<string, unknown>)[key];
  Object.assign(target, JSON.parse(JSON.stringify(source)));
}

function findMenuItem(entries: MenuEntry[], path: string[]): string | null {
  for (const entry of entries) {
    if (entry.type === 'item' && path.length === 1 && entry.caption === path[0]) return entry.functionName;
    if (entry.type === 'submenu') {
      if (path.length > 1 && entry.caption === path[0]) {
        const found = findMenuItem(entry.items, path.slice(1));
        if (found) return found;
      }
      if (path.length === 1) {
        const found = findMenuItem(entry.items, path);
        if (found) return found;
      }
    }
  }
  return null;
}

/**
 * Creates an emulated Apps Script environment bound to one spreadsheet: every service global, the
 * execution model (one realm per execution, auth modes, users, locks), UI records and fault injection.
 */
export function createEmulator(options: CreateEmulatorOptions = {}): Emulator {
  const context = new EmulatorContext(options);
  const runtime = new Runtime(context, {
    developerEmail: options.developerEmail ?? 'developer@script-developer.example',
    freshGlobalsPerExecution: options.freshGlobalsPerExecution ?? true,
    enforceManifestScopes: options.enforceManifestScopes ?? true,
    setProcessTimeZone: options.setProcessTimeZone ?? true,
    explicitScriptTimeZone: options.scriptTimeZone !== undefined,
    conservativeRuntime: options.conservativeRuntime ?? false,
  });
  context.beforeCall.push(permissionHook(runtime));
  const isAddon = options.isAddon ?? true;
  const addonName = options.addonName ?? 'Untitled project';
  const scriptId = options.scriptId ?? '1EmulatorScriptId000000000000000000000000000000000000';
  const uiRecords = createUiRecords();
  const getUi = createUi(runtime, uiRecords, { addonName, isAddon });
  const sheets = (options.spreadsheetService ?? createSpreadsheetService)(context, getUi);
  const activeSpreadsheet = (): GoogleAppsScript.Spreadsheet.Spreadsheet =>
    context.quietly(() => sheets.SpreadsheetApp.getActiveSpreadsheet());
  const documentId = (): string => context.quietly(() => activeSpreadsheet().getId());

  const { Logger, console } = createLogging(runtime);
  const properties = createPropertiesService(runtime);
  const cache = createCacheService(runtime);
  const lock = createLockService(runtime);
  const triggers: TriggerState[] = [];
  const calendars: CalendarStore = { calendars: [], created: {}, ...(options.calendarBurst ? { burst: options.calendarBurst } : {}) };
  for (const scope of options.declinedScopes ?? []) runtime.declinedScopes.add(scope);
  const driveFiles: Record<string, DriveFileState> = {};
  const driveNotifications: DriveNotification[] = [];
  const mail: MailStore = { sent: [], dailyQuota: options.mailQuota ?? 100 };
  const driveLookup: FileLookup = (id) => {
    try {
      const ss = sheets.SpreadsheetApp.openById(id);
      return {
        id,
        name: ss.getName(),
        mimeType: 'application/vnd.google-apps.spreadsheet',
        url: typeof ss.getUrl === 'function' ? ss.getUrl() : `https://docs.google.com/spreadsheets/d/${id}/edit`,
        owner: (() => {
          try {
            return ss.getOwner()?.getEmail() ?? context.userEmail;
          } catch {
            return context.userEmail;
          }
        })(),
      };
    } catch {
      return null;
    }
  };
  const urlFetch = createUrlFetchStore();
  const globals: Record<string, unknown> = {
    SpreadsheetApp: sheets.SpreadsheetApp,
    HtmlService: createHtmlService(runtime, () => runtime.bundle?.dir ?? options.htmlDir ?? null),
    LockService: lock.LockService,
    PropertiesService: properties.PropertiesService,
    CacheService: cache.CacheService,
    Utilities: createUtilities(runtime),
    Session: createSession(runtime, () => options.userLocale ?? context.locale.split(/[_-]/)[0], scriptId),
    ScriptApp: createScriptApp(runtime, triggers, {
      scriptId,
      documentId,
      isAddon,
      authorized: () => options.authorized ?? true,
    }),
    Logger,
    console,
    DriveApp: createDriveApp(runtime, driveFiles, driveLookup),
    CalendarApp: createCalendarApp(runtime, calendars),
    UrlFetchApp: createUrlFetchApp(runtime, urlFetch),
    MailApp: createMailApp(runtime, mail),
  };
  runtime.globals = globals;
  // Advanced services: globals only where appsscript.json enables them (dependencies.enabledAdvancedServices).
  if (sheets.hub) {
    const hub = sheets.hub;
    const createdBy = new Map<string, string>();
    const access = fileAccess(runtime, createdBy, documentId, (id) => hub.books.has(id));
    runtime.advancedServices.push(
      { serviceId: 'sheets', version: 'v4', value: createAdvancedSheets(runtime, hub, access) },
      {
        serviceId: 'drive',
        version: 'v3',
        value: createAdvancedDrive(runtime, { files: driveFiles, notifications: driveNotifications }, driveLookup, access),
      },
    );
  }
  // Advanced Calendar service (Calendar API v3): the `Calendar` global, over the store CalendarApp also uses.
  runtime.advancedServices.push({ serviceId: 'calendar', version: 'v3', value: createAdvancedCalendar(runtime, calendars) });

  const outcome = (
    execution: () => { ran: boolean; value?: unknown },
    spec: Partial<Execution> & { kind: ExecutionKind },
  ): ExecutionOutcome => {
    let executionId = 0;
    try {
      const result = runtime.execute(spec, () => {
        executionId = context.executionId;
        return execution();
      });
      return { ran: result.ran, ok: true, executionId, value: result.value };
    } catch (error) {
      return { ran: true, ok: false, error: messageOf(error), executionId };
    }
  };

  const requireBundle = (): void => {
    if (!runtime.bundle) throw new Error('Emulator: call loadBundle(path) first.');
  };

  const userOf = (user: string | undefined): string => user ?? context.userEmail;

  const installable = (
    eventType: TriggerState['eventType'],
    event: Record<string, unknown>,
    user: string,
  ): ExecutionOutcome[] =>
    triggers
      .filter((t) => t.eventType === eventType)
      .map((t) =>
        outcome(
          () => {
            const fn = runtime.resolveFunction(t.handler);
            if (!fn) throw new ServiceException(`Script function not found: ${t.handler}`);
            fn({ ...event, authMode: AuthMode.FULL, triggerUid: t.id, source: activeSpreadsheet() });
            return { ran: true };
          },
          {
            kind: 'installable-trigger',
            authMode: 'FULL',
            user,
            effectiveUser: t.owner,
            functionName: t.handler,
            triggerUid: t.id,
          },
        ),
      );

  const callServer = (name: string, args: unknown[], user: string): RunResult => {
    requireBundle();
    if (!isPageCallableName(name)) return { ok: false, error: notCallableMessage(String(name)) };
    let copied: unknown[];
    try {
      copied = transferArgs(args);
    } catch (error) {
      return { ok: false, error: messageOf(error) };
    }
    try {
      const result = runtime.execute({ kind: 'rpc', authMode: 'FULL', user, functionName: name }, (instance) => {
        const fn = pageCallableFunction(instance, name);
        if (!fn) throw new TransferError(notCallableMessage(name));
        const realmArgs = (instance.evaluate('JSON') as JSON).parse(JSON.stringify(copied)) as unknown[];
        const value = fn(...realmArgs);
        if (value && typeof (value as { then?: unknown }).then === 'function') {
          throw new Error(`Emulator: ${name} returned a Promise; use runAsync().`);
        }
        return value;
      });
      return { ok: true, value: toTransferable(result, 'result') };
    } catch (error) {
      return { ok: false, error: messageOf(error) };
    }
  };

  const emulator: Emulator = {
    context,
    stats: context.stats,
    runtime,
    globals,
    spreadsheet: sheets,

    loadBundle(path) {
      return runtime.loadBundle(path);
    },

    open(openOptions = {}) {
      requireBundle();
      const mode = openOptions.authMode ?? 'LIMITED';
      const user = userOf(openOptions.user);
      uiRecords.menus.length = 0;
      const simple = outcome(
        () => {
          const fn = runtime.resolveFunction('onOpen');
          if (!fn) return { ran: false };
          const event: Record<string, unknown> = {
            authMode: AuthMode[mode],
            user: makeUser(runtime, visibleActiveEmail(runtime)),
          };
          if (mode !== 'NONE') event.source = activeSpreadsheet();
          fn(event);
          return { ran: true };
        },
        { kind: 'simple-trigger', authMode: mode, user, functionName: 'onOpen' },
      );
      installable('ON_OPEN', { user: makeUser(runtime, user) }, user);
      return simple;
    },

    install(installOptions = {}) {
      requireBundle();
      return outcome(
        () => {
          const fn = runtime.resolveFunction('onInstall');
          if (!fn) return { ran: false };
          fn({
            authMode: AuthMode.FULL,
            source: activeSpreadsheet(),
            user: makeUser(runtime, visibleActiveEmail(runtime)),
          });
          return { ran: true };
        },
        { kind: 'install', authMode: 'FULL', user: userOf(installOptions.user), functionName: 'onInstall' },
      );
    },

    editAsUser(sheetName, a1, values, editOptions = {}) {
      requireBundle();
      const user = userOf(editOptions.user);
      const saved = context.userEmail;
      context.userEmail = user;
      let applied: { event: object } | { rejected: string };
      try {
        applied = context.quietly(() => sheets.userEdit(sheetName, a1, values));
      } finally {
        context.userEmail = saved;
      }
      if ('rejected' in applied) return { rejected: applied.rejected };
      const base = applied.event as Record<string, unknown>;
      const simple = outcome(
        () => {
          const fn = runtime.resolveFunction('onEdit');
          if (!fn) return { ran: false };
          fn({ ...base, authMode: AuthMode.LIMITED, user: makeUser(runtime, visibleActiveEmail(runtime)) });
          return { ran: true };
        },
        { kind: 'simple-trigger', authMode: 'LIMITED', user, functionName: 'onEdit' },
      );
      const others = installable('ON_EDIT', { ...base, user: makeUser(runtime, user) }, user);
      return { event: base, simple, installable: others };
    },

    editFileAsUser(fileId, sheetName, a1, values, editOptions = {}) {
      const user = userOf(editOptions.user);
      const file = driveFiles[fileId] ?? context.quietly(() => driveLookup(fileId));
      const mayEdit =
        !!file &&
        (file.owner.toLowerCase() === user.toLowerCase() ||
          ('editors' in file && (file.editors as string[]).some((e) => e.toLowerCase() === user.toLowerCase())));
      if (!mayEdit) return { rejected: 'You need permission to edit this file. Ask the owner for edit access.' };
      const saved = context.userEmail;
      context.userEmail = user;
      try {
        const applied = context.quietly(() => sheets.userEditIn(fileId, sheetName, a1, values));
        return 'rejected' in applied ? { rejected: applied.rejected } : {};
      } finally {
        context.userEmail = saved;
      }
    },

    clickMenu(caption, clickOptions = {}) {
      requireBundle();
      const path = caption.split('>').map((part) => part.trim());
      let functionName: string | null = null;
      for (const menu of [...uiRecords.menus].reverse()) {
        const inMenu = path.length > 1 && path[0] === menu.caption ? findMenuItem(menu.items, path.slice(1)) : null;
        functionName = inMenu ?? findMenuItem(menu.items, path);
        if (functionName) break;
      }
      if (!functionName)
        throw new Error(
          `Emulator: no menu item "${caption}" (menus: ${JSON.stringify(uiRecords.menus.map((m) => m.caption))}).`,
        );
      const name = functionName;
      return outcome(
        () => {
          const fn = runtime.resolveFunction(name);
          if (!fn) throw new ServiceException(`Script function not found: ${name}`);
          return { ran: true, value: fn() };
        },
        { kind: 'menu', authMode: 'FULL', user: userOf(clickOptions.user), functionName: name },
      );
    },

    run(name, ...args) {
      return callServer(name, args, context.userEmail);
    },

    runAsUser(user, name, ...args) {
      return callServer(name, args, user);
    },

    pageCallableNames() {
      requireBundle();
      return pageCallableNames(runtime.realmInstance());
    },

    async runAsync(name, ...args) {
      requireBundle();
      if (!isPageCallableName(name)) return { ok: false, error: notCallableMessage(String(name)) };
      let copied: unknown[];
      try {
        copied = transferArgs(args);
      } catch (error) {
        return { ok: false, error: messageOf(error) };
      }
      try {
        const result = await runtime.executeAsync(
          { kind: 'rpc', authMode: 'FULL', user: context.userEmail, functionName: name },
          (instance) => {
            const fn = pageCallableFunction(instance, name);
            if (!fn) throw new TransferError(notCallableMessage(name));
            const realmArgs = (instance.evaluate('JSON') as JSON).parse(JSON.stringify(copied)) as unknown[];
            return fn(...realmArgs);
          },
        );
        return { ok: true, value: toTransferable(result, 'result') };
      } catch (error) {
        return { ok: false, error: messageOf(error) };
      }
    },

    runAs(user, fn, runOptions = {}) {
      return runtime.execute(
        { kind: runOptions.kind ?? 'rpc', authMode: runOptions.authMode ?? 'FULL', user },
        (instance) => fn(instance.functions),
      );
    },

    runPendingTriggers(runOptions = {}) {
      requireBundle();
      const until = runOptions.until ? runOptions.until.getTime() : runtime.nowMs();
      const results: ExecutionOutcome[] = [];
      for (let guard = 0; guard < 10000; guard++) {
        const due = triggers
          .filter((t) => t.eventType === 'CLOCK' && t.nextRunAt !== null && t.nextRunAt <= until)
          .sort((a, b) => (a.nextRunAt as number) - (b.nextRunAt as number))[0];
        if (!due) break;
        const at = due.nextRunAt as number;
        if (at > runtime.nowMs()) runtime.advance(at - runtime.nowMs());
        due.nextRunAt = due.everyMs ? at + due.everyMs : null;
        const when = new Date(at);
        results.push(
          outcome(
            () => {
              const fn = runtime.resolveFunction(due.handler);
              if (!fn) throw new ServiceException(`Script function not found: ${due.handler}`);
              fn({
                authMode: AuthMode.FULL,
                triggerUid: due.id,
                year: when.getUTCFullYear(),
                month: when.getUTCMonth() + 1,
                'day-of-month': when.getUTCDate(),
                'day-of-week': when.getUTCDay() === 0 ? 7 : when.getUTCDay(),
                'week-of-year': Math.ceil(((at - Date.UTC(when.getUTCFullYear(), 0, 1)) / 86400000 + 1) / 7),
                hour: when.getUTCHours(),
                minute: when.getUTCMinutes(),
                second: when.getUTCSeconds(),
                timezone: 'UTC',
              });
              return { ran: true };
            },
            {
              kind: 'time-trigger',
              authMode: 'FULL',
              user: due.owner,
              hasUi: false,
              functionName: due.handler,
              triggerUid: due.id,
            },
          ),
        );
      }
      if (runOptions.until && until > runtime.nowMs()) runtime.advance(until - runtime.nowMs());
      return results;
    },

    ui: Object.defineProperties(uiRecords, {
      toasts: { get: () => sheets.toasts, enumerable: true },
      queueAlert: {
        value: (...buttons: string[]) => {
          uiRecords.alertResponses.push(...buttons);
        },
      },
      queuePrompt: {
        value: (...answers: Array<{ button?: string; text?: string }>) => {
          uiRecords.promptResponses.push(...answers);
        },
      },
      lastSidebar: {
        value: () => {
          const last = uiRecords.sidebars[uiRecords.sidebars.length - 1];
          return last ? { title: last.title, html: last.html, width: last.width } : null;
        },
      },
    }) as Emulator['ui'],
    menus: uiRecords.menus,
    logs: runtime.logs,
    executions: runtime.history,
    clock: {
      now: () => context.now(),
      advance: (ms) => runtime.advance(ms),
    },

    holdLock(kind, ms, user) {
      const key = kind === 'user' ? `user:${user ?? context.userEmail}` : kind;
      return lock.locks.simulateHolder(key, ms);
    },

    seedCalendar(seed) {
      const state = calendarFromSeed(seed, runtime.nowMs());
      const index = calendars.calendars.findIndex((c) => c.id === seed.id);
      if (index >= 0) calendars.calendars[index] = state;
      else calendars.calendars.push(state);
    },

    failAtCall(n, error, filter) {
      let count = 0;
      const hook = (call: CallRecord): void => {
        if (filter && !filter(call)) return;
        count++;
        if (count !== n) return;
        cancel();
        if (error instanceof Error) throw error;
        throw new ServiceException(
          error ?? `Service Spreadsheets failed while accessing document with id ${documentId()}.`,
        );
      };
      const cancel = (): void => {
        const index = context.beforeCall.indexOf(hook);
        if (index >= 0) context.beforeCall.splice(index, 1);
      };
      context.beforeCall.push(hook);
      return cancel;
    },

    triggers,
    driveNotifications,
    sentMail: mail.sent,

    trashFile(id) {
      if (!driveFiles[id]) {
        const found = context.quietly(() => driveLookup(id));
        if (!found) throw new Error(`Emulator: no Drive file ${id}`);
        driveFiles[id] = { ...found, editors: [], commenters: [], viewers: [], access: 'PRIVATE', permission: 'NONE' };
      }
      driveFiles[id].trashed = true;
    },
    urlFetch,

    save() {
      const state: SavedState = {
        version: 1,
        spreadsheet: sheets.toJSON(),
        properties: properties.state,
        cache: cache.state,
        calendars,
        drive: driveFiles,
        triggers,
        clockOffset: runtime.clockOffset,
        otherSpreadsheets: sheets.otherSpreadsheetsToJSON?.(),
      };
      return JSON.stringify(state);
    },

    load(json) {
      const state = JSON.parse(json) as SavedState;
      if (state.version !== 1) throw new Error(`Emulator: unknown saved state version ${String(state.version)}`);
      sheets.loadJSON(state.spreadsheet);
      replaceContents(properties.state, state.properties as typeof properties.state);
      replaceContents(cache.state, state.cache as typeof cache.state);
      replaceContents(calendars, state.calendars);
      replaceContents(driveFiles, state.drive);
      replaceContents(triggers, state.triggers);
      runtime.clockOffset = state.clockOffset ?? 0;
      if (state.otherSpreadsheets) sheets.loadOtherSpreadsheetsJSON?.(state.otherSpreadsheets);
    },
  };
  return emulator;
}
