/** Runs src/sheets modules directly on the emulator: its services as this realm's globals, inside one execution of the owner. */
import { createEmulator, type CreateEmulatorOptions, type Emulator } from '../../emulator';
import type { CallRecord } from '../../emulator/core/context';

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The owner every execution runs as. */
export const OWNER = 'owner@example.com';

/** A fresh emulator (no bundle) in the zone and locale the integration tests use. */
export function gatewayEmulator(options: CreateEmulatorOptions = {}): Emulator {
  return createEmulator({ timeZone: 'Europe/Warsaw', locale: 'en_US', ...options });
}

/** The active spreadsheet, seen from outside the code under test (its calls are not counted). */
export function spreadsheetOf(emulator: Emulator): Spreadsheet {
  return emulator.context.quietly(() => (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet());
}

/** A sheet named `name` holding `rows` (header first), written from outside the code under test. */
export function sheetWith(emulator: Emulator, name: string, rows: unknown[][]): void {
  emulator.context.quietly(() => {
    const spreadsheet = spreadsheetOf(emulator);
    const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
    const width = Math.max(...rows.map((row) => row.length));
    if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    sheet.getRange(1, 1, rows.length, width).setValues(rows.map((row) => [...row, ...new Array(width - row.length).fill('')]));
  });
}

/** Runs `fn` against `sheet` from outside the code under test. */
export function inspect<T>(emulator: Emulator, name: string, fn: (sheet: Sheet) => T): T {
  return emulator.context.quietly(() => fn(spreadsheetOf(emulator).getSheetByName(name)!));
}

/**
 * Runs `fn` as one execution of the owner, with the emulator's services (SpreadsheetApp, Utilities,
 * LockService...) as this realm's globals, the way the bundle sees them; returns its result and the
 * service calls it made.
 */
export function inExecution<T>(emulator: Emulator, fn: () => T): { value: T; calls: CallRecord[] } {
  const scope = globalThis as Record<string, unknown>;
  const names = Object.keys(emulator.globals).filter((name) => !(name in scope));
  const saved = names.map((name) => [name, scope[name]] as const);
  Object.assign(scope, Object.fromEntries(names.map((name) => [name, emulator.globals[name]])));
  const start = emulator.stats.log.length;
  try {
    const value = emulator.runAs(OWNER, () => fn());
    return { value, calls: emulator.stats.log.slice(start) };
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete scope[name];
      else scope[name] = value;
    }
  }
}

/** The calls among `calls` that write (setValues, setNotes, insertRowsAfter...), as `Class.method`. */
export function writes(calls: readonly CallRecord[]): string[] {
  return calls.filter((call) => call.kind === 'write').map((call) => `${call.className}.${call.method}`);
}
