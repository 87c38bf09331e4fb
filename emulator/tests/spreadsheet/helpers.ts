/** Shared setup for the SpreadsheetApp emulator tests: a fresh context and service per test. */

import { EmulatorContext, EmulatorOptions } from '../../core/context';
import { createSpreadsheetService } from '../../spreadsheet';

/** A fresh emulator context and SpreadsheetApp service. */
export function setup(options: EmulatorOptions = {}) {
  const context = new EmulatorContext({ now: () => new Date('2024-06-15T10:00:00Z'), ...options });
  const ui = { isUi: true };
  const service = createSpreadsheetService(context, () => ui);
  const app = service.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  return { context, service, app, ss, sheet, ui };
}

/** The message of the error `fn` throws (fails the test if nothing is thrown). */
export function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an exception');
}
