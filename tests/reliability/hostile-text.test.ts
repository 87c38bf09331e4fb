/**
 * Hostile text (issue #12): text that starts with =, +, -, @ is stored as text on every path that
 * writes cells (savePost fields, the Updated stamp and approver of a user named "=...", onEdit, Check
 * all posts writing back the approval columns, Settings and Platforms values); template scriptlets in
 * data never reach a template (the sidebar is served from a file and data travels as JSON); a
 * 50,001-character caption is refused with a clear message and nothing written.
 *
 * How we know it can fail: mutants.test.ts builds the add-on with textForCell returning its input
 * unguarded and sees formulaInjection() find formulas in the written rows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Emulator } from '../../emulator';
import type { FormContext, SaveResult } from '../../src/shared/rpc-types';
import { formulaInjection, FORMULA_LIKE } from './probes';
import { addon, bundlePath, calendar, columnOf, inspect, runMenu, setUp } from './support';

let emulator: Emulator;
let ready: string;

beforeAll(() => {
  emulator = addon({ freshGlobalsPerExecution: false });
  setUp(emulator);
  ready = emulator.save();
});

function formulasIn(sheetName: string): string[] {
  return inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName(sheetName)!;
    return sheet.getDataRange().getFormulas().flat().filter(Boolean);
  });
}

test('savePost fields, the Updated stamp and the approver of a user named "=..." are stored as text', () => {
  emulator.load(ready);
  expect(formulaInjection(emulator)).toEqual([]);
  const captions = calendar(emulator, (sheet) => sheet.getRange(2, columnOf(emulator, 'Caption'), FORMULA_LIKE.length, 1).getValues().flat());
  expect(captions).toEqual(FORMULA_LIKE);
  const approvers = calendar(emulator, (sheet) => sheet.getRange(2, columnOf(emulator, 'Approved by'), FORMULA_LIKE.length, 1).getValues().flat());
  expect(approvers).toEqual(FORMULA_LIKE.map((text) => `${text}@example.com`));
});

test('onEdit writes the Updated stamp and the approver of a user named "=..." as text', () => {
  emulator.load(ready);
  const user = '=HYPERLINK("http://evil.example")@content-calendar.example';
  const outcome = emulator.editAsUser('Calendar', 'B2:L2', [['2026-12-01', '10:00', '', 'X', 'Text', '', 'Typed by hand', '', '', '', 'Approved']], { user });
  expect(outcome.rejected).toBeUndefined();
  expect(outcome.rejected === undefined && outcome.simple.ok).toBe(true);
  expect(formulasIn('Calendar')).toEqual([]);
  const updated = calendar(emulator, (sheet) => String(sheet.getRange(2, columnOf(emulator, 'Updated')).getValue()));
  expect(updated).toMatch(/^2026-11-26 11:00/);
  const approver = calendar(emulator, (sheet) => sheet.getRange(2, columnOf(emulator, 'Approved by')).getValue());
  expect(approver).toBe(user);
});

test('a paste that approves one row, then Check all posts, write back the approval record of the other rows as text (an approver "=..." and a stamp stay text)', () => {
  emulator.load(ready);
  // Check all posts never records an approval (issue #15 item 6): approvals come from a person setting
  // Status, so the record of an approver named "=..." is written by the form, then kept by a paste.
  for (const [user, caption] of [['=evil@example.com', 'one'], ['bob@content-calendar.example', 'two']]) {
    const saved = emulator.runAsUser(user, 'savePost', { date: '2026-12-01', time: '10:00', platform: 'X', format: 'Text', caption, status: caption === 'one' ? 'Approved' : 'Draft' });
    expect(saved.ok && (saved.value as SaveResult).ok).toBe(true);
  }
  const status = columnOf(emulator, 'Status');
  const a1 = (row: number) => `${String.fromCharCode(64 + status)}${row}`;
  const outcome = emulator.editAsUser('Calendar', `${a1(2)}:${a1(3)}`, [['Draft'], ['Approved']], { user: 'bob@content-calendar.example' });
  expect(outcome.rejected).toBeUndefined();
  expect(runMenu(emulator, 'checkAllPosts', 'carol@example.com').ok).toBe(true);
  expect(formulasIn('Calendar')).toEqual([]);
  const approval = calendar(emulator, (sheet) => sheet.getRange(2, columnOf(emulator, 'Approved by'), 2, 2).getValues());
  expect(approval).toEqual([
    ['=evil@example.com', '2026-11-26 11:00'],
    ['bob@content-calendar.example', '2026-11-26 11:00'],
  ]);
});

test('a platform named "=cmd" in the Settings list and "=1+1" in the Platforms sheet flow into saves, dropdowns and checks as text', () => {
  emulator.load(ready);
  inspect(emulator, (ss) => {
    const settings = ss.getSheetByName('Settings')!;
    const platforms = settings.getRange('A:A').getValues().filter((row) => row[0] !== '').length;
    settings.getRange(platforms + 1, 1).setValue("'=cmd");
    const rules = ss.getSheetByName('Platforms')!;
    rules.getRange(rules.getLastRow() + 1, 1).setValue("'=1+1");
  });
  const saved = emulator.run('savePost', { date: '2026-12-01', platform: '=cmd', caption: '@here =SUM(A1)' });
  expect(saved.ok && (saved.value as SaveResult).ok).toBe(true);
  expect(runMenu(emulator, 'setupCalendar').ok).toBe(true);
  expect(runMenu(emulator, 'checkAllPosts').ok).toBe(true);
  expect(formulasIn('Calendar')).toEqual([]);
  expect(formulasIn('Settings')).toEqual([]);
  expect(formulasIn('Platforms')).toEqual([]);
  const row = calendar(emulator, (sheet) => sheet.getRange(2, 1, 1, sheet.getLastColumn()).getDisplayValues()[0]);
  expect(row[columnOf(emulator, 'Platform') - 1]).toBe('=cmd');
  expect(row[columnOf(emulator, 'Caption') - 1]).toBe('@here =SUM(A1)');
  const context = emulator.run('getFormContext');
  expect(context.ok && (context.value as FormContext).platforms).toContain('=cmd');
});

test('template scriptlets and markup in a caption never reach a template: the sidebar is a file, the post travels as JSON', () => {
  emulator.load(ready);
  const caption = '<?= 1+1 ?> <? throw 1 ?> <script>alert(1)</script><img src=x onerror=alert(2)>';
  const saved = emulator.run('savePost', { date: '2026-12-01', platform: 'Facebook', caption, title: '<?!= "zq9-title" ?>', notes: '</script><?' });
  expect(saved.ok && (saved.value as SaveResult).ok).toBe(true);
  emulator.spreadsheet.setActive('Calendar', 'H2');
  for (const fn of ['showPostForm', 'editSelectedPost']) expect(runMenu(emulator, fn).ok).toBe(true);
  expect(emulator.ui.sidebars.length).toBeGreaterThanOrEqual(2);
  const file = readFileSync(path.join(path.dirname(bundlePath()), 'Sidebar.html'), 'utf8');
  for (const sidebar of emulator.ui.sidebars) {
    // Served as built: the same bytes whatever the calendar holds, so no user data inside.
    expect(sidebar.html === file).toBe(true);
    for (const marker of ['throw 1', 'onerror=alert(2)', 'zq9-title']) expect(sidebar.html.includes(marker)).toBe(false);
  }
  // The bundle never evaluates a template (no createTemplate*, no evaluate()).
  const code = readFileSync(bundlePath(), 'utf8');
  expect(code).not.toMatch(/createTemplate(FromFile)?\s*\(/);
  const context = emulator.run('getFormContext');
  expect(context.ok && (context.value as FormContext).post).toMatchObject({ caption, title: '<?!= "zq9-title" ?>', notes: '</script><?' });
});

test('a 50,001-character caption is refused with a clear message and nothing is written', () => {
  emulator.load(ready);
  emulator.stats.reset();
  const result = emulator.run('savePost', { date: '2026-12-01', platform: 'Facebook', caption: 'x'.repeat(50_001) });
  expect(result).toEqual({ ok: true, value: { ok: false, errors: [{ field: 'caption', message: expect.stringMatching(/50,001 characters.*at most 50,000.*Shorten it by 1\./) }] } });
  expect(emulator.stats.log.filter((call) => call.kind === 'write')).toEqual([]);
  expect(calendar(emulator, (sheet) => sheet.getLastRow())).toBe(1);
});
