/** Sharing with stakeholders on the built bundle: the review queue (list, approve, request changes, comments) and the stakeholder view (chosen posts and columns only, shared, reused). */
import type { Emulator } from '../../emulator';
import { CALENDAR_COLUMNS } from '../../src/domain/post';
import type { ReviewQueue, ReviewResult } from '../../src/shared/review-contract';
import type { StakeholderResult } from '../../src/sheets/stakeholder-view';
import type { SaveResult } from '../../src/shared/rpc-types';
import {
  calendarRecords,
  call,
  clickMenu,
  inspect,
  loadAddon,
  menuCaption,
  setUpCalendar,
} from '../support/calendar-harness';

const col = (name: (typeof CALENDAR_COLUMNS)[number]) => String.fromCharCode(65 + CALENDAR_COLUMNS.indexOf(name));
const SECRET = 'SECRET-NOTE-7731';
const OWNER = 'Olivia Internal';

function calendar(): Emulator {
  const emulator = loadAddon({
    now: () => new Date('2026-11-26T10:00:00Z'),
    userEmail: 'lead@agency.example',
    developerEmail: 'dev@agency.example',
  });
  setUpCalendar(emulator);
  return emulator;
}

function save(emulator: Emulator, post: Record<string, unknown>): { id: string; row: number } {
  const saved = call<SaveResult>(emulator, 'savePost', {
    date: '2026-12-01',
    time: '09:00',
    platform: 'LinkedIn',
    format: 'Text',
    ...post,
  });
  if (!saved.ok) throw new Error(`seed failed: ${JSON.stringify(saved)}`);
  return { id: saved.id, row: saved.row };
}

function setSetting(emulator: Emulator, key: string, value: string): void {
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Settings')!;
    const row = sheet
      .getDataRange()
      .getValues()
      .findIndex((r) => r[4] === key);
    if (row < 0) throw new Error(`no setting ${key}`);
    sheet.getRange(row + 1, 6).setValue(value);
  });
}

function record(emulator: Emulator, id: string): Record<string, string> {
  const found = calendarRecords(emulator).find((r) => r.ID === id);
  if (!found) throw new Error(`no post ${id}`);
  return found;
}

/** The version of a post the queue shows now (what a reviewer's decision must match). */
function seenOf(emulator: Emulator, id: string): string {
  const item = call<ReviewQueue>(emulator, 'getReviewQueue').items.find((i) => i.id === id);
  if (!item) throw new Error(`post ${id} is not in the queue`);
  return item.seen;
}

describe('review queue', () => {
  function seeded() {
    const emulator = calendar();
    const inReview = save(emulator, { title: 'Waiting', caption: 'Please look', status: 'In review' });
    const draft = save(emulator, { title: 'Draft', caption: 'Not yet', status: 'Draft' });
    const needsChanges = save(emulator, { title: 'With author', caption: 'Fixing', status: 'Needs changes' });
    const approved = save(emulator, {
      title: 'Approved',
      caption: 'Fine words',
      status: 'In review',
      date: '2026-12-02',
    });
    emulator.editAsUser('Calendar', `${col('Status')}${approved.row}`, [['Approved']]);
    const changed = save(emulator, {
      title: 'Changed later',
      caption: 'Old words',
      status: 'In review',
      date: '2026-11-30',
    });
    emulator.editAsUser('Calendar', `${col('Status')}${changed.row}`, [['Approved']]);
    emulator.editAsUser('Calendar', `${col('Caption')}${changed.row}`, [['New words']]);
    return { emulator, inReview, draft, needsChanges, approved, changed };
  }

  test('lists In review posts and posts changed after approval, soonest first, with what changed', () => {
    const { emulator, inReview, changed } = seeded();
    expect(menuCaption(emulator, 'showReviewQueue')).toBe('Review queue');
    clickMenu(emulator, 'Review queue');
    expect(emulator.ui.lastSidebar()?.html).toContain('Review queue');
    const queue = call<ReviewQueue>(emulator, 'getReviewQueue');
    expect(queue.items.map((item) => item.id)).toEqual([changed.id, inReview.id]);
    const [first, second] = queue.items;
    expect(first).toMatchObject({
      title: 'Changed later',
      caption: 'New words',
      status: 'In review',
      changed: ['caption'],
      approvedBy: 'lead@agency.example',
    });
    expect(second).toMatchObject({ title: 'Waiting', caption: 'Please look', changed: [], approvedBy: '' });
    expect(second.seen).toMatch(/^r1 [0-9a-f]{8}$/);
  });

  test('in "Flag only" mode an approved post that changed stays Approved and is still listed', () => {
    const emulator = calendar();
    setSetting(emulator, 'After an approved post changes', 'Flag only');
    const post = save(emulator, { caption: 'Words', status: 'In review' });
    emulator.editAsUser('Calendar', `${col('Status')}${post.row}`, [['Approved']]);
    expect(call<ReviewQueue>(emulator, 'getReviewQueue').items).toEqual([]);
    emulator.editAsUser('Calendar', `${col('Link')}${post.row}`, [['https://example.com/x']]);
    const queue = call<ReviewQueue>(emulator, 'getReviewQueue');
    expect(queue.items).toEqual([expect.objectContaining({ id: post.id, status: 'Approved', changed: ['link'] })]);
  });

  test('Approve records the reviewer and the time, a new snapshot, and clears the queue entry', () => {
    const { emulator, changed } = seeded();
    const [item] = call<ReviewQueue>(emulator, 'getReviewQueue').items;
    emulator.clock.advance(60 * 60 * 1000);
    const result = emulator.runAsUser('reviewer@agency.example', 'reviewPost', {
      id: item.id,
      decision: 'approve',
      comment: 'Looks good',
      seen: item.seen,
    });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ ok: true, status: 'Approved' }) });
    const row = record(emulator, changed.id);
    expect(row.Status).toBe('Approved');
    expect(row['Approved by']).toBe('reviewer@agency.example');
    expect(row['Approved at']).toBe('2026-11-26 12:00');
    expect(row['Review comments']).toBe('2026-11-26 12:00 reviewer@agency.example: Looks good');
    expect(row.Checks).not.toMatch(/Changed after approval/);
    expect(call<ReviewQueue>(emulator, 'getReviewQueue').items.map((i) => i.id)).not.toContain(changed.id);
    // The new snapshot is of the new words: editing them again is caught.
    emulator.editAsUser('Calendar', `${col('Caption')}${changed.row}`, [['Newer words']]);
    expect(record(emulator, changed.id).Status).toBe('In review');
  });

  test('Request changes needs a comment, sets Needs changes and appends the comment (never overwrites)', () => {
    const { emulator, inReview } = seeded();
    const refused = call<ReviewResult>(emulator, 'reviewPost', { id: inReview.id, decision: 'changes', comment: '  ', seen: seenOf(emulator, inReview.id) });
    expect(refused).toEqual({ ok: false, message: expect.stringMatching(/Say what should change/) });
    expect(record(emulator, inReview.id).Status).toBe('In review');

    const first = call<ReviewResult>(emulator, 'reviewPost', {
      id: inReview.id,
      decision: 'changes',
      comment: 'Shorter, please.',
      seen: seenOf(emulator, inReview.id),
    });
    expect(first).toMatchObject({ ok: true, status: 'Needs changes' });
    emulator.clock.advance(5 * 60 * 1000);
    // The author sends it back for review; the reviewer asks again.
    inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getRange(`${col('Status')}${inReview.row}`).setValue('In review'));
    call<ReviewResult>(emulator, 'reviewPost', {
      id: inReview.id,
      decision: 'changes',
      comment: 'And a link\nto the shop.',
      seen: seenOf(emulator, inReview.id),
    });
    const row = record(emulator, inReview.id);
    expect(row.Status).toBe('Needs changes');
    expect(row['Review comments']).toBe(
      '2026-11-26 11:00 lead@agency.example: Shorter, please.\n2026-11-26 11:05 lead@agency.example: And a link to the shop.',
    );
    expect(row['Approved by']).toBe('');
    expect(call<ReviewQueue>(emulator, 'getReviewQueue').items.map((i) => i.id)).not.toContain(inReview.id);
  });

  test('a comment starting with "=" is stored as text, not a formula', () => {
    const { emulator, inReview } = seeded();
    const comment = '=HYPERLINK("https://evil.example","click")';
    expect(call<ReviewResult>(emulator, 'reviewPost', { id: inReview.id, decision: 'changes', comment, seen: seenOf(emulator, inReview.id) }).ok).toBe(true);
    const cell = inspect(emulator, (ss) => {
      const sheet = ss.getSheetByName('Calendar')!;
      const rows = sheet.getDataRange().getValues();
      const row = rows.findIndex((r) => r[0] === inReview.id) + 1;
      const range = sheet.getRange(`${col('Review comments')}${row}`);
      return { value: range.getValue(), formula: range.getFormula() };
    });
    expect(cell.formula).toBe('');
    expect(cell.value).toBe(`2026-11-26 11:00 lead@agency.example: ${comment}`);
  });

  test('a deleted post, a changed post and a malformed request get clear messages and write nothing', () => {
    const { emulator, inReview, draft } = seeded();
    const queue = call<ReviewQueue>(emulator, 'getReviewQueue');
    const seen = queue.items.find((i) => i.id === inReview.id)!.seen;
    inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.deleteRow(inReview.row));
    expect(call<ReviewResult>(emulator, 'reviewPost', { id: inReview.id, decision: 'approve', seen })).toEqual({
      ok: false,
      message: `Post ${inReview.id} is no longer in the Calendar sheet: someone deleted it or changed its ID. Refresh the queue.`,
    });
    const changedItem = queue.items.find((i) => i.title === 'Changed later')!;
    emulator.editAsUser('Calendar', `${col('Title')}${draft.row + 2}`, [['Retitled']]);
    const stale = call<ReviewResult>(emulator, 'reviewPost', {
      id: changedItem.id,
      decision: 'approve',
      seen: changedItem.seen,
    });
    expect(stale).toEqual({ ok: false, message: expect.stringMatching(/changed since the queue was loaded/) });
    expect(record(emulator, changedItem.id).Status).toBe('In review');
    expect(call<ReviewResult>(emulator, 'reviewPost', { id: 'x', decision: 'maybe' })).toMatchObject({ ok: false });
  });

  test('a busy document lock gives a readable message and writes nothing', () => {
    const { emulator, inReview } = seeded();
    const seen = seenOf(emulator, inReview.id);
    const release = emulator.holdLock('document', Infinity, 'other@agency.example');
    const result = call<ReviewResult>(emulator, 'reviewPost', { id: inReview.id, decision: 'approve', seen });
    release();
    expect(result.ok).toBe(false);
    expect(record(emulator, inReview.id).Status).toBe('In review');
  });
});

describe('stakeholder view', () => {
  type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
  const DEFAULT_COLUMNS = [
    'Date',
    'Time',
    'Platform',
    'Format',
    'Title',
    'Caption',
    'Hashtags',
    'Link',
    'Media',
    'Status',
  ];

  function seeded() {
    const emulator = calendar();
    setSetting(emulator, 'Stakeholder emails', 'client@brand.example, not-an-email; boss@brand.example');
    const shown = save(emulator, {
      title: 'Launch',
      caption: 'Big news',
      hashtags: '#launch',
      status: 'In review',
      notes: SECRET,
      owner: OWNER,
      date: '2026-12-03',
    });
    const html = save(emulator, {
      title: 'Markup',
      caption: '<script>alert(1)</script><b>bold</b>',
      status: 'Approved',
      notes: SECRET,
      owner: OWNER,
      date: '2026-11-28',
    });
    const formula = save(emulator, {
      title: 'Formula',
      caption: '=IMPORTXML("https://evil.example","//a")',
      status: 'Scheduled',
      notes: SECRET,
      owner: OWNER,
      date: '2026-12-10',
    });
    const hidden = save(emulator, {
      title: 'Internal draft',
      caption: 'Not for clients',
      status: 'Draft',
      notes: SECRET,
      owner: OWNER,
    });
    return { emulator, shown, html, formula, hidden };
  }

  function publish(emulator: Emulator): StakeholderResult {
    const result = call<StakeholderResult>(emulator, 'publishStakeholderView');
    if (!result.ok) throw new Error(result.message);
    return result;
  }

  function open<T>(emulator: Emulator, id: string, fn: (book: Book) => T): T {
    return emulator.context.quietly(() =>
      fn((emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(id)),
    );
  }

  /** Every value, display value, formula and note of every sheet of the book, as one string per cell. */
  function everyCell(emulator: Emulator, id: string): string[] {
    return open(emulator, id, (book) =>
      book.getSheets().flatMap((sheet) => {
        const range = sheet.getDataRange();
        return [range.getValues(), range.getDisplayValues(), range.getFormulas(), range.getNotes()].flatMap((grid) =>
          grid.flat().map(String),
        );
      }),
    );
  }

  function drive(
    emulator: Emulator,
    id: string,
  ): { commenters: string[]; viewers: string[]; editors: string[]; access: string } {
    return (
      JSON.parse(emulator.save()) as {
        drive: Record<string, { commenters: string[]; viewers: string[]; editors: string[]; access: string }>;
      }
    ).drive[id];
  }

  test('publishes exactly the chosen posts and columns, nothing from Notes or Owner, with a month view, shared as commenters', () => {
    const { emulator } = seeded();
    expect(menuCaption(emulator, 'publishStakeholderView')).toBe('Publish stakeholder view');
    clickMenu(emulator, 'Publish stakeholder view');
    const id = inspect(emulator, () =>
      (emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
        .getDocumentProperties()
        .getProperty('stakeholderViewFileId'),
    )!;
    expect(id).toBeTruthy();
    expect(emulator.spreadsheet.listSpreadsheets()).toHaveLength(2);
    const toast = emulator.ui.toasts[emulator.ui.toasts.length - 1];
    expect(toast.message).toMatch(/Published 3 posts with 10 columns at https:\/\//);
    expect(toast.message).toMatch(/Shared with 2 new people as commenter/);
    expect(toast.message).toMatch(/Not valid emails, not shared: not-an-email/);

    const posts = open(emulator, id, (book) => {
      expect(book.getSheets().map((s) => s.getName())).toEqual(['Posts', 'Month view']);
      return book.getSheetByName('Posts')!.getDataRange().getDisplayValues();
    });
    expect(posts[0]).toEqual(DEFAULT_COLUMNS);
    expect(posts.slice(1).map((row) => row[4])).toEqual(['Markup', 'Launch', 'Formula']);
    expect(posts[1][5]).toBe('<script>alert(1)</script><b>bold</b>');
    expect(posts[3][5]).toBe('=IMPORTXML("https://evil.example","//a")');
    expect(posts[2]).toEqual([
      '2026-12-03',
      '09:00',
      'LinkedIn',
      'Text',
      'Launch',
      'Big news',
      '#launch',
      '',
      '',
      'In review',
    ]);

    const cells = everyCell(emulator, id);
    expect(
      cells.filter((cell) => cell.includes(SECRET) || cell.includes(OWNER) || cell.includes('Internal draft')),
    ).toEqual([]);
    expect(
      open(emulator, id, (book) => book.getSheetByName('Posts')!.getDataRange().getFormulas().flat().filter(Boolean)),
    ).toEqual([]);
    const month = open(emulator, id, (book) =>
      book.getSheetByName('Month view')!.getDataRange().getDisplayValues().flat().join('\n'),
    );
    expect(month).toMatch(/November 2026/);
    expect(month).toMatch(/December 2026/);
    expect(month).toMatch(/Launch/);

    expect(drive(emulator, id)).toMatchObject({
      commenters: ['client@brand.example', 'boss@brand.example'],
      viewers: [],
      editors: [],
      access: 'PRIVATE',
    });
  });

  test('the second run refreshes the same file, shares with nobody twice, and shows changes', () => {
    const { emulator, shown } = seeded();
    const first = publish(emulator);
    emulator.editAsUser('Calendar', `${col('Caption')}${shown.row}`, [['Bigger news']]);
    setSetting(emulator, 'Stakeholder emails', 'client@brand.example, boss@brand.example, new@brand.example');
    const second = publish(emulator);
    expect(second.id).toBe(first.id);
    expect(second.created).toBe(false);
    expect(second.shared).toEqual(['new@brand.example']);
    expect(second.alreadyShared).toBe(2);
    expect(emulator.spreadsheet.listSpreadsheets()).toHaveLength(2);
    const captions = open(emulator, first.id!, (book) =>
      book
        .getSheetByName('Posts')!
        .getDataRange()
        .getDisplayValues()
        .map((row) => row[5]),
    );
    expect(captions).toContain('Bigger news');
    expect(captions).not.toContain('Big news');
    expect(drive(emulator, first.id!).commenters).toEqual([
      'client@brand.example',
      'boss@brand.example',
      'new@brand.example',
    ]);
  });

  test('Notes and internal columns are never shared even when listed; the viewer role is honoured', () => {
    const { emulator } = seeded();
    setSetting(
      emulator,
      'Stakeholder columns',
      'Title, Notes, Owner, Caption, Approval, Review comments, Checks, Bogus',
    );
    setSetting(emulator, 'Stakeholder role', 'viewer');
    const result = publish(emulator);
    expect(result.columns).toEqual(['Title', 'Caption']);
    expect(result.message).toMatch(/Never shared: Notes, Owner, Approval, Review comments, Checks\./);
    expect(result.message).toMatch(/No such column: Bogus\./);
    const posts = open(emulator, result.id!, (book) => book.getSheetByName('Posts')!.getDataRange().getDisplayValues());
    expect(posts[0]).toEqual(['Title', 'Caption']);
    expect(everyCell(emulator, result.id!).filter((cell) => cell.includes(SECRET) || cell.includes(OWNER))).toEqual([]);
    expect(drive(emulator, result.id!)).toMatchObject({
      viewers: ['client@brand.example', 'boss@brand.example'],
      commenters: [],
    });
  });

  test('only the statuses chosen in settings are published', () => {
    const { emulator } = seeded();
    setSetting(emulator, 'Stakeholder statuses', 'Scheduled');
    const result = publish(emulator);
    expect(result.posts).toBe(1);
    const titles = open(emulator, result.id!, (book) =>
      book
        .getSheetByName('Posts')!
        .getDataRange()
        .getDisplayValues()
        .map((row) => row[4]),
    );
    expect(titles).toEqual(['Title', 'Formula']);
  });

  test('when the stored file is gone a new one is made and the toast says so', () => {
    const { emulator } = seeded();
    inspect(emulator, () =>
      (emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
        .getDocumentProperties()
        .setProperty('stakeholderViewFileId', '1DeletedFileIdxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
    );
    const result = publish(emulator);
    expect(result.created).toBe(true);
    expect(result.message).toMatch(/could not be opened/);
    expect(result.id).not.toBe('1DeletedFileIdxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
  });

  test('the manifest grants drive.file and neither all spreadsheets nor full Drive, and publishing works with it', () => {
    const { emulator } = seeded();
    const scopes = emulator.runtime.manifest?.oauthScopes ?? [];
    expect(scopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(scopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(scopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(scopes).not.toContain('https://www.googleapis.com/auth/drive.readonly');
    expect(publish(emulator).ok).toBe(true);
  });
});
