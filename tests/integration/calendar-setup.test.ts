/** Set up calendar on the built bundle: empty spreadsheet, existing user data, and twice in a row. */
import { calendarRecords, calendarValues, inspect, loadAddon, setUpCalendar, clickMenu } from '../support/calendar-harness';
import { CALENDAR_COLUMNS, PLATFORMS, STATUSES } from '../../src/domain/post';

const NOW = () => new Date('2026-11-26T10:00:00Z');

test('setup on an empty spreadsheet creates the Calendar, Settings and Platforms sheets', () => {
  const emulator = loadAddon({ now: NOW });
  setUpCalendar(emulator);
  expect(calendarValues(emulator)[0]).toEqual([...CALENDAR_COLUMNS]);
  inspect(emulator, (ss) => {
    const calendar = ss.getSheetByName('Calendar')!;
    expect(calendar.getFrozenRows()).toBe(1);
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(expect.arrayContaining(['Calendar', 'Settings', 'Platforms']));
    expect(ss.getSheets().map((sheet) => sheet.getName())).not.toContain('Sheet1'); // the empty first sheet became the Calendar
    const settings = ss.getSheetByName('Settings')!.getDataRange().getValues();
    expect(settings[0].slice(0, 3)).toEqual(['Platforms', 'Formats', 'Statuses']);
    expect(settings.slice(1, PLATFORMS.length + 1).map((row) => row[0])).toEqual([...PLATFORMS]);
    expect(settings.slice(1, STATUSES.length + 1).map((row) => row[2])).toEqual([...STATUSES]);
    const rules = ss.getSheetByName('Platforms')!.getDataRange().getValues();
    expect(rules.length).toBeGreaterThan(30);
  });
});

test('setup gives Date a date validation and Platform/Format/Status dropdowns that read the Settings sheet', () => {
  const emulator = loadAddon({ now: NOW });
  setUpCalendar(emulator);
  inspect(emulator, (ss) => {
    const calendar = ss.getSheetByName('Calendar')!;
    const header = calendar.getRange(1, 1, 1, calendar.getLastColumn()).getValues()[0];
    const column = (name: string) => header.indexOf(name) + 1;
    const date = calendar.getRange(5, column('Date')).getDataValidation()!;
    expect(String(date.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    expect(date.getAllowInvalid()).toBe(false);
    for (const [name, settingsColumn] of [['Platform', 'A'], ['Format', 'B'], ['Status', 'C']] as const) {
      const rule = calendar.getRange(7, column(name)).getDataValidation()!;
      expect(String(rule.getCriteriaType())).toBe('VALUE_IN_RANGE');
      const source = rule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
      expect(source.getSheet().getName()).toBe('Settings');
      expect(source.getA1Notation().startsWith(`${settingsColumn}2`)).toBe(true);
    }
  });
});

test('a value a team adds to the Settings list appears in the dropdown', () => {
  const emulator = loadAddon({ now: NOW });
  setUpCalendar(emulator);
  inspect(emulator, (ss) => ss.getSheetByName('Settings')!.getRange(PLATFORMS.length + 2, 1).setValue('Snapchat'));
  const rendered = emulator.spreadsheet.renderSheet('Calendar');
  const platformColumn = CALENDAR_COLUMNS.indexOf('Platform');
  expect(rendered.cells[1][platformColumn].dropdown).toContain('Snapchat');
});

test('setup on a sheet with user data and extra columns keeps every row, column, formula, format and validation', () => {
  const emulator = loadAddon({ now: NOW });
  inspect(emulator, (ss) => {
    const sheet = ss.getActiveSheet().setName('Calendar');
    sheet.getRange(1, 1, 3, 5).setValues([
      ['Date', 'Platform', 'Caption', 'Budget', 'Double budget'],
      ['2026-12-01', 'X', 'First planned post', 100, ''],
      ['2026-12-02', 'Instagram', 'Second planned post #one', 250, ''],
    ]);
    sheet.getRange('E2:E3').setFormulas([['=D2*2'], ['=D3*2']]);
    sheet.getRange('D2').setBackground('#ffcc00');
    sheet.getRange('D2:D3').setDataValidation(SpreadsheetAppOf(emulator).newDataValidation().requireNumberBetween(0, 1000).build());
  });
  setUpCalendar(emulator);
  const records = calendarRecords(emulator);
  expect(records).toHaveLength(2);
  expect(records[0]).toMatchObject({ Date: '2026-12-01', Platform: 'X', Caption: 'First planned post', Budget: '100', 'Double budget': '200' });
  expect(records[1]).toMatchObject({ Platform: 'Instagram', Budget: '250', 'Double budget': '500' });
  expect(records[0].ID).toMatch(/^P-[0-9A-Z]{8}$/);
  expect(records[0].Checks).not.toBe('');
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    expect(sheet.getRange('E2').getFormula()).toBe('=D2*2');
    expect(sheet.getRange('D2').getBackground()).toBe('#ffcc00');
    expect(String(sheet.getRange('D3').getDataValidation()!.getCriteriaType())).toBe('NUMBER_BETWEEN');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    expect(header.slice(0, 5)).toEqual(['Date', 'Platform', 'Caption', 'Budget', 'Double budget']);
    expect(header).toEqual(expect.arrayContaining([...CALENDAR_COLUMNS]));
  });
});

function SpreadsheetAppOf(emulator: ReturnType<typeof loadAddon>): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

test('running setup twice changes nothing: no duplicate columns, rules, validations or rows', () => {
  const emulator = loadAddon({ now: NOW });
  setUpCalendar(emulator);
  emulator.run('savePost', { date: '2026-12-01', time: '09:00', platform: 'X', caption: 'Hello' });
  const snapshot = () =>
    inspect(emulator, (ss) => {
      const sheet = ss.getSheetByName('Calendar')!;
      return {
        sheets: ss.getSheets().map((s) => s.getName()),
        values: sheet.getDataRange().getValues().map((row) => row.map(String)),
        rules: sheet.getConditionalFormatRules().length,
        validations: sheet.getRange(2, 1, 1, sheet.getLastColumn()).getDataValidations()[0].map((rule) => (rule ? String(rule.getCriteriaType()) : null)),
        settings: ss.getSheetByName('Settings')!.getDataRange().getValues(),
        platforms: ss.getSheetByName('Platforms')!.getDataRange().getValues().length,
        frozen: sheet.getFrozenRows(),
      };
    });
  const first = snapshot();
  clickMenu(emulator, 'Set up calendar');
  const second = snapshot();
  expect(second).toEqual(first);
  expect(first.rules).toBe(2 + 4 + STATUSES.length); // overdue, Checks error, 4 check marks (issue #19), one per status
});

test('setup keeps a team’s own conditional format rules, ahead of the add-on’s', () => {
  const emulator = loadAddon({ now: NOW });
  setUpCalendar(emulator);
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    const theirs = SpreadsheetAppOf(emulator).newConditionalFormatRule().whenTextContains('URGENT').setBackground('#ff0000').setRanges([sheet.getRange('H2:H100')]).build();
    sheet.setConditionalFormatRules([theirs, ...sheet.getConditionalFormatRules()]);
  });
  clickMenu(emulator, 'Set up calendar');
  inspect(emulator, (ss) => {
    const rules = ss.getSheetByName('Calendar')!.getConditionalFormatRules();
    expect(rules).toHaveLength(3 + 4 + STATUSES.length);
    expect(String(rules[0].getBooleanCondition()!.getCriteriaType())).toBe('TEXT_CONTAINS');
  });
});
