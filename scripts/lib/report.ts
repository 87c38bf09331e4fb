/** Renders a benchmark result and its budget as one fixed-width plain-text report. */

import type { BenchResult, ScenarioResult } from './bench-types';
import { BUDGET, type BudgetLine } from './budget';
import { describeModel } from './cost-model';

/** A column of a fixed-width table. */
export interface Column {
  title: string;
  align?: 'left' | 'right';
}

/** Lays out rows under titles, each column as wide as its widest cell, two spaces apart. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, i) => Math.max(column.title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (columns[i].align === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(columns.map((column) => column.title)), rule, ...rows.map(line)].join('\n');
}

/** 12345 → "12,345"; fractions keep `digits` decimals. */
export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Budget figures as printed, from the budget itself. */
const BUDGET_TEXT = {
  naive: formatNumber(BUDGET.minNaiveRatio),
  code: `${BUDGET.maxCodeBytes / 1024} KB`,
  sidebar: `${BUDGET.maxSidebarBytes / 1024} KB`,
  scaling: String(BUDGET.maxThroughputScaling),
};

function formatSeconds(seconds: number): string {
  return seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(1);
}

function formatLimit(seconds: number): string {
  return seconds >= 60 ? `${seconds / 60} min` : `${seconds} s`;
}

function scenarioStatus(scenario: ScenarioResult, lines: readonly BudgetLine[]): string {
  if (scenario.state === 'not-built') return 'n/a (not built)';
  if (scenario.state === 'error') return 'ERROR';
  const mine = lines.filter((line) => line.scenario === scenario.id);
  if (mine.some((line) => line.status === 'OVER')) return 'OVER';
  const info = !scenario.enforceLimit || BUDGET.hardLimitOnly[scenario.id] !== undefined;
  if (info && scenario.estHigh + scenario.startupHigh > scenario.targetSeconds) return 'info: over target';
  return 'OK';
}

/** The scenario table: one line per command and size. */
export function scenarioTable(result: BenchResult, lines: readonly BudgetLine[]): string {
  const rows = result.scenarios.map((scenario) => {
    const built = scenario.state === 'ok';
    const budget = [
      scenario.maxRoundTrips !== undefined ? `≤ ${scenario.maxRoundTrips} calls` : '',
      scenario.maxCells !== undefined ? `≤ ${formatNumber(scenario.maxCells)} cells` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return [
      scenario.note ? `${scenario.label} (${scenario.note})` : scenario.label,
      formatNumber(scenario.rows),
      built ? `${scenario.roundTrips} (${scenario.reads}/${scenario.writes}/${scenario.flushes})` : '-',
      built ? formatNumber(scenario.cells) : '-',
      built && scenario.addOnMs !== undefined ? formatNumber(scenario.addOnMs) : '-',
      built ? `${formatSeconds(scenario.estLow)}–${formatSeconds(scenario.estHigh)}` : '-',
      built ? `${formatSeconds(scenario.startupLow)}–${formatSeconds(scenario.startupHigh)}` : '-',
      `${formatLimit(scenario.targetSeconds)} / ${formatLimit(scenario.limitSeconds)}`,
      budget,
      scenarioStatus(scenario, lines),
    ];
  });
  return formatTable(
    [
      { title: 'scenario' },
      { title: 'rows', align: 'right' },
      { title: 'calls (r/w/flush)', align: 'right' },
      { title: 'cells', align: 'right' },
      { title: 'add-on CPU ms', align: 'right' },
      { title: 'est. s low–high', align: 'right' },
      { title: 'start-up s', align: 'right' },
      { title: 'target / limit', align: 'right' },
      { title: 'budget' },
      { title: 'status' },
    ],
    rows,
  );
}

function budgetStatus(lines: readonly BudgetLine[], name: string): string {
  const line = lines.find((candidate) => candidate.name === name);
  return line ? line.status : '';
}

/** Bundle, naive-reference and throughput lines. */
export function otherTable(result: BenchResult, lines: readonly BudgetLine[]): string {
  const rows: string[][] = [];
  const { bundle, naive, throughput } = result;
  if (naive) {
    rows.push([
      `naive check-all (getValue/setValue per cell) at ${formatNumber(naive.rows)} posts`,
      `${formatNumber(naive.naiveRoundTrips)} round trips, est. ${formatSeconds(naive.naiveEstLow)}–${formatSeconds(naive.naiveEstHigh)} s`,
      '',
      '',
    ]);
    rows.push([
      `naive / ours round trips at ${formatNumber(naive.rows)} posts`,
      `${formatNumber(naive.ratio, 0)}× (${formatNumber(naive.naiveRoundTrips)} / ${naive.oursRoundTrips})`,
      `≥ ${BUDGET_TEXT.naive}×`,
      budgetStatus(lines, `naive / ours at ${naive.rows} posts`),
    ]);
  }
  if (bundle) {
    rows.push([
      'dist/Code.js (minified)',
      `${formatNumber(bundle.codeBytes)} bytes (${formatNumber(bundle.codeBytes / 1024, 1)} KB)`,
      `≤ ${BUDGET_TEXT.code}`,
      budgetStatus(lines, 'dist/Code.js bytes'),
    ]);
    rows.push([
      '  parts, from the real build (scripts/build.mjs serverBuildOptions)',
      `${formatNumber(bundle.parts.reduce((sum, part) => sum + part.bytes, 0))} of ${formatNumber(bundle.partsTotalBytes)} bytes`,
      '',
      budgetStatus(lines, 'bundle parts add up to the real build'),
    ]);
    for (const part of bundle.parts) {
      rows.push([
        `  of which ${part.label}`,
        `${formatNumber(part.bytes)} bytes (${formatNumber(part.bytes / 1024, 1)} KB)`,
        '',
        '',
      ]);
    }
    rows.push([
      'dist/Sidebar.html (minified)',
      `${formatNumber(bundle.sidebarBytes)} bytes (${formatNumber(bundle.sidebarBytes / 1024, 1)} KB)`,
      `≤ ${BUDGET_TEXT.sidebar}`,
      budgetStatus(lines, 'dist/Sidebar.html bytes'),
    ]);
    rows.push([
      `evaluate dist/Code.js in a fresh node:vm context (median CPU of ${bundle.runs})`,
      `${bundle.codeEvalMs.toFixed(2)} ms = ${(bundle.codeEvalMs / bundle.referenceEvalMs).toFixed(2)}× a plain-data script of the same size (${bundle.referenceEvalMs.toFixed(2)} ms)`,
      `≤ ${BUDGET.maxEvalRatio}×`,
      budgetStatus(lines, 'Code.js evaluation / plain-data script'),
    ]);
  }
  if (throughput) {
    for (const point of throughput.points) {
      rows.push([
        `domain checkPost throughput at ${formatNumber(point.posts)} posts (median CPU of ${throughput.runs})`,
        `${formatNumber(point.postsPerSecond)} posts/s (${point.medianMs.toFixed(1)} ms)`,
        '',
        '',
      ]);
    }
    rows.push([
      `scaling ${formatNumber(throughput.points[0].posts)} → ${formatNumber(throughput.points[throughput.points.length - 1].posts)} posts (ms per post ratio; 1 = linear)`,
      `${throughput.scaling.toFixed(2)}×`,
      `≤ ${BUDGET_TEXT.scaling}×`,
      budgetStatus(lines, 'checkPost ms/post scaling 1,000 → 10,000'),
    ]);
  }
  return formatTable([{ title: 'measure' }, { title: 'value' }, { title: 'budget' }, { title: 'status' }], rows);
}

/** The whole report: scenario table, other measures, the cost model in one line, and any failed lines. */
export function renderReport(result: BenchResult, lines: readonly BudgetLine[]): string {
  const over = lines.filter((line) => line.status === 'OVER');
  const parts = [scenarioTable(result, lines), '', otherTable(result, lines), '', describeModel()];
  if (over.length > 0) {
    parts.push('', `OVER BUDGET (${over.length}):`);
    for (const line of over) {
      const actual = line.actual === null ? (line.note ?? 'not measured') : `${line.actual} ${line.unit}`;
      parts.push(
        `  ${line.name}: ${actual}, budget ${line.comparison} ${line.limit} ${line.unit}${line.note && line.actual !== null ? ` (${line.note})` : ''}`,
      );
    }
  } else {
    parts.push('', `budget: all ${lines.length} lines OK`);
  }
  return parts.join('\n');
}
