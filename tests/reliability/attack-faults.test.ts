/**
 * The fault-injection attack as a standing suite (issue #15): a failure is injected at every service
 * call of a save (new post; edit; edit around a team cell with a link), of Set up calendar (first run
 * on an empty spreadsheet; re-run on a team's calendar), of Check all posts (plain; with a row
 * changed under it, which takes the compare-and-set path) and of onEdit on a paste past the live
 * check's 2,000 rows (its rest marked for Check all). Afterwards the team's cells are intact
 * and no row is half-written, or the next command (the person's retry, Set up again, Check all
 * again) repairs it to exactly what a run without the failure gives. (Review decisions and audience
 * import get the same pattern in the review engineer's file.)
 *
 * How we know it can fail: mutants.test.ts removes the single-write save and the best-effort note
 * write and sees saveFailureSweep report half-written and duplicated rows.
 */
import type { Emulator } from '../../emulator';
import type { SaveResult } from '../../src/shared/rpc-types';
import { checkAllFailureSweep, saveFailureSweep, seedCalendar, type Seeded } from './probes';
import { addon, calendar, columnOf, inspect, onlyColumns, runMenu, snapshot } from './support';

// One realm for all executions (the sweeps run ~1,000 commands); no module state is shared between them.
const emulator: Emulator = addon({ freshGlobalsPerExecution: false });
const empty = emulator.save();
const seeded: Seeded = seedCalendar(emulator);

/** Service calls of `command` on `state`. */
function callsOf(state: string, command: () => void): number {
  emulator.load(state);
  emulator.stats.reset();
  command();
  return emulator.stats.log.length;
}

/** What Set up calendar leaves: sheets, header, frozen rows, validations of row 2, conditional-format formulas, the Calendar's values. */
function structure(): string {
  return inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar');
    if (!sheet) return JSON.stringify({ sheets: ss.getSheets().map((s) => s.getName()) });
    const width = Math.max(sheet.getLastColumn(), 1);
    const idColumn = sheet.getRange(1, 1, 1, width).getValues()[0].indexOf('ID');
    return JSON.stringify({
      sheets: ss.getSheets().map((s) => s.getName()),
      frozen: sheet.getFrozenRows(),
      // New IDs are random: an ID cell counts as "an ID" whatever its value.
      values: sheet.getDataRange().getDisplayValues().map((row, r) => (r === 0 ? row : row.map((value, c) => (c === idColumn && /^P-/.test(value) ? 'P-…' : value)))),
      validations: sheet.getRange(2, 1, 1, width).getDataValidations()[0].map((rule) => (rule ? String(rule.getCriteriaType()) : null)),
      rules: sheet.getConditionalFormatRules().map((rule) => String(rule.getBooleanCondition()?.getCriteriaValues()[0] ?? '')),
      settings: ss.getSheetByName('Settings')?.getDataRange().getValues(),
    });
  });
}


/** Set up calendar with a failure at every call n on `state`: the next Set up gives the clean result, the team's cells untouched throughout. */
function setupSweep(state: string, teamCells: () => string): { calls: number; problems: string[] } {
  const calls = callsOf(state, () => {
    if (!runMenu(emulator, 'setupCalendar').ok) throw new Error('the clean setup failed');
  });
  const names = emulator.stats.log.map((call) => `${call.className}.${call.method}`);
  const clean = structure();
  emulator.load(state);
  const team = teamCells();
  const problems: string[] = [];
  for (let n = 1; n <= calls; n++) {
    emulator.load(state);
    emulator.failAtCall(n, 'Service Spreadsheets timed out while accessing document.');
    runMenu(emulator, 'setupCalendar');
    if (teamCells() !== team) problems.push(`failure at call ${n}: the team's cells changed`);
    const again = runMenu(emulator, 'setupCalendar');
    if (!again.ok) problems.push(`failure at call ${n}: Set up again failed: ${again.error}`);
    if (structure() !== clean) problems.push(`failure at call ${n} (${names[n - 1]}): Set up again did not give the clean result`);
  }
  return { calls, problems };
}

const SAVE_NEW = callsOf(seeded.state, () => emulator.run('savePost', { date: '2026-12-03', platform: 'LinkedIn', format: 'Text', caption: 'x' }));
const SETUP_FIRST = callsOf(empty, () => runMenu(emulator, 'setupCalendar'));
const SETUP_AGAIN = callsOf(seeded.state, () => runMenu(emulator, 'setupCalendar'));
const CHECK_ALL = callsOf(seeded.state, () => runMenu(emulator, 'checkAllPosts'));

test(`a new post: a failure at each of the save's ${SAVE_NEW} service calls leaves the calendar intact or saved once, and the retry saves it once`, () => {
  const report = saveFailureSweep(emulator, seeded, 'new');
  expect(report.injected).toHaveLength(SAVE_NEW);
  expect(report.problems).toEqual([]);
});

test('an edit: a failure at each service call of the save leaves the old row or the new one, and the retry saves the edit', () => {
  const report = saveFailureSweep(emulator, seeded, 'edit');
  expect(report.injected.length).toBeGreaterThan(15);
  expect(report.problems).toEqual([]);
});

test('an edit around a team cell with a link (two writes): a failure at each service call is repaired by the retry, the link kept', () => {
  emulator.load(seeded.state);
  calendar(emulator, (sheet) => {
    const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    sheet.getRange(6, seeded.scoreColumn).setRichTextValue(app.newRichTextValue().setText('Brief').setLinkUrl('https://docs.example/brief').build());
  });
  const state = emulator.save();
  const input = { id: seeded.ids[4], date: '2026-12-05', time: '08:15', platform: 'X', format: 'Text', caption: 'Edited around a link', owner: 'bartek' };
  const calls = callsOf(state, () => emulator.run('savePost', input));
  const problems: string[] = [];
  const link = () => calendar(emulator, (sheet) => sheet.getRange(6, seeded.scoreColumn).getRichTextValue()?.getLinkUrl());
  for (let n = 1; n <= calls; n++) {
    emulator.load(state);
    emulator.failAtCall(n, 'Service Spreadsheets timed out while accessing document.');
    const result = emulator.run('savePost', input);
    const saved = result.ok && (result.value as SaveResult).ok;
    if (link() !== 'https://docs.example/brief') problems.push(`failure at call ${n}: the link was lost`);
    if (!saved) {
      const retry = emulator.run('savePost', input);
      if (!(retry.ok && (retry.value as SaveResult).ok)) problems.push(`failure at call ${n}: the retry failed`);
    }
    const row = calendar(emulator, (sheet) => sheet.getRange(6, 1, 1, sheet.getLastColumn()).getDisplayValues()[0]);
    const at = (name: string) => row[columnOf(emulator, name) - 1];
    if (at('Caption') !== input.caption || at('Owner') !== 'bartek' || at('Platform') !== 'X') problems.push(`failure at call ${n}: after the retry the row is ${JSON.stringify(row).slice(0, 200)}`);
    if (link() !== 'https://docs.example/brief') problems.push(`failure at call ${n}: the link was lost by the retry`);
  }
  expect(calls).toBeGreaterThan(10);
  expect(problems).toEqual([]);
});

test(`Set up calendar on an empty spreadsheet: a failure at each of its ${SETUP_FIRST} service calls is repaired by running it again`, () => {
  const { calls, problems } = setupSweep(empty, () => '');
  expect(calls).toBe(SETUP_FIRST);
  expect(problems).toEqual([]);
});

test(`Set up calendar run again on a team’s calendar: a failure at each of its ${SETUP_AGAIN} service calls leaves the team’s cells intact, and Set up again repairs the rest`, () => {
  const teamCells = () => JSON.stringify(onlyColumns(snapshot(emulator, 'Calendar', 31, seeded.header.length), seeded.userColumns));
  const { calls, problems } = setupSweep(seeded.state, teamCells);
  expect(calls).toBe(SETUP_AGAIN);
  expect(problems).toEqual([]);
});

test(`Check all posts: a failure at each of its ${CHECK_ALL} service calls leaves the team’s cells and IDs intact, and the next run checks every post`, () => {
  const report = checkAllFailureSweep(emulator, seeded);
  expect(report.injected).toHaveLength(CHECK_ALL);
  expect(report.problems).toEqual([]);
});

test('Check all posts with a row changed under it (the compare-and-set path): a failure at each service call leaves the change, and the next run checks it', () => {
  const problems: string[] = [];
  const captionColumn = columnOf(emulator, 'Caption');
  // The person's change lands just before Check all re-reads (its first call under the lock).
  const clean = callsOf(seeded.state, () => runMenu(emulator, 'checkAllPosts'));
  for (let n = 1; n <= clean; n++) {
    emulator.load(seeded.state);
    let count = 0;
    const hook = (call: { className: string; method: string }) => {
      count++;
      if (call.className === 'Lock' && call.method === 'tryLock') {
        emulator.context.quietly(() => calendar(emulator, (sheet) => sheet.getRange(9, captionColumn).setValue('Changed during the check')));
      }
    };
    emulator.context.beforeCall.push(hook);
    emulator.failAtCall(n, 'Service invoked too many times for one day: spreadsheets.');
    try {
      runMenu(emulator, 'checkAllPosts');
    } finally {
      emulator.context.beforeCall.splice(emulator.context.beforeCall.indexOf(hook), 1);
    }
    const caption = calendar(emulator, (sheet) => sheet.getRange(9, captionColumn).getValue());
    if (count >= clean && caption !== 'Changed during the check') problems.push(`failure at call ${n}: the change was reverted`);
    const again = runMenu(emulator, 'checkAllPosts');
    if (!again.ok) problems.push(`failure at call ${n}: the next Check all failed`);
    const checks = calendar(emulator, (sheet) => sheet.getRange(2, columnOf(emulator, 'Checks'), 30, 1).getValues().flat());
    if (checks.some((value) => value === '')) problems.push(`failure at call ${n}: posts without Checks after the next run`);
  }
  expect(problems).toEqual([]);
});

test('a paste past the live check’s 2,000 rows: a failure at each service call of its onEdit leaves the pasted posts as pasted, and Check all then checks every one', () => {
  const names = seeded.header;
  const last = names.indexOf('Notes') + 1;
  const PASTED = 2100;
  const block = Array.from({ length: PASTED }, (_, i) =>
    names.slice(0, last).map((name) => ({ Date: '2026-12-20', Time: '11:00', Platform: 'X', Format: 'Text', Caption: `Pasted ${i}`, Status: 'Draft' })[name as 'Date'] ?? ''),
  );
  const firstRow = 32;
  const range = `A${firstRow}:${String.fromCharCode(64 + last)}${firstRow + PASTED - 1}`;
  emulator.load(seeded.state);
  calendar(emulator, (sheet) => sheet.insertRowsAfter(sheet.getMaxRows(), firstRow + PASTED - sheet.getMaxRows()));
  const roomy = emulator.save();
  const pasted = () => JSON.stringify(calendar(emulator, (sheet) => sheet.getRange(firstRow, columnOf(emulator, 'Caption'), PASTED, 1).getValues()));
  // Every call but Utilities' (getUuid once per new ID, 2,000 of them, and formatDate: computation, not a service).
  const service = (call: { className: string }) => call.className !== 'Utilities';
  callsOf(roomy, () => emulator.editAsUser('Calendar', range, block));
  const points = emulator.stats.log.filter(service).length;
  expect(points).toBeGreaterThan(10);
  expect(points).toBeLessThan(60);
  const problems: string[] = [];
  for (let n = 1; n <= points; n++) {
    emulator.load(roomy);
    emulator.failAtCall(n, 'Service Spreadsheets timed out while accessing document.', service);
    emulator.editAsUser('Calendar', range, block);
    const expected = JSON.stringify(block.map((row) => [row[columnOf(emulator, 'Caption') - 1]]));
    if (pasted() !== expected) problems.push(`failure at call ${n}: the pasted captions changed`);
    if (!runMenu(emulator, 'checkAllPosts').ok) problems.push(`failure at call ${n}: Check all failed`);
    const after = calendar(emulator, (sheet) => sheet.getRange(firstRow, 1, PASTED, columnOf(emulator, 'Checks')).getValues());
    const checks = after.map((row) => String(row[columnOf(emulator, 'Checks') - 1]));
    if (!checks.every((value) => /^[✔✖⚠]/.test(value))) problems.push(`failure at call ${n}: a pasted post left unchecked after Check all`);
    if (!after.every((row) => /^P-/.test(String(row[0])))) problems.push(`failure at call ${n}: a pasted post without an ID after Check all`);
  }
  expect(problems).toEqual([]);
}, 300_000);
