/**
 * The emulated Sheets API enforces protected ranges with editors for the user the script runs as (issue
 * #21): a stakeholder's write to another stakeholder's decision column fails with Sheets' message, their
 * own column takes it, the owner may write anywhere; a sheet protection's unprotectedRanges are holes in
 * it; ONE_OF_LIST validation written through updateCells rejects other input typed in the UI.
 */

import { emulatorWith } from './helpers';

const MANIFEST = JSON.stringify({
  timeZone: 'Etc/UTC',
  dependencies: { enabledAdvancedServices: [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }] },
  // The whole spreadsheets scope, so a colleague's run reaches the file through their Drive access.
  oauthScopes: ['https://www.googleapis.com/auth/spreadsheets'],
});

const CODE = `
function make() {
  return Sheets.Spreadsheets.create({ properties: { title: 'Copy' }, sheets: [{ properties: { title: 'Posts', gridProperties: { rowCount: 5, columnCount: 4 } } }] });
}
function batch(id, requests) { return Sheets.Spreadsheets.batchUpdate({ requests: requests }, id); }
function update(id, range, values) { return Sheets.Spreadsheets.Values.update({ values: values }, id, range, { valueInputOption: 'RAW' }); }
function get(id) { return Sheets.Spreadsheets.get(id); }
`;

const OWNER = 'lead@agency.example';
const ANNA = 'anna@brand.example';
const BOB = 'bob@brand.example';

function setup() {
  const emulator = emulatorWith(CODE, { userEmail: OWNER }, { 'appsscript.json': MANIFEST });
  const made = emulator.run('make') as { ok: true; value: { spreadsheetId: string; sheets: Array<{ properties: { sheetId: number } }> } };
  const id = made.value.spreadsheetId;
  const sheetId = made.value.sheets[0].properties.sheetId;
  const range = (c0: number, c1: number) => ({ sheetId, startRowIndex: 1, endRowIndex: 5, startColumnIndex: c0, endColumnIndex: c1 });
  const protect = emulator.run('batch', id, [
    { addProtectedRange: { protectedRange: { range: { sheetId }, editors: { users: [] }, unprotectedRanges: [range(2, 4)] } } },
    { addProtectedRange: { protectedRange: { range: range(2, 3), editors: { users: [ANNA] } } } },
    { addProtectedRange: { protectedRange: { range: range(3, 4), editors: { users: [BOB] } } } },
    {
      updateCells: {
        range: range(2, 4),
        fields: 'dataValidation',
        rows: [{ values: [0, 1].map(() => ({ dataValidation: { condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'Approve' }, { userEnteredValue: 'Request changes' }] }, strict: true, showCustomUi: true } })) }],
      },
    },
  ]);
  expect(protect.ok).toBe(true);
  return { emulator, id, sheetId };
}

test('a write to another stakeholder\'s protected column fails as Google would; their own column and the owner succeed', () => {
  const { emulator, id } = setup();
  const asUser = (user: string, range: string) => emulator.runAsUser(user, 'update', id, range, [['Approve']]);
  expect(asUser(ANNA, 'Posts!D2')).toMatchObject({
    ok: false,
    error: expect.stringMatching(/You are trying to edit a protected cell or object\. Please contact the spreadsheet owner/),
  });
  expect(asUser(ANNA, 'Posts!C2')).toMatchObject({ ok: true });
  expect(asUser(BOB, 'Posts!D2')).toMatchObject({ ok: true });
  expect(asUser(ANNA, 'Posts!A2')).toMatchObject({ ok: false });
  expect(asUser(OWNER, 'Posts!A2')).toMatchObject({ ok: true });
});

test('protected ranges read back with their editors and the sheet protection\'s unprotected ranges', () => {
  const { emulator, id } = setup();
  const got = emulator.run('get', id) as { value: { sheets: Array<{ protectedRanges: Array<{ editors: { users: string[] }; unprotectedRanges?: unknown[] }> }> } };
  const ranges = got.value.sheets[0].protectedRanges;
  expect(ranges[0].unprotectedRanges).toHaveLength(1);
  expect(ranges[1].editors.users).toEqual([OWNER, ANNA]);
});

test('unprotectedRanges are refused on a range protection, with Google\'s sentence', () => {
  const { emulator, id, sheetId } = setup();
  const result = emulator.run('batch', id, [
    { addProtectedRange: { protectedRange: { range: { sheetId, startRowIndex: 0, endRowIndex: 1 }, unprotectedRanges: [{ sheetId, startRowIndex: 0, endRowIndex: 1 }] } } },
  ]);
  expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/Unprotected ranges are only supported on protected sheets/) });
});
