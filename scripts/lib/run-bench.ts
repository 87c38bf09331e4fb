/**
 * The benchmark itself (scripts/bench.mjs bundles this file with esbuild and calls runBench): bundle
 * measures, domain throughput, every scenario of scenarios.ts on the emulator running dist/Code.js,
 * the naive reference, the budget verdict and the printed report.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Emulator } from '../../emulator';
import { createAddonEmulator } from './addon-emulator';
import type { BenchResult, NaiveResult, ScenarioResult } from './bench-types';
import { BUDGET, evaluateBudget, withinBudget, type BudgetLine } from './budget';
import { cpuMs, measureBundle } from './bundle-measure';
import { COST_MODEL, countFlushes, estimateSeconds, TARGETS } from './cost-model';
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
  private readonly states = new Map<string, SeededState>();
  private readonly functionNames: Set<string>;
  private readonly emulator: Emulator;
  private readonly blank: string;
  /** Node CPU ms spent inside executions (triggers, menu commands, server calls) since the last reset. */
  private executionMs = 0;
  /** Of executionMs, the emulator's service calls. */
  private serviceMs = 0;
  /** Of executionMs, making fresh realms (the bundle's evaluation). */
  private realmMs = 0;
  /** Executions since the last reset. */
  private executions = 0;

  constructor(
    bundlePath: string,
    private readonly now: Date,
    private readonly progress: (line: string) => void,
    /** CPU ms to evaluate Code.js in a fresh context (cold), the start-up each execution pays; 0 to use the realm time measured. */
    private readonly startupMs = 0,
  ) {
    this.emulator = createAddonEmulator({
      timeZone: SPREADSHEET_TIME_ZONE,
      locale: LOCALE,
      now: () => new Date(this.now.getTime()),
    });
    this.functionNames = new Set(Object.keys(this.emulator.loadBundle(bundlePath)));
    this.blank = this.emulator.save();
    // Time every execution: the fresh realm (bundle evaluation), the add-on's code and the emulated
    // service calls it makes, but not the emulator applying a person's edit before onEdit runs. The
    // emulator's time inside service calls and the realm's making are measured apart, so the add-on's
    // own CPU time is what is left.
    const context = this.emulator.context;
    context.serviceClock = cpuMs;
    const runtime = this.emulator.runtime;
    const execute = runtime.execute.bind(runtime);
    const instantiate = runtime.instantiate.bind(runtime);
    let depth = 0;
    runtime.instantiate = (() => {
      const started = cpuMs();
      try {
        return instantiate();
      } finally {
        if (depth > 0) this.realmMs += cpuMs() - started;
      }
    }) as typeof runtime.instantiate;
    runtime.execute = ((spec, body) => {
      const started = cpuMs();
      const serviceBefore = context.stats.serviceMs;
      if (depth === 0) this.executions++;
      depth++;
      try {
        return execute(spec, body);
      } finally {
        depth--;
        if (depth === 0) {
          this.executionMs += cpuMs() - started;
          this.serviceMs += context.stats.serviceMs - serviceBefore;
        }
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
  state(posts: number, sorted = false): SeededState {
    const key = `${posts}${sorted ? ' sorted' : ''}`;
    const cached = this.states.get(key);
    if (cached) return cached;
    if (posts < 0) {
      const blank: SeededState = { json: this.blank, header: [], rows: [] };
      this.states.set(key, blank);
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
      const seeded = seedPosts(posts, { now: this.now });
      // A team's calendar kept in date order (Data > Sort range), for the lines that depend on it.
      if (sorted) seeded.sort((a, b) => `${a.Date} ${a.Time}`.localeCompare(`${b.Date} ${b.Time}`));
      const rows = postsToRows(seeded, header);
      // Like a person's big calendar: enough grid rows (a new sheet has 1,000), then one setValues.
      if (sheet.getMaxRows() < posts + 1) sheet.insertRowsAfter(sheet.getMaxRows(), posts + 1 - sheet.getMaxRows());
      if (posts > 0) sheet.getRange(2, 1, posts, header.length).setValues(rows);
      return { json: emulator.save(), header, rows };
    });
    this.progress(`  seeded ${posts.toLocaleString('en-US')} posts${sorted ? ' in date order' : ''} (${Math.round(ms)} ms)`);
    this.states.set(key, state);
    return state;
  }

  /** The emulator holding the seeded state for `posts`. */
  seeded(posts: number, sorted = false): { emulator: Emulator; state: SeededState } {
    const state = this.state(posts, sorted);
    this.emulator.load(state.json);
    return { emulator: this.emulator, state };
  }

  /** Resets the call counters and the execution clock (right before a measured action). */
  private reset(): void {
    this.emulator.stats.reset();
    this.executionMs = 0;
    this.serviceMs = 0;
    this.realmMs = 0;
    this.executions = 0;
  }

  /** The counts of the command since the last reset, for the cost model. */
  private counted(emulator: Emulator) {
    const counts = emulator.stats.snapshot();
    const addOnMs = Math.max(0, this.executionMs - this.serviceMs - this.realmMs);
    const startupMs = this.startupMs > 0 ? this.startupMs : this.realmMs / Math.max(this.executions, 1);
    const flushes = countFlushes(emulator.stats.log);
    const estimate = estimateSeconds({
      reads: counts.reads,
      writes: counts.writes,
      flushes,
      cells: counts.cells,
      addOnMs,
      startupMs,
      executions: this.executions,
    });
    return { counts, addOnMs, flushes, estimate };
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
      flushes: 0,
      cells: 0,
      estLow: 0,
      estHigh: 0,
      startupLow: 0,
      startupHigh: 0,
      limitSeconds: limitFor(scenario.invocation),
      targetSeconds: scenario.invocation === 'simple-trigger' ? TARGETS.simpleTrigger : TARGETS.execution,
      enforceLimit: scenario.enforceLimit ?? true,
    };
    const maxRoundTrips = BUDGET.maxRoundTrips[scenario.id];
    if (maxRoundTrips !== undefined) base.maxRoundTrips = maxRoundTrips;
    const maxCells = BUDGET.maxCells[scenario.id];
    if (maxCells !== undefined) base.maxCells = maxCells;
    if (!fn) return base;
    try {
      const { emulator, state } = this.seeded(scenario.posts, scenario.sortedByDate);
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
      const { counts, addOnMs, flushes, estimate } = this.counted(emulator);
      return {
        ...base,
        state: 'ok',
        reads: counts.reads,
        writes: counts.writes,
        roundTrips: counts.roundTrips,
        flushes,
        cells: counts.cells,
        estLow: estimate.low,
        estHigh: estimate.high,
        startupLow: estimate.startup.low,
        startupHigh: estimate.startup.high,
        byMethod: roundTripMethods(counts.byMethod, emulator),
        calls: roundTripCalls(emulator),
        sheetReads: valueReadsBySheet(emulator),
        nodeMs: Math.round(this.executionMs),
        serviceMs: Math.round(this.serviceMs),
        realmMs: Math.round(this.realmMs),
        addOnMs: Math.round(addOnMs),
        executions: this.executions,
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
    const { counts, estimate } = this.counted(emulator);
    return {
      rows: posts,
      naiveRoundTrips: counts.roundTrips,
      naiveCells: counts.cells,
      naiveEstLow: estimate.low,
      naiveEstHigh: estimate.high,
      oursRoundTrips: ours.roundTrips,
      oursEstHigh: ours.estHigh,
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

/** Range methods that read cell values. */
const VALUE_READS = new Set(['getValue', 'getValues', 'getDisplayValue', 'getDisplayValues', 'getFormula', 'getFormulas']);

/** Value reads of a run by sheet name (from the calls' `Sheet!A1`). */
function valueReadsBySheet(emulator: Emulator): Record<string, number> {
  const out: Record<string, number> = {};
  for (const call of emulator.stats.log) {
    if (call.kind !== 'read' || !VALUE_READS.has(call.method) || !call.a1) continue;
    const bang = call.a1.lastIndexOf('!');
    const sheet = bang > 0 ? call.a1.slice(0, bang) : '?';
    out[sheet] = (out[sheet] ?? 0) + 1;
  }
  return out;
}

/** The round-trip calls of a run in order, `Class.method A1 (cells)`, repeats folded (`× n`). */
function roundTripCalls(emulator: Emulator): string[] {
  const out: string[] = [];
  let previous = '';
  let repeats = 0;
  const flush = () => {
    if (previous) out.push(repeats > 1 ? `${previous} × ${repeats}` : previous);
  };
  for (const call of emulator.stats.log) {
    if (call.kind === 'other') continue;
    const text = `${call.className}.${call.method}${call.a1 ? ` ${call.a1}` : ''} (${call.cells ?? 0})`;
    if (text === previous) {
      repeats++;
      continue;
    }
    flush();
    previous = text;
    repeats = 1;
  }
  flush();
  return out.slice(0, 200);
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
    costModel: COST_MODEL,
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
  const bench = new Bench(bundlePath, now, progress, result.bundle?.codeEvalMs ?? 0);
  const scenarios = allScenarios().filter((scenario) => !options.only || options.only.includes(scenario.id));
  for (const scenario of scenarios) {
    const line = bench.run(scenario);
    progress(
      `  ${scenario.id}: ${line.state === 'ok' ? `${line.roundTrips} round trips, ${line.cells} cells, ${line.addOnMs} ms add-on CPU (${line.nodeMs} ms in Node)` : line.state}${line.error ? ` (${line.error})` : ''}`,
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
