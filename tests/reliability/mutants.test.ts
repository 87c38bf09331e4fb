/**
 * The proofs can fail (issue #12: "would fail if the protection they prove were removed"): each
 * protection is removed in a build of its own (.build/reliability/<name>/Code.js, from the current
 * src/ with one edit to a node of a named function, see scripts/lib/mutation.ts), and the same probes the other files run on
 * dist/Code.js must find the damage: writes without the lock and lost posts, formulas from user
 * text, half-written rows, a retry that saves a post twice.
 */
import type { Emulator } from '../../emulator';
import type { SaveResult } from '../../src/shared/rpc-types';
import { formulaInjection, interleavedSaves, lockDiscipline, NEW_POST, saveFailureSweep, seedCalendar } from './probes';
import { blockWriteParts, isBlockWrite } from '../../scripts/lib/mutant-build';
import { callsNamed } from '../../scripts/lib/mutation';
import { addon, buildMutant, setUp, type Mutation } from './support';

const MUTATIONS: Record<string, Mutation> = {
  noLock: {
    name: 'no-lock',
    inFunction: 'withDocumentLock',
    target: 'an `if` on lock.tryLock(...)',
    find: (node) => node.type === 'IfStatement' && callsNamed(node.test, 'tryLock'),
    replace: () => 'void 0;',
  },
  noTextGuard: {
    name: 'no-text-guard',
    inFunction: 'textForCell',
    target: 'a `needsTextGuard(text) ? … : text` choice',
    find: (node) => node.type === 'ConditionalExpression' && callsNamed(node.test, 'needsTextGuard'),
    replace: (node, text) => text(node.alternate),
  },
  splitWrite: {
    name: 'split-write',
    inFunction: 'writeAround',
    target: 'a batched getRange(row, column, rows, columns).setValues(values) write',
    find: isBlockWrite,
    replace: (node, text) => {
      const { sheet, row, column, rows, columns, values } = blockWriteParts(node, text);
      return `{ const half = Math.ceil((${columns}) / 2); ${sheet}.getRange(${row}, ${column}, ${rows}, half).setValues(${values}.map((r) => r.slice(0, half))); ${sheet}.getRange(${row}, (${column}) + half, ${rows}, (${columns}) - half).setValues(${values}.map((r) => r.slice(half))); }`;
    },
  },
  notesFailSave: {
    name: 'notes-fail-save',
    inFunction: 'writePosts',
    target: 'a `try { … setNotes(…) } catch` around the Checks notes',
    find: (node) => node.type === 'TryStatement' && callsNamed(node.block, 'setNotes'),
    replace: (node, text) => text(node.block),
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
