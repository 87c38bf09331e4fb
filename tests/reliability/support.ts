/** Shared helpers of the reliability tests (issue #12): the built bundle on the emulator, snapshots of a user's cells, mutant builds. */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serverBuildOptions, withStubs } = require('../../scripts/lib/server-build-options.cjs') as {
  serverBuildOptions: (root: string, extraPlugins?: Plugin[]) => Parameters<typeof build>[0];
  withStubs: (code: string) => { code: string; names: string[] };
};
import type { CreateEmulatorOptions, Emulator } from '../../emulator';
import { createAddonEmulator } from '../../scripts/lib/addon-emulator';
import { CODE_JS, DIST, ROOT, readBundle } from '../support/dist';

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A fixed "now" so that checks and stamps are reproducible. */
export const NOW = (): Date => new Date('2026-11-26T10:00:00Z');

/**
 * The bundle under test: dist/Code.js, or RELIABILITY_BUNDLE (a mutant built by buildMutant(), to
 * see a test fail when a protection is removed, e.g. `RELIABILITY_BUNDLE=.build/reliability/no-lock/Code.js`).
 */
export function bundlePath(): string {
  const override = process.env.RELIABILITY_BUNDLE;
  if (override) return path.resolve(ROOT, override);
  readBundle(); // a clear message when `npm run build` has not run
  return CODE_JS;
}

/** A fresh emulator running `bundle` (default: bundlePath()). */
export function addon(options: CreateEmulatorOptions = {}, bundle = bundlePath()): Emulator {
  const emulator = createAddonEmulator({ timeZone: 'Europe/Warsaw', locale: 'en_US', now: NOW, ...options });
  emulator.loadBundle(bundle);
  return emulator;
}

/** The active spreadsheet, seen from outside the add-on (calls not counted, no hooks run). */
export function inspect<T>(emulator: Emulator, fn: (spreadsheet: Spreadsheet) => T): T {
  return emulator.context.quietly(() =>
    fn((emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet()),
  );
}

/** The Calendar sheet, seen from outside. */
export function calendar<T>(emulator: Emulator, fn: (sheet: Sheet) => T): T {
  return inspect(emulator, (ss) => fn(ss.getSheetByName('Calendar')!));
}

/** Runs a menu command's function as one execution (AuthMode.FULL); never throws. */
export function runMenu(emulator: Emulator, fn: string, user = emulator.context.userEmail): { ok: boolean; error?: string } {
  try {
    emulator.runAs(user, (functions) => functions[fn](), { kind: 'menu' });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs setupCalendar as the menu would; throws when it fails. */
export function setUp(emulator: Emulator): void {
  const outcome = runMenu(emulator, 'setupCalendar');
  if (!outcome.ok) throw new Error(`setupCalendar failed: ${outcome.error}`);
}

/** The Calendar header as the add-on wrote it. */
export function header(emulator: Emulator): string[] {
  return calendar(emulator, (sheet) => sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String));
}

/** 1-based column of a header name. */
export function columnOf(emulator: Emulator, name: string): number {
  const index = header(emulator).indexOf(name);
  if (index < 0) throw new Error(`no column ${name}`);
  return index + 1;
}

/** Values, formulas, backgrounds and number formats of a block: what "intact" means for a user's cells. */
export interface CellSnapshot {
  values: unknown[][];
  formulas: string[][];
  backgrounds: string[][];
  formats: string[][];
}

/** Snapshots rows 1..rows, columns 1..columns of a sheet. */
export function snapshot(emulator: Emulator, sheetName: string, rows: number, columns: number): CellSnapshot {
  return inspect(emulator, (ss) => {
    const range = ss.getSheetByName(sheetName)!.getRange(1, 1, rows, columns);
    return {
      values: range.getValues().map((row) => row.map((value) => (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]' ? `date:${(value as Date).getTime()}` : value))),
      formulas: range.getFormulas(),
      backgrounds: range.getBackgrounds(),
      formats: range.getNumberFormats(),
    };
  });
}

/** Keeps only the columns of a snapshot whose 1-based position is in `keep` (the user's cells). */
export function onlyColumns(shot: CellSnapshot, keep: readonly number[]): CellSnapshot {
  const pick = <T>(grid: T[][]): T[][] => grid.map((row) => keep.map((column) => row[column - 1]));
  return { values: pick(shot.values), formulas: pick(shot.formulas), backgrounds: pick(shot.backgrounds), formats: pick(shot.formats) };
}

/** A protection a mutant removes: in `file` (relative to the root), `search` becomes `replace`. */
export interface Mutation {
  name: string;
  file: string;
  search: string | RegExp;
  replace: string;
}

/**
 * Builds dist/Code.js's twin with one protection removed into `.build/reliability/<name>/` (with the
 * manifest and HTML files beside it, as the emulator reads them). Fails when the code no longer
 * contains what the mutation removes, so the proof cannot silently test nothing.
 */
export async function buildMutant(mutation: Mutation): Promise<string> {
  const dir = path.join(ROOT, '.build/reliability', mutation.name);
  mkdirSync(dir, { recursive: true });
  const target = path.join(ROOT, mutation.file);
  const plugin: Plugin = {
    name: `mutant-${mutation.name}`,
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.ts$/ }, (args) => {
        if (path.resolve(args.path) !== target) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const found = typeof mutation.search === 'string' ? source.includes(mutation.search) : mutation.search.test(source);
        if (!found) return { errors: [{ text: `mutant ${mutation.name}: ${mutation.file} no longer contains ${String(mutation.search)}` }] };
        return { contents: source.replace(mutation.search, mutation.replace), loader: 'ts' };
      });
    },
  };
  const outfile = path.join(dir, 'Code.js');
  // The real build's options (scripts/build.mjs serverBuildOptions: its plugins and stubs), the mutation first.
  const result = await build({ ...serverBuildOptions(ROOT, [plugin]), logLevel: 'silent' });
  writeFileSync(outfile, withStubs(result.outputFiles![0].text).code);
  copyFileSync(path.join(ROOT, 'appsscript.json'), path.join(dir, 'appsscript.json'));
  if (existsSync(DIST)) for (const file of readdirSync(DIST).filter((name) => name.endsWith('.html'))) copyFileSync(path.join(DIST, file), path.join(dir, file));
  return outfile;
}
