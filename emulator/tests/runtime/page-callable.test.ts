/** Which functions a page reaches through google.script.run: only the script's own top-level functions not ending in `_` (issue #15 item 1, issue #16). */

import { emulatorWith } from './helpers';

const BUNDLE = `
function echo(x) { return x; }
function secret_() { return 'secret'; }
var aliasOfObject = Object;
var notAFunction = 42;
var api = { inner: function () { return 'inner'; } };
globalThis.assigned = function () { return 'assigned'; };
function protoOf(x) { return [Object.getPrototypeOf(x) === Object.prototype, Object.keys(x), ({}).polluted === undefined]; }
`;

/** Names a hostile page tries; none may run anything. */
const HOSTILE_NAMES = [
  'eval',
  'Function',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'Object',
  'globalThis',
  'SpreadsheetApp',
  'Utilities',
  'aliasOfObject',
  'notAFunction',
  'api',
  'api.inner',
  'echo.constructor',
  'echo.call',
  'constructor.constructor',
  'SpreadsheetApp.constructor.constructor',
  'secret_',
  'echo ',
  '',
];

describe('page-callable functions (google.script.run reaches only the script’s own public functions)', () => {
  test(`${HOSTILE_NAMES.length} hostile names (built-ins, constructor chains, __proto__, names ending in _, non-functions) are not functions`, () => {
    const emulator = emulatorWith(BUNDLE);
    for (const name of HOSTILE_NAMES) {
      const result = emulator.run(name, '1+1');
      expect({ name, result }).toEqual({
        name,
        result: { ok: false, error: expect.stringMatching(/is not a function$/) },
      });
    }
    for (const name of HOSTILE_NAMES) {
      expect(emulator.runAsUser('bob@example.com', name, 'return process')).toMatchObject({ ok: false });
    }
  });

  test('runAsync refuses the same names', async () => {
    const emulator = emulatorWith(BUNDLE);
    for (const name of ['eval', 'Function', 'constructor', 'secret_', 'api.inner'])
      await expect(emulator.runAsync(name, '1+1')).resolves.toMatchObject({ ok: false });
  });

  test('the public surface is the declared and globalThis-assigned functions, nothing else', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.pageCallableNames()).toEqual(['assigned', 'echo', 'protoOf']);
    expect(emulator.run('echo', 'hi')).toEqual({ ok: true, value: 'hi' });
    expect(emulator.run('assigned')).toEqual({ ok: true, value: 'assigned' });
  });

  test('a "__proto__" key from the page stays a plain data key: no prototype change, no pollution', () => {
    const emulator = emulatorWith(BUNDLE);
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    expect(emulator.run('protoOf', hostile)).toEqual({ ok: true, value: [true, ['__proto__', 'a'], true] });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('menu and trigger callbacks (resolveFunction)', () => {
  test('reach the script’s own functions, dotted names on its own objects, and never a built-in or a service', () => {
    const emulator = emulatorWith(BUNDLE);
    const resolve = (name: string) =>
      emulator.runAs('owner@example.com', () => typeof emulator.runtime.resolveFunction(name));
    expect(['echo', 'assigned', 'api.inner'].map(resolve)).toEqual(['function', 'function', 'function']);
    expect(
      ['eval', 'Function', 'Object.assign', 'SpreadsheetApp.getActiveSpreadsheet', 'constructor'].map(resolve),
    ).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });
});
