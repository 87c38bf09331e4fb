/** Issue #16 break 6: a colleague's redraw of the Month view and Dashboard never needs to change the owner's protections. */
import type { Emulator } from '../../emulator';
import { clickMenu, inspect, loadAddon, menuCaption, setUpCalendar, call } from '../support/calendar-harness';

const OWNER = 'lead@agency.example';
const COLLEAGUE = 'planner@agency.example';

function sharedCalendar(): Emulator {
  const emulator = loadAddon({ userEmail: OWNER, developerEmail: 'dev@agency.example', now: () => new Date('2026-11-26T10:00:00Z') });
  setUpCalendar(emulator);
  call(emulator, 'savePost', { date: '2026-11-30', time: '09:00', platform: 'LinkedIn', format: 'Text', caption: 'Shared plan' });
  inspect(emulator, (ss) => ss.addEditor(COLLEAGUE));
  clickMenu(emulator, menuCaption(emulator, 'showMonthView'));
  clickMenu(emulator, menuCaption(emulator, 'refreshDashboard'));
  return emulator;
}

function redrawAs(emulator: Emulator, user: string): void {
  for (const name of ['showMonthView', 'refreshDashboard']) {
    const outcome = emulator.clickMenu(menuCaption(emulator, name), { user });
    expect([name, outcome.ok, outcome.error]).toEqual([name, true, undefined]);
  }
}

function sheetProtections(emulator: Emulator): Array<[string, string, boolean, string[]]> {
  return inspect(emulator, (ss) =>
    ss
      .getProtections((emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType.SHEET)
      .map((p) => [p.getRange().getSheet().getName(), p.getDescription(), p.isWarningOnly(), p.getUnprotectedRanges().map((r) => r.getA1Notation())]),
  );
}

test('a colleague redraws the owner’s Month view and Dashboard: both redraw, the protections stay exactly as they were', () => {
  const emulator = sharedCalendar();
  const before = sheetProtections(emulator);
  redrawAs(emulator, COLLEAGUE);
  emulator.editAsUser('Month view', 'B1', [['2027-01']], { user: COLLEAGUE }); // the picker redraws too
  expect(sheetProtections(emulator)).toEqual(before);
  expect(inspect(emulator, (ss) => ss.getSheetByName('Month view')!.getRange('A1:B1').getDisplayValues()[0].join(' '))).toMatch(/2027|January/);
});

test('when the owner changed the protection, a colleague’s redraw keeps the owner’s version and still redraws', () => {
  const emulator = sharedCalendar();
  inspect(emulator, (ss) => {
    const protection = ss.getSheetByName('Dashboard')!.protect();
    protection.setDescription('Team dashboard: ask Lead before changing');
    ss.getSheetByName('Month view')!.protect().setUnprotectedRanges([]);
  });
  const before = sheetProtections(emulator);
  redrawAs(emulator, COLLEAGUE);
  expect(sheetProtections(emulator)).toEqual(before);
  // The owner's own redraw keeps it too: the layout (protection included) is set on the first draw only
  // (issue #18: a redraw writes nothing that did not change), so a team's change to it stands.
  redrawAs(emulator, OWNER);
  expect(sheetProtections(emulator)).toEqual(before);
});
