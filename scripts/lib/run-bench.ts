/**
 * The benchmark itself (scripts/bench.mjs bundles this file with esbuild and calls runBench): bundle
 * measures, domain throughput, every scenario of scenarios.ts on the emulator running dist/Code.js,
 * the naive reference, the budget verdict and the printed report.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { createEmulator, type Emulator } from '../../emulator';
import type { BenchResult, NaiveResult, ScenarioResult } from './bench-types';
import { BUDGET, evaluateBudget, withinBudget, type BudgetLine } from './budget';
import { cpuMs, measureBundle } from './bundle-measure';
import { estimateSeconds } from './cost-model';
import { naiveCheckAll } from './naive-check';
import { renderReport } from './report';
import { allScenarios, limitFor, type Scenario, type ScenarioEnv } from './scenarios';
import { postsToRows, seedPosts } from './seed-posts';
import { measureThroughput, type DomainModule } from './throughput';

/** Options of runBench(). */
export interface RunBenchOptions {
  /** The repository root (dist/ must be built). */
  root: string;
  /** The domain bundled for Apps Script (platform neutral), for throughput. */
  domain: DomainModule;
  /** The bundle the scenarios run (default `<root>/dist/Code.js`). */
  bundlePath?: string;
  /** Run only the scenarios whose id is listed (default: all). */
  only?: readonly string[];
  /** Skip the bundle, throughput and naive parts (the self-test). */
  scenariosOnly?: boolean;
  /** Progress lines go here (default: stderr). */
  progress?: (line: string) => void;
}

/** What runBench() returns. */
export interface BenchRun {
  result: BenchResult;
  lines: BudgetLine[];
  report: string;
  ok: boolean;
}

const SPREADSHEET_TIME_ZONE = 'Europe/Warsaw';
const LOCALE = 'en_US';

/** A seeded spreadsheet state, saved once per size and loaded into a fresh emulator per scenario. */
interface SeededState {
  json: string;
  header: string[];
  rows: string[][];
}

/** Wall-clock ms of `fn`. */
function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Makes the spreadsheets and runs the scenarios against one bundle. One emulator serves every line:
 * each seeded calendar is saved once (emulator.save) and loaded back before each scenario, so lines
 * do not share state and the bundle is parsed once.
 */
class Bench {
  private readonly states = new Map<number, SeededState>();
  private readonly functionNames: Set<string>;
  private readonly emulator: Emulator;
  private readonly blank: string;
  /** Node CPU ms spent inside executions (triggers, menu commands, server calls) since the last reset. */
  private executionMs = 0;

  constructor(
    bundlePath: string,
    private readonly now: Date,
    private readonly progress: (line: string) => void,
  ) {
    this.emulator = createEmulator({
      timeZone: SPREADSHEET_TIME_ZONE,
      locale: LOCALE,
      now: () => new Date(this.now.getTime()),
    });
    this.functionNames = new Set(Object.keys(this.emulator.loadBundle(bundlePath)));
    this.blank = this.emulator.save();
    // Time every execution: the fresh realm (bundle evaluation), the add-on's code and the emulated
    // service calls it makes, but not the emulator applying a person's edit before onEdit runs.
    const runtime = this.emulator.runtime;
    const execute = runtime.execute.bind(runtime);
    let depth = 0;
    runtime.execute = ((spec, body) => {
      const started = cpuMs();
      depth++;
      try {
        return execute(spec, body);
      } finally {
        depth--;
        if (depth === 0) this.executionMs += cpuMs() - started;
      }
    }) as typeof runtime.execute;
  }

  /** True when the bundle defines `name` as a top-level function. */
  has(name: string): boolean {
    return this.functionNames.has(name);
  }

  /**
   * The calendar with `posts` seeded posts (-1: a blank spreadsheet), made once per size: setupCalendar
   * as a menu command, then every post row written with one setValues.
   */
  state(posts: number): SeededState {
    const cached = this.states.get(posts);
    if (cached) return cached;
    if (posts < 0) {
      const blank: SeededState = { json: this.blank, header: [], rows: [] };
      this.states.set(posts, blank);
      return blank;
    }
    const { value: state, ms } = timed(() => {
      const emulator = this.emulator;
      emulator.load(this.blank);
      emulator.runAs(emulator.context.userEmail, (functions) => functions.setupCalendar(), { kind: 'menu' });
      const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const sheet = app.getActiveSpreadsheet().getSheetByName('Calendar');
      if (!sheet) throw new Error('setupCalendar made no Calendar sheet.');
      const header = sheet
        .getRange(1, 1, 1, sheet.getLastColumn())
        .getValues()[0]
        .map((cell) => String(cell));
      const rows = postsToRows(seedPosts(posts, { now: this.now }), header);
      // Like a person's big calendar: enough grid rows (a new sheet has 1,000), then one setValues.
      if (sheet.getMaxRows() < posts + 1) sheet.insertRowsAfter(sheet.getMaxRows(), posts + 1 - sheet.getMaxRows());
      if (posts > 0) sheet.getRange(2, 1, posts, header.length).setValues(rows);
      return { json: emulator.save(), header, rows };
    });
    this.progress(`  seeded ${posts.toLocaleString('en-US')} posts (${Math.round(ms)} ms)`);
    this.states.set(posts, state);
    return state;
  }

  /** The emulator holding the seeded state for `posts`. */
  seeded(posts: number): { emulator: Emulator; state: SeededState } {
    const state = this.state(posts);
    this.emulator.load(state.json);
    return { emulator: this.emulator, state };
  }

  /** Resets the call counters and the execution clock (right before a measured action). */
  private reset(): void {
    this.emulator.stats.reset();
    this.executionMs = 0;
  }

  /** Runs one scenario and counts its calls (the counters are reset right before the action). */
  run(scenario: Scenario): ScenarioResult {
    const fn = scenario.fn.find((name) => this.has(name));
    const base: ScenarioResult = {
      id: scenario.id,
      label: scenario.label,
      rows: scenario.rows ?? scenario.posts,
      state: 'not-built',
      reads: 0,
      writes: 0,
      roundTrips: 0,
      cells: 0,
      estSeconds: 0,
      limitSeconds: limitFor(scenario.invocation),
      enforceLimit: scenario.enforceLimit ?? true,
    };
    const maxRoundTrips = BUDGET.maxRoundTrips[scenario.id];
    if (maxRoundTrips !== undefined) base.maxRoundTrips = maxRoundTrips;
    if (!fn) return base;
    try {
      const { emulator, state } = this.seeded(scenario.posts);
      const env: ScenarioEnv = {
        emulator,
        fn,
        header: state.header,
        rows: state.rows,
        posts: Math.max(scenario.posts, 0),
        now: this.now,
        makeRows: (count) => postsToRows(seedPosts(count, { now: this.now, seed: 12 }), state.header),
      };
      scenario.prepare?.(env);
      this.reset();
      const note = scenario.act(env);
      const counts = emulator.stats.snapshot();
      const nodeMs = this.executionMs;
      const estimate = estimateSeconds({ roundTrips: counts.roundTrips, cells: counts.cells, nodeMs });
      return {
        ...base,
        state: 'ok',
        reads: counts.reads,
        writes: counts.writes,
        roundTrips: counts.roundTrips,
        cells: counts.cells,
        estSeconds: estimate.seconds,
        byMethod: roundTripMethods(counts.byMethod, emulator),
        nodeMs: Math.round(nodeMs),
        ...(note ? { note } : {}),
      };
    } catch (error) {
      return { ...base, state: 'error', error: message(error) };
    }
  }

  /** The naive cell-by-cell check-all at `posts` posts, next to ours. */
  naive(posts: number, ours: ScenarioResult | undefined): NaiveResult | null {
    if (!ours || ours.state !== 'ok') return null;
    const { emulator } = this.seeded(posts);
    this.reset();
    emulator.runAs(
      emulator.context.userEmail,
      () =>
        naiveCheckAll(emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp, {
          now: this.now,
          locale: LOCALE,
        }),
      { kind: 'menu' },
    );
    const counts = emulator.stats.snapshot();
    const nodeMs = this.executionMs;
    return {
      rows: posts,
      naiveRoundTrips: counts.roundTrips,
      naiveCells: counts.cells,
      naiveEstSeconds: estimateSeconds({ roundTrips: counts.roundTrips, cells: counts.cells, nodeMs }).seconds,
      oursRoundTrips: ours.roundTrips,
      oursEstSeconds: ours.estSeconds,
      ratio: counts.roundTrips / Math.max(ours.roundTrips, 1),
    };
  }
}

/** The round-trip calls of a run by `Class.method` (navigation calls left out), for reading a failure. */
function roundTripMethods(byMethod: Record<string, number>, emulator: Emulator): Record<string, number> {
  const kinds = new Map<string, string>();
  for (const call of emulator.stats.log) kinds.set(`${call.className}.${call.method}`, call.kind);
  const out: Record<string, number> = {};
  for (const [key, count] of Object.entries(byMethod)) if (kinds.get(key) !== 'other') out[key] = count;
  return out;
}

/**
 * Runs the whole benchmark: bundle measures (bytes, parts, evaluation time), domain throughput at
 * 1,000 .. 10,000 posts, every scenario on the emulator, the naive reference at 500 posts; then
 * judges the budget and renders the report.
 */
export async function runBench(options: RunBenchOptions): Promise<BenchRun> {
  const progress = options.progress ?? ((line: string) => process.stderr.write(`${line}\n`));
  const bundlePath = options.bundlePath ?? path.join(options.root, 'dist/Code.js');
  if (!existsSync(bundlePath))
    throw new Error(`${bundlePath} is missing: run \`npm run build\` first (npm run bench does).`);
  const now = new Date(Math.floor(Date.now() / 60000) * 60000);
  const result: BenchResult = {
    startedAt: new Date().toISOString(),
    node: process.version,
    scenarios: [],
    naive: null,
    bundle: null,
    throughput: null,
  };

  if (!options.scenariosOnly) {
    progress('bench: bundle size and evaluation time');
    result.bundle = await measureBundle(options.root, 30);
    progress('bench: domain throughput');
    result.throughput = measureThroughput(options.domain, {
      sizes: [1000, 2000, 5000, 10000],
      runs: 5,
      now,
      timeZone: SPREADSHEET_TIME_ZONE,
    });
  }

  progress('bench: scenarios on the emulator');
  const bench = new Bench(bundlePath, now, progress);
  const scenarios = allScenarios().filter((scenario) => !options.only || options.only.includes(scenario.id));
  for (const scenario of scenarios) {
    const line = bench.run(scenario);
    progress(
      `  ${scenario.id}: ${line.state === 'ok' ? `${line.roundTrips} round trips, ${line.nodeMs} ms in Node` : line.state}${line.error ? ` (${line.error})` : ''}`,
    );
    result.scenarios.push(line);
  }

  if (!options.scenariosOnly) {
    progress('bench: naive reference at 500 posts');
    result.naive = bench.naive(
      500,
      result.scenarios.find((scenario) => scenario.id === 'checkAllPosts@500'),
    );
  }

  const lines = evaluateBudget(result);
  return { result, lines, report: renderReport(result, lines), ok: withinBudget(lines) };
}

export { buildPerCellMutant } from './mutant-build';
