/** The client stand-in for google.script.run / google.script.host (U-15..U-18, U-21, U-22), run in a bare realm with the emulator as transport. */

import * as vm from 'node:vm';
import { googleScriptRunSource } from '../../client/google-script-run';
import { emulatorTransport } from '../../client/transport';
import { emulatorWith } from './helpers';

const BUNDLE = `
function add(a, b) { return a + b; }
function boom() { throw new Error('Pick a platform, then save again.'); }
function slow(x) { return x; }
function secret_() { return 1; }
`;

interface Page {
  run: (code: string) => unknown;
  errors: unknown[];
  flush: () => Promise<void>;
  calls: string[];
}

function page(functionNames?: string[]): Page {
  const emulator = emulatorWith(BUNDLE);
  const transport = emulatorTransport(emulator);
  const calls: string[] = [];
  const errors: unknown[] = [];
  const sandbox = vm.createContext({
    console: { error: (e: unknown) => errors.push(e) },
    __gasRun: (name: string, argsJson: string) => {
      calls.push(`${name}(${argsJson})`);
      return transport(name, argsJson);
    },
  });
  vm.runInContext(googleScriptRunSource({ transport: '__gasRun', functionNames }), sandbox);
  return {
    run: (code) => vm.runInContext(code, sandbox),
    errors,
    calls,
    flush: async () => {
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('google.script.run stand-in', () => {
  test('U-15/U-16: asynchronous success handler with the user object; chaining returns runners', async () => {
    const p = page();
    p.run(`var got = []; var r = google.script.run.withUserObject('u1').withSuccessHandler(function (v, u) { got.push([v, u]); });
      var ret = r.add(2, 3); var syncGot = got.length;`);
    expect(p.run('[ret, syncGot]')).toEqual([undefined, 0]);
    await p.flush();
    expect(p.run('JSON.stringify(got)')).toBe('[[5,"u1"]]');
    expect(p.calls).toEqual(['add([2,3])']);
  });

  test('U-16: failure handler receives an Error with the server message; without one, console.error', async () => {
    const p = page();
    p.run(`var failures = []; google.script.run.withFailureHandler(function (e, u) { failures.push([e instanceof Error, e.message, u]); }).withUserObject(7).boom();
      google.script.run.boom();`);
    await p.flush();
    expect(p.run('JSON.stringify(failures)')).toBe('[[true,"Pick a platform, then save again.",7]]');
    expect(p.errors).toHaveLength(1);
    expect((p.errors[0] as Error).message).toBe('Pick a platform, then save again.');
  });

  test('U-17/U-18: a Date argument fails on the client; the server is never called', async () => {
    const p = page();
    p.run(`var f = []; google.script.run.withFailureHandler(function (e) { f.push(e.name + ': ' + e.message); }).add({ when: new Date() }, 1);
      google.script.run.withFailureHandler(function (e) { f.push(e.message); }).add([1, function () {}], 1);`);
    await p.flush();
    expect(p.run('f')).toEqual([
      'TypeError: Failed due to illegal value in property: when',
      'Failed due to illegal value in property: 1',
    ]);
    expect(p.calls).toEqual([]);
  });

  test('U-17: undefined array entries become null on the way', async () => {
    const p = page();
    p.run(
      `var v; google.script.run.withSuccessHandler(function (x) { v = x; }).slow([1, undefined, { a: undefined, b: 2 }]);`,
    );
    await p.flush();
    expect(p.run('JSON.stringify(v)')).toBe('[1,null,{"b":2}]');
  });

  test('U-22: names ending in _ are not methods; with a name list, only those exist', () => {
    expect(page().run('typeof google.script.run.secret_')).toBe('undefined');
    const listed = page(['add', 'secret_']);
    expect(
      listed.run('[typeof google.script.run.add, typeof google.script.run.boom, typeof google.script.run.secret_]'),
    ).toEqual(['function', 'undefined', 'undefined']);
  });

  test('U-21: at most 10 calls in flight', async () => {
    const p = page();
    let inFlight = 0;
    let peak = 0;
    p.run('0');
    const sandboxRun = p.run;
    // Replace the transport with a slow one that tracks concurrency.
    sandboxRun(`__gasRun = function () { return __track(); };`);
    const sandbox = sandboxRun('globalThis') as Record<string, unknown>;
    sandbox.__track = () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      return new Promise((resolve) =>
        setTimeout(() => {
          inFlight--;
          resolve('{"ok":true,"value":1}');
        }, 5),
      );
    };
    sandboxRun(
      `var n = 0; for (var i = 0; i < 25; i++) google.script.run.withSuccessHandler(function () { n++; }).slow(i);`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sandboxRun('n')).toBe(25);
    expect(peak).toBe(10);
  });

  test('google.script.host: close(), origin, editor.focus(), setHeight/setWidth', () => {
    const p = page();
    expect(
      p.run(
        '[google.script.host.origin, typeof google.script.host.close, typeof google.script.host.editor.focus, google.script.host.setHeight(10)]',
      ),
    ).toEqual(['https://docs.google.com', 'function', 'function', undefined]);
  });
});
