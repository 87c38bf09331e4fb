/**
 * The proofs can fail (issue #12: "would fail if the protection they prove were removed"): each
 * protection is removed in a build of its own (.build/reliability/<name>/Code.js, from the current
 * src/ with one edit, see support.ts buildMutant), and the same probes the other files run on
 * dist/Code.js must find the damage: writes without the lock and lost posts, formulas from user
 * text, half-written rows, a retry that saves a post twice.
 */
import type { Emulator } from '../../emulator';
import type { SaveResult } from '../../src/shared/rpc-types';
import { formulaInjection, interleavedSaves, lockDiscipline, NEW_POST, saveFailureSweep, seedCalendar } from './probes';
import { addon, buildMutant, setUp, type Mutation } from './support';

const MUTATIONS: Record<string, Mutation> = {
  noLock: {
    name: 'no-lock',
    file: 'src/services/document-lock.ts',
    search: "if (!lock.tryLock(LOCK_WAIT_MS)) return busy(t(locale, 'lock.busy'));",
    replace: 'void busy;',
  },
  noTextGuard: {
    name: 'no-text-guard',
    file: 'src/domain/cell-text.ts',
    search: "return needsTextGuard(text) ? `'${text}` : text;",
    replace: 'return text;',
  },
  splitWrite: {
    name: 'split-write',
    file: 'src/sheets/save-post.ts',
    search: 'sheet.getRange(firstRow, first, values.length, width).setValues(values);',
    replace:
      'const half = Math.ceil(width / 2); sheet.getRange(firstRow, first, values.length, half).setValues(values.map((r) => r.slice(0, half))); sheet.getRange(firstRow, first + half, values.length, width - half).setValues(values.map((r) => r.slice(half)));',
  },
  notesFailSave: {
    name: 'notes-fail-save',
    file: 'src/sheets/save-post.ts',
    search: /try \{\s*(sheet\.getRange\(firstRow, calendar\.map\.Checks, notes\.length, 1\)\.setNotes\(notes\);)\s*\} catch \{[^}]*\}/,
    replace: '$1',
  },
};

/** 1-based positions of the write calls of a clean new-post save on `emulator`'s current state (and the call after each). */
function writePositions(emulator: Emulator, input: unknown): number[] {
  const state = emulator.save();
  emulator.stats.reset();
  const result = emulator.run('savePost', input);
  if (!result.ok || !(result.value as SaveResult).ok) throw new Error(`clean save failed: ${JSON.stringify(result)}`);
  const positions = emulator.stats.log.flatMap((call, i) => (call.kind === 'write' ? [i + 1, i + 2] : []));
  emulator.load(state);
  return [...new Set(positions)];
}

test('without the document lock, saves write unlocked and overlapping saves lose posts', async () => {
  const emulator = addon({}, await buildMutant(MUTATIONS.noLock));
  setUp(emulator);
  expect(lockDiscipline(emulator, NEW_POST)).not.toEqual([]);
  const { problems } = interleavedSaves(emulator, 10);
  expect(problems.join('\n')).toMatch(/rows for 10 saves|appears 0 times/);
}, 60_000);

test('without textForCell, user text becomes formulas', async () => {
  const emulator = addon({ freshGlobalsPerExecution: false }, await buildMutant(MUTATIONS.noTextGuard));
  setUp(emulator);
  expect(formulaInjection(emulator).length).toBeGreaterThan(0);
}, 60_000);

test('with the row written in two calls, a failure between them leaves a half-written row', async () => {
  const emulator = addon({ freshGlobalsPerExecution: false }, await buildMutant(MUTATIONS.splitWrite));
  const seeded = seedCalendar(emulator);
  emulator.load(seeded.state);
  const report = saveFailureSweep(emulator, seeded, 'new', writePositions(emulator, NEW_POST));
  expect(report.problems.join('\n')).toMatch(/half-written row/);
}, 60_000);

test('when a failed Checks note fails the save, the person’s retry saves the post twice', async () => {
  const emulator = addon({ freshGlobalsPerExecution: false }, await buildMutant(MUTATIONS.notesFailSave));
  const seeded = seedCalendar(emulator);
  emulator.load(seeded.state);
  const report = saveFailureSweep(emulator, seeded, 'new', writePositions(emulator, NEW_POST));
  expect(report.problems.join('\n')).toMatch(/2 copies of the post|rows appended though the save failed/);
}, 60_000);
