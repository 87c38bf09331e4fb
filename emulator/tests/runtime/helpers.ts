/** Shared helpers for the runtime tests: temp bundles and an emulator over the real spreadsheet model with a `Posts` sheet. */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, type CreateEmulatorOptions, type Emulator } from '../../index';

/** Writes Code.js (and optional extra files such as appsscript.json or Sidebar.html) to a temp dir; returns Code.js's path. */
export function writeBundle(code: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'gas-bundle-'));
  writeFileSync(join(dir, 'Code.js'), code);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return join(dir, 'Code.js');
}

/** An emulator (real spreadsheet model, plus a `Posts` sheet) with the bundle loaded and stats reset. */
export function emulatorWith(
  code: string,
  options: CreateEmulatorOptions = {},
  files: Record<string, string> = {},
): Emulator {
  const emulator = createEmulator(options);
  emulator.context.quietly(
    () =>
      emulator.globals.SpreadsheetApp &&
      (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
        .getActiveSpreadsheet()
        .insertSheet('Posts'),
  );
  emulator.loadBundle(writeBundle(code, files));
  emulator.stats.reset();
  return emulator;
}
