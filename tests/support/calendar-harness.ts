/** Loads the built bundle into a fresh emulator, with helpers to read the Calendar sheet as a person sees it. */
import path from 'node:path';
import type { CreateEmulatorOptions, Emulator } from '../../emulator';
import { createAddonEmulator } from '../../scripts/lib/addon-emulator';
import { CODE_JS, readBundle } from './dist';

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** True when the suite runs on the conservative runtime (jest's `conservative` project sets CALENDAR_RUNTIME). */
export const CONSERVATIVE_RUNTIME = process.env.CALENDAR_RUNTIME === 'conservative';

/**
 * A fresh emulator with dist/Code.js loaded (the spreadsheet is empty until setup runs). Under the
 * `conservative` jest project the bundle's realm lacks Intl `longOffset`, `Intl.Segmenter` and
 * `Intl.PluralRules` (issue #16), unless the test says otherwise.
 */
export function loadAddon(options: CreateEmulatorOptions = {}): Emulator {
  readBundle(); // fails with a clear message when the build is missing
  const emulator = createAddonEmulator({
    timeZone: 'Europe/Warsaw',
    locale: 'en_US',
    conservativeRuntime: CONSERVATIVE_RUNTIME,
    ...options,
  });
  emulator.loadBundle(path.resolve(CODE_JS));
  return emulator;
}

/** The active spreadsheet, seen from outside the add-on (calls are not counted as the add-on's). */
export function spreadsheetOf(emulator: Emulator): Spreadsheet {
  return emulator.context.quietly(() =>
    (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet(),
  );
}

/** Runs `fn` against the spreadsheet without counting its calls. */
export function inspect<T>(emulator: Emulator, fn: (spreadsheet: Spreadsheet) => T): T {
  return emulator.context.quietly(() => fn(spreadsheetOf(emulator)));
}

/** The Calendar sheet as display values: header row first. */
export function calendarValues(emulator: Emulator): string[][] {
  return inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getDataRange().getDisplayValues());
}

/** The Calendar's rows as objects keyed by header. */
export function calendarRecords(emulator: Emulator): Record<string, string>[] {
  const [header, ...rows] = calendarValues(emulator);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

/** Runs a menu command, failing the test with its error if it threw. */
export function clickMenu(emulator: Emulator, caption: string): void {
  const outcome = emulator.clickMenu(caption);
  if (!outcome.ran || !outcome.ok) throw new Error(`menu "${caption}" failed: ${outcome.error ?? 'not found'}`);
}

/** The caption of the menu item that runs `functionName` (menus are localised). */
export function menuCaption(emulator: Emulator, functionName: string): string {
  type Entry = { type: string; caption?: string; functionName?: string; items?: Entry[] };
  const find = (entries: Entry[]): string | null => {
    for (const entry of entries) {
      if (entry.type === 'item' && entry.functionName === functionName) return entry.caption!;
      if (entry.items) {
        const found = find(entry.items);
        if (found) return found;
      }
    }
    return null;
  };
  const caption = find(emulator.menus.flatMap((menu) => menu.items as Entry[]));
  if (!caption) throw new Error(`no menu item runs ${functionName}`);
  return caption;
}

/** Opens the spreadsheet (onOpen) and runs Set up calendar from the menu. */
export function setUpCalendar(emulator: Emulator): void {
  const opened = emulator.open();
  if (!opened.ok) throw new Error(`onOpen failed: ${opened.error}`);
  clickMenu(emulator, menuCaption(emulator, 'setupCalendar'));
}

/** Calls a server function as google.script.run would; throws with the server's message on failure. */
export function call<T = unknown>(emulator: Emulator, name: string, ...args: unknown[]): T {
  const result = emulator.run(name, ...args);
  if (!result.ok) throw new Error(`${name} failed: ${result.error}`);
  return result.value as T;
}
