/**
 * The emulated Advanced Drive service (Drive API v3 subset): permissions.create/list and files.get with
 * Google's resource shapes, default and requested fields, paging, link sharing, and the errors for a bad
 * request, over the same sharing registry as DriveApp.
 */

import { emulatorWith } from './helpers';

const MANIFEST = JSON.stringify({
  timeZone: 'Etc/UTC',
  dependencies: {
    enabledAdvancedServices: [
      { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
    ],
  },
  oauthScopes: ['https://www.googleapis.com/auth/drive.file'],
});

const CODE = `
function make() { return Sheets.Spreadsheets.create({ properties: { title: 'Copy' } }).spreadsheetId; }
function share(id, resource, options) { return Drive.Permissions.create(resource, id, options || {}); }
function list(id, options) { return Drive.Permissions.list(id, options || {}); }
function file(id, options) { return Drive.Files.get(id, options || {}); }
`;

function setup() {
  const emulator = emulatorWith(CODE, { userEmail: 'lead@agency.example' }, { 'appsscript.json': MANIFEST });
  const id = (emulator.run('make') as { value: string }).value;
  return { emulator, id };
}

test('permissions.create returns the default fields; list gives emailAddress only when asked, with the owner first', () => {
  const { emulator, id } = setup();
  const created = emulator.run('share', id, { type: 'user', role: 'commenter', emailAddress: 'client@brand.example' });
  expect(created).toEqual({ ok: true, value: { kind: 'drive#permission', id: expect.any(String), type: 'user', role: 'commenter' } });
  expect((emulator.run('list', id) as { value: { permissions: object[] } }).value.permissions).toEqual([
    { kind: 'drive#permission', id: expect.any(String), type: 'user', role: 'owner' },
    { kind: 'drive#permission', id: expect.any(String), type: 'user', role: 'commenter' },
  ]);
  expect(emulator.run('list', id, { fields: 'permissions(emailAddress,role)' })).toEqual({
    ok: true,
    value: { permissions: [{ emailAddress: 'lead@agency.example', role: 'owner' }, { emailAddress: 'client@brand.example', role: 'commenter' }] },
  });
  expect(emulator.driveNotifications).toEqual([{ fileId: id, to: 'client@brand.example', role: 'commenter', message: '' }]);
});

test('permissions.list pages with pageSize and nextPageToken', () => {
  const { emulator, id } = setup();
  for (let i = 0; i < 4; i++) emulator.run('share', id, { type: 'user', role: 'reader', emailAddress: `p${i}@brand.example` }, { sendNotificationEmail: false });
  const first = emulator.run('list', id, { pageSize: 3, fields: 'nextPageToken,permissions(emailAddress)' }) as { value: { nextPageToken: string; permissions: unknown[] } };
  expect(first.value.permissions).toHaveLength(3);
  const second = emulator.run('list', id, { pageSize: 3, pageToken: first.value.nextPageToken, fields: 'nextPageToken,permissions(emailAddress)' });
  expect(second).toEqual({ ok: true, value: { permissions: [{ emailAddress: 'p2@brand.example' }, { emailAddress: 'p3@brand.example' }] } });
  expect(emulator.driveNotifications).toEqual([]);
});

test('bad requests get the API\'s errors; link sharing is recorded as such', () => {
  const { emulator, id } = setup();
  expect(emulator.run('share', id, { type: 'user', emailAddress: 'a@b.example' })).toEqual({
    ok: false,
    error: 'API call to drive.permissions.create failed with error: The permission role field is required.',
  });
  expect(emulator.run('share', id, { type: 'user', role: 'reader', emailAddress: 'not an email' }).ok).toBe(false);
  expect(emulator.run('share', id, { type: 'user', role: 'reader', emailAdress: 'typo@b.example' })).toEqual({
    ok: false,
    error: 'API call to drive.permissions.create failed with error: Invalid JSON payload received. Unknown name "emailAdress" at \'permission\': Cannot find field.',
  });
  expect(emulator.run('share', id, { type: 'anyone', role: 'reader' }).ok).toBe(true);
  const state = JSON.parse(emulator.save()) as { drive: Record<string, { access: string; permission: string }> };
  expect(state.drive[id]).toMatchObject({ access: 'ANYONE_WITH_LINK', permission: 'VIEW' });
  expect(emulator.run('file', id, { fields: 'id,trashed,webViewLink' })).toEqual({
    ok: true,
    value: { id, trashed: false, webViewLink: `https://docs.google.com/spreadsheets/d/${id}/edit` },
  });
});
