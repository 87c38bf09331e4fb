/** The emulator's public entry: createEmulator() wires every emulated Apps Script service and runs a built bundle the way Apps Script would. */

import { EmulatorContext } from './core/context';
import { createSpreadsheetService } from './spreadsheet';
import { pageCallableNames } from './runtime/page-callable';
import { permissionHook } from './runtime/permissions';
import { Runtime } from './runtime/runtime';
import { createUi, createUiRecords } from './services/ui';
import type { Emulator } from './wiring/emulator-types';
import { callServer, callServerAsync, runPendingTriggers } from './wiring/executions';
import { addonIdentityOf, runtimeOptionsOf, type CreateEmulatorOptions } from './wiring/options';
import { requireBundle, type EmulatorParts } from './wiring/parts';
import { loadState, saveState } from './wiring/saved-state';
import { wireServices } from './wiring/services';
import { uiHandle } from './wiring/ui-handle';
import { userActions } from './wiring/user-actions';
import { worldControls } from './wiring/world-controls';

export type { BundleFunction } from './runtime/bundle';
export type { AuthModeName, Execution, ExecutionKind, ExecutionRecord, LogEntry } from './runtime/runtime';
export type { CalendarSeed } from './services/calendar-app';
export type { MenuEntry, MenuRecord, SidebarRecord, DialogRecord, AlertRecord, PromptRecord } from './services/ui';
export { LOCK_TIMEOUT_MESSAGE } from './services/lock-service';
export { illegalValueMessage, CIRCULAR_MESSAGE } from './runtime/transfer';
export { isPageCallableName, notCallableMessage } from './runtime/page-callable';
export type { FetchHandler, FetchReply, FetchRequest, UrlFetchStore } from './services/url-fetch-app';

export type { CreateEmulatorOptions, SpreadsheetServiceFactory, SpreadsheetServiceHandle } from './wiring/options';
export type { EditOutcome, Emulator, ExecutionOutcome, RunResult } from './wiring/emulator-types';

/** The runtime, the spreadsheet model and every service, wired together for one emulator. */
function assemble(options: CreateEmulatorOptions): { parts: EmulatorParts; globals: Record<string, unknown> } {
  const context = new EmulatorContext(options);
  const runtime = new Runtime(context, runtimeOptionsOf(options));
  context.beforeCall.push(permissionHook(runtime));
  const identity = addonIdentityOf(options);
  const uiRecords = createUiRecords();
  const getUi = createUi(runtime, uiRecords, { addonName: identity.addonName, isAddon: identity.isAddon });
  const sheets = (options.spreadsheetService ?? createSpreadsheetService)(context, getUi);
  const activeSpreadsheet = (): GoogleAppsScript.Spreadsheet.Spreadsheet =>
    context.quietly(() => sheets.SpreadsheetApp.getActiveSpreadsheet());
  const documentId = (): string => context.quietly(() => activeSpreadsheet().getId());
  const { globals, stores } = wireServices({ context, runtime, sheets, identity, options, documentId });
  const parts = { context, runtime, sheets, uiRecords, stores, triggers: stores.triggers, activeSpreadsheet, documentId };
  return { parts, globals };
}

/** The Emulator's google.script.run-style calls and direct executions. */
function serverCalls(parts: EmulatorParts): Pick<Emulator, 'run' | 'runAsUser' | 'runAsync' | 'runAs' | 'pageCallableNames'> {
  const { context, runtime } = parts;
  return {
    run(name, ...args) {
      requireBundle(parts);
      return callServer(runtime, name, args, context.userEmail);
    },
    runAsUser(user, name, ...args) {
      requireBundle(parts);
      return callServer(runtime, name, args, user);
    },
    async runAsync(name, ...args) {
      requireBundle(parts);
      return callServerAsync(runtime, name, args, context.userEmail);
    },
    runAs(user, fn, runOptions = {}) {
      const spec = { kind: runOptions.kind ?? 'rpc', authMode: runOptions.authMode ?? 'FULL', user };
      return runtime.execute(spec, (instance) => fn(instance.functions));
    },
    pageCallableNames() {
      requireBundle(parts);
      return pageCallableNames(runtime.realmInstance());
    },
  };
}

/**
 * Creates an emulated Apps Script environment bound to one spreadsheet: every service global, the
 * execution model (one realm per execution, auth modes, users, locks), UI records and fault injection.
 */
export function createEmulator(options: CreateEmulatorOptions = {}): Emulator {
  const { parts, globals } = assemble(options);
  const { context, runtime, sheets, uiRecords, stores } = parts;
  return {
    context,
    stats: context.stats,
    runtime,
    globals,
    spreadsheet: sheets,
    loadBundle: (path) => runtime.loadBundle(path),
    ...userActions(parts),
    ...serverCalls(parts),
    runPendingTriggers(runOptions = {}) {
      requireBundle(parts);
      return runPendingTriggers(parts, runOptions.until);
    },
    ui: uiHandle(uiRecords, sheets),
    menus: uiRecords.menus,
    logs: runtime.logs,
    executions: runtime.history,
    clock: { now: () => context.now(), advance: (ms) => runtime.advance(ms) },
    ...worldControls(parts),
    triggers: stores.triggers,
    driveNotifications: stores.driveNotifications,
    sentMail: stores.mail.sent,
    urlFetch: stores.urlFetch,
    save: () => saveState(sheets, stores, runtime),
    load: (json) => loadState(json, sheets, stores, runtime),
  };
}
