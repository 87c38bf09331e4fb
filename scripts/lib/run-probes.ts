/** Runs the setup check (Help › Check this spreadsheet's setup) of the built bundle on the emulator and returns its report. */

import path from 'node:path';
import type { Emulator } from '../../emulator';
import { createAddonEmulator } from './addon-emulator';
import type { SetupReport } from '../../src/domain/setup-check/setup-report';

/** How the emulator is set up for the probes. */
export interface ProbeRunOptions {
  /** The built Code.js (default dist/Code.js under `root`). */
  codePath: string;
  /** Remove the Intl features Google does not promise (the emulator's conservative runtime). */
  conservativeRuntime?: boolean;
  timeZone?: string;
  scriptTimeZone?: string;
  now?: Date;
}

/** The JSON block of the setup dialog's HTML (`<script type="application/json" id="setup-report">`). */
export function reportFromDialog(html: string): SetupReport {
  const match = /<script type="application\/json" id="setup-report">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('The setup dialog has no JSON report block.');
  return JSON.parse(match[1]) as SetupReport;
}

/**
 * Opens a fresh spreadsheet in the emulator, sets the calendar up, clicks Help › Check this
 * spreadsheet's setup and reads the report from the dialog, marked `platform: emulator` (with its
 * runtime mode). Throws when the menu command fails or leaves a sheet behind.
 */
export function runProbesOnEmulator(options: ProbeRunOptions): SetupReport {
  const now = options.now ?? new Date('2026-11-26T10:00:00Z');
  const emulator = createAddonEmulator({
    timeZone: options.timeZone ?? 'Europe/Warsaw',
    scriptTimeZone: options.scriptTimeZone,
    locale: 'en_US',
    conservativeRuntime: options.conservativeRuntime ?? false,
    now: () => now,
  });
  emulator.loadBundle(path.resolve(options.codePath));
  const opened = emulator.open();
  if (!opened.ok) throw new Error(`onOpen failed: ${opened.error}`);
  const run = (caption: string) => {
    const outcome = emulator.clickMenu(caption);
    if (!outcome.ran || !outcome.ok) throw new Error(`menu "${caption}" failed: ${outcome.error ?? 'not found'}`);
  };
  run('Set up calendar');
  const sheetsBefore = sheetNames(emulator);
  run('Help > Check this spreadsheet’s setup');
  const after = sheetNames(emulator);
  if (after.join('|') !== sheetsBefore.join('|')) throw new Error(`The setup check left sheets behind: ${after.join(', ')}`);
  const dialog = emulator.ui.dialogs[emulator.ui.dialogs.length - 1] as { html: string } | undefined;
  if (!dialog) throw new Error('The setup check showed no dialog.');
  const report = reportFromDialog(dialog.html);
  return { ...report, platform: options.conservativeRuntime ? 'emulator (conservative runtime)' : 'emulator' };
}

function sheetNames(emulator: Emulator): string[] {
  return emulator.context.quietly(() =>
    (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSpreadsheet()
      .getSheets()
      .map((sheet) => sheet.getName()),
  );
}
