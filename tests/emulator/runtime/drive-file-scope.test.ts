/** The `drive.file` scope: DriveApp reaches the files the script created (SpreadsheetApp.create) and no others (engineering §3). */

import { emulatorWith } from './helpers';

const auth = (scope: string): string => `https://www.googleapis.com/auth/${scope}`;

const CODE = `
function createAndShare() {
  var ss = SpreadsheetApp.create('Stakeholder view');
  var file = DriveApp.getFileById(ss.getId());
  file.addCommenter('client@example.com');
  return { id: ss.getId(), viewers: file.getViewers().map(function (u) { return u.getEmail(); }) };
}
function shareActive() {
  return DriveApp.getFileById(SpreadsheetApp.getActiveSpreadsheet().getId()).getName();
}
`;

function emulatorWithScopes(scopes: string[]) {
  return emulatorWith(CODE, {}, { 'appsscript.json': JSON.stringify({ timeZone: 'Etc/UTC', oauthScopes: scopes }) });
}

describe('drive.file', () => {
  test('reaches a spreadsheet the script created: getFileById and sharing work', () => {
    const emulator = emulatorWithScopes([auth('spreadsheets'), auth('drive.file')]);
    const result = emulator.run('createAndShare');
    expect(result).toEqual({ ok: true, value: { id: expect.any(String), viewers: ['client@example.com'] } });
  });

  test('does not reach a file the script did not create: full drive is still required', () => {
    const emulator = emulatorWithScopes([auth('spreadsheets'), auth('drive.file')]);
    expect(emulator.run('shareActive')).toEqual({
      ok: false,
      error:
        'You do not have permission to call DriveApp.getFileById. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
    });
  });

  test('full drive reaches both', () => {
    const emulator = emulatorWithScopes([auth('spreadsheets'), auth('drive')]);
    expect(emulator.run('createAndShare').ok).toBe(true);
    expect(emulator.run('shareActive')).toEqual({ ok: true, value: 'Untitled spreadsheet' });
  });

  test('without any Drive scope, even a created file is out of reach', () => {
    const emulator = emulatorWithScopes([auth('spreadsheets')]);
    const result = emulator.run('createAndShare');
    expect(result.ok).toBe(false);
    expect((result as { error: string }).error).toMatch(/DriveApp\.getFileById\. Required permissions: .*drive\.file/);
  });
});
