/** The setup check's spreadsheet probes, all on a temporary sheet that is removed even when a probe fails (W-07, V-06, protections). */

import { cellToText } from '../domain/cell-text';
import type { ProbeResult } from '../domain/setup-check/setup-report';
import { PROTECTION_PREFIX } from './protections';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Probe = Omit<ProbeResult, 'id'>;

/**
 * Runs `fn` on a new sheet named `name` plus a unique suffix, then deletes that sheet (in `finally`)
 * and makes the sheet that was active before active again. The team's sheets are never written.
 * @param spreadsheet The active spreadsheet.
 * @param name The temporary sheet's name (a catalogue word).
 * @param fn The probes to run on it.
 */
export function withTemporarySheet<T>(spreadsheet: Spreadsheet, name: string, fn: (sheet: Sheet) => T): T {
  const previous = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(`${name} ${Date.now().toString(36)}`);
  try {
    return fn(sheet);
  } finally {
    spreadsheet.deleteSheet(sheet);
    if (previous) previous.activate();
  }
}

/** The texts W-07 writes with a leading apostrophe: a number, a formula, a boolean. */
const GUARDED = ['00123', '=1+2', 'TRUE'];

/**
 * W-07: text written with a leading apostrophe reads back as that text (value and display), with no
 * formula. One write and three reads of one row.
 * @param sheet The temporary sheet.
 */
export function probeTextApostrophe(sheet: Sheet): Probe {
  const range = sheet.getRange(1, 1, 1, GUARDED.length);
  range.setValues([GUARDED.map((text) => `'${text}`)]);
  const values = range.getValues()[0];
  const shown = range.getDisplayValues()[0];
  const formulas = range.getFormulas()[0];
  const cases = GUARDED.map((text, i) => ({ written: `'${text}`, value: values[i], display: shown[i], formula: formulas[i] }));
  const wrong = cases.filter((c, i) => c.value !== GUARDED[i] || c.display !== GUARDED[i] || c.formula !== '');
  return {
    status: wrong.length === 0 ? 'pass' : 'fail',
    facts: { cases },
    params: { list: wrong.map((c) => `${c.written} → ${JSON.stringify(c.value)}`).join(', ') },
  };
}

/** What V-06 types: a summer and a winter time in Europe's DST months, and a date alone. */
const TYPED = ['2026-03-29 09:30', '2026-10-25 09:30', '2026-11-20'];

/**
 * V-06: dates and times typed into cells come back as Dates whose wall-clock time in the spreadsheet's
 * zone is what was typed, and the add-on's own reading (cellToText) agrees with Utilities.formatDate.
 * @param sheet The temporary sheet.
 * @param timeZone The spreadsheet's zone.
 */
export function probeDateWallTime(sheet: Sheet, timeZone: string): Probe {
  const range = sheet.getRange(2, 1, 1, TYPED.length);
  range.setValues([TYPED]);
  const values = range.getValues()[0];
  const cases = TYPED.map((typed, i) => {
    const value = values[i];
    const isDate = Object.prototype.toString.call(value) === '[object Date]';
    return {
      typed,
      isDate,
      utilities: isDate ? Utilities.formatDate(value as Date, timeZone, typed.length > 10 ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd') : String(value),
      addOn: isDate
        ? cellToText(value, typed.length > 10 ? 'text' : 'date', timeZone)
        : String(value),
    };
  });
  const wrong = cases.filter((c) => !c.isDate || c.utilities !== c.typed || c.addOn !== c.typed);
  return {
    status: wrong.length === 0 ? 'pass' : 'fail',
    facts: { cases },
    params: { zone: timeZone, list: wrong.map((c) => `${c.typed} → ${c.addOn}`).join(', ') },
  };
}

/**
 * Whether this person can make and change a protection (on the temporary sheet: describe it, make it
 * warning-only, open a cell, remove it), and how many of the add-on's protections here they can edit.
 * @param spreadsheet The active spreadsheet.
 * @param sheet The temporary sheet.
 */
export function probeProtections(spreadsheet: Spreadsheet, sheet: Sheet): Probe {
  const ours = [
    ...spreadsheet.getProtections(SpreadsheetApp.ProtectionType.SHEET),
    ...spreadsheet.getProtections(SpreadsheetApp.ProtectionType.RANGE),
  ].filter((protection) => protection.getDescription().startsWith(PROTECTION_PREFIX));
  const editable = ours.filter((protection) => protection.canEdit()).length;
  const ownProtection = { created: false, changed: false, removed: false };
  let message = '';
  try {
    const protection = sheet.protect();
    ownProtection.created = true;
    protection.setDescription(`${PROTECTION_PREFIX}setup check`).setWarningOnly(true).setUnprotectedRanges([sheet.getRange(1, 1)]);
    ownProtection.changed = protection.isWarningOnly() && protection.getUnprotectedRanges().length === 1;
    protection.remove();
    ownProtection.removed = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0;
  } catch (error) {
    message = String((error as Error)?.message ?? error);
  }
  const ok = ownProtection.created && ownProtection.changed && ownProtection.removed;
  return {
    status: ok ? 'pass' : 'fail',
    facts: { ownProtection, addOnProtections: ours.length, addOnEditable: editable },
    params: { total: ours.length, editable, message },
  };
}
