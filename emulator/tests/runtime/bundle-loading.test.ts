/** loadBundle: a fresh realm with only ECMAScript built-ins plus the Apps Script globals (engineering §4.4). */

import { writeBundle, emulatorWith } from './helpers';
import { createEmulator } from '../../index';

/** The error `fn` throws (errors from another realm fail `instanceof`, so tests compare names). */
function thrown(fn: () => unknown): { name: string; message: string } {
  try {
    fn();
  } catch (error) {
    return error as { name: string; message: string };
  }
  throw new Error('did not throw');
}

const BUNDLE = `
function declared() { return 'declared'; }
const arrow = () => 'arrow';
var viaVar = function () { return 'var'; };
Object.assign(globalThis, { assigned: function () { return 'assigned'; } });
var counter = 0;
function bump() { counter += 1; return counter; }
function globalsSeen() {
  return ['URL', 'TextEncoder', 'setTimeout', 'process', 'require', 'Buffer', 'structuredClone', 'WebAssembly', 'fetch', 'atob', 'module', 'global']
    .filter(function (name) { return typeof globalThis[name] !== 'undefined'; });
}
function appsScriptGlobals() {
  return [typeof SpreadsheetApp, typeof HtmlService, typeof LockService, typeof PropertiesService, typeof CacheService,
    typeof Utilities, typeof Session, typeof ScriptApp, typeof Logger, typeof console, typeof DriveApp, typeof CalendarApp];
}
function usesUrl() { return new URL('https://example.com').host; }
function usesTimer() { setTimeout(function () {}, 1); }
function isRealmDate(d) { return d instanceof Date; }
`;

describe('loadBundle', () => {
  test('returns top-level functions: declarations, const/var bindings and Object.assign(globalThis)', () => {
    const emulator = createEmulator();
    const fns = emulator.loadBundle(writeBundle(BUNDLE));
    expect(fns.declared()).toBe('declared');
    expect(fns.arrow()).toBe('arrow');
    expect(fns.viaVar()).toBe('var');
    expect(fns.assigned()).toBe('assigned');
    expect(Object.keys(fns)).not.toContain('Object');
  });

  test('V8 limits: only ECMAScript built-ins plus the Apps Script globals', () => {
    const emulator = emulatorWith(BUNDLE);
    const fns = emulator.runtime.instance!.functions;
    expect(fns.globalsSeen()).toEqual([]);
    expect(fns.appsScriptGlobals()).toEqual(Array(12).fill('object'));
  });

  test('a bundle touching URL or setTimeout throws ReferenceError', () => {
    const emulator = emulatorWith(BUNDLE);
    const fns = emulator.runtime.instance!.functions;
    expect(thrown(() => fns.usesUrl()).name).toBe('ReferenceError');
    expect(() => fns.usesTimer()).toThrow(/setTimeout is not defined/);
    const result = emulator.run('usesUrl');
    expect(result).toEqual({ ok: false, error: 'URL is not defined' });
  });

  test('context.realm is the bundle realm: Dates handed over pass instanceof there', () => {
    const emulator = emulatorWith(BUNDLE);
    const realm = emulator.context.realm;
    expect(realm.Date).not.toBe(Date);
    const fns = emulator.runtime.instance!.functions;
    expect(fns.isRealmDate(emulator.context.toRealm(new Date()))).toBe(true);
    expect(fns.isRealmDate(new Date())).toBe(false);
  });

  test('every execution evaluates the global scope anew (engineering §4.4)', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('bump')).toEqual({ ok: true, value: 1 });
    expect(emulator.run('bump')).toEqual({ ok: true, value: 1 });
    const shared = emulatorWith(BUNDLE, { freshGlobalsPerExecution: false });
    shared.run('bump');
    expect(shared.run('bump')).toEqual({ ok: true, value: 2 });
  });

  test("the realm's Date follows the emulator clock (new Date(), Date.now(), Date()) and stays a real Date", () => {
    const fixed = Date.UTC(2024, 4, 1, 9, 30);
    const emulator = emulatorWith(
      'function clock() { var d = new Date(); return [d.getTime(), Date.now(), typeof Date(), d instanceof Date, Object.prototype.toString.call(d), new Date(0).getTime(), d.constructor === Date]; }',
      { now: () => new Date(fixed) },
    );
    expect(emulator.run('clock')).toEqual({
      ok: true,
      value: [fixed, fixed, 'string', true, '[object Date]', 0, true],
    });
  });

  test('each execution gets a new context.executionId', () => {
    const emulator = emulatorWith('function id() { return 1; }');
    const seen: number[] = [];
    emulator.runAs('a@example.com', () => seen.push(emulator.context.executionId));
    emulator.runAs('b@example.com', () => seen.push(emulator.context.executionId));
    expect(seen[0]).not.toBe(seen[1]);
    expect(emulator.context.executionId).toBe(0);
  });

  test('a syntax error in the bundle surfaces from loadBundle', () => {
    const emulator = createEmulator();
    expect(thrown(() => emulator.loadBundle(writeBundle('function ( {'))).name).toBe('SyntaxError');
  });
});
