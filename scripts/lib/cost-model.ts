/** The benchmark's cost model: turns counted Spreadsheet round trips and cells into estimated Apps Script seconds. */

/**
 * The constants of the model, calibrated from Google's Apps Script "Best Practices" page (§ "Use batch
 * operations"): setting the background of 100 × 100 cells one cell at a time (10,000 setBackgroundColor
 * calls) takes about 70 s, one setBackgrounds over the same 10,000 cells about 1 s. Hence:
 *
 * - `msPerRoundTrip` = 70 s / 10,000 calls ≈ 7 ms per call that reads or writes the spreadsheet;
 * - `msPerCell` = 1 s / 10,000 cells = 0.1 ms per cell a read or write call covers.
 *
 * Apps Script evaluates the whole bundle's global scope at the start of every execution (every onEdit,
 * every menu click, every google.script.run call) and then runs the add-on's own code. Both are
 * measured as the Node process's CPU time inside the execution on the emulator (a fresh realm, so the
 * bundle's evaluation is included; the emulated service calls too, so it is an upper bound) and
 * multiplied by `cpuScale` = 2: an assumption that Apps Script's shared V8 runs our code about half as
 * fast as Node on a developer machine, not a measured figure.
 */
export interface CostModel {
  msPerRoundTrip: number;
  msPerCell: number;
  cpuScale: number;
}

/** The documented default model (see CostModel). */
export const COST_MODEL: CostModel = { msPerRoundTrip: 7, msPerCell: 0.1, cpuScale: 2 };

/** Apps Script's run-time limits, in seconds: 30 s for simple triggers (onEdit, onOpen), 6 min for everything else. */
export const LIMITS = { simpleTrigger: 30, execution: 360 } as const;

/** What one command did, as the emulator counted it. */
export interface CommandCounts {
  roundTrips: number;
  cells: number;
  /** Node CPU ms inside the execution: the bundle's evaluation plus the add-on's code (0 when not measured). */
  nodeMs: number;
}

/** An estimate and its parts, in seconds. */
export interface Estimate {
  seconds: number;
  parts: { roundTrips: number; cells: number; cpu: number };
}

/**
 * Estimated Apps Script seconds for one execution:
 * `roundTrips × msPerRoundTrip + cells × msPerCell + nodeMs × cpuScale`, in seconds.
 */
export function estimateSeconds(counts: CommandCounts, model: CostModel = COST_MODEL): Estimate {
  const parts = {
    roundTrips: (counts.roundTrips * model.msPerRoundTrip) / 1000,
    cells: (counts.cells * model.msPerCell) / 1000,
    cpu: (counts.nodeMs * model.cpuScale) / 1000,
  };
  return { seconds: parts.roundTrips + parts.cells + parts.cpu, parts };
}
