/** writePosts on the emulator, without the bundle: one row in one write, rows found by ID, the team's cells kept; and the document lock. */
import type { Emulator } from '../../emulator';
import { CALENDAR_COLUMNS, emptyPost, type Post } from '../../src/domain/post';
import { defaultRules } from '../../src/domain/rules';
import { t } from '../../src/domain/i18n';
import { withDocumentLock } from '../../src/services/document-lock';
import { writePosts } from '../../src/sheets/save-post';
import type { SaveResult } from '../../src/shared/rpc-types';
import { gatewayEmulator, inExecution, inspect, OWNER, sheetWith, writes } from './gateway';

/** The Calendar's header with a team column ("Team") between Media and Status. */
const HEADER = [...CALENDAR_COLUMNS.slice(0, 11), 'Team', ...CALENDAR_COLUMNS.slice(11)];
const col = (name: string) => HEADER.indexOf(name) + 1;
const NOW = new Date('2026-11-20T10:00:00Z');

const post = (overrides: Partial<Post> = {}): Post => ({ ...emptyPost(), date: '2026-12-01', time: '09:00', timeZone: 'Europe/Warsaw', platform: 'X', caption: 'Launch day', status: 'Draft', ...overrides });

function save(emulator: Emulator, posts: Post[], extra: { utm?: boolean; settingsValues?: Record<string, string> } = {}) {
  return inExecution(emulator, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const workbook = { spreadsheet, timeZone: 'Europe/Warsaw', locale: 'en' };
    return writePosts(workbook, spreadsheet.getSheetByName('Calendar')!, posts, {
      rules: defaultRules(),
      now: NOW,
      user: OWNER,
      settingsValues: extra.settingsValues ?? {},
      utm: extra.utm,
    });
  });
}

function row(emulator: Emulator, n: number): Record<string, unknown> {
  return inspect(emulator, 'Calendar', (sheet) => {
    const values = sheet.getRange(n, 1, 1, HEADER.length).getValues()[0];
    return Object.fromEntries(HEADER.map((name, i) => [name, values[i]]));
  });
}

let emulator: Emulator;
beforeEach(() => {
  emulator = gatewayEmulator();
  sheetWith(emulator, 'Calendar', [HEADER]);
});

test('a new post is appended in one write of its row and one of its Checks note, with an ID and the Updated stamp', () => {
  const { value, calls } = save(emulator, [post()]);
  expect(value.ok).toBe(true);
  expect(writes(calls)).toEqual(['Range.setValues', 'Range.setNotes']);
  const saved = row(emulator, 2);
  expect(saved.ID).toMatch(/^P-[0-9A-Z]{8}$/);
  expect(saved.ID).toBe((value as Extract<SaveResult, { ok: true }>).id);
  expect(saved.Caption).toBe('Launch day');
  expect(saved.Team).toBe('');
  expect(saved.Updated).toBe(`2026-11-20 11:00 ${OWNER}`);
  expect(String(saved.Checks)).not.toBe('');
});

test('posts for several platforms are appended as one block in one write and share a Group campaign', () => {
  const { value, calls } = save(emulator, [post({ platform: 'X' }), post({ platform: 'LinkedIn' })]);
  expect(value.ok).toBe(true);
  expect(writes(calls)).toEqual(['Range.setValues', 'Range.setNotes']);
  const [a, b] = [row(emulator, 2), row(emulator, 3)];
  expect(a.Campaign).toMatch(/^Group P-/);
  expect(b.Campaign).toBe(a.Campaign);
  expect(a.ID).not.toBe(b.ID);
});

test('tracking parameters are added once the ID is known, only when the form asks', () => {
  const settingsValues = { 'utm template': 'utm_source={platform}&utm_content={id}' };
  save(emulator, [post({ link: 'https://example.com/a' })], { utm: true, settingsValues });
  save(emulator, [post({ link: 'https://example.com/b' })], { utm: false, settingsValues });
  expect(row(emulator, 2).Link).toBe(`https://example.com/a?utm_source=x&utm_content=${row(emulator, 2).ID}`);
  expect(row(emulator, 3).Link).toBe('https://example.com/b');
});

test('an edit rewrites the row holding its ID in one write, keeping the team’s formula and text', () => {
  save(emulator, [post()]);
  save(emulator, [post({ caption: 'Second' })]);
  const id = String(row(emulator, 3).ID);
  inspect(emulator, 'Calendar', (sheet) => {
    sheet.getRange(3, col('Team')).setFormula('=1+1');
    sheet.getRange(2, col('Team')).setValue('kept');
  });
  const { value, calls } = save(emulator, [post({ id, caption: 'Edited' })]);
  expect(value.ok).toBe(true);
  expect(writes(calls)).toEqual(['Range.setValues', 'Range.setNotes']);
  expect(row(emulator, 3).Caption).toBe('Edited');
  expect(inspect(emulator, 'Calendar', (sheet) => sheet.getRange(3, col('Team')).getFormula())).toBe('=1+1');
  expect(row(emulator, 2).Caption).toBe('Launch day');
  expect(row(emulator, 2).Team).toBe('kept');
});

test('an edit of an Approved post that changes its caption goes back to In review; an edit whose ID is gone writes nothing', () => {
  save(emulator, [post({ status: 'Approved' })]);
  const id = String(row(emulator, 2).ID);
  expect(row(emulator, 2)['Approved by']).toBe(OWNER);
  save(emulator, [post({ id, status: 'Approved', caption: 'Changed' })]);
  expect(row(emulator, 2).Status).toBe('In review');
  const { value, calls } = save(emulator, [post({ id: 'P-GONE0000' })]);
  expect(value.ok).toBe(false);
  expect(writes(calls)).toEqual([]);
});

describe('withDocumentLock', () => {
  test('runs the work holding the lock and releases it', () => {
    const { value, calls } = inExecution(emulator, () => withDocumentLock('en', () => 'done', () => 'busy'));
    expect(value).toBe('done');
    expect(calls.map((call) => `${call.className}.${call.method}`)).toEqual(['LockService.getDocumentLock', 'Lock.tryLock', 'Lock.releaseLock']);
  });

  test('a lock another execution holds gives the busy answer with the lock.busy message, and the work never runs', () => {
    const release = emulator.holdLock('document', Infinity);
    let ran = false;
    const { value } = inExecution(emulator, () => withDocumentLock('en', () => ((ran = true), 'done'), (message) => message));
    release();
    expect(ran).toBe(false);
    expect(value).toBe(t('en', 'lock.busy'));
  });
});
