/** Approval snapshots that cannot be fooled: approving records who, when and what; a later change sends the post back. */
import { calendarRecords, call, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';
import type { SaveResult } from '../../src/shared/rpc-types';
import { CALENDAR_COLUMNS } from '../../src/domain/post';

const col = (name: (typeof CALENDAR_COLUMNS)[number]) => String.fromCharCode(65 + CALENDAR_COLUMNS.indexOf(name));

function approvedPost(settings: { mode?: string } = {}) {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z'), userEmail: 'lead@agency.example', developerEmail: 'dev@agency.example' });
  setUpCalendar(emulator);
  if (settings.mode) {
    inspect(emulator, (ss) => {
      const grid = ss.getSheetByName('Settings')!.getDataRange().getValues();
      const row = grid.findIndex((r) => r[4] === 'After an approved post changes');
      ss.getSheetByName('Settings')!.getRange(row + 1, 6).setValue(settings.mode);
    });
  }
  const saved = call<SaveResult>(emulator, 'savePost', { date: '2026-12-01', time: '09:00', platform: 'LinkedIn', format: 'Text', caption: 'Approved words', notes: 'internal', status: 'In review' });
  if (!saved.ok) throw new Error('seed failed');
  emulator.editAsUser('Calendar', `${col('Status')}${saved.row}`, [['Approved']]);
  return { emulator, saved };
}

test('approving a post by cell edit records the approver, the time and a fingerprint', () => {
  const { emulator } = approvedPost();
  const [record] = calendarRecords(emulator);
  expect(record.Status).toBe('Approved');
  expect(record['Approved by']).toBe('lead@agency.example');
  expect(record['Approved at']).toBe('2026-11-26 11:00');
  expect(record.Approval).toMatch(/^v1 platform:[0-9a-f]{8} date:[0-9a-f]{8} time:/);
});

test('editing the caption after approval sends the post back to In review, naming the changed field', () => {
  const { emulator, saved } = approvedPost();
  emulator.editAsUser('Calendar', `${col('Caption')}${saved.row}`, [['Different words']]);
  const [record] = calendarRecords(emulator);
  expect(record.Status).toBe('In review');
  expect(record.Checks).toMatch(/Changed after approval: caption/);
});

test('editing Notes after approval changes nothing about the approval', () => {
  const { emulator, saved } = approvedPost();
  const before = calendarRecords(emulator)[0];
  emulator.editAsUser('Calendar', `${col('Notes')}${saved.row}`, [['other internal note']]);
  const after = calendarRecords(emulator)[0];
  expect(after.Status).toBe('Approved');
  expect(after.Approval).toBe(before.Approval);
  expect(after.Checks).not.toMatch(/Changed after approval/);
});

test('a change through the form after approval is caught as well', () => {
  const { emulator, saved } = approvedPost();
  const result = call<SaveResult>(emulator, 'savePost', { id: saved.id, date: '2026-12-01', time: '10:30', platform: 'LinkedIn', format: 'Text', caption: 'Approved words', status: 'Approved' });
  expect(result.ok).toBe(true);
  const [record] = calendarRecords(emulator);
  expect(record.Status).toBe('In review');
  expect(record.Checks).toMatch(/Changed after approval: time/);
});

test('in "Flag only" mode the status stays but Checks names the change; approving again clears it', () => {
  const { emulator, saved } = approvedPost({ mode: 'Flag only' });
  emulator.editAsUser('Calendar', `${col('Link')}${saved.row}`, [['https://example.com/new']]);
  let [record] = calendarRecords(emulator);
  expect(record.Status).toBe('Approved');
  expect(record.Checks).toMatch(/Changed after approval: link/);
  emulator.editAsUser('Calendar', `${col('Status')}${saved.row}`, [['Approved']]);
  [record] = calendarRecords(emulator);
  expect(record.Checks).not.toMatch(/Changed after approval/);
});

test('Check all posts keeps reporting a change after approval until the post is approved again', () => {
  const { emulator, saved } = approvedPost();
  inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getRange(`${col('Hashtags')}${saved.row}`).setValue('#sneaky'));
  emulator.clickMenu('Check all posts');
  const [record] = calendarRecords(emulator);
  expect(record.Status).toBe('In review');
  expect(record.Checks).toMatch(/Changed after approval: hashtags/);
});

test('setup protects the header row and the add-on’s columns warning-only, and a second setup does not duplicate them', () => {
  const { emulator } = approvedPost();
  const describe = () =>
    inspect(emulator, (ss) =>
      ss
        .getSheetByName('Calendar')!
        .getProtections((emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType.RANGE)
        .map((p) => [p.getDescription().replace(/\. Edits.*$/, ''), p.getRange().getA1Notation(), p.isWarningOnly()]),
    );
  const first = describe();
  expect(first).toEqual(
    expect.arrayContaining([
      ['Content Calendar: header row', 'A1:W1', true],
      ['Content Calendar: ID column', 'A2:A1000', true],
      ['Content Calendar: Checks column', 'P2:P1000', true],
      ['Content Calendar: Updated column', 'Q2:Q1000', true],
    ]),
  );
  emulator.clickMenu('Set up calendar');
  expect(describe()).toEqual(first);
});

test('a person can still edit a protected add-on column (warning-only), and a script can still write it', () => {
  const { emulator, saved } = approvedPost();
  const outcome = emulator.editAsUser('Calendar', `${col('Checks')}${saved.row}`, [['typed by hand']]);
  expect(outcome.rejected).toBeUndefined();
});

test('generated sheets (month view, dashboard) are protected warning-only, once, however often they are refreshed', () => {
  const { emulator } = approvedPost();
  for (let i = 0; i < 2; i++) {
    emulator.clickMenu('Month view');
    emulator.clickMenu('Dashboard');
  }
  inspect(emulator, (ss) => {
    const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheetProtections = ss.getProtections(app.ProtectionType.SHEET).map((p) => [p.getDescription().replace(/\. Edits.*$/, ''), p.isWarningOnly()]);
    expect(sheetProtections).toEqual(
      expect.arrayContaining([
        ['Content Calendar: Month view sheet (generated)', true],
        ['Content Calendar: Dashboard sheet (generated)', true],
      ]),
    );
    expect(sheetProtections).toHaveLength(2);
    const monthView = ss.getSheetByName('Month view')!.protect();
    expect(monthView.getUnprotectedRanges().map((range) => range.getA1Notation())).toEqual(['B1']); // the month picker
  });
  // Picking a month is a person's edit of the open picker cell: no warning, the view redraws.
  expect(emulator.editAsUser('Month view', 'B1', [['2027-01']]).rejected).toBeUndefined();
});
