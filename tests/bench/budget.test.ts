/** The benchmark's budget judge, cost model and report on fabricated results (no timing, no emulator). */

import type { BenchResult, ScenarioResult } from '../../scripts/lib/bench-types';
import { BUDGET, evaluateBudget, withinBudget } from '../../scripts/lib/budget';
import { COST_MODEL, estimateSeconds } from '../../scripts/lib/cost-model';
import { formatTable, renderReport } from '../../scripts/lib/report';

function scenario(id: string, roundTrips: number, overrides: Partial<ScenarioResult> = {}): ScenarioResult {
  return {
    id,
    label: id,
    rows: Number(id.split('@')[1]) || 1,
    state: 'ok',
    reads: Math.ceil(roundTrips / 2),
    writes: Math.floor(roundTrips / 2),
    roundTrips,
    cells: 1000,
    estSeconds: 1,
    limitSeconds: id.startsWith('onEdit') ? 30 : 360,
    enforceLimit: true,
    ...overrides,
  };
}

/** A result that meets every line of the budget. */
function goodResult(): BenchResult {
  return {
    startedAt: '2026-11-26T00:00:00.000Z',
    node: 'v20',
    scenarios: [
      scenario('checkAllPosts@50', 9),
      scenario('checkAllPosts@500', 9),
      scenario('checkAllPosts@5000', 9),
      scenario('checkAllPosts@20000', 9),
      scenario('onEdit-cell@5000', 5),
      scenario('onEdit-paste@50', 8),
      scenario('onEdit-paste@5000', 8),
      scenario('savePost@5000', 7),
      scenario('monthView@5000', 0, { state: 'not-built' }),
    ],
    naive: {
      rows: 500,
      naiveRoundTrips: 8512,
      naiveCells: 8512,
      naiveEstSeconds: 60,
      oursRoundTrips: 9,
      oursEstSeconds: 1,
      ratio: 8512 / 9,
    },
    bundle: { codeBytes: 150_000, sidebarBytes: 100_000, codeEvalMs: 5, referenceEvalMs: 2, runs: 30, parts: [] },
    throughput: {
      runs: 5,
      points: [
        { posts: 1000, medianMs: 50, postsPerSecond: 20000 },
        { posts: 10000, medianMs: 520, postsPerSecond: 19230 },
      ],
      scaling: 1.04,
    },
  };
}

function replaceScenario(result: BenchResult, id: string, change: Partial<ScenarioResult>): BenchResult {
  return { ...result, scenarios: result.scenarios.map((s) => (s.id === id ? { ...s, ...change } : s)) };
}

function over(result: BenchResult): string[] {
  return evaluateBudget(result)
    .filter((line) => line.status === 'OVER')
    .map((line) => line.name);
}

describe('evaluateBudget', () => {
  test('a result within every limit is OK, and a scenario not built yet is not a failure', () => {
    const lines = evaluateBudget(goodResult());
    expect(lines.filter((line) => line.status === 'OVER')).toEqual([]);
    expect(withinBudget(lines)).toBe(true);
    expect(lines.some((line) => line.name.includes('monthView'))).toBe(false);
  });

  test('a per-row Checks write (round trips growing with the rows) is over budget', () => {
    // setValue per row at 5,000 posts: the two reads and the notes call, plus 5,000 writes.
    const perRow = replaceScenario(
      replaceScenario(goodResult(), 'checkAllPosts@5000', { roundTrips: 5008, writes: 5004 }),
      'checkAllPosts@50',
      {
        roundTrips: 58,
        writes: 54,
      },
    );
    expect(over(perRow)).toEqual(
      expect.arrayContaining(['round trips checkAllPosts@5000', 'round trips checkAllPosts@5000 vs checkAllPosts@50']),
    );
    expect(withinBudget(evaluateBudget(perRow))).toBe(false);
  });

  test('round trips that grow with the rows fail even while under the absolute limit', () => {
    const growing = replaceScenario(goodResult(), 'checkAllPosts@5000', { roundTrips: 11 });
    expect(over(growing)).toEqual(['round trips checkAllPosts@5000 vs checkAllPosts@50']);
  });

  test('each budgeted line fails when over its limit', () => {
    expect(over(replaceScenario(goodResult(), 'onEdit-cell@5000', { roundTrips: 7 }))).toEqual([
      'round trips onEdit-cell@5000',
    ]);
    expect(over(replaceScenario(goodResult(), 'onEdit-paste@5000', { roundTrips: 11 }))).toContain(
      'round trips onEdit-paste@5000',
    );
    expect(over(replaceScenario(goodResult(), 'savePost@5000', { roundTrips: 9 }))).toEqual([
      'round trips savePost@5000',
    ]);
  });

  test('a budgeted scenario that is missing, not built or throwing is over budget', () => {
    const missing = { ...goodResult(), scenarios: goodResult().scenarios.filter((s) => s.id !== 'savePost@5000') };
    expect(over(missing)).toEqual(['round trips savePost@5000']);
    expect(evaluateBudget(missing).find((line) => line.name === 'round trips savePost@5000')?.note).toBe(
      'not measured',
    );
    expect(over(replaceScenario(goodResult(), 'savePost@5000', { state: 'not-built' }))).toEqual([
      'round trips savePost@5000',
    ]);
    const threw = over(replaceScenario(goodResult(), 'onEdit-cell@5000', { state: 'error', error: 'boom' }));
    expect(threw).toEqual(['round trips onEdit-cell@5000', 'runs onEdit-cell@5000']);
  });

  test('any scenario that throws fails the run, budgeted or not', () => {
    const result = goodResult();
    result.scenarios.push(
      scenario('dashboard@5000', 0, { state: 'error', error: 'Emulator: Sheet.foo is not implemented' }),
    );
    expect(over(result)).toEqual(['runs dashboard@5000']);
  });

  test('an estimate over its Apps Script limit fails unless the line is informational', () => {
    expect(over(replaceScenario(goodResult(), 'onEdit-paste@5000', { estSeconds: 31 }))).toEqual([
      'est. Apps Script s onEdit-paste@5000',
    ]);
    expect(over(replaceScenario(goodResult(), 'onEdit-paste@5000', { estSeconds: 31, enforceLimit: false }))).toEqual(
      [],
    );
    expect(over(replaceScenario(goodResult(), 'checkAllPosts@20000', { estSeconds: 361 }))).toEqual([
      'est. Apps Script s checkAllPosts@20000',
    ]);
  });

  test('bundle bytes, the naive ratio and the throughput scaling are judged', () => {
    const result = goodResult();
    result.bundle = { ...result.bundle!, codeBytes: BUDGET.maxCodeBytes + 1, sidebarBytes: BUDGET.maxSidebarBytes + 1 };
    result.naive = { ...result.naive!, ratio: 499 };
    result.throughput = { ...result.throughput!, scaling: 2.5 };
    expect(over(result)).toEqual([
      'dist/Code.js bytes',
      'dist/Sidebar.html bytes',
      'naive / ours at 500 posts',
      'checkPost ms/post scaling 1,000 → 10,000',
    ]);
  });
});

describe('estimateSeconds', () => {
  test('reproduces the calibration example: 10,000 single-cell calls ≈ 70 s, one 10,000-cell call ≈ 1 s', () => {
    expect(estimateSeconds({ roundTrips: 10000, cells: 10000, nodeMs: 0 }).seconds).toBeCloseTo(71, 5);
    expect(estimateSeconds({ roundTrips: 1, cells: 10000, nodeMs: 0 }).seconds).toBeCloseTo(1.007, 5);
  });

  test('adds the Node time of the execution, scaled', () => {
    const estimate = estimateSeconds({ roundTrips: 2, cells: 0, nodeMs: 100 });
    expect(estimate.parts.cpu).toBeCloseTo((100 * COST_MODEL.cpuScale) / 1000);
    expect(estimate.seconds).toBeCloseTo(0.014 + 0.2);
  });
});

describe('report', () => {
  test('formatTable pads columns and right-aligns numbers', () => {
    expect(
      formatTable(
        [{ title: 'a' }, { title: 'n', align: 'right' }],
        [
          ['xx', '1'],
          ['y', '100'],
        ],
      ),
    ).toBe(['a     n', '--  ---', 'xx    1', 'y   100'].join('\n'));
  });

  test('the report marks unbuilt lines n/a and lists what is over budget', () => {
    const result = replaceScenario(goodResult(), 'savePost@5000', { roundTrips: 40 });
    const text = renderReport(result, evaluateBudget(result));
    expect(text).toContain('n/a (not built)');
    expect(text).toMatch(/savePost@5000\s.*OVER/);
    expect(text).toContain('OVER BUDGET (1):');
    expect(text).toContain('round trips savePost@5000: 40 calls, budget <= 8 calls');
  });
});
