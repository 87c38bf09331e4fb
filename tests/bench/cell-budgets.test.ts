/** Issue #18 on the built bundle: small sheets read to their used extent, the upgrade reading each sheet once, redraws writing no unchanged layout, unchanged columns not rewritten. */

import { CODE_JS, ROOT } from '../support/dist';
import { call, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';
import { BUDGET } from '../../scripts/lib/budget';
import { runBench } from '../../scripts/lib/run-bench';
import type { ScenarioResult } from '../../scripts/lib/bench-types';

const IDS = [
  'onEdit-cell@5000',
  'savePost@5000',
  'getFormContext@5000',
  'setupCalendar@5000',
  'monthView-refresh@5000',
  'onEdit-paste@50',
];

let scenarios: Map<string, ScenarioResult>;

beforeAll(async () => {
  const run = await runBench({
    root: ROOT,
    domain: {
      checkPost: () => {
        throw new Error('not used by the scenarios');
      },
    },
    bundlePath: CODE_JS,
    only: IDS,
    scenariosOnly: true,
    progress: () => undefined,
  });
  scenarios = new Map(run.result.scenarios.map((scenario) => [scenario.id, scenario]));
  for (const id of IDS) expect(scenarios.get(id)?.state).toBe('ok');
}, 120_000);

function scenario(id: string): ScenarioResult {
  return scenarios.get(id)!;
}

test('onEdit of one cell, savePost and getFormContext stay within their cell budgets (whole 1,000-row small sheets no longer read)', () => {
  for (const id of ['onEdit-cell@5000', 'savePost@5000', 'getFormContext@5000']) {
    expect(scenario(id).cells).toBeLessThanOrEqual(BUDGET.maxCells[id]);
  }
  // Settings and Platforms are read to their last row, never as 1,000 rows; Platforms as A:J, the
  // columns the checks use (Platform..Rule ID), not its Source, Checked on and Notes.
  const small = scenario('savePost@5000').calls!.filter((line) => /^Range\.getValues (Settings|Platforms)!/.test(line));
  expect(small).toEqual([expect.stringMatching(/^Range\.getValues Settings!A1:M\d+ /), expect.stringMatching(/^Range\.getValues Platforms!A1:J\d+ /)]);
});

test('setup on a calendar of 5,000 posts reads the Calendar values once (and the ID column formulas once) and Settings once', () => {
  const result = scenario('setupCalendar@5000');
  expect(result.sheetReads).toMatchObject({ Calendar: 2, Settings: 1 });
  const calendarReads = (result.calls ?? []).filter((call) => /^Range\.get(Values|Formulas) Calendar!/.test(call));
  expect(calendarReads.filter((call) => call.startsWith('Range.getValues'))).toHaveLength(1);
  // The second read is the formulas of the ID column alone (one column), not the rows again.
  expect(calendarReads.filter((call) => call.startsWith('Range.getFormulas'))).toEqual([expect.stringMatching(/^Range\.getFormulas Calendar!A2:A\d+ /)]);
});

test('redrawing the Month view writes none of its unchanged layout (protection, wrap, widths, frozen rows)', () => {
  const methods = scenario('monthView-refresh@5000').byMethod ?? {};
  for (const method of BUDGET.noRedrawWrites['monthView-refresh@5000']) expect(methods[method] ?? 0).toBe(0);
  expect(methods['Range.setValues']).toBeGreaterThan(0);
});

test('a paste of new posts does not rewrite the approval columns it leaves as they are', () => {
  const writes = scenario('onEdit-paste@50').calls!.filter((line) => line.startsWith('Range.setValues'));
  // ID, Checks + Updated; Approved by/at and Approval only where a pasted post is approved.
  expect(writes.length).toBeGreaterThan(0);
  expect(writes.every((line) => !/!P2:T51 /.test(line))).toBe(true);
});

test('a rule below empty rows of the Platforms sheet is still read (the used extent, not the first rows)', () => {
  const emulator = loadAddon();
  setUpCalendar(emulator);
  const row = inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Platforms')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const rules = sheet.getRange(2, 1, sheet.getLastRow() - 1, header.length).getValues();
    const max = header.indexOf('Max');
    const field = header.indexOf('Field');
    const platform = header.indexOf('Platform');
    const index = rules.findIndex((rule) => rule[platform] === 'X' && /caption/i.test(String(rule[field])) && rule[max] !== '');
    const copy = rules[index].slice();
    // The rule moved 300 rows down, below empty rows, with a tiny limit.
    copy[max] = 5;
    sheet.getRange(index + 2, 1, 1, header.length).clearContent();
    const target = sheet.getLastRow() + 300;
    if (sheet.getMaxRows() < target) sheet.insertRowsAfter(sheet.getMaxRows(), target - sheet.getMaxRows());
    sheet.getRange(target, 1, 1, header.length).setValues([copy]);
    return target;
  });
  expect(row).toBeGreaterThan(300);
  const result = call<{ issues: Array<{ code: string; field: string }> }>(emulator, 'checkPost', {
    platform: 'X',
    format: 'Text',
    caption: 'A caption longer than five characters.',
    date: '2026-12-10',
    time: '10:00',
    status: 'Draft',
  });
  expect(result.issues.some((issue) => issue.field === 'caption')).toBe(true);
});

test('a pasted block reads only the columns its checks use, no ID twice, and the formulas of the ID column alone', () => {
  const calls = scenario('onEdit-paste@50').calls!;
  const calendarReads = calls.filter((line) => /^Range\.get(Values|Formulas) Calendar!/.test(line));
  // The header, the post columns (ID .. Notes) and Updated .. the planning columns: Checks (P) and the
  // WoopSocial columns are not read.
  expect(calendarReads).toEqual([
    expect.stringMatching(/^Range\.getValues Calendar!1:1 /),
    expect.stringMatching(/^Range\.getValues Calendar!A2:O51 /),
    expect.stringMatching(/^Range\.getValues Calendar!Q2:Z51 /),
    expect.stringMatching(/^Range\.getFormulas Calendar!A2:A51 /),
  ]);
  // The block covers every row of the calendar: no read of the other rows' IDs.
  expect(calls.filter((line) => /Calendar!A:A|Calendar!A2:A\d+ \(/.test(line) && line.startsWith('Range.getValues'))).toEqual([]);
});
