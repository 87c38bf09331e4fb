/**
 * The stakeholder copy on the real platform's terms, on the built bundle (issue #16 break 1, issue #15
 * item 9): built with the Advanced Sheets service and shared with the Advanced Drive service under
 * `drive.file` (DriveApp and SpreadsheetApp.openById are refused with Google's scope errors), text stays
 * text, nobody is removed and no link sharing, a copy out of reach is replaced, and a shared column is
 * found only by the add-on's exact header: look-alike or duplicate headers are refused, never guessed.
 */
import type { Emulator } from '../../emulator';
import type { StakeholderResult } from '../../src/sheets/stakeholder-view';
import type { SaveResult } from '../../src/shared/rpc-types';
import { postsSheet, sheetRequests } from '../../src/sheets/stakeholder-copy';
import { call, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';

const LEAD = 'lead@agency.example';
const SECRET = 'SECRET-NOTE-7731';

function calendar(): Emulator {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z'), userEmail: LEAD, developerEmail: 'dev@agency.example' });
  setUpCalendar(emulator);
  return emulator;
}

function setSetting(emulator: Emulator, key: string, value: string): void {
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Settings')!;
    const row = sheet.getDataRange().getValues().findIndex((r) => r[4] === key);
    sheet.getRange(row + 1, 6).setValue(value);
  });
}

function save(emulator: Emulator, post: Record<string, unknown>): { id: string } {
  const saved = call<SaveResult>(emulator, 'savePost', { date: '2026-12-01', time: '09:00', platform: 'LinkedIn', format: 'Text', status: 'Approved', ...post });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return { id: saved.id };
}

function publish(emulator: Emulator, user = LEAD): StakeholderResult {
  const result = emulator.runAsUser(user, 'publishStakeholderView');
  if (!result.ok) throw new Error(result.error);
  return result.value as StakeholderResult;
}

function copyValues(emulator: Emulator, id: string, sheet = 'Posts'): unknown[][] {
  return emulator.context.quietly(() =>
    (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(id).getSheetByName(sheet)!.getDataRange().getValues(),
  );
}

function sharing(emulator: Emulator, id: string): { owner: string; editors: string[]; commenters: string[]; viewers: string[]; access: string } {
  return (JSON.parse(emulator.save()) as { drive: Record<string, never> }).drive[id];
}

describe('the stakeholder copy under drive.file', () => {
  test('the manifest has neither spreadsheets nor drive, and enables the Sheets v4 and Drive v3 advanced services', () => {
    const emulator = calendar();
    const manifest = emulator.runtime.manifest as { oauthScopes: string[]; dependencies: { enabledAdvancedServices: unknown[] } };
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/drive.file');
    for (const broad of ['spreadsheets', 'drive', 'drive.readonly'])
      expect(manifest.oauthScopes).not.toContain(`https://www.googleapis.com/auth/${broad}`);
    expect(manifest.dependencies.enabledAdvancedServices).toEqual(
      expect.arrayContaining([
        { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
        { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
      ]),
    );
  });

  test('sharing through DriveApp, or opening the copy with SpreadsheetApp.openById, throws Google\'s scope error under this manifest', () => {
    const emulator = calendar();
    save(emulator, { title: 'Launch' });
    setSetting(emulator, 'Stakeholder emails', 'client@brand.example');
    const { id } = publish(emulator);
    const attempt = (fn: () => unknown): string => {
      try {
        emulator.runAs(LEAD, fn);
        return 'no error';
      } catch (error) {
        return (error as Error).message;
      }
    };
    const driveApp = emulator.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;
    expect(attempt(() => driveApp.getFileById(id!).addViewer('client@brand.example'))).toBe(
      'You do not have permission to call DriveApp.getFileById. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
    );
    const spreadsheetApp = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(attempt(() => spreadsheetApp.openById(id!))).toBe(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    // What the add-on uses instead is allowed, and the bundle never names DriveApp or SpreadsheetApp.create/openById.
    const calls = Object.keys(emulator.stats.byMethod);
    expect(calls).toEqual(expect.arrayContaining(['Sheets.Spreadsheets.create', 'Sheets.Spreadsheets.batchUpdate', 'Drive.Permissions.list', 'Drive.Permissions.create']));
    expect(calls.filter((name) => /^(DriveApp|File)\.|SpreadsheetApp\.(create|openById)/.test(name) && !/getFileById|openById/.test(name))).toEqual([]);
  });

  test('shares in the chosen role with a notification, never removes anyone, never turns on link sharing', () => {
    const emulator = calendar();
    save(emulator, { title: 'Launch' });
    setSetting(emulator, 'Stakeholder emails', 'client@brand.example');
    const first = publish(emulator);
    // Someone adds a colleague as an editor by hand; the next publish keeps them and adds only the new person.
    emulator.runAs(LEAD, () =>
      (emulator.runtime.enabledGlobals().Drive as { Permissions: { create: (...a: unknown[]) => unknown } }).Permissions.create(
        { type: 'user', role: 'writer', emailAddress: 'editor@agency.example' }, first.id, { sendNotificationEmail: false },
      ),
    );
    setSetting(emulator, 'Stakeholder emails', 'client@brand.example, editor@agency.example, boss@brand.example');
    setSetting(emulator, 'Stakeholder role', 'viewer');
    const second = publish(emulator);
    expect(second.id).toBe(first.id);
    expect(second.shared).toEqual(['boss@brand.example']);
    expect(second.alreadyShared).toBe(2);
    expect(sharing(emulator, first.id!)).toMatchObject({
      editors: ['editor@agency.example'],
      commenters: ['client@brand.example'],
      viewers: ['boss@brand.example'],
      access: 'PRIVATE',
    });
    expect(emulator.driveNotifications.map((n) => [n.to, n.role])).toEqual([
      ['client@brand.example', 'commenter'],
      ['boss@brand.example', 'reader'],
    ]);
  });

  test('text stays text in the copy: nothing typed becomes a number, a date, a time or a formula', () => {
    const emulator = calendar();
    // (Whether the Calendar itself keeps `1e5` or `9:30 AM` as text is issue #15 item 13; the copy writes what the Calendar holds.)
    const hostile = ['0012', '=IMPORTXML("https://evil.example","//a")', "'quoted", '+1 555', 'TRUE', '1/2', '-5', '50%'];
    hostile.forEach((caption, i) => save(emulator, { title: `T${i}`, caption, date: `2026-12-${String(10 + i)}` }));
    const { id } = publish(emulator);
    const rows = copyValues(emulator, id!);
    const captionAt = rows[0].indexOf('Caption');
    expect(rows.slice(1).map((row) => row[captionAt])).toEqual(hostile);
    expect(rows[1][rows[0].indexOf('Date')]).toBe('2026-12-10');
    const formulas = emulator.context.quietly(() =>
      (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(id!).getSheets().flatMap((s) => s.getDataRange().getFormulas().flat().filter(Boolean)),
    );
    expect(formulas).toEqual([]);
  });

  test('a copy made by another person is out of this person\'s drive.file reach: a new copy is made and the toast says so', () => {
    const emulator = calendar();
    save(emulator, { title: 'Launch' });
    const first = publish(emulator, LEAD);
    const second = publish(emulator, 'colleague@agency.example');
    expect(second.created).toBe(true);
    expect(second.id).not.toBe(first.id);
    expect(second.message).toMatch(/could not be opened/);
    // The colleague's own copy is then reused on their next run.
    expect(publish(emulator, 'colleague@agency.example')).toMatchObject({ id: second.id, created: false });
  });

  test('a copy moved to the trash counts as deleted: a new copy is made and shared, and the toast says so', () => {
    const emulator = calendar();
    save(emulator, { title: 'Launch' });
    setSetting(emulator, 'Stakeholder emails', 'client@brand.example');
    const first = publish(emulator);
    emulator.trashFile(first.id!);
    const second = publish(emulator);
    expect(second).toMatchObject({ ok: true, created: true, shared: ['client@brand.example'] });
    expect(second.id).not.toBe(first.id);
    expect(second.message).toMatch(/could not be opened/);
    expect(Object.keys(emulator.stats.byMethod)).toContain('Drive.Files.get');
  });

  test('a Sheets API failure is reported, never taken for a deleted copy; a failed batch leaves the copy as it was', () => {
    const emulator = calendar();
    const post = save(emulator, { title: 'Launch', caption: 'First words' });
    const first = publish(emulator);
    const stored = () =>
      inspect(emulator, () => (emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties().getProperty('stakeholderViewFileId'));
    emulator.failAtCall(1, 'Internal error encountered.', (c) => c.className === 'Sheets.Spreadsheets' && c.method === 'get');
    const failedRead = publish(emulator);
    expect(failedRead).toMatchObject({ ok: false, message: expect.stringContaining('Google Sheets answered “Internal error encountered.”') });
    expect(stored()).toBe(first.id);
    expect(emulator.spreadsheet.listSpreadsheets()).toHaveLength(2);

    call(emulator, 'savePost', { id: post.id, date: '2026-12-01', time: '09:00', platform: 'LinkedIn', format: 'Text', status: 'Approved', title: 'Launch', caption: 'Second words' });
    emulator.failAtCall(1, 'Quota exceeded.', (c) => c.className === 'Sheets.Spreadsheets' && c.method === 'batchUpdate');
    expect(publish(emulator)).toMatchObject({ ok: false, message: expect.stringContaining('Quota exceeded.') });
    expect(JSON.stringify(copyValues(emulator, first.id!))).toContain('First words');
    expect(publish(emulator)).toMatchObject({ ok: true, id: first.id });
    expect(JSON.stringify(copyValues(emulator, first.id!))).toContain('Second words');
  });

  test('the month view is rebuilt in place: merges, notes and week rows of an earlier month do not linger', () => {
    const emulator = calendar();
    save(emulator, { title: 'Launch', date: '2026-11-30' });
    const first = publish(emulator);
    const before = copyValues(emulator, first.id!, 'Month view').flat().join('\n');
    expect(before).toMatch(/November 2026/);
    emulator.clock.advance(40 * 24 * 3600 * 1000); // January 2027: November is no longer shown
    const second = publish(emulator);
    const after = copyValues(emulator, second.id!, 'Month view').flat().join('\n');
    expect(after).toMatch(/January 2027/);
    expect(after).not.toMatch(/November 2026|Launch/);
  });
});

describe('the copy builder is open to per-stakeholder protected ranges', () => {
  test('a CopySheet with a protection becomes a protected range only its editor (and the owner) may edit; the next publish replaces it', () => {
    const emulator = calendar();
    save(emulator, { title: 'Launch' });
    const { id } = publish(emulator);
    type Api = { Spreadsheets: { get(id: string): { sheets: Array<{ properties: { sheetId: number; title: string }; protectedRanges?: Array<{ editors: { users: string[] }; description: string }> }> }; batchUpdate(body: object, id: string): unknown } };
    const api = emulator.runtime.enabledGlobals().Sheets as Api;
    const posts = () => emulator.runAs(LEAD, () => api.Spreadsheets.get(id!)).sheets.find((s) => s.properties.title === 'Posts')!;
    const sheet = {
      ...postsSheet('Posts', [['Title', 'Decision (client@brand.example)'], ['Launch', '']]),
      protections: [{ startRow: 1, endRow: 2, startColumn: 1, endColumn: 2, description: 'Decision of client@brand.example', editors: ['client@brand.example'] }],
    };
    emulator.runAs(LEAD, () => api.Spreadsheets.batchUpdate({ requests: sheetRequests(posts().properties.sheetId, sheet) }, id!));
    expect(posts().protectedRanges).toEqual([
      expect.objectContaining({ description: 'Decision of client@brand.example', editors: { users: [LEAD, 'client@brand.example'] } }),
    ]);
    publish(emulator);
    expect(posts().protectedRanges).toBeUndefined();
  });
});

describe('only the add-on\'s own column is shared (issue #15 item 9)', () => {
  /** Inserts a team column headed `name` left of the add-on's `left` column, holding the secret in every post row. */
  function teamColumn(emulator: Emulator, name: string, left: string): void {
    inspect(emulator, (ss) => {
      const sheet = ss.getSheetByName('Calendar')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      const at = header.indexOf(left) + 1;
      sheet.insertColumnBefore(at);
      const rows = sheet.getLastRow();
      sheet.getRange(1, at, rows, 1).setValues([[name], ...Array.from({ length: rows - 1 }, () => [SECRET])]);
    });
  }

  function seeded(): Emulator {
    const emulator = calendar();
    save(emulator, { title: 'Launch', caption: 'Real caption', link: 'https://brand.example/real', notes: SECRET });
    return emulator;
  }

  function copies(emulator: Emulator): number {
    return emulator.spreadsheet.listSpreadsheets().length - 1;
  }

  test.each([
    ['Copy', 'Caption'],
    ['Text', 'Caption'],
    [' Caption ', 'Caption'],
    ['CAPTION', 'Caption'],
    ['caption', 'Caption'],
    ['URL', 'Link'],
    ['link', 'Link'],
    ['STATUS', 'Status'],
  ])('a team column headed %j left of the real %s: nothing is published, and the message names both columns', (name, column) => {
    const emulator = seeded();
    teamColumn(emulator, name, column);
    const result = emulator.runAsUser(LEAD, 'publishStakeholderView');
    expect(result.ok).toBe(true);
    const value = (result as { value: StakeholderResult }).value;
    expect(value.ok).toBe(false);
    expect(value.message).toContain(`more than one column of the Calendar sheet could be “${column}”`);
    expect(value.message).toContain(`“${name}”`);
    expect(value.message).toContain(`“${column}”`);
    expect(copies(emulator)).toBe(0);
    expect(JSON.stringify(emulator.ui.alerts)).toContain('Rename or remove the other column');
  });

  test('Notes renamed to Text is refused (it could be the Caption); Notes renamed to Copy with Caption gone is only a look-alike, refused too', () => {
    const emulator = seeded();
    const rename = (from: string, to: string): void =>
      inspect(emulator, (ss) => {
        const sheet = ss.getSheetByName('Calendar')!;
        const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
        sheet.getRange(1, header.indexOf(from) + 1).setValue(to);
      });
    rename('Notes', 'Text');
    let value = (emulator.runAsUser(LEAD, 'publishStakeholderView') as { value: StakeholderResult }).value;
    expect(value).toMatchObject({ ok: false, message: expect.stringContaining('could be “Caption”') });
    rename('Caption', 'Old caption');
    value = (emulator.runAsUser(LEAD, 'publishStakeholderView') as { value: StakeholderResult }).value;
    expect(value).toMatchObject({ ok: false, message: expect.stringContaining('no column of the Calendar sheet is headed exactly “Caption”') });
    expect(copies(emulator)).toBe(0);
  });

  test('team columns with other names are ignored and the real columns are published, nothing else', () => {
    const emulator = seeded();
    teamColumn(emulator, 'Internal copy notes', 'Caption');
    teamColumn(emulator, 'Agency URL', 'Link');
    const result = publish(emulator);
    expect(result.ok).toBe(true);
    const rows = copyValues(emulator, result.id!);
    expect(rows[1][rows[0].indexOf('Caption')]).toBe('Real caption');
    expect(rows[1][rows[0].indexOf('Link')]).toBe('https://brand.example/real');
    expect(JSON.stringify(rows)).not.toContain(SECRET);
  });
});
