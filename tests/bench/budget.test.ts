/** The benchmark's budget judge, cost model and report on fabricated results (no timing, no emulator). */

import type { BenchResult, ScenarioResult } from '../../scripts/lib/bench-types';
import { BUDGET, evaluateBudget, withinBudget } from '../../scripts/lib/budget';
import { COST_MODEL, countFlushes, estimateSeconds } from '../../scripts/lib/cost-model';
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
    flushes: 1,
    cells: 1000,
    estLow: 0.5,
    estHigh: 1,
    startupLow: 0.02,
    startupHigh: 0.06,
    limitSeconds: id.startsWith('onEdit') ? 30 : 360,
    targetSeconds: id.startsWith('onEdit') ? 20 : 180,
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
      scenario('onEdit-cell@20000', 5),
      scenario('onEdit-paste@50', 8),
      scenario('onEdit-paste@5000', 8),
      scenario('onEdit-paste@20000', 8),
      scenario('savePost@5000', 7),
      scenario('savePost-edit@5000', 7),
      scenario('savePost-3@5000', 7),
      scenario('getFormContext@5000', 6),
      scenario('setupCalendar@5000', 20, { sheetReads: { Calendar: 1, Settings: 1, Platforms: 1 } }),
      scenario('monthView-pick@5000', 20, { byMethod: { 'Range.setValues': 1, 'Range.setWrap': 1 } }),
      scenario('monthView-pick@20000', 20, { byMethod: { 'Range.setValues': 1 } }),
      scenario('monthView-refresh@5000', 20, { byMethod: { 'Range.setValues': 1 } }),
      scenario('dashboard-redraw@20000', 16, { byMethod: { 'Range.setValues': 1 } }),
      scenario('monthView@5000', 0, { state: 'not-built' }),
    ],
    naive: {
      rows: 500,
      naiveRoundTrips: 8512,
      naiveCells: 8512,
      naiveEstLow: 20,
      naiveEstHigh: 60,
      oursRoundTrips: 9,
      oursEstHigh: 1,
      ratio: 8512 / 9,
    },
    bundle: {
      codeBytes: 150_000,
      sidebarBytes: 100_000,
      codeEvalMs: 5,
      referenceEvalMs: 2,
      runs: 30,
      parts: [
        { label: 'src/domain', bytes: 100_000 },
        { label: 'npm zod', bytes: 49_900 },
      ],
      partsTotalBytes: 149_900,
    },
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
    expect(lines.some((line) => line.name.includes('monthView@5000'))).toBe(false);
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
    expect(over(replaceScenario(goodResult(), 'onEdit-paste@5000', { roundTrips: 12 }))).toContain(
      'round trips onEdit-paste@5000',
    );
    expect(over(replaceScenario(goodResult(), 'savePost@5000', { roundTrips: BUDGET.maxRoundTrips['savePost@5000'] + 1 }))).toEqual([
      'round trips savePost@5000',
    ]);
  });

  test('cells over a cell budget fail: reading whole 1,000-row small sheets on a one-cell edit', () => {
    expect(over(replaceScenario(goodResult(), 'onEdit-cell@5000', { cells: 13_050 }))).toEqual(['cells onEdit-cell@5000']);
    expect(over(replaceScenario(goodResult(), 'savePost@5000', { cells: 31_049 }))).toEqual(['cells savePost@5000']);
    expect(over(replaceScenario(goodResult(), 'getFormContext@5000', { cells: 26_047 }))).toEqual(['cells getFormContext@5000']);
  });

  test('an upgrade that reads the Calendar a third time (beyond its values and the ID formulas) or Settings three times fails', () => {
    const twice = replaceScenario(goodResult(), 'setupCalendar@5000', { sheetReads: { Calendar: 3, Settings: 3 } });
    expect(over(twice)).toEqual(['Calendar value reads setupCalendar@5000', 'Settings value reads setupCalendar@5000']);
  });

  test('a redraw that rewrites unchanged layout (protection, widths, frozen rows, wrap) fails', () => {
    const rewrites = replaceScenario(goodResult(), 'monthView-refresh@5000', {
      byMethod: { 'Sheet.protect': 1, 'Range.setWrap': 1, 'Sheet.setColumnWidths': 1, 'Sheet.setFrozenRows': 1 },
    });
    const line = evaluateBudget(rewrites).find((candidate) => candidate.name === 'unchanged layout writes monthView-refresh@5000');
    expect(line?.status).toBe('OVER');
    expect(line?.note).toContain('Sheet.protect');
    // Another month may be longer: its new rows get wrap, which is a change.
    expect(over(goodResult())).toEqual([]);
  });

  test('a budgeted scenario that is missing, not built or throwing is over budget', () => {
    const missing = { ...goodResult(), scenarios: goodResult().scenarios.filter((s) => s.id !== 'savePost@5000') };
    expect(over(missing)).toEqual(['round trips savePost@5000', 'cells savePost@5000']);
    expect(evaluateBudget(missing).find((line) => line.name === 'round trips savePost@5000')?.note).toBe(
      'not measured',
    );
    expect(over(replaceScenario(goodResult(), 'savePost@5000', { state: 'not-built' }))).toEqual([
      'round trips savePost@5000',
      'cells savePost@5000',
    ]);
    const threw = over(replaceScenario(goodResult(), 'onEdit-cell@5000', { state: 'error', error: 'boom' }));
    expect(threw).toEqual(['round trips onEdit-cell@5000', 'cells onEdit-cell@5000', 'runs onEdit-cell@5000']);
  });

  test('any scenario that throws fails the run, budgeted or not', () => {
    const result = goodResult();
    result.scenarios.push(
      scenario('dashboard@5000', 0, { state: 'error', error: 'Emulator: Sheet.foo is not implemented' }),
    );
    expect(over(result)).toEqual(['runs dashboard@5000']);
  });

  test('a high estimate (start-up included) over its target fails unless the line is informational', () => {
    expect(over(replaceScenario(goodResult(), 'onEdit-cell@5000', { estHigh: 19.96 }))).toEqual([
      'high est. s (start-up included) onEdit-cell@5000',
    ]);
    expect(over(replaceScenario(goodResult(), 'onEdit-cell@5000', { estHigh: 19.9 }))).toEqual([]);
    expect(over(replaceScenario(goodResult(), 'onEdit-cell@5000', { estHigh: 25, enforceLimit: false }))).toEqual([]);
    expect(over(replaceScenario(goodResult(), 'checkAllPosts@20000', { estHigh: 181 }))).toEqual([
      'high est. s (start-up included) checkAllPosts@20000',
    ]);
  });

  test('a line whose target is out of reach (hardLimitOnly, with its reason) is held to the hard limit, and shown as info', () => {
    for (const id of Object.keys(BUDGET.hardLimitOnly)) expect(BUDGET.hardLimitOnly[id].length).toBeGreaterThan(40);
    expect(over(replaceScenario(goodResult(), 'monthView-pick@20000', { estHigh: 27.5 }))).toEqual([]);
    expect(over(replaceScenario(goodResult(), 'monthView-pick@20000', { estHigh: 29.96, limitSeconds: 30, targetSeconds: 20 }))).toEqual([
      'high est. s (start-up included) monthView-pick@20000 (hard limit: target out of reach)',
    ]);
    // A 5,000-row paste is held to the 20-s target since the live check stops at LIVE_CHECK_ROWS.
    expect(over(replaceScenario(goodResult(), 'onEdit-paste@5000', { estHigh: 22 }))).toEqual([
      'high est. s (start-up included) onEdit-paste@5000',
    ]);
    const picked = replaceScenario(goodResult(), 'monthView-pick@20000', { estHigh: 27.5, limitSeconds: 30, targetSeconds: 20 });
    const report = renderReport(picked, evaluateBudget(picked));
    expect(report).toMatch(/monthView-pick@20000.*info: over target/);
  });

  test('bundle bytes, the naive ratio, the throughput scaling and posts per second are judged', () => {
    const result = goodResult();
    result.bundle = { ...result.bundle!, codeBytes: BUDGET.maxCodeBytes + 1, sidebarBytes: BUDGET.maxSidebarBytes + 1 };
    result.naive = { ...result.naive!, ratio: 499 };
    result.bundle.codeEvalMs = result.bundle.referenceEvalMs * 8.5;
    result.bundle.partsTotalBytes = 282 * 1024;
    result.throughput = {
      ...result.throughput!,
      scaling: 2.5,
      points: result.throughput!.points.map((point) => ({ ...point, postsPerSecond: BUDGET.minPostsPerSecond - 1 })),
    };
    expect(over(result)).toEqual([
      'dist/Code.js bytes',
      'dist/Sidebar.html bytes',
      'Code.js evaluation / plain-data script',
      'bundle parts add up to the real build',
      'naive / ours at 500 posts',
      'checkPost ms/post scaling 1,000 → 10,000',
      'checkPost posts/s at 10,000',
    ]);
  });
});

describe('estimateSeconds', () => {
  const none = { reads: 0, writes: 0, flushes: 0, cells: 0, addOnMs: 0, startupMs: 0, executions: 1 };

  test("reproduces Google's best-practices example at the high end: 100 flushed rows of 100 single-cell writes ≈ 70 s", () => {
    const perCell = estimateSeconds({ ...none, writes: 10_000, flushes: 100, cells: 10_000 });
    // 100 × 175 ms + 10,000 × 5.25 ms = 70 s, plus the cells themselves.
    expect(perCell.high).toBeCloseTo(70 + 10_000 * 0.00015, 5);
    // One setBackgrounds over the 10,000 cells, flushed at the end: ≈ 1 s (1.5 s with the margin).
    expect(estimateSeconds({ ...none, writes: 1, flushes: 1, cells: 10_000 }).high).toBeCloseTo(0.175 + 0.00525 + 1.5, 5);
  });

  test('reproduces the Stack Overflow figures at the low end: 400 flushed setValues ≈ 12 s', () => {
    expect(estimateSeconds({ ...none, writes: 400, flushes: 400, cells: 4000 }).low).toBeCloseTo(12 + 0.16 + 0.05, 5);
  });

  test('scales the add-on CPU by the factor band and reports the start-up apart', () => {
    const estimate = estimateSeconds({ ...none, reads: 2, addOnMs: 100, startupMs: 20, executions: 2 });
    expect(estimate.parts.low.cpu).toBeCloseTo((100 * COST_MODEL.cpuFactor.low) / 1000);
    expect(estimate.parts.high.cpu).toBeCloseTo((100 * COST_MODEL.cpuFactor.high) / 1000);
    expect(estimate.high).toBeCloseTo(2 * 0.175 + 0.3);
    expect(estimate.startup).toEqual({ low: 0.04, high: 0.12 });
  });

  test('counts a flush for each read after buffered writes, an explicit flush, and the end', () => {
    const call = (kind: 'read' | 'write' | 'other', className = 'Range', method = 'x') => ({ kind, className, method });
    expect(countFlushes([call('read'), call('write'), call('write'), call('read'), call('write')])).toBe(2);
    expect(countFlushes([call('write'), call('other', 'SpreadsheetApp', 'flush'), call('read')])).toBe(1);
    expect(countFlushes([call('read'), call('read')])).toBe(0);
  });

  test('every figure of the model cites a source', () => {
    expect(COST_MODEL.sources.length).toBeGreaterThanOrEqual(4);
    for (const source of COST_MODEL.sources) expect(source.url).toMatch(/^https:\/\//);
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
    expect(text).toContain(`round trips savePost@5000: 40 calls, budget <= ${BUDGET.maxRoundTrips['savePost@5000']} calls`);
    expect(text).toContain('sources:');
    expect(text).toContain('https://developers.google.com/apps-script/guides/support/best-practices');
  });
});
