/** LockService (L-01..L-05): ownership per execution, timeouts on the virtual clock, contention between simulated executions. */

import { emulatorWith } from './helpers';
import { LOCK_TIMEOUT_MESSAGE } from '../../index';

const BUNDLE = `
function tryTwice() { var l = LockService.getScriptLock(); return [l.hasLock(), l.tryLock(0), l.tryLock(0), l.hasLock()]; }
function negative() { var l = LockService.getScriptLock(); return [l.tryLock(-100), l.hasLock()]; }
function waitNegative() { LockService.getScriptLock().waitLock(-100); }
function release() { var l = LockService.getDocumentLock(); l.waitLock(0); l.releaseLock(); l.releaseLock(); return l.hasLock(); }
function hold() { LockService.getDocumentLock().waitLock(1000); return 'held'; }
function save() {
  var lock = LockService.getDocumentLock();
  lock.waitLock(30000);
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Posts').getRange('A1').setValue('saved');
  lock.releaseLock();
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Posts').getRange('A2').setValue('after');
}
function tryDoc(ms) { return LockService.getDocumentLock().tryLock(ms); }
function userLock() { return LockService.getUserLock().tryLock(0); }
`;

describe('LockService', () => {
  test('L-02: tryLock(0) on a free lock succeeds; a second tryLock while held is true', () => {
    expect(emulatorWith(BUNDLE).run('tryTwice')).toEqual({ ok: true, value: [false, true, true, true] });
  });

  test('L-02/L-03: negative timeouts fail (tryLock false, waitLock throws the timeout text)', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('negative')).toEqual({ ok: true, value: [false, false] });
    expect(emulator.run('waitNegative')).toEqual({
      ok: false,
      error: 'Lock timeout: another process was holding the lock for too long.',
    });
    expect(LOCK_TIMEOUT_MESSAGE).toBe('Lock timeout: another process was holding the lock for too long.');
  });

  test('L-04: releaseLock twice is harmless; locks are released when the execution ends', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('release')).toEqual({ ok: true, value: false });
    expect(emulator.run('hold')).toEqual({ ok: true, value: 'held' });
    expect(emulator.context.documentLockOwner).toBeNull();
    expect(emulator.run('tryDoc', 0)).toEqual({ ok: true, value: true });
  });

  test('L-03/L-05: another process holding the document lock too long makes waitLock time out (virtual clock)', () => {
    const emulator = emulatorWith(BUNDLE, { now: () => new Date(Date.UTC(2024, 0, 1)) });
    emulator.holdLock('document', 60000);
    const before = emulator.clock.now().getTime();
    expect(emulator.run('save')).toEqual({ ok: false, error: LOCK_TIMEOUT_MESSAGE });
    expect(emulator.clock.now().getTime() - before).toBe(30000);
    // It lets go after 60 s in all: a later attempt that waits long enough gets it.
    expect(emulator.run('tryDoc', 40000)).toEqual({ ok: true, value: true });
  });

  test('L-05: a concurrent execution (nested at a service call) cannot take a lock the first one holds', () => {
    const emulator = emulatorWith(BUNDLE);
    let inner: unknown;
    emulator.context.beforeCall.push((call) => {
      if (call.className === 'Range' && call.method === 'setValue' && inner === undefined) {
        inner = emulator.runAs('bob@example.com', (fns) => [fns.tryDoc(1000), fns.userLock()]);
      }
    });
    expect(emulator.run('save')).toEqual({ ok: true, value: null });
    expect(inner).toEqual([false, true]);
  });

  test('stats record whether each call ran under the document lock', () => {
    const emulator = emulatorWith(BUNDLE);
    emulator.run('save');
    const writes = emulator.stats.log.filter((c) => c.method === 'setValue');
    expect(writes.map((c) => c.heldDocumentLock)).toEqual([true, false]);
  });
});
