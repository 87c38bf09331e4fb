/**
 * Big sheets (issue #12): 20,000 posts. Check all posts, the month view and an export run inside the
 * 6-minute limit, and onEdit on a 5,000-row paste inside the 30-second simple-trigger limit, by the
 * benchmark's cost model at its high end (scripts/lib/cost-model.ts) applied to the Spreadsheet calls
 * and cells counted here, with a constant number of round trips, and without hitting the emulator's
 * virtual execution-time limit. Counts, not clocks: the seconds including the add-on's own CPU time
 * are the benchmark's (npm run bench, one process on its own), shown here in the log only.
 */
import type { Emulator } from '../../emulator';
import { COST_MODEL, LIMITS, countFlushes, estimateSeconds } from '../../scripts/lib/cost-model';
import { postsToRows, seedPosts } from '../../scripts/lib/seed-posts';
import { addon, calendar, header, setUp } from './support';

const POSTS = 20_000;
const PASTE = 5_000;

let emulator: Emulator;
let seeded: string;
let blank: string;
interface Figures {
  roundTrips: number;
  cells: number;
  /** The model's high-end seconds of the Spreadsheet calls and cells alone (counts, the same on any machine). */
  callSeconds: number;
  /** The same with this process's CPU time for the add-on's own work (for the log: a loaded machine inflates it). */
  seconds: number;
}

const figures: Record<string, Figures> = {};

/** Runs `act` as measured: round trips and cells from stats, the model's seconds of those calls (and with the CPU used, for the log). */
function measure(name: string, act: () => { ok: boolean; error?: string }): Figures {
  emulator.stats.reset();
  const started = process.cpuUsage();
  const outcome = act();
  const used = process.cpuUsage(started);
  if (!outcome.ok) throw new Error(`${name} failed: ${outcome.error}`);
  const nodeMs = (used.user + used.system) / 1000;
  const { roundTrips, cells, reads, writes } = emulator.stats;
  const flushes = countFlushes(emulator.stats.log);
  const counted = { reads, writes, flushes, cells, startupMs: 0, executions: 1 };
  const calls = estimateSeconds({ ...counted, addOnMs: 0 }, COST_MODEL);
  const estimate = estimateSeconds({ ...counted, addOnMs: nodeMs }, COST_MODEL);
  figures[name] = { roundTrips, cells, callSeconds: Math.round(calls.high * 10) / 10, seconds: Math.round(estimate.high * 10) / 10 };
  return figures[name];
}

function menu(fn: string): () => { ok: boolean; error?: string } {
  return () => {
    try {
      emulator.runAs(emulator.context.userEmail, (functions) => functions[fn](), { kind: 'menu' });
      return { ok: true };
    } catch (error) {
      return { ok: false, error: String(error) };
    }
  };
}

beforeAll(() => {
  emulator = addon({ freshGlobalsPerExecution: true });
  setUp(emulator);
  blank = emulator.save();
  const rows = postsToRows(seedPosts(POSTS, { now: new Date('2026-11-26T10:00:00Z') }), header(emulator));
  calendar(emulator, (sheet) => {
    sheet.insertRowsAfter(sheet.getMaxRows(), POSTS + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
  });
  seeded = emulator.save();
}, 120_000);

afterAll(() => {
  // The figures for the report (issue #12 asks for them).
  console.log(`big sheets at ${POSTS.toLocaleString('en-US')} posts: ${JSON.stringify(figures)}`);
});

test(`Check all posts on ${POSTS.toLocaleString('en-US')} posts: a constant number of round trips, well inside 6 minutes`, () => {
  emulator.load(seeded);
  const result = measure('checkAllPosts', menu('checkAllPosts'));
  expect(result.roundTrips).toBeLessThanOrEqual(12);
  expect(result.cells).toBeLessThan(40 * POSTS);
  expect(result.callSeconds).toBeLessThan(LIMITS.execution / 2);
  expect(emulator.executions.at(-1)?.error ?? '').not.toMatch(/Exceeded maximum execution time/);
  const checks = calendar(emulator, (sheet) => sheet.getRange(2, header(emulator).indexOf('Checks') + 1, POSTS, 1).getValues().filter((row) => row[0] === '').length);
  expect(checks).toBe(0);
}, 120_000);

test(`onEdit on a ${PASTE.toLocaleString('en-US')}-row paste: a constant number of round trips, inside the 30-second simple-trigger limit`, () => {
  emulator.load(blank);
  const names = header(emulator);
  const last = names.indexOf('Notes') + 1;
  const block = postsToRows(seedPosts(PASTE, { now: new Date('2026-11-26T10:00:00Z'), seed: 12 }), names).map((row) => row.slice(0, last));
  calendar(emulator, (sheet) => sheet.insertRowsAfter(sheet.getMaxRows(), PASTE + 1 - sheet.getMaxRows()));
  let simple: { ok: boolean; error?: string } = { ok: false };
  // The paste itself (the person's edit) is applied before onEdit runs; only onEdit's execution is measured.
  const result = measure('onEdit-paste', () => {
    const outcome = emulator.editAsUser('Calendar', `A2:${String.fromCharCode(64 + last)}${PASTE + 1}`, block);
    if (outcome.rejected !== undefined) return { ok: false, error: outcome.rejected };
    simple = outcome.simple;
    return outcome.simple;
  });
  expect(simple.ok).toBe(true);
  expect(result.roundTrips).toBeLessThanOrEqual(11);
  // The live check stops at LIVE_CHECK_ROWS (2,000); the rest are marked for Check all: the benchmark
  // (one process, CI's own step) holds this paste to the 20-s target.
  expect(result.cells).toBeLessThan(70_000);
  expect(result.callSeconds).toBeLessThan(LIMITS.simpleTrigger);
  const checked = calendar(emulator, (sheet) => sheet.getRange(2, names.indexOf('Checks') + 1, PASTE, 1).getValues().filter((row) => row[0] !== '').length);
  expect(checked).toBe(PASTE);
}, 120_000);

test(`the month view and an export of ${POSTS.toLocaleString('en-US')} posts finish inside 6 minutes`, () => {
  emulator.load(seeded);
  const month = measure('monthView', menu('showMonthView'));
  expect(month.roundTrips).toBeGreaterThan(0);
  expect(month.cells).toBeLessThan(12 * POSTS);
  expect(month.callSeconds).toBeLessThan(LIMITS.execution / 2);
  emulator.load(seeded);
  const exported = measure('exportPosts', () => {
    const result = emulator.run('exportPosts', { target: 'generic-csv', onlyPassing: false });
    if (!result.ok) return { ok: false, error: result.error };
    return { ok: true };
  });
  expect(exported.cells).toBeLessThan(35 * POSTS);
  expect(exported.callSeconds).toBeLessThan(LIMITS.execution / 2);
  expect(exported.roundTrips).toBeLessThanOrEqual(12);
}, 120_000);
