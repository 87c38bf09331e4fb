/**
 * The `drive.file` scope as Google documents it: DriveApp needs `drive` or `drive.readonly` for every file
 * (even one the script created); the Advanced Sheets and Drive services accept `drive.file` for the files
 * the app created for this user, and reach no others. The advanced services exist only when the manifest
 * enables them, and a call without its scope fails with the API's "insufficient authentication scopes".
 */

import { emulatorWith } from './helpers';

const auth = (scope: string): string => `https://www.googleapis.com/auth/${scope}`;
const ADVANCED = {
  enabledAdvancedServices: [
    { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
    { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
  ],
};

const CODE = `
function createAndShareWithDriveApp() {
  var ss = SpreadsheetApp.create('Stakeholder view');
  DriveApp.getFileById(ss.getId()).addCommenter('client@example.com');
}
function createAndShareWithApis() {
  var made = Sheets.Spreadsheets.create({ properties: { title: 'Stakeholder view' }, sheets: [{ properties: { title: 'Posts' } }] });
  Drive.Permissions.create({ type: 'user', role: 'commenter', emailAddress: 'client@example.com' }, made.spreadsheetId, { sendNotificationEmail: false });
  var list = Drive.Permissions.list(made.spreadsheetId, { fields: 'permissions(emailAddress,role)' });
  return { id: made.spreadsheetId, sheets: made.sheets.map(function (s) { return s.properties.title; }), permissions: list.permissions };
}
function readOther(id) { return Sheets.Spreadsheets.get(id).spreadsheetId; }
function shareOther(id) { return Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'x@example.com' }, id); }
function readActive() { return Sheets.Spreadsheets.get(SpreadsheetApp.getActiveSpreadsheet().getId()).sheets.length; }
function defined() { return [typeof Sheets, typeof Drive]; }
function makeOther() { return SpreadsheetApp.create('Someone else').getId(); }
`;

function emulatorWithManifest(scopes: string[], dependencies: object = ADVANCED) {
  return emulatorWith(CODE, {}, { 'appsscript.json': JSON.stringify({ timeZone: 'Etc/UTC', dependencies, oauthScopes: scopes }) });
}

describe('drive.file', () => {
  test('DriveApp is refused even for a spreadsheet the script created: it needs drive or drive.readonly', () => {
    const emulator = emulatorWithManifest([auth('spreadsheets'), auth('drive.file')]);
    expect(emulator.run('createAndShareWithDriveApp')).toEqual({
      ok: false,
      error:
        'You do not have permission to call DriveApp.getFileById. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
    });
  });

  test('with full drive, DriveApp reaches the file', () => {
    const emulator = emulatorWithManifest([auth('spreadsheets'), auth('drive')]);
    expect(emulator.run('createAndShareWithDriveApp').ok).toBe(true);
  });

  test('the Sheets and Drive APIs create and share a spreadsheet with drive.file alone', () => {
    const emulator = emulatorWithManifest([auth('drive.file')]);
    expect(emulator.run('createAndShareWithApis')).toEqual({
      ok: true,
      value: {
        id: expect.any(String),
        sheets: ['Posts'],
        permissions: [
          { emailAddress: 'owner@example.com', role: 'owner' },
          { emailAddress: 'client@example.com', role: 'commenter' },
        ],
      },
    });
  });

  test('drive.file does not reach a spreadsheet the app did not create for this user; the document it runs in is reached', () => {
    const emulator = emulatorWithManifest([auth('drive.file'), auth('spreadsheets.currentonly')]);
    const other = emulator.context.quietly(() =>
      (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).create('Not the app’s').getId(),
    );
    expect(emulator.run('readOther', other)).toEqual({
      ok: false,
      error: 'API call to sheets.spreadsheets.get failed with error: The caller does not have permission',
    });
    expect(emulator.run('shareOther', other)).toEqual({
      ok: false,
      error: `API call to drive.permissions.create failed with error: File not found: ${other}.`,
    });
    expect(emulator.run('readOther', '1NoSuchFile')).toEqual({
      ok: false,
      error: 'API call to sheets.spreadsheets.get failed with error: Requested entity was not found.',
    });
    expect(emulator.run('readActive')).toEqual({ ok: true, value: 2 });
    // A file the app created for one user is not reached through another user's grant.
    const made = emulator.run('createAndShareWithApis') as { value: { id: string } };
    expect(emulator.runAsUser('colleague@example.com', 'readOther', made.value.id).ok).toBe(false);
    expect(emulator.run('readOther', made.value.id)).toEqual({ ok: true, value: made.value.id });
  });

  test('without a scope the API accepts, the call fails with the API\'s insufficient-scopes error', () => {
    const emulator = emulatorWithManifest([auth('spreadsheets.currentonly')]);
    expect(emulator.run('createAndShareWithApis')).toEqual({
      ok: false,
      error: 'API call to sheets.spreadsheets.create failed with error: Request had insufficient authentication scopes.',
    });
  });

  test('the advanced services are globals only when the manifest enables them', () => {
    expect(emulatorWithManifest([auth('drive.file')]).run('defined')).toEqual({ ok: true, value: ['object', 'object'] });
    expect(emulatorWithManifest([auth('drive.file')], {}).run('defined')).toEqual({ ok: true, value: ['undefined', 'undefined'] });
  });
});
