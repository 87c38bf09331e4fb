/**
 * A failure injected at every service call of a review decision (approve; request changes) and of
 * audience import (issue #15 items 6 and 11), on the built bundle with the team's own columns,
 * formulas and formats (a formula column inside the decision's written span, team notes on the
 * Audience sheet). After each failure the sheet is as it was or fully written, never half-written
 * (no Status Approved without its approval record, no Audience sheet cleared), the team's cells are
 * intact, and the next command (the person's retry, then Check all posts by a colleague) leaves the
 * repaired state with the reviewer, never the colleague, named as approver.
 *
 * How we know it can fail: with the decision written in several setValues (as before issue #15) a
 * failure between them leaves Status Approved with no approval record, and the Check all posts that
 * follows recorded the colleague as approver; with the import's clear-then-write, a failure at the
 * write left the Audience sheet empty.
 */
import type { Emulator } from '../../emulator';
import type { ReviewQueue, ReviewResult } from '../../src/shared/review-contract';
import { seedCalendar, type Seeded } from './probes';
import { addon, calendar, columnOf, header, inspect, runMenu } from './support';

const REVIEWER = 'reviewer@content-calendar.example';
const COLLEAGUE = 'colleague@content-calendar.example';
const TARGET = 'P-SEED0001';

let emulator: Emulator;
let seeded: Seeded;
let reviewState: string;

beforeAll(() => {
  emulator = addon({ freshGlobalsPerExecution: false });
  seeded = seedCalendar(emulator);
  emulator.load(seeded.state);
  calendar(emulator, (sheet) => {
    // A team formula column between Notes and Checks: inside the span a decision writes.
    const notes = columnOf(emulator, 'Notes');
    sheet.insertColumnAfter(notes);
    sheet.getRange(1, notes + 1).setValue('Cost');
    const rows = sheet.getLastRow() - 1;
    sheet.getRange(2, notes + 1, rows, 1).setFormulas(Array.from({ length: rows }, (_, i) => [`=ROW()*${i + 1}`]));
    sheet.getRange(2, notes + 1, rows, 1).setBackground('#f4cccc');
    const target = sheet.getDataRange().getValues().findIndex((row) => row[0] === TARGET) + 1;
    sheet.getRange(target, columnOf(emulator, 'Status')).setValue('In review');
  });
  reviewState = emulator.save();
});

/** Everything a person could see of the Calendar sheet: values, formulas and backgrounds of every cell. */
function calendarShot(): { rows: unknown[][]; formulas: string[][]; backgrounds: string[][] } {
  return calendar(emulator, (sheet) => {
    const range = sheet.getDataRange();
    return { rows: range.getDisplayValues(), formulas: range.getFormulas(), backgrounds: range.getBackgrounds() };
  });
}

const seen = (): string => {
  const result = emulator.runAsUser(REVIEWER, 'getReviewQueue');
  if (!result.ok) throw new Error(result.error);
  const item = (result.value as ReviewQueue).items.find((i) => i.id === TARGET);
  if (!item) throw new Error(`${TARGET} is not in the queue`);
  return item.seen;
};

/** The calls (`Class.method`) a command makes when nothing fails. */
function callsOf(state: string, command: () => void): string[] {
  emulator.load(state);
  emulator.stats.reset();
  command();
  return emulator.stats.log.map((call) => `${call.className}.${call.method}`);
}

interface Sweep {
  calls: number;
  injected: number;
  reported: number;
  problems: string[];
  /** The calls up to the decision's write whose failure the command absorbed (the decision still done). */
  unreported: string[];
}

function reviewSweep(decision: 'approve' | 'changes'): Sweep {
  emulator.load(reviewState);
  const request = { id: TARGET, decision, comment: 'Checked against the brief', seen: seen() };
  const before = calendarShot();
  const log = callsOf(reviewState, () => {
    const result = emulator.runAsUser(REVIEWER, 'reviewPost', request);
    if (!result.ok || !(result.value as ReviewResult).ok) throw new Error(`the clean decision failed: ${JSON.stringify(result)}`);
  });
  const calls = log.length;
  const decided = calendarShot();
  const targetRow = before.rows.findIndex((row) => row[0] === TARGET);
  const names = header(emulator);
  const cellOf = (shot: { rows: unknown[][] }, name: string) => String(shot.rows[targetRow][names.indexOf(name)]);
  const sweep: Sweep = { calls, injected: 0, reported: 0, problems: [], unreported: [] };
  for (let n = 1; n <= calls; n++) {
    emulator.load(reviewState);
    let fired = false;
    emulator.failAtCall(n, undefined, () => (fired = true));
    sweep.injected++;
    const result = emulator.runAsUser(REVIEWER, 'reviewPost', request);
    const where = `${decision}, failure at call ${n} (${log[n - 1]})`;
    // A failing Session call means Apps Script did not say who the reviewer is: an approval is then
    // refused, a request for changes is recorded without a name (the final checks allow for that).
    const anonymous = /^(Session|User)\./.test(log[n - 1]);
    if (!fired) sweep.problems.push(`${where}: the failure never fired`);
    const ok = result.ok && (result.value as ReviewResult).ok;
    // After the row's single setValues, only best-effort calls remain (the Checks note, the lock's release).
    if (ok && n <= log.lastIndexOf('Range.setValues') + 1) sweep.unreported.push(log[n - 1]);
    if (!ok) {
      sweep.reported++;
      const message = result.ok ? (result.value as { message: string }).message : result.error;
      if (!/\w+ \w+/.test(message)) sweep.problems.push(`${where}: unreadable message "${message}"`);
    }
    const after = calendarShot();
    // Every cell but the decided row's is as it was; the team's formulas and colours everywhere.
    after.rows.forEach((row, i) => {
      if (i !== targetRow && JSON.stringify(row) !== JSON.stringify(before.rows[i])) sweep.problems.push(`${where}: row ${i + 1} changed`);
    });
    if (JSON.stringify(after.formulas) !== JSON.stringify(before.formulas)) sweep.problems.push(`${where}: formulas changed`);
    if (JSON.stringify(after.backgrounds) !== JSON.stringify(before.backgrounds)) sweep.problems.push(`${where}: backgrounds changed`);
    // The decided row is the old one or the decided one, whole.
    const row = JSON.stringify(after.rows[targetRow]);
    const unnamed = JSON.stringify(decided.rows[targetRow]).split(` ${REVIEWER}`).join('');
    const decidedRow = anonymous && decision === 'changes' ? unnamed : JSON.stringify(decided.rows[targetRow]);
    if (row !== JSON.stringify(before.rows[targetRow]) && row !== decidedRow) {
      sweep.problems.push(`${where}: half-written row (Status ${cellOf(after, 'Status')}, Approved by "${cellOf(after, 'Approved by')}", Approval "${cellOf(after, 'Approval').slice(0, 12)}")`);
    }
    if (ok && row !== decidedRow) sweep.problems.push(`${where}: reported done but the row is not decided`);
    // The next commands: the person's retry on a refreshed queue, then a colleague's Check all posts.
    if (!ok) {
      const retry = emulator.runAsUser(REVIEWER, 'reviewPost', { ...request, seen: seen() });
      if (!retry.ok || !(retry.value as ReviewResult).ok) sweep.problems.push(`${where}: the retry failed: ${JSON.stringify(retry).slice(0, 160)}`);
    }
    const checked = runMenu(emulator, 'checkAllPosts', COLLEAGUE);
    if (!checked.ok) sweep.problems.push(`${where}: Check all posts failed: ${checked.error}`);
    const final = calendarShot();
    if (cellOf(final, 'Status') !== cellOf(decided, 'Status')) sweep.problems.push(`${where}: final status ${cellOf(final, 'Status')}`);
    if (!ok || !anonymous) if (cellOf(final, 'Approved by') !== cellOf(decided, 'Approved by')) sweep.problems.push(`${where}: final approver "${cellOf(final, 'Approved by')}"`);
    if (final.rows.some((r) => r[names.indexOf('Approved by')] === COLLEAGUE)) sweep.problems.push(`${where}: Check all recorded the colleague as approver`);
    if (cellOf(final, 'Review comments').split('\n').length !== 1) sweep.problems.push(`${where}: the comment was recorded ${cellOf(final, 'Review comments').split('\n').length} times`);
  }
  return sweep;
}

/** Service calls per command on this calendar (the injection points); a change in them changes the sweep, so it is stated. */
// The audience import: 17 before its heatmaps became gradient rules; now also the sheet's rules read and
// set once, each rule's range looked at (2 calls a rule, 19 rules: one per platform block) to replace
// the imported block's heatmap and keep the team's own rules, and the new rule built (6 calls).
const CALLS = { approve: 43, changes: 35, audience: 61 };

describe('a review decision with a failure at each of its service calls (43 for approve, 35 for request changes): 0 half-written rows', () => {
  test.each(['approve', 'changes'] as const)('%s: the row is old or decided (one write), the team’s cells intact, the retry and Check all leave the reviewer as approver', (decision) => {
    const sweep = reviewSweep(decision);
    expect(sweep.calls).toBe(CALLS[decision]);
    expect(sweep.injected).toBe(sweep.calls);
    expect(sweep.problems).toEqual([]);
    // Every failure up to the row's single write reaches the reviewer, except reading the language
    // setting (the spreadsheet's locale is used instead) and, for a request for changes, not learning the
    // reviewer's name; after the write, the note and the lock's release are best-effort.
    const bestEffort = ['PropertiesService.getDocumentProperties', 'Properties.getProperty'];
    expect([...sweep.unreported].sort()).toEqual((decision === 'changes' ? [...bestEffort, 'Session.getActiveUser', 'User.getEmail'] : bestEffort).sort());
  });
});

const CSV = ['platform,weekday,hour,value', 'LinkedIn,Saturday,20,500', 'Instagram,Mon,9,10', 'Our newsletter,Tue,7,3'].join('\n');

function audienceShot(): { values: unknown[][]; formulas: string[][] } {
  return inspect(emulator, (ss) => {
    const range = ss.getSheetByName('Audience')!.getDataRange();
    return { values: range.getValues(), formulas: range.getFormulas() };
  });
}

test(`audience import with a failure at each of its ${CALLS.audience} service calls: the Audience sheet is old or new, never empty, the team’s cells kept, and a retry imports`, () => {
  emulator.load(reviewState);
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Audience')!;
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 3);
    sheet.getRange('AA1').setValue('Team: source checked by Ana');
    sheet.getRange('AB3').setFormula('=SUM(B3:Y3)');
  });
  const state = emulator.save();
  const before = audienceShot();
  const calls = callsOf(state, () => {
    const result = emulator.run('importAudienceCsv', CSV);
    if (!result.ok || !(result.value as { ok: boolean }).ok) throw new Error(`the clean import failed: ${JSON.stringify(result)}`);
  }).length;
  const imported = audienceShot();
  expect(JSON.stringify(imported)).not.toBe(JSON.stringify(before));
  const problems: string[] = [];
  let reported = 0;
  for (let n = 1; n <= calls; n++) {
    emulator.load(state);
    emulator.failAtCall(n);
    const result = emulator.run('importAudienceCsv', CSV);
    if (!result.ok) reported++;
    const after = audienceShot();
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    if (!same(after.values, before.values) && !same(after.values, imported.values)) problems.push(`failure at call ${n}: the Audience sheet is neither the old one nor the imported one`);
    if (after.values.length < before.values.length) problems.push(`failure at call ${n}: rows lost`);
    if (after.values[0][26] !== 'Team: source checked by Ana' || after.formulas[2][27] !== '=SUM(B3:Y3)') problems.push(`failure at call ${n}: the team's cells were lost`);
    const retry = emulator.run('importAudienceCsv', CSV);
    if (!retry.ok) problems.push(`failure at call ${n}: the retry failed: ${retry.error}`);
    if (!same(audienceShot().values, imported.values)) problems.push(`failure at call ${n}: the retry did not import`);
  }
  expect(calls).toBe(CALLS.audience);
  expect(problems).toEqual([]);
  expect(reported).toBeGreaterThan(0);
});
