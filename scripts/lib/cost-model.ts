/** The benchmark's cost model: turns counted Spreadsheet calls, flushes, cells and the add-on's CPU time into a low and a high estimate of Apps Script seconds, each figure with its source. */

import type { CallRecord } from '../../emulator/core/context';

/** A figure known only within a range: the low and the high reading of the measurements behind it. */
export interface Band {
  low: number;
  high: number;
}

/** One published measurement a figure of the model rests on. */
export interface CostSource {
  /** Which figures it supports (`read/flush high`, `per cell low`, ...). */
  supports: string;
  /** What was measured, and what the model takes from it. */
  measured: string;
  url: string;
}

/**
 * The model. Apps Script buffers Spreadsheet writes and commits them ("flushes") before the next read
 * and at the end of the execution (Google's Apps Script blog, "Optimizing Spreadsheet Operations",
 * 2010: "Every time you do a read, we must first empty (commit) the write cache"). So a call costs
 * according to what it does:
 *
 * - a read, or a flush (a read after buffered writes, `SpreadsheetApp.flush()`, the execution's
 *   end with writes pending): `msPerRoundTrip`, a trip to the Sheets back end;
 * - a buffered write: `msPerBufferedWrite`, well under a read;
 * - every cell a read or write covers: `msPerCell`;
 * - the add-on's own CPU time, measured in Node with the emulator's time inside its service calls
 *   taken out: × `cpuFactor`.
 *
 * The execution's start-up (evaluating Code.js, paid by every trigger, menu click and
 * google.script.run call) is reported separately: its measured time × `cpuFactor`.
 */
export interface CostModel {
  msPerRoundTrip: Band;
  msPerBufferedWrite: Band;
  msPerCell: Band;
  cpuFactor: Band;
  sources: CostSource[];
}

/**
 * The documented model. The figures and how each source gives them:
 *
 * - Read or flush, 30–175 ms. Low: writing 400 rows one setValues each, each followed by
 *   SpreadsheetApp.flush(), took about 12 s, ≈ 30 ms per flushed write. High: Google's
 *   best-practices example (100 × 100 cells set one by one with setBackgroundColor, with a flush
 *   after each row, ≈ 70 s) is 700 ms per flushed row; the model gives a quarter of it, 175 ms, to
 *   the flush and the rest to the row's 100 buffered writes. The same Stack Overflow experiment
 *   is consistent with it: one flush after a 4,000-cell write added ≈ 560 ms ≈ 175 ms + 4,000 cells
 *   × 0.1 ms.
 * - Buffered write, 0.4–5.25 ms. Low: the same 400 setValues without flushes took 164 ms, ≈ 0.4 ms
 *   each. High: the rest of Google's 700 ms row, 525 ms over 100 writes.
 * - Per cell, 0.0125–0.15 ms. Low: one setValues of 4,000 cells took under 50 ms. High: Google's
 *   single setBackgrounds over the 10,000 cells took ≈ 1 s (0.1 ms per cell, call included), and
 *   the model adds half again for reads of formatted cells; the margin is an assumption.
 * - CPU factor, 1–3×. Apps Script runs the V8 engine (Google's V8 runtime guide); low: as fast as
 *   Node here; high: three times slower on a shared server. No published figure compares the two:
 *   the range is an assumption, so every budget is judged on the high end.
 */
export const COST_MODEL: CostModel = {
  msPerRoundTrip: { low: 30, high: 175 },
  msPerBufferedWrite: { low: 0.4, high: 5.25 },
  msPerCell: { low: 0.0125, high: 0.15 },
  cpuFactor: { low: 1, high: 3 },
  sources: [
    {
      supports: 'read/flush high, buffered write high, per cell high',
      measured:
        'Google, Apps Script "Best practices", "Use batch operations": 100 × 100 cells set one by one with setBackgroundColor and a SpreadsheetApp.flush() after each row take ≈ 70 s (700 ms per flushed row of 100 writes: 175 ms flush + 100 × 5.25 ms); one setBackgrounds over the same 10,000 cells ≈ 1 s (0.1 ms per cell; high 0.15 with a 50% margin).',
      url: 'https://developers.google.com/apps-script/guides/support/best-practices',
    },
    {
      supports: 'read/flush low, buffered write low, per cell low',
      measured:
        'Stack Overflow, "What is faster: ScriptDb or SpreadsheetApp?" (timed in Apps Script, 400 rows × 10 cells): one setValues of all 4,000 cells < 50 ms (≤ 0.0125 ms per cell); 400 setValues, one per row, 164 ms (0.4 ms per buffered write); the same with a flush after each row ≈ 12 s (≈ 30 ms per flush); one flush after the 4,000-cell write +560 ms (≈ 175 ms + 4,000 × 0.1 ms).',
      url: 'https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp',
    },
    {
      supports: 'flush rule (a read commits the buffered writes first)',
      measured:
        'Google Apps Script blog, "Optimizing Spreadsheet Operations" (2010): writes are cached and committed before every read, so interleaved reads and writes each cost a commit.',
      url: 'https://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html',
    },
    {
      supports: 'CPU factor (assumption), start-up',
      measured:
        'Google, "V8 runtime overview": Apps Script runs scripts on the V8 engine, as Node does; no published figure compares their speed, so 1× (as Node) to 3× (a shared server) is assumed. Start-up = evaluating Code.js in a fresh context, measured, × the same factor.',
      url: 'https://developers.google.com/apps-script/guides/v8-runtime',
    },
    {
      supports: 'limits',
      measured:
        'Google, "Simple triggers", Restrictions: "They cannot run for longer than 30 seconds"; "Quotas for Google Services": script runtime 6 min per execution.',
      url: 'https://developers.google.com/apps-script/guides/triggers#restrictions',
    },
  ],
};

/** Apps Script's run-time limits, in seconds: 30 s for simple triggers (onEdit, onOpen), 6 min for everything else. */
export const LIMITS = { simpleTrigger: 30, execution: 360 } as const;

/** The limits the high estimates must keep inside, leaving room to spare (issue #18): 20 s for onEdit, 3 min otherwise. */
export const TARGETS = { simpleTrigger: 20, execution: 180 } as const;

/** What one command did, as the emulator counted it. */
export interface CommandCounts {
  reads: number;
  writes: number;
  /** Commits of buffered writes (see countFlushes). */
  flushes: number;
  cells: number;
  /** The add-on's own CPU ms: the execution's, less the emulator's service calls and the bundle's evaluation. */
  addOnMs: number;
  /** CPU ms to evaluate Code.js at the start of each execution (0 when not measured). */
  startupMs: number;
  /** Executions the command took (each pays the start-up). */
  executions: number;
}

/** The parts of one end of an estimate, in seconds. */
export interface EstimateParts {
  roundTrips: number;
  bufferedWrites: number;
  cells: number;
  cpu: number;
}

/** An estimate in seconds: low and high, their parts, and the start-up reported beside them. */
export interface Estimate {
  low: number;
  high: number;
  parts: { low: EstimateParts; high: EstimateParts };
  startup: Band;
}

/**
 * Commits of buffered writes in a call log: a Spreadsheet read after one or more writes, an explicit
 * SpreadsheetApp.flush() with writes pending, and the execution's end with writes pending. Navigation
 * and other services' calls neither flush nor buffer.
 */
export function countFlushes(log: readonly Pick<CallRecord, 'className' | 'method' | 'kind'>[]): number {
  let flushes = 0;
  let pending = false;
  for (const call of log) {
    if (call.kind === 'write') pending = true;
    const explicit = call.className === 'SpreadsheetApp' && call.method === 'flush';
    if (pending && (call.kind === 'read' || explicit)) {
      flushes++;
      pending = false;
    }
  }
  return pending ? flushes + 1 : flushes;
}

function end(counts: CommandCounts, model: CostModel, side: keyof Band): EstimateParts {
  return {
    roundTrips: ((counts.reads + counts.flushes) * model.msPerRoundTrip[side]) / 1000,
    bufferedWrites: (counts.writes * model.msPerBufferedWrite[side]) / 1000,
    cells: (counts.cells * model.msPerCell[side]) / 1000,
    cpu: (counts.addOnMs * model.cpuFactor[side]) / 1000,
  };
}

function total(parts: EstimateParts): number {
  return parts.roundTrips + parts.bufferedWrites + parts.cells + parts.cpu;
}

/**
 * Estimated Apps Script seconds for one command, low and high:
 * `(reads + flushes) × msPerRoundTrip + writes × msPerBufferedWrite + cells × msPerCell + addOnMs × cpuFactor`,
 * with the start-up (`executions × startupMs × cpuFactor`) beside it, not in it.
 */
export function estimateSeconds(counts: CommandCounts, model: CostModel = COST_MODEL): Estimate {
  const low = end(counts, model, 'low');
  const high = end(counts, model, 'high');
  const startup = (side: keyof Band) => (counts.executions * counts.startupMs * model.cpuFactor[side]) / 1000;
  return { low: total(low), high: total(high), parts: { low, high }, startup: { low: startup('low'), high: startup('high') } };
}

/** The model in one paragraph for the report: its figures and, under them, what each rests on. */
export function describeModel(model: CostModel = COST_MODEL): string {
  const band = (b: Band, unit: string) => `${b.low}–${b.high}${unit}`;
  const lines = [
    `cost model (low–high): ${band(model.msPerRoundTrip, ' ms')} per read or flush + ${band(model.msPerBufferedWrite, ' ms')} per buffered write + ${band(model.msPerCell, ' ms')} per cell + the add-on's own CPU time (emulator's service time taken out) × ${band(model.cpuFactor, '')}; start-up (Code.js evaluation × the same factor) shown apart.`,
    'sources:',
    ...model.sources.map((source) => `  [${source.supports}] ${source.measured} ${source.url}`),
  ];
  return lines.join('\n');
}
