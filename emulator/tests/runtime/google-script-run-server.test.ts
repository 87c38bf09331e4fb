/** run(): server calls with google.script.run's rules (U-16, U-17, U-19, U-20, U-22). */

import { emulatorWith } from './helpers';

const BUNDLE = `
function echo(x) { return x; }
function kinds(a) { return [typeof a.n, Array.isArray(a.list), a.list[1], 'u' in a, a.when instanceof Date]; }
function now() { return { at: new Date() }; }
function fail() { throw new Error('The post needs a date. Add one and save again.'); }
function failService() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('x').getRange('A1').getValue().foo.bar; }
function nothing() {}
function secret_() { return 'secret'; }
function mutate(o) { o.changed = true; return o; }
async function later(x) { return x + 1; }
function realmArray(a) { return a instanceof Array; }
`;

describe('run (google.script.run rules)', () => {
  test('U-17: JSON values cross; undefined array entries become null; arguments arrive as copies in the bundle realm', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('echo', { a: 1, b: [true, null, 'x'], c: undefined })).toEqual({
      ok: true,
      value: { a: 1, b: [true, null, 'x'] },
    });
    expect(emulator.run('echo', [1, undefined, 3])).toEqual({ ok: true, value: [1, null, 3] });
    expect(emulator.run('kinds', { n: 1, list: [1, undefined], u: undefined })).toEqual({
      ok: true,
      value: ['number', true, null, false, false],
    });
    expect(emulator.run('realmArray', [1])).toEqual({ ok: true, value: true });
    const input = { x: 1 };
    emulator.run('mutate', input);
    expect(input).toEqual({ x: 1 });
  });

  test('U-17/U-18: a Date (or Function) anywhere in the arguments fails the call and the server is not invoked', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('echo', new Date())).toEqual({
      ok: false,
      error: 'Failed due to illegal value in property: 0',
    });
    expect(emulator.run('echo', { post: { when: new Date() } })).toEqual({
      ok: false,
      error: 'Failed due to illegal value in property: when',
    });
    expect(emulator.run('echo', 'ok', [() => 1])).toEqual({
      ok: false,
      error: 'Failed due to illegal value in property: 0',
    });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(emulator.run('echo', circular)).toEqual({ ok: false, error: 'Failed due to circular reference.' });
    expect(emulator.executions).toHaveLength(0);
  });

  test('U-19 (CONFLICT, chosen: fail): a Date in the return value fails the call', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('now')).toEqual({ ok: false, error: 'Failed due to illegal value in property: at' });
  });

  test('U-20: undefined return arrives as null', () => {
    expect(emulatorWith(BUNDLE).run('nothing')).toEqual({ ok: true, value: null });
  });

  test('U-16: a thrown error surfaces as a failure with its message', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('fail')).toEqual({ ok: false, error: 'The post needs a date. Add one and save again.' });
    expect(emulator.run('failService')).toMatchObject({ ok: false });
    expect(emulator.executions.map((e) => e.ok)).toEqual([false, false]);
  });

  test('U-22: names ending in _ are private; unknown names are not functions', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('secret_')).toEqual({ ok: false, error: 'google.script.run.secret_ is not a function' });
    expect(emulator.run('missing')).toEqual({ ok: false, error: 'google.script.run.missing is not a function' });
  });

  test('runAsync awaits async server functions; run() refuses them', async () => {
    const emulator = emulatorWith(BUNDLE);
    await expect(emulator.runAsync('later', 1)).resolves.toEqual({ ok: true, value: 2 });
    expect(emulator.run('later', 1)).toMatchObject({ ok: false, error: expect.stringMatching(/returned a Promise/) });
  });

  test('runs in AuthMode.FULL as the given user', () => {
    const emulator = emulatorWith('function who() { return Session.getActiveUser().getEmail(); }');
    expect(emulator.run('who')).toEqual({ ok: true, value: 'owner@example.com' });
    expect(emulator.runAsUser('bob@example.com', 'who')).toEqual({ ok: true, value: 'bob@example.com' });
    expect(emulator.executions.map((e) => [e.kind, e.authMode, e.user])).toEqual([
      ['rpc', 'FULL', 'owner@example.com'],
      ['rpc', 'FULL', 'bob@example.com'],
    ]);
  });
});
