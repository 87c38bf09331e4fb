/** Runtime.prewarm(): a host may evaluate the bundle ahead of the next execution; each realm still serves one execution only. */

import { emulatorWith } from './helpers';

const BUNDLE = `
var evaluations = (globalThis.__count = (globalThis.__count || 0) + 1);
var seen = [];
function remember(x) { seen.push(x); return seen.slice(); }
function count() { return evaluations; }
`;

describe('prewarm', () => {
  test('the next execution uses the realm evaluated ahead, and no state leaks from one execution to the next', () => {
    const emulator = emulatorWith(BUNDLE);
    emulator.runtime.prewarm();
    const warm = (emulator.runtime as unknown as { warm: unknown }).warm;
    expect(warm).not.toBeNull();
    expect(emulator.run('remember', 'a')).toEqual({ ok: true, value: ['a'] });
    expect((emulator.runtime as unknown as { warm: unknown }).warm).toBeNull();
    emulator.runtime.prewarm();
    expect(emulator.run('remember', 'b')).toEqual({ ok: true, value: ['b'] });
    expect(emulator.run('count')).toEqual({ ok: true, value: 1 });
  });

  test('prewarm does nothing while an execution runs or when realms are shared', () => {
    const shared = emulatorWith(BUNDLE, { freshGlobalsPerExecution: false });
    shared.runtime.prewarm();
    expect((shared.runtime as unknown as { warm: unknown }).warm).toBeNull();
    const emulator = emulatorWith(BUNDLE);
    emulator.runAs('owner@example.com', () => emulator.runtime.prewarm());
    expect((emulator.runtime as unknown as { warm: unknown }).warm).toBeNull();
  });
});
