/**
 * Races between Check all posts and the other writers (issue #15, item 4): a form save, a review
 * decision and a person's edit of a caption (with its onEdit) start at every one of Check all posts' service
 * calls in turn. Whatever each of them wrote is still there when Check all posts has finished:
 * nothing is reverted to what Check all read before it. Check all computes without the lock, then
 * re-reads and writes under it, skipping rows that changed; saves, review decisions and onEdit take
 * the same lock. (In the emulator a writer nested inside Check all's locked stretch cannot wait for
 * it: a save or review is told the calendar is busy, and onEdit leaves that row's Checks to the next
 * check; the person's own cells are never written by Check all.)
 *
 * How we know it can fail: on the build before issue #15 (Check all read once, then wrote its
 * Checks, Updated and approval columns back for every row, without the lock) the saved row's
 * Checks, the edited row's Checks and the reviewer's approval record were reverted whenever the
 * writer ran between Check all's read and its write (calls 9–50 of 50).
 */
import type { Emulator } from '../../emulator';
import type { ReviewQueue } from '../../src/shared/review-contract';
import type { SaveResult } from '../../src/shared/rpc-types';
import { seedCalendar, type Seeded } from './probes';
import { addon, calendar, columnOf, runMenu } from './support';

const REVIEWER = 'reviewer@agency.example';
const EDITOR = 'bartek@example.com';
/** Row 6 holds seeded.ids[4] (saved from the form); row 11 is put In review; row 8 is edited by hand. */
const SAVE_ROW = 6;
const REVIEW_ROW = 11;
const EDIT_ROW = 8;

// Built at collection time, so that the test names can state how many interleavings they try.
// One realm for all executions: the sweep runs ~500; fresh globals add nothing to what it proves (no module state is shared).
const emulator: Emulator = addon({ freshGlobalsPerExecution: false });
const seeded: Seeded = seedCalendar(emulator);
calendar(emulator, (sheet) => sheet.getRange(REVIEW_ROW, columnOf(emulator, 'Status')).setValue('In review'));
const state = emulator.save();
const CALLS = ((): number => {
  emulator.load(state);
  emulator.stats.reset();
  if (!runMenu(emulator, 'checkAllPosts').ok) throw new Error('the clean check-all failed');
  return emulator.stats.log.length;
})();

/** The cells of `row` under `names`, as displayed. */
function cells(row: number, names: readonly string[]): string[] {
  return calendar(emulator, (sheet) => names.map((name) => sheet.getRange(row, columnOf(emulator, name)).getDisplayValue()));
}

/** What one kind of concurrent writer does, which cells it writes, and whether it got through. */
interface Writer {
  row: number;
  columns: readonly string[];
  /** Runs the writer; false when it was told the calendar is busy (nothing written). */
  run(k: number): boolean;
}

const WRITERS: Record<'a form save' | 'a review decision' | 'a person’s edit', Writer> = {
  'a form save': {
    row: SAVE_ROW,
    columns: ['Caption', 'Owner', 'Updated', 'Checks'],
    run(k) {
      // Too long for X: the save's Checks say ✖, where Check all's stale result said ✔.
      const input = { id: seeded.ids[4], date: '2026-12-05', time: '08:15', platform: 'X', format: 'Text', caption: `Edited while checking ${k} `.padEnd(300, 'x'), owner: 'bartek' };
      const result = emulator.runAsUser(EDITOR, 'savePost', input);
      if (!result.ok) throw new Error(`savePost threw: ${result.error}`);
      const value = result.value as SaveResult;
      if (!value.ok && !/Someone else is saving/.test(value.errors.map((error) => error.message).join(' '))) throw new Error(JSON.stringify(value));
      return value.ok;
    },
  },
  'a review decision': {
    row: REVIEW_ROW,
    columns: ['Status', 'Approved by', 'Approved at', 'Approval', 'Review comments'],
    run(k) {
      const queue = emulator.runAsUser(REVIEWER, 'getReviewQueue');
      if (!queue.ok) throw new Error(`getReviewQueue threw: ${queue.error}`);
      const item = (queue.value as ReviewQueue).items.find((entry) => entry.id === seeded.ids[REVIEW_ROW - 2]);
      if (!item) throw new Error('the post is not in the review queue');
      const result = emulator.runAsUser(REVIEWER, 'reviewPost', { id: item.id, decision: 'approve', comment: `Fine ${k}`, seen: item.seen });
      if (!result.ok) throw new Error(`reviewPost threw: ${result.error}`);
      const value = result.value as { ok: boolean; message?: string };
      if (!value.ok && !/Someone else|busy|right now/i.test(value.message ?? '')) throw new Error(JSON.stringify(value));
      return value.ok;
    },
  },
  'a person’s edit': {
    row: EDIT_ROW,
    columns: ['Caption', 'Updated', 'Checks'],
    run() {
      // Too long for LinkedIn: onEdit's Checks say ✖, where Check all's stale result said ✔.
      const letter = String.fromCharCode(64 + columnOf(emulator, 'Caption'));
      const outcome = emulator.editAsUser('Calendar', `${letter}${EDIT_ROW}`, [['y'.repeat(3100)]], { user: EDITOR });
      if (outcome.rejected !== undefined || !outcome.simple.ok) throw new Error(`the edit failed: ${JSON.stringify(outcome.rejected ?? outcome.simple.error)}`);
      return true;
    },
  },
};

/**
 * Check all posts with `writer` started at its k-th service call, for every k. Returns the problems
 * (a writer's cells changed by Check all, Check all failing) and how many writers met a busy lock.
 */
function race(writer: Writer): { problems: string[]; busy: number; tried: number } {
  const problems: string[] = [];
  let busy = 0;
  let tried = 0;
  for (let k = 1; k <= CALLS; k++) {
    emulator.load(state);
    let count = 0;
    let written: string[] | null = null;
    let started = false;
    const hook = () => {
      count++;
      if (count !== k || started) return;
      started = true;
      if (writer.run(k)) written = cells(writer.row, writer.columns);
      else busy++;
    };
    emulator.context.beforeCall.push(hook);
    let outcome: { ok: boolean; error?: string };
    try {
      outcome = runMenu(emulator, 'checkAllPosts');
    } finally {
      emulator.context.beforeCall.splice(emulator.context.beforeCall.indexOf(hook), 1);
    }
    if (!started) continue;
    tried++;
    if (!outcome.ok) problems.push(`call ${k}: Check all posts failed: ${outcome.error}`);
    if (written === null) continue;
    const after = cells(writer.row, writer.columns);
    writer.columns.forEach((name, i) => {
      // Check all may add what only it knows (problems between posts) to a row it read after the write.
      if (name === 'Checks' && after[i].startsWith(String(written![i]).slice(0, 1))) return;
      if (after[i] !== written![i]) problems.push(`call ${k}: ${name} reverted from "${written![i]}" to "${after[i]}"`);
    });
  }
  return { problems, busy, tried };
}

for (const [name, writer] of Object.entries(WRITERS)) {
  test(`${name} started at each of Check all posts’ ${CALLS} service calls: ${CALLS} interleavings, 0 cells reverted`, () => {
    const { problems, busy, tried } = race(writer);
    expect(tried).toBe(CALLS);
    expect(problems).toEqual([]);
    // The lock is held only while Check all writes: most writers go straight through.
    expect(busy).toBeLessThan(CALLS / 2);
  });
}
