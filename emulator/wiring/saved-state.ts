/** The emulator's whole state as JSON (spreadsheets, properties, cache, calendars, Drive, triggers, clock) and its restore. */

import type { Runtime } from '../runtime/runtime';
import type { CalendarStore } from '../services/calendar-app';
import type { DriveFileState } from '../services/drive-app';
import type { TriggerState } from '../services/script-app';
import type { SpreadsheetServiceHandle } from './options';
import type { ServiceStores } from './services';

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

/** Replaces `target`'s contents with a copy of `source`'s, keeping the object (services hold it). */
function replaceContents<T extends object>(target: T, source: T): void {
  if (Array.isArray(target)) {
    target.length = 0;
    target.push(...(source as unknown as unknown[]));
    return;
  }
  for (const key of Object.keys(target)) delete (target as Record<string, unknown>)[key];
  Object.assign(target, JSON.parse(JSON.stringify(source)));
}

/** The whole state as one JSON string. */
export function saveState(sheets: SpreadsheetServiceHandle, stores: ServiceStores, runtime: Runtime): string {
  const state: SavedState = {
    version: 1,
    spreadsheet: sheets.toJSON(),
    properties: stores.properties.state,
    cache: stores.cache.state,
    calendars: stores.calendars,
    drive: stores.driveFiles,
    triggers: stores.triggers,
    clockOffset: runtime.clockOffset,
    otherSpreadsheets: sheets.otherSpreadsheetsToJSON?.(),
  };
  return JSON.stringify(state);
}

/** Restores a state saveState() wrote, in place. */
export function loadState(
  json: string,
  sheets: SpreadsheetServiceHandle,
  stores: ServiceStores,
  runtime: Runtime,
): void {
  const state = JSON.parse(json) as SavedState;
  if (state.version !== 1) throw new Error(`Emulator: unknown saved state version ${String(state.version)}`);
  sheets.loadJSON(state.spreadsheet);
  replaceContents(stores.properties.state, state.properties as typeof stores.properties.state);
  replaceContents(stores.cache.state, state.cache as typeof stores.cache.state);
  replaceContents(stores.calendars, state.calendars);
  replaceContents(stores.driveFiles, state.drive);
  replaceContents(stores.triggers, state.triggers);
  runtime.clockOffset = state.clockOffset ?? 0;
  if (state.otherSpreadsheets) sheets.loadOtherSpreadsheetsJSON?.(state.otherSpreadsheets);
}
