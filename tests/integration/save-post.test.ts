/** savePost and getFormContext on the built bundle: validation, IDs, sorting, deletion, hostile text. */
import { calendarRecords, call, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';
import type { FormContext, SaveResult } from '../../src/shared/rpc-types';

const NOW = () => new Date('2026-11-26T10:00:00Z');

function ready(options = {}) {
  const emulator = loadAddon({ now: NOW, ...options });
  setUpCalendar(emulator);
  return emulator;
}

test('a valid post is written as exactly one row with an ID, Checks and Updated', () => {
  const emulator = ready();
  const result = call<SaveResult>(emulator, 'savePost', {
    date: '2026-12-01', time: '9:05', platform: 'Bluesky', format: 'Text', caption: 'Hello 🌍', owner: 'ana', campaign: 'Winter',
  });
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.row).toBe(2);
  const records = calendarRecords(emulator);
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ ID: result.id, Date: '2026-12-01', Time: '09:05', 'Time zone': 'Europe/Warsaw', Platform: 'Bluesky', Caption: 'Hello 🌍', Status: 'Draft', Owner: 'ana', Campaign: 'Winter' });
  expect(records[0].Checks).toMatch(/^✔/);
  expect(result.checks.counts.caption).toEqual({ used: 7, limit: 300, unit: expect.any(String) });
});

test('choosing several platforms writes one row per platform linked by a shared group, each with its own caption', () => {
  const emulator = ready();
  const result = call<SaveResult>(emulator, 'savePost', {
    date: '2026-12-02', time: '10:00', platforms: ['X', 'LinkedIn'], format: 'Text', caption: 'Shared text', captions: { LinkedIn: 'Longer LinkedIn text' },
  });
  expect(result.ok && result.posts.map((post) => post.platform)).toEqual(['X', 'LinkedIn']);
  const records = calendarRecords(emulator);
  expect(records.map((record) => [record.Platform, record.Caption])).toEqual([['X', 'Shared text'], ['LinkedIn', 'Longer LinkedIn text']]);
  expect(records[0].Campaign).toMatch(/^Group P-/);
  expect(records[1].Campaign).toBe(records[0].Campaign);
  expect(records[0].ID).not.toBe(records[1].ID);
});

test('invalid input returns field errors and writes nothing', () => {
  const emulator = ready();
  const before = calendarRecords(emulator).length;
  const result = call<SaveResult>(emulator, 'savePost', { date: '2026-02-30', time: '25:00', platform: 'Myspace', timeZone: 'Mars/Olympus' });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors.map((error) => error.field).sort()).toEqual(['date', 'platforms', 'time', 'timeZone']);
  expect(result.errors.find((error) => error.field === 'date')!.message).toMatch(/real calendar date/);
  expect(calendarRecords(emulator)).toHaveLength(before);
  for (const bad of [null, 42, 'text', [], { caption: 7 }, { platforms: 'X' }]) {
    const outcome = call<SaveResult>(emulator, 'savePost', bad);
    expect(outcome.ok).toBe(false);
  }
  expect(calendarRecords(emulator)).toHaveLength(before);
});

test('a caption over a cell’s 50,000 characters is refused with a clear message, not a failed write', () => {
  const emulator = ready();
  const result = call<SaveResult>(emulator, 'savePost', { date: '2026-12-01', platform: 'Facebook', caption: 'x'.repeat(50001) });
  expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ field: 'caption', message: expect.stringMatching(/50,001 characters.*at most 50,000/) })] });
  expect(calendarRecords(emulator)).toHaveLength(0);
});

test('captions that look like formulas, numbers or HTML are stored as the exact text', () => {
  const emulator = ready();
  const hostile = ['=HYPERLINK("http://evil.example","click")', '+1 555 0100', '-5% off', '@brand is here', "'quoted", '<img src=x onerror=alert(1)>', '2026-12-01', 'TRUE', '00123', '12 Dec'];
  for (const caption of hostile) call(emulator, 'savePost', { date: '2026-12-01', platform: 'Facebook', caption, title: caption, notes: caption });
  const records = calendarRecords(emulator);
  expect(records.map((record) => record.Caption)).toEqual(hostile);
  expect(records.map((record) => record.Notes)).toEqual(hostile);
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    const formulas = sheet.getRange(2, 1, hostile.length, sheet.getLastColumn()).getFormulas();
    expect(formulas.flat().filter(Boolean)).toEqual([]);
    const captions = sheet.getRange(2, 8, hostile.length, 1).getValues().map((r) => r[0]);
    expect(captions).toEqual(hostile);
  });
});

test('editing finds the row by ID after the sheet was re-sorted and rows were inserted', () => {
  const emulator = ready();
  const first = call<SaveResult>(emulator, 'savePost', { date: '2026-12-05', platform: 'X', caption: 'First' });
  const second = call<SaveResult>(emulator, 'savePost', { date: '2026-12-01', platform: 'X', caption: 'Second' });
  if (!first.ok || !second.ok) throw new Error('seed failed');
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    sheet.getRange(2, 1, 2, sheet.getLastColumn()).sort(2); // by Date: Second now on row 2
    sheet.insertRowsBefore(2, 3);
  });
  const result = call<SaveResult>(emulator, 'savePost', { id: first.id, date: '2026-12-05', platform: 'X', caption: 'First, edited' });
  expect(result.ok && result.row).toBe(6);
  const records = calendarRecords(emulator).filter((record) => record.ID);
  expect(records.map((record) => [record.ID, record.Caption])).toEqual([
    [second.id, 'Second'],
    [first.id, 'First, edited'],
  ]);
});

test('editing a post that was deleted tells the user and overwrites nothing', () => {
  const emulator = ready();
  const first = call<SaveResult>(emulator, 'savePost', { date: '2026-12-05', platform: 'X', caption: 'Doomed' });
  call<SaveResult>(emulator, 'savePost', { date: '2026-12-06', platform: 'X', caption: 'Survivor' });
  if (!first.ok) throw new Error('seed failed');
  inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.deleteRow(2));
  const before = calendarRecords(emulator);
  const result = call<SaveResult>(emulator, 'savePost', { id: first.id, date: '2026-12-05', platform: 'X', caption: 'Edited' });
  expect(result).toEqual({ ok: false, errors: [{ field: 'id', message: expect.stringMatching(/no longer in the Calendar sheet.*Nothing was saved/) }] });
  expect(calendarRecords(emulator)).toEqual(before);
});

test('an edit keeps the team’s own columns, formulas included', () => {
  const emulator = ready();
  const saved = call<SaveResult>(emulator, 'savePost', { date: '2026-12-05', platform: 'X', caption: 'Budgeted' });
  if (!saved.ok) throw new Error('seed failed');
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    sheet.insertColumnAfter(8); // a column of the team's own between Caption and Hashtags
    sheet.getRange('I1').setValue('Budget');
    sheet.getRange('I2').setFormula('=LEN(H2)');
  });
  call<SaveResult>(emulator, 'savePost', { id: saved.id, date: '2026-12-05', platform: 'X', caption: 'Budgeted more' });
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    expect(sheet.getRange('I2').getFormula()).toBe('=LEN(H2)');
    expect(sheet.getRange('I2').getValue()).toBe(13);
    expect(sheet.getRange('H2').getValue()).toBe('Budgeted more');
  });
});

test('getFormContext returns the lists, rules, zone and the selected post as JSON', () => {
  const emulator = ready({ locale: 'pl_PL' });
  const saved = call<SaveResult>(emulator, 'savePost', { date: '2026-12-05', time: '08:00', platform: 'Threads', caption: 'Selected' });
  if (!saved.ok) throw new Error('seed failed');
  emulator.spreadsheet.setActive('Calendar', `C${saved.row}`);
  const context = call<FormContext>(emulator, 'getFormContext');
  expect(context.platforms).toContain('Google Business Profile');
  expect(context.statuses[0]).toBe('Idea');
  expect(context.timeZone).toBe('Europe/Warsaw');
  expect(context.locale).toBe('pl_PL');
  expect(context.today).toBe('2026-11-26');
  expect(context.post).toMatchObject({ id: saved.id, caption: 'Selected', time: '08:00', platform: 'Threads' });
  expect(Array.isArray(context.rules)).toBe(true);
  emulator.spreadsheet.setActive('Settings', 'A1');
  expect(call<FormContext>(emulator, 'getFormContext').post).toBeNull();
});

test('savePost messages follow the spreadsheet locale (Polish)', () => {
  const emulator = ready({ locale: 'pl_PL' });
  const result = call<SaveResult>(emulator, 'savePost', { date: 'jutro', platform: 'X' });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors[0].message).toMatch(/prawdziwą datę/);
});

test('"New post…" never loads the selected post into the form; "Edit selected post" does', () => {
  const emulator = ready();
  const saved = call<SaveResult>(emulator, 'savePost', { date: '2026-12-05', platform: 'X', caption: 'Existing' });
  if (!saved.ok) throw new Error('seed failed');
  emulator.spreadsheet.setActive('Calendar', `H${saved.row}`);
  emulator.clickMenu('New post…');
  expect(emulator.ui.lastSidebar()?.html).toMatch(/<html/i);
  let context = call<FormContext>(emulator, 'getFormContext');
  expect(context.mode).toBe('new');
  expect(context.post).toMatchObject({ id: saved.id }); // offered, not loaded
  emulator.clickMenu('Edit selected post');
  context = call<FormContext>(emulator, 'getFormContext');
  expect(context.mode).toBe('edit');
  expect(context.post).toMatchObject({ id: saved.id, caption: 'Existing' });
});

test('"Edit selected post" with no post row selected says how to select one', () => {
  const emulator = ready();
  emulator.spreadsheet.setActive('Calendar', 'A1');
  emulator.ui.queueAlert('OK');
  emulator.clickMenu('Edit selected post');
  expect(emulator.ui.alerts[emulator.ui.alerts.length - 1]).toMatchObject({ prompt: expect.stringMatching(/Select a post/) });
  expect(emulator.ui.sidebars).toHaveLength(0);
});
