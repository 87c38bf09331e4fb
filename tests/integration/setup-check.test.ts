/** Issue #16: Help › Check this spreadsheet's setup probes the platform without touching the team's data, and the emulator agrees with every recorded report. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Emulator } from '../../emulator';
import { comparableFacts, type SetupReport } from '../../src/domain/setup-check/setup-report';
import { reportFromDialog, runProbesOnEmulator } from '../../scripts/lib/run-probes';
import { CODE_JS } from '../support/dist';
import { call, inspect, loadAddon, menuCaption, setUpCalendar } from '../support/calendar-harness';

const REPORTS = path.join(__dirname, '..', 'fixtures', 'platform-reports');

/** Every sheet's name, values, formulas and protections: what "the team's data" means here. */
function snapshot(emulator: Emulator): string {
  return inspect(emulator, (ss) =>
    JSON.stringify({
      sheets: ss.getSheets().map((sheet) => [sheet.getName(), sheet.getDataRange().getValues(), sheet.getDataRange().getFormulas()]),
      protections: ss
        .getProtections((emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType.RANGE)
        .map((p) => [p.getDescription(), p.getRange().getA1Notation(), p.isWarningOnly()]),
      active: ss.getActiveSheet().getName(),
    }),
  );
}

function ready(): Emulator {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z') });
  setUpCalendar(emulator);
  call(emulator, 'savePost', { date: '2026-12-01', time: '09:00', timeZone: 'America/Los_Angeles', platform: 'X', format: 'Text', caption: '=not a formula' });
  return emulator;
}

test('Help › Check this spreadsheet’s setup shows every probe and the JSON, and leaves the team’s sheets exactly as they were', () => {
  const emulator = ready();
  const before = snapshot(emulator);
  const caption = menuCaption(emulator, 'checkSetup');
  expect(caption).toBe('Check this spreadsheet’s setup');
  const outcome = emulator.clickMenu(`Help > ${caption}`);
  expect(outcome).toMatchObject({ ran: true, ok: true });
  expect(snapshot(emulator)).toBe(before);
  const dialog = emulator.ui.dialogs[emulator.ui.dialogs.length - 1];
  expect(dialog.title).toBe('Setup check');
  const report = reportFromDialog(dialog.html);
  expect(report.probes.map((probe) => [probe.id, probe.status])).toEqual([
    ['intl', expect.stringMatching(/pass|warn/)],
    ['text-apostrophe', 'pass'],
    ['date-wall-time', 'pass'],
    ['zone-offsets', 'pass'],
    ['scopes', 'pass'],
    ['protections', 'pass'],
    ['holiday-calendars', expect.stringMatching(/info|pass|warn/)],
    ['quotas', 'info'],
  ]);
  expect(report.probes.find((probe) => probe.id === 'zone-offsets')!.facts.zones).toContain('America/Los_Angeles'); // a post's zone
  expect(dialog.html).toContain('Every permission the add-on asks for is granted.');
  const block = /<script type="application\/json" id="setup-report">([^]*?)<\/script>/.exec(dialog.html)![1];
  expect(block).not.toContain('<'); // text in the JSON can never end the block early
});

test('the temporary sheet is removed even when a probe fails, and the failure is reported with the platform’s message', () => {
  const emulator = ready();
  const before = snapshot(emulator);
  emulator.failAtCall(1, 'Service Spreadsheets failed while accessing document', (c) => c.className === 'Range' && c.method === 'getFormulas');
  const outcome = emulator.clickMenu(`Help > ${menuCaption(emulator, 'checkSetup')}`);
  expect(outcome).toMatchObject({ ran: true, ok: true });
  expect(snapshot(emulator)).toBe(before);
  const report = reportFromDialog(emulator.ui.dialogs[emulator.ui.dialogs.length - 1].html);
  expect(report.probes.find((probe) => probe.id === 'text-apostrophe')).toMatchObject({
    status: 'fail',
    error: 'Service Spreadsheets failed while accessing document',
  });
  expect(report.probes.find((probe) => probe.id === 'date-wall-time')!.status).toBe('pass'); // the others still ran
});

const recorded = readdirSync(REPORTS)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(path.join(REPORTS, name), 'utf8')) as SetupReport] as const);

test('the emulator’s own report is the first recorded one', () => {
  expect(recorded.map(([name]) => name)).toContain('emulator.json');
});

test.each(recorded)('the emulator agrees with the recorded report %s', (_name, report) => {
  // The recorded platform's Intl chooses the emulator's mode; its zones and clock are replayed.
  const intl = report.probes.find((probe) => probe.id === 'intl')!.facts;
  const ours = runProbesOnEmulator({
    codePath: CODE_JS,
    conservativeRuntime: intl.longOffset === false,
    timeZone: report.spreadsheetTimeZone,
    scriptTimeZone: report.scriptTimeZone,
    now: new Date(report.checkedAt),
  });
  expect(comparableFacts(ours)).toEqual(comparableFacts(report));
});
