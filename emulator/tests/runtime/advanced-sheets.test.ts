/**
 * The emulated Advanced Sheets service (Sheets API v4 subset): Google's request and response JSON,
 * batchUpdate applied all-or-nothing with Google's message for an unknown request, values written RAW
 * or USER_ENTERED, cells written as typed values, merges and protected ranges with editors, over the
 * emulator's own spreadsheets (the result is a real emulated spreadsheet).
 */

import { emulatorWith } from './helpers';

const MANIFEST = JSON.stringify({
  timeZone: 'Etc/UTC',
  dependencies: { enabledAdvancedServices: [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }] },
  // currentonly lets the test read the copy back through SpreadsheetApp facades (the test's own reads, not the add-on's).
  oauthScopes: ['https://www.googleapis.com/auth/drive.file', 'https://www.googleapis.com/auth/spreadsheets.currentonly'],
});

const CODE = `
function make() {
  return Sheets.Spreadsheets.create({ properties: { title: 'Copy', timeZone: 'Europe/Warsaw' }, sheets: [{ properties: { title: 'Posts', gridProperties: { rowCount: 5, columnCount: 3 } } }] });
}
function batch(id, requests) { return Sheets.Spreadsheets.batchUpdate({ requests: requests }, id); }
function update(id, range, values, option) { return Sheets.Spreadsheets.Values.update({ values: values }, id, range, option ? { valueInputOption: option } : {}); }
function read(id, range, render) { return Sheets.Spreadsheets.Values.get(id, range, render ? { valueRenderOption: render } : {}); }
function clear(id, range) { return Sheets.Spreadsheets.Values.clear({}, id, range); }
function get(id) { return Sheets.Spreadsheets.get(id); }
`;

function setup() {
  const emulator = emulatorWith(CODE, { userEmail: 'lead@agency.example' }, { 'appsscript.json': MANIFEST });
  const made = emulator.run('make') as { ok: true; value: { spreadsheetId: string; spreadsheetUrl: string; sheets: Array<{ properties: { sheetId: number; title: string } }> } };
  expect(made.ok).toBe(true);
  const id = made.value.spreadsheetId;
  const sheetId = made.value.sheets[0].properties.sheetId;
  const book = () => emulator.context.quietly(() => (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(id));
  return { emulator, id, sheetId, made: made.value, book };
}

test('create returns the Spreadsheet resource; the copy is a real emulated spreadsheet', () => {
  const { made, book } = setup();
  expect(made).toMatchObject({
    properties: { title: 'Copy', timeZone: 'Europe/Warsaw' },
    sheets: [{ properties: { title: 'Posts', index: 0, sheetType: 'GRID', gridProperties: { rowCount: 5, columnCount: 3 } } }],
    spreadsheetUrl: expect.stringMatching(/^https:\/\/docs\.google\.com\/spreadsheets\/d\//),
  });
  expect(book().getSheets().map((s) => s.getName())).toEqual(['Posts']);
  expect(book().getSpreadsheetTimeZone()).toBe('Europe/Warsaw');
});

test('values: RAW keeps text as text, USER_ENTERED parses as typed; valueInputOption is required; get trims empty edges', () => {
  const { emulator, id } = setup();
  expect(emulator.run('update', id, 'Posts!A1', [['=1+1', '0012', '2026-12-01']], 'RAW')).toEqual({
    ok: true,
    value: { spreadsheetId: id, updatedRange: 'Posts!A1:C1', updatedRows: 1, updatedColumns: 3, updatedCells: 3 },
  });
  expect(emulator.run('read', id, 'Posts!A1:C3', 'UNFORMATTED_VALUE')).toEqual({
    ok: true,
    value: { range: 'Posts!A1:C3', majorDimension: 'ROWS', values: [['=1+1', '0012', '2026-12-01']] },
  });
  emulator.run('update', id, 'Posts!A2:B2', [['=1+1', '0012']], 'USER_ENTERED');
  expect((emulator.run('read', id, 'Posts!A2:B2', 'UNFORMATTED_VALUE') as { value: { values: unknown[][] } }).value.values).toEqual([[2, 12]]);
  expect(emulator.run('update', id, 'Posts!A1', [['x']])).toEqual({
    ok: false,
    error: 'API call to sheets.spreadsheets.values.update failed with error: Invalid valueInputOption: INPUT_VALUE_OPTION_UNSPECIFIED',
  });
  expect(emulator.run('update', id, 'Posts!A9', [['x']], 'RAW')).toEqual({
    ok: false,
    error: "API call to sheets.spreadsheets.values.update failed with error: Range (Posts!A9) exceeds grid limits. Max rows: 5, max columns: 3",
  });
  expect(emulator.run('clear', id, 'Posts!A1:C1')).toEqual({ ok: true, value: { spreadsheetId: id, clearedRange: 'Posts!A1:C1' } });
});

test('batchUpdate: an unknown request gets Google\'s message and nothing of the batch is applied', () => {
  const { emulator, id, sheetId, book } = setup();
  const result = emulator.run('batch', id, [
    { updateCells: { start: { sheetId, rowIndex: 0, columnIndex: 0 }, rows: [{ values: [{ userEnteredValue: { stringValue: 'kept?' } }] }], fields: 'userEnteredValue' } },
    { frobnicate: {} },
  ]);
  expect(result).toEqual({
    ok: false,
    error: 'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid JSON payload received. Unknown name "frobnicate" at \'requests[1]\': Cannot find field.',
  });
  expect(book().getSheetByName('Posts')!.getRange('A1').getValue()).toBe('');
  expect(emulator.run('batch', id, [{ addSheet: {}, deleteSheet: { sheetId } }])).toMatchObject({ ok: false, error: expect.stringContaining("oneof field 'kind' is already set") });
});

test('batchUpdate: updateCells writes typed values and formats, clears what the rows leave out; merges, widths, frozen rows', () => {
  const { emulator, id, sheetId, book } = setup();
  const cell = (value: string | number, bold = false) => ({
    userEnteredValue: typeof value === 'number' ? { numberValue: value } : { stringValue: value },
    userEnteredFormat: { backgroundColor: { red: 1, green: 0, blue: 0 }, textFormat: { bold, strikethrough: !bold }, wrapStrategy: 'WRAP', verticalAlignment: 'TOP' },
    note: bold ? 'a note' : undefined,
  });
  emulator.run('update', id, 'Posts!A1:C3', [['old', 'old', 'old'], ['old', 'old', 'old'], ['old', 'old', 'old']], 'RAW');
  const result = emulator.run('batch', id, [
    { updateSheetProperties: { properties: { sheetId, gridProperties: { frozenRowCount: 1 } }, fields: 'gridProperties.frozenRowCount' } },
    { updateCells: { range: { sheetId }, fields: 'userEnteredValue,userEnteredFormat,note', rows: [{ values: [cell('=SUM(1)', true), cell(7)] }] } },
    { mergeCells: { mergeType: 'MERGE_ALL', range: { sheetId, startRowIndex: 1, endRowIndex: 3, startColumnIndex: 0, endColumnIndex: 2 } } },
    { updateDimensionProperties: { range: { sheetId, dimension: 'COLUMNS', startIndex: 0, endIndex: 3 }, properties: { pixelSize: 160 }, fields: 'pixelSize' } },
  ]);
  expect(result).toEqual({ ok: true, value: { spreadsheetId: id, replies: [{}, {}, {}, {}] } });
  const sheet = book().getSheetByName('Posts')!;
  expect(sheet.getRange('A1:C2').getValues()).toEqual([['=SUM(1)', 7, ''], ['', '', '']]);
  expect(sheet.getRange('A1').getFormula()).toBe('');
  expect(sheet.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'normal']]);
  expect(sheet.getRange('B1').getFontLine()).toBe('line-through');
  expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
  expect(sheet.getRange('A1').getNote()).toBe('a note');
  expect(sheet.getFrozenRows()).toBe(1);
  expect(sheet.getColumnWidth(2)).toBe(160);
  expect(sheet.getRange('A2:B3').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A2:B3']);
  expect(emulator.run('batch', id, [{ unmergeCells: { range: { sheetId } } }]).ok).toBe(true);
  expect(sheet.getRange('A2:B3').getMergedRanges()).toEqual([]);
});

test('batchUpdate: addProtectedRange with editors.users is a protection only those people (and the requester) may edit', () => {
  const { emulator, id, sheetId, book } = setup();
  const result = emulator.run('batch', id, [
    {
      addProtectedRange: {
        protectedRange: {
          range: { sheetId, startRowIndex: 1, endRowIndex: 5, startColumnIndex: 2, endColumnIndex: 3 },
          description: 'Decision of client@brand.example',
          editors: { users: ['client@brand.example'] },
        },
      },
    },
  ]) as { ok: true; value: { replies: Array<{ addProtectedRange: { protectedRange: { protectedRangeId: number; editors: { users: string[] } } } }> } };
  expect(result.ok).toBe(true);
  const added = result.value.replies[0].addProtectedRange.protectedRange;
  expect(added.editors.users).toEqual(['lead@agency.example', 'client@brand.example']);
  const protections = book().getProtections(GoogleAppsScriptProtectionType());
  expect(protections.map((p) => [p.getRange().getA1Notation(), p.getDescription(), p.getEditors().map((u) => u.getEmail())])).toEqual([
    ['C2:C5', 'Decision of client@brand.example', ['lead@agency.example', 'client@brand.example']],
  ]);
  const got = emulator.run('get', id) as { value: { sheets: Array<{ protectedRanges: Array<{ protectedRangeId: number }> }> } };
  expect(got.value.sheets[0].protectedRanges.map((p) => p.protectedRangeId)).toEqual([added.protectedRangeId]);
  expect(emulator.run('batch', id, [{ deleteProtectedRange: { protectedRangeId: added.protectedRangeId } }]).ok).toBe(true);
  expect(book().getProtections(GoogleAppsScriptProtectionType())).toEqual([]);

  function GoogleAppsScriptProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType.RANGE;
  }
});
