/** The shape of one benchmark run, as written to .bench/results.json and judged by the budget. */

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
  /** Cells covered by the read and write calls. */
  cells: number;
  /** Estimated Apps Script seconds (see cost-model.ts). */
  estSeconds: number;
  /** The run-time limit that applies, seconds (30 for onEdit, 360 otherwise). */
  limitSeconds: number;
  /** Whether an estimate over the limit fails the budget (false: shown for information). */
  enforceLimit: boolean;
  /** Round-trip budget of this line, when it has one. */
  maxRoundTrips?: number;
  /** Calls by `Class.method`, for reading a failure. */
  byMethod?: Record<string, number>;
  /**
   * Node ms spent in the executions the action started: a fresh realm (the bundle's evaluation), the
   * add-on's code and the emulated service calls (so an upper bound of the add-on's own CPU time).
   */
  nodeMs?: number;
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
  /** Minified bytes of dist/Code.js by part (from esbuild's metafile). */
  parts: Array<{ label: string; bytes: number }>;
}

/** The cell-by-cell reference next to ours. */
export interface NaiveResult {
  rows: number;
  naiveRoundTrips: number;
  naiveCells: number;
  naiveEstSeconds: number;
  oursRoundTrips: number;
  oursEstSeconds: number;
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
  scenarios: ScenarioResult[];
  naive: NaiveResult | null;
  bundle: BundleResult | null;
  throughput: ThroughputResult | null;
}
