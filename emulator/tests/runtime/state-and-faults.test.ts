/** save()/load() of the whole state, and fault injection with failAtCall. */

import { createEmulator } from '../../index';
import { emulatorWith, writeBundle } from './helpers';

const BUNDLE = `
function remember(v) {
  PropertiesService.getDocumentProperties().setProperty('v', v);
  CacheService.getScriptCache().put('c', v, 3600);
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Posts').getRange('A1').setValue(v);
  ScriptApp.newTrigger('noop').timeBased().everyHours(6).create();
  CalendarApp.getDefaultCalendar().createEvent(v, new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 1, 1)));
}
function recall() {
  return [PropertiesService.getDocumentProperties().getProperty('v'), CacheService.getScriptCache().get('c'),
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Posts').getRange('A1').getValue(), ScriptApp.getProjectTriggers().length,
    CalendarApp.getDefaultCalendar().getEvents(new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 2))).length];
}
function noop() {}
function writeThree() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Posts');
  sheet.getRange('A1').setValue(1);
  sheet.getRange('A2').setValue(2);
  sheet.getRange('A3').setValue(3);
}
`;

describe('save / load', () => {
  test('the whole state round-trips through JSON into a new emulator', () => {
    const first = emulatorWith(BUNDLE);
    expect(first.run('remember', 'hello')).toEqual({ ok: true, value: null });
    const json = first.save();
    expect(() => JSON.parse(json)).not.toThrow();
    const second = createEmulator();
    second.loadBundle(writeBundle(BUNDLE));
    second.load(json);
    expect(second.run('recall')).toEqual({ ok: true, value: ['hello', 'hello', 'hello', 1, 1] });
  });
});

describe('failAtCall', () => {
  test('the n-th service call from now throws the quota-like Spreadsheets error; the rest run', () => {
    const emulator = emulatorWith(BUNDLE);
    const id = emulator.context.quietly(() =>
      (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getId(),
    );
    emulator.failAtCall(1, undefined, (call) => call.method === 'setValue');
    const result = emulator.run('writeThree');
    expect(result).toEqual({ ok: false, error: `Service Spreadsheets failed while accessing document with id ${id}.` });
    expect(emulator.run('writeThree')).toEqual({ ok: true, value: null });
  });

  test('a custom message, counted over every service call', () => {
    const emulator = emulatorWith(BUNDLE);
    emulator.failAtCall(3, 'Service invoked too many times for one day: spreadsheets.');
    expect(emulator.run('writeThree')).toEqual({
      ok: false,
      error: 'Service invoked too many times for one day: spreadsheets.',
    });
  });

  test('the script sees an Apps Script Exception it can catch', () => {
    const emulator = emulatorWith(
      `function f() { try { SpreadsheetApp.getActiveSpreadsheet(); } catch (e) { return [e.name, e instanceof Error, String(e)]; } }`,
    );
    emulator.failAtCall(1, 'Boom.');
    expect(emulator.run('f')).toEqual({ ok: true, value: ['Exception', true, 'Exception: Boom.'] });
  });
});
