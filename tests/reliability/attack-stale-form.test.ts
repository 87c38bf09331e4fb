/**
 * Sheet edits under an open form (issue #15 item 10), on the built bundle: a form loads a post, a
 * colleague edits one field in the sheet, and the form, holding the older load, saves a change of
 * its own. Every one of the form's fields is edited in the sheet in turn; the row is also moved (rows
 * inserted above), sorted and deleted under the form. Nothing is overwritten: a changed row refuses
 * the save and names the change (with the sheet's value and the form's), a resolved save keeps what
 * the person chose, a moved row is still found by ID, a deleted one is refused.
 *
 * How we know it can fail: without the version check (the save not carrying `loaded`, or the server
 * ignoring it) every one of the 14 field cases saves the old value back over the colleague's edit.
 */
import type { Emulator } from '../../emulator';
import type { FormContext, PostInput, SaveResult } from '../../src/shared/rpc-types';
import type { Post } from '../../src/domain/post';
import { VERSION_FIELDS, postVersion, type PostVersion, type VersionField } from '../../src/domain/post-version';
import { addon, calendar, columnOf, header, inspect, setUp } from './support';

const COLUMN: Record<VersionField, string> = {
  date: 'Date',
  time: 'Time',
  timeZone: 'Time zone',
  platform: 'Platform',
  format: 'Format',
  title: 'Title',
  caption: 'Caption',
  hashtags: 'Hashtags',
  link: 'Link',
  media: 'Media',
  status: 'Status',
  owner: 'Owner',
  campaign: 'Campaign',
  notes: 'Notes',
  firstComment: 'First comment',
  altText: 'Alt text',
  subreddit: 'Subreddit',
  pillar: 'Pillar',
  repeat: 'Repeat',
};

const ORIGINAL: PostInput = {
  date: '2026-12-01',
  time: '09:00',
  timeZone: 'Europe/Warsaw',
  platform: 'LinkedIn',
  format: 'Text',
  title: 'Original title',
  caption: 'Original caption with a typo',
  hashtags: '#original',
  link: 'https://example.com/original',
  media: 'https://example.com/original.png',
  status: 'Draft',
  owner: 'ana@agency.example',
  campaign: 'Spring',
  notes: 'Original notes',
  firstComment: 'Original first comment',
  altText: 'Original alt text',
  subreddit: 'r/original',
  pillar: 'Educational',
  repeat: '',
};

/** What a colleague types into the sheet, per field (each a valid value different from ORIGINAL's). */
const COLLEAGUE: Record<VersionField, string> = {
  date: '2026-12-03',
  time: '11:45',
  timeZone: 'America/New_York',
  platform: 'Facebook',
  format: 'Image',
  title: 'Colleague title',
  caption: 'Original caption, typo fixed',
  hashtags: '#fixed',
  link: 'https://example.com/fixed',
  media: 'https://example.com/fixed.png',
  status: 'In review',
  owner: 'bob@agency.example',
  campaign: 'Summer',
  notes: 'Colleague notes',
  firstComment: 'Colleague first comment',
  altText: 'Colleague alt text',
  subreddit: 'r/colleague',
  pillar: 'Community',
  repeat: 'evergreen 30',
};

let emulator: Emulator;
let ready: string;

beforeAll(() => {
  emulator = addon({ freshGlobalsPerExecution: false });
  setUp(emulator);
  ready = emulator.save();
});

function run<T>(name: string, ...args: unknown[]): T {
  const result = emulator.run(name, ...args);
  if (!result.ok) throw new Error(`${name} failed: ${result.error}`);
  return result.value as T;
}

/** Seeds two posts (the second is the one edited) and opens the form on it: the post and its version as loaded. */
function openForm(): { id: string; loaded: Post; version: PostVersion } {
  emulator.load(ready);
  run<SaveResult>('savePost', { ...ORIGINAL, title: 'Neighbour', caption: 'Neighbour post', date: '2026-11-30' });
  const saved = run<SaveResult>('savePost', ORIGINAL);
  if (!saved.ok) throw new Error('seed failed');
  emulator.spreadsheet.setActive('Calendar', `A${saved.row}`);
  const context = run<FormContext>('getFormContext');
  if (!context.post || context.post.id !== saved.id) throw new Error('the form did not load the post');
  return { id: saved.id, loaded: context.post, version: postVersion(context.post) };
}

function rowOf(id: string): Record<string, unknown> {
  const names = header(emulator);
  return calendar(emulator, (sheet) => {
    const rows = sheet.getDataRange().getDisplayValues();
    const row = rows.find((r) => r[names.indexOf('ID')] === id);
    if (!row) throw new Error(`no row holds ${id}`);
    return Object.fromEntries(names.map((name, i) => [name, row[i]]));
  });
}

/** The post as the add-on reads it (the form's view of the row holding `id`). */
function postOf(id: string): Post {
  const names = header(emulator);
  const row = calendar(emulator, (sheet) => sheet.getDataRange().getValues().findIndex((r) => r[names.indexOf('ID')] === id) + 1);
  emulator.spreadsheet.setActive('Calendar', `A${row}`);
  return run<FormContext>('getFormContext').post!;
}

/** A colleague types `value` into the post's `field` cell (onEdit runs, as for a person). */
function colleagueEdits(id: string, field: VersionField, value: string): void {
  const names = header(emulator);
  const row = calendar(emulator, (sheet) => sheet.getDataRange().getValues().findIndex((r) => r[names.indexOf('ID')] === id) + 1);
  const column = columnOf(emulator, COLUMN[field]);
  const a1 = `${String.fromCharCode(64 + column)}${row}`;
  const outcome = emulator.editAsUser('Calendar', a1, [[value]], { user: 'bob@content-calendar.example' });
  if (outcome.rejected) throw new Error(`the edit of ${a1} was rejected`);
}

const formInput = (loaded: Post, change: Partial<Post>, version: PostVersion): PostInput => ({ ...loaded, ...change, loaded: version });

describe(`each of the ${VERSION_FIELDS.length} fields edited in the sheet under an open form: nothing overwritten`, () => {
  test.each(VERSION_FIELDS.map((field) => [field]))('%s: the stale save is refused and names the change; each resolution keeps what was chosen', (field) => {
    const { id, loaded, version } = openForm();
    const own: Partial<Post> = field === 'time' ? { caption: 'Form caption' } : { time: '10:15' };
    colleagueEdits(id, field, COLLEAGUE[field]);
    const sheetBefore = rowOf(id);
    expect(sheetBefore[COLUMN[field]]).not.toBe(String(ORIGINAL[field]));

    const stale = run<SaveResult>('savePost', formInput(loaded, own, version));
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.conflict?.fields.map((f) => f.field)).toEqual([field]);
    expect(stale.conflict?.fields[0]).toMatchObject({ loaded: loaded[field], mine: loaded[field] });
    expect(stale.errors[0].message).toMatch(/Someone changed this post in the sheet since you opened it .*Nothing was saved/);
    const after = rowOf(id);
    for (const name of Object.values(COLUMN)) expect(after[name]).toBe(sheetBefore[name]);

    // Take the sheet's value: the colleague's edit stays and the form's own change is saved.
    const sheetValue = stale.conflict!.fields[0].sheet;
    const resolved = run<SaveResult>('savePost', formInput(loaded, { ...own, [field]: sheetValue }, stale.conflict!.sheet));
    expect(resolved).toMatchObject({ ok: true });
    const saved = postOf(id);
    expect(saved[field]).toBe(sheetValue);
    expect(sheetValue).toBe(COLLEAGUE[field]);
    const [ownField, ownValue] = Object.entries(own)[0];
    expect(saved[ownField as VersionField]).toBe(ownValue);

    // The next save from the same form carries the version its last save wrote: no false conflict.
    if (resolved.ok) {
      expect(resolved.version).toBeDefined();
      const again = run<SaveResult>('savePost', formInput({ ...loaded, ...own, [field]: sheetValue, id } as Post, { notes: 'Later form note' }, resolved.version!));
      expect(again).toMatchObject({ ok: true });
    }
  });

  test('keeping mine after a conflict writes the form’s value, because the person chose it', () => {
    const { id, loaded, version } = openForm();
    colleagueEdits(id, 'caption', COLLEAGUE.caption);
    const stale = run<SaveResult>('savePost', formInput(loaded, { caption: 'My caption' }, version));
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.conflict?.fields).toEqual([{ field: 'caption', loaded: ORIGINAL.caption, sheet: COLLEAGUE.caption, mine: 'My caption' }]);
    expect(rowOf(id).Caption).toBe(COLLEAGUE.caption);
    expect(run<SaveResult>('savePost', formInput(loaded, { caption: 'My caption' }, stale.conflict!.sheet))).toMatchObject({ ok: true });
    expect(rowOf(id).Caption).toBe('My caption');
  });
});

describe('the row moved, sorted or deleted under an open form (3 cases): the save finds it by ID or refuses', () => {
  test('rows inserted above: the save writes the post’s row, found by ID, and nothing else', () => {
    const { id, loaded, version } = openForm();
    calendar(emulator, (sheet) => sheet.insertRowsBefore(2, 3));
    const neighbour = rowOf(calendar(emulator, (sheet) => String(sheet.getRange(5, columnOf(emulator, 'ID')).getValue())));
    const result = run<SaveResult>('savePost', formInput(loaded, { time: '10:15' }, version));
    expect(result).toMatchObject({ ok: true, row: 6 });
    expect(rowOf(id)).toMatchObject({ Time: '10:15', Caption: ORIGINAL.caption });
    expect(rowOf(String(neighbour.ID))).toEqual(neighbour);
  });

  test('the sheet sorted by date descending: the save finds the post in its new row', () => {
    const { id, loaded, version } = openForm();
    calendar(emulator, (sheet) => sheet.getRange(2, 1, 2, sheet.getLastColumn()).sort({ column: columnOf(emulator, 'Date'), ascending: false }));
    const result = run<SaveResult>('savePost', formInput(loaded, { time: '10:15' }, version));
    expect(result).toMatchObject({ ok: true, row: 2 });
    expect(rowOf(id)).toMatchObject({ Time: '10:15', Caption: ORIGINAL.caption });
    expect(inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getLastRow())).toBe(3);
  });

  test('the row deleted: the save is refused with a message and writes nothing', () => {
    const { id, loaded, version } = openForm();
    const names = header(emulator);
    calendar(emulator, (sheet) => sheet.deleteRow(sheet.getDataRange().getValues().findIndex((r) => r[names.indexOf('ID')] === id) + 1));
    const before = calendar(emulator, (sheet) => sheet.getDataRange().getValues());
    const result = run<SaveResult>('savePost', formInput(loaded, { time: '10:15' }, version));
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'id', message: expect.stringMatching(/no longer in the Calendar sheet/) }] });
    expect(calendar(emulator, (sheet) => sheet.getDataRange().getValues())).toEqual(before);
  });
});
