/** The shape of one benchmark run, as written to .bench/results.json and judged by the budget. */

import type { CostModel } from './cost-model';

/** How a scenario ended: measured, its entry point not in the bundle yet, or it threw. */
export type ScenarioState = 'ok' | 'not-built' | 'error';

/** One measured line: a command run on the emulator over a seeded calendar. */
export interface ScenarioResult {
  /** Stable key, e.g. `checkAllPosts@5000`; the budget refers to lines by it. */
  id: string;
  label: string;
  /** Posts in the calendar (or rows edited) for this line. */
  rows: number;
  state: ScenarioState;
  error?: string;
  /** What the action reported (e.g. `350 exported`, `refused: too-many-rows`). */
  note?: string;
  reads: number;
  writes: number;
  roundTrips: number;
  /** Commits of buffered writes (cost-model.ts countFlushes). */
  flushes: number;
  /** Cells covered by the read and write calls. */
  cells: number;
  /** Estimated Apps Script seconds, low and high (see cost-model.ts), start-up not included. */
  estLow: number;
  estHigh: number;
  /** The start-up (Code.js evaluation × CPU factor) of the command's executions, seconds, low and high. */
  startupLow: number;
  startupHigh: number;
  /** The run-time limit that applies, seconds (30 for onEdit, 360 otherwise). */
  limitSeconds: number;
  /** What the high estimate plus start-up must stay within: the limit with room to spare (20 s for onEdit, 3 min otherwise). */
  targetSeconds: number;
  /** Whether an estimate over the limit fails the budget (false: shown for information). */
  enforceLimit: boolean;
  /** Round-trip budget of this line, when it has one. */
  maxRoundTrips?: number;
  /** Cell budget of this line, when it has one. */
  maxCells?: number;
  /** Value reads (getValues, getDisplayValues, getFormulas, getValue...) by sheet name. */
  sheetReads?: Record<string, number>;
  /** Round-trip calls in order, `Class.method A1 (cells)`, for reading a failure. */
  calls?: string[];
  /** Calls by `Class.method`, for reading a failure. */
  byMethod?: Record<string, number>;
  /**
   * Node CPU ms spent in the executions the action started: a fresh realm (the bundle's evaluation),
   * the add-on's code and the emulated service calls.
   */
  nodeMs?: number;
  /** Of nodeMs, the emulator's time inside its service calls (not the add-on's). */
  serviceMs?: number;
  /** Of nodeMs, making the fresh realms and evaluating the bundle in them. */
  realmMs?: number;
  /** The add-on's own CPU ms: nodeMs − serviceMs − realmMs; what the cost model scales. */
  addOnMs?: number;
  /** Executions the action started. */
  executions?: number;
}

/** Bundle size and evaluation cost. */
export interface BundleResult {
  codeBytes: number;
  sidebarBytes: number;
  /** Median ms to evaluate dist/Code.js in a fresh node:vm context. */
  codeEvalMs: number;
  /** Median ms for a plain-data script of the same size, the machine-independent yardstick. */
  referenceEvalMs: number;
  runs: number;
  /** Minified bytes of dist/Code.js by part (esbuild's metafile of the real build, scripts/build.mjs serverBuildOptions). */
  parts: Array<{ label: string; bytes: number }>;
  /** Bytes of the metafile build's output: the parts add up to it (Code.js is it plus the function stubs). */
  partsTotalBytes: number;
}

/** The cell-by-cell reference next to ours. */
export interface NaiveResult {
  rows: number;
  naiveRoundTrips: number;
  naiveCells: number;
  naiveEstLow: number;
  naiveEstHigh: number;
  oursRoundTrips: number;
  oursEstHigh: number;
  /** naiveRoundTrips / oursRoundTrips. */
  ratio: number;
}

/** One throughput measurement of the domain's checkPost. */
export interface ThroughputPoint {
  posts: number;
  /** Median ms over the runs. */
  medianMs: number;
  postsPerSecond: number;
}

/** Domain throughput and how it scales. */
export interface ThroughputResult {
  runs: number;
  points: ThroughputPoint[];
  /** (ms per post at the largest size) / (ms per post at the smallest): 1 is perfectly linear. */
  scaling: number;
}

/** Everything one run measured. */
export interface BenchResult {
  startedAt: string;
  node: string;
  /** The cost model the estimates used: its bands and the sources of each figure. */
  costModel?: CostModel;
  scenarios: ScenarioResult[];
  naive: NaiveResult | null;
  bundle: BundleResult | null;
  throughput: ThroughputResult | null;
}
