/** The Export hub (issue #10) on the built bundle in the emulator: every format, pre-flight, Stagger, filters, call counts. */
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { CALENDAR_COLUMNS } from '../../src/domain/post';
import { unneutraliseCell } from '../../src/domain/export';
import type { Emulator } from '../../emulator';
import type { ExportFile, ExportPreview } from '../../src/shared/export-contract';
import { call, calendarRecords, clickMenu, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';

const NOW = () => new Date('2026-11-26T10:00:00Z');
type Column = (typeof CALENDAR_COLUMNS)[number];

function ready(): Emulator {
  const emulator = loadAddon({ now: NOW });
  setUpCalendar(emulator);
  return emulator;
}

function row(post: Partial<Record<Column, string>>): string[] {
  return CALENDAR_COLUMNS.map((name) => post[name] ?? '');
}

/** Writes rows under the header in one call, as a paste would (not counted as the add-on's calls). */
function seed(emulator: Emulator, posts: Array<Partial<Record<Column, string>>>): void {
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    if (sheet.getMaxRows() < posts.length + 1) sheet.insertRowsAfter(sheet.getMaxRows(), posts.length + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, posts.length, CALENDAR_COLUMNS.length).setValues(posts.map(row));
  });
}

function exportFile(emulator: Emulator, request: Record<string, unknown>): Extract<ExportFile, { ok: true }> {
  const file = call<ExportFile>(emulator, 'exportPosts', request);
  if (!file.ok) throw new Error(`export refused: ${file.problems.map((p) => p.message).join(' | ')}`);
  return file;
}

const csv = (content: string, columns = false): Array<Record<string, string>> & string[][] =>
  parse(content, { bom: true, columns, relax_column_count: false }) as never;

const TRICKY = [
  'She said "yes", then: no, maybe',
  'Line one\nLine two\n\nLine three, with a comma',
  'Emoji 🎉👩🏽‍💻 and ąę',
  '=HYPERLINK("https://evil.example","click")',
];

describe('each format writes a file the reader parses back to the same text', () => {
  let emulator: Emulator;
  beforeAll(() => {
    emulator = ready();
    TRICKY.forEach((caption, i) => {
      const saved = call<{ ok: boolean }>(emulator, 'savePost', {
        date: '2026-12-0' + (i + 1),
        time: '09:00',
        platform: 'Facebook',
        format: 'Text',
        caption,
        link: i === 0 ? 'https://example.com/a?utm_source=keep' : 'https://example.com/b#top',
        campaign: 'launch',
        status: 'Approved',
      });
      expect(saved.ok).toBe(true);
    });
  });

  const ids = () => calendarRecords(emulator).map((record) => record.ID);

  test('Hootsuite: no header, date-time + message + tracked link', () => {
    const file = exportFile(emulator, { target: 'hootsuite', dateOrder: 'dmy' });
    expect(file.fileName).toMatch(/^hootsuite-bulk-2026-11-26\.csv$/);
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    const rows = csv(file.content);
    expect(rows.map((r) => r[1])).toEqual(TRICKY);
    expect(rows[0][0]).toBe('01/12/2026 09:00');
    // UTM from the Settings template; the link's own utm_source is kept, the fragment stays last.
    expect(rows[0][2]).toBe(`https://example.com/a?utm_source=keep&utm_medium=social&utm_campaign=launch&utm_content=${ids()[0]}`);
    expect(rows[1][2]).toBe(`https://example.com/b?utm_source=facebook&utm_medium=social&utm_campaign=launch&utm_content=${ids()[1]}#top`);
    // The formula-like caption is exported exactly (a scheduler would publish an apostrophe) and flagged.
    expect(file.problems.some((p) => p.code === 'formula-like-cell' && p.sheetRow === 5)).toBe(true);
  });

  test('Sprout and Publer: headers, exact text', () => {
    const sprout = csv(exportFile(emulator, { target: 'sprout', dateOrder: 'mdy' }).content, true);
    expect(sprout.map((r) => r.message_text)).toEqual(TRICKY);
    expect(sprout[2]).toMatchObject({ date: '12/03/2026', time_24hr: '09:00' });
    const publer = csv(exportFile(emulator, { target: 'publer' }).content, true);
    expect(publer.map((r) => r.Text)).toEqual(TRICKY);
    expect(publer[0].Date).toBe('2026-12-01 09:00');
    expect(Object.keys(publer[0])).toHaveLength(12);
  });

  test('generic CSV: BOM, ISO times, formula cells neutralised and reversible', () => {
    const file = exportFile(emulator, { target: 'generic-csv' });
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    const rows = csv(file.content, true);
    expect(rows[3].Caption).toBe(`'${TRICKY[3]}`);
    expect(rows.map((r) => unneutraliseCell(r.Caption))).toEqual(TRICKY);
    expect(rows[0]['Start (UTC)']).toBe('2026-12-01T08:00:00Z');
    expect(rows[0]['Start (local)']).toBe('2026-12-01T09:00:00+01:00');
  });

  test('iCalendar: one event per post, UID from the post ID, text unescaped by ical.js', () => {
    const file = exportFile(emulator, { target: 'icalendar' });
    expect(file.mimeType).toBe('text/calendar;charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(file.content));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(4);
    expect(events.map((e) => e.uid)).toEqual(ids().map((id) => `${id}@content-calendar`));
    events.forEach((event, i) => expect(event.description.startsWith(TRICKY[i])).toBe(true));
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });
});

test('351 posts to Hootsuite are refused with a message', () => {
  const emulator = ready();
  const posts = Array.from({ length: 351 }, (_, i) => ({
    ID: `P-${String(i).padStart(8, '0')}`,
    Date: '2026-12-10',
    Time: `${String(8 + Math.floor(i / 60) % 12).padStart(2, '0')}:${String(i % 60 - (i % 5)).padStart(2, '0')}`,
    Platform: 'Facebook',
    Format: 'Text',
    Caption: `Post number ${i}`,
    Status: 'Scheduled',
  }));
  seed(emulator, posts);
  const refused = call<ExportFile>(emulator, 'exportPosts', { target: 'hootsuite' });
  expect(refused.ok).toBe(false);
  const cap = refused.problems.find((p) => p.code === 'too-many-rows');
  expect(cap?.message).toMatch(/at most 350 posts per file; this export has 351/);
  expect(cap?.sheetRow).toBeUndefined();
  // Even "only the posts that pass" cannot split a file that is too big.
  expect(call<ExportFile>(emulator, 'exportPosts', { target: 'hootsuite', onlyPassing: true }).ok).toBe(false);
  const preview = call<ExportPreview>(emulator, 'previewExport', { target: 'hootsuite' });
  expect(preview).toMatchObject({ ok: false, postCount: 351, passingCount: 0 });
});

test('two Sprout posts 5 minutes apart are flagged; Stagger moves the second and the export succeeds', () => {
  const emulator = ready();
  seed(emulator, [
    { ID: 'P-AAAAAAAA', Date: '2026-12-01', Time: '09:00', Platform: 'LinkedIn', Format: 'Text', Caption: 'First', Status: 'Scheduled' },
    { ID: 'P-BBBBBBBB', Date: '2026-12-01', Time: '09:05', Platform: 'LinkedIn', Format: 'Text', Caption: 'Second', Status: 'Scheduled' },
  ]);
  const timesBefore = calendarRecords(emulator).map((record) => record.Time);
  const preview = call<ExportPreview>(emulator, 'previewExport', { target: 'sprout' });
  expect(preview.ok).toBe(false);
  const close = preview.problems.find((p) => p.code === 'too-close');
  expect(close).toMatchObject({ postId: 'P-BBBBBBBB', sheetRow: 3, severity: 'error' });
  expect(close?.message).toMatch(/5 minutes after post P-AAAAAAAA.*Stagger/);
  expect(preview.passingCount).toBe(1);
  expect(call<ExportFile>(emulator, 'exportPosts', { target: 'sprout' }).ok).toBe(false);

  const staggered = call<ExportPreview>(emulator, 'previewExport', { target: 'sprout', stagger: true });
  expect(staggered).toMatchObject({ ok: true, exportCount: 2, moved: [{ postId: 'P-BBBBBBBB', sheetRow: 3, from: '2026-12-01 09:05', to: '2026-12-01 09:10' }] });
  const file = exportFile(emulator, { target: 'sprout', stagger: 5, dateOrder: 'dmy' }); // Sprout never less than 10
  expect(csv(file.content, true).map((r) => `${r.date} ${r.time_24hr}`)).toEqual(['01/12/2026 09:00', '01/12/2026 09:10']);
  // The sheet itself is not changed by staggering an export.
  expect(calendarRecords(emulator).map((record) => record.Time)).toEqual(timesBefore);
});

test('"only the posts that pass" leaves out the failing rows; the text check counts as the Checks column does', () => {
  const emulator = ready();
  seed(emulator, [
    { ID: 'P-00000001', Date: '2026-12-01', Time: '09:00', Platform: 'X', Format: 'Text', Caption: 'Fine', Status: 'Approved' },
    { ID: 'P-00000002', Date: '2026-12-01', Time: '10:00', Platform: 'X', Format: 'Text', Caption: 'x'.repeat(281), Status: 'Approved' },
    { ID: 'P-00000003', Date: '2026-11-20', Time: '10:00', Platform: 'X', Format: 'Text', Caption: 'Too late', Status: 'Approved' },
    // 257 characters + a link (23 on X) = 281: over only because of the final link.
    { ID: 'P-00000004', Date: '2026-12-02', Time: '10:00', Platform: 'X', Format: 'Text', Caption: 'y'.repeat(257), Link: 'https://example.com', Status: 'Approved' },
  ]);
  clickMenu(emulator, 'Check all posts');
  expect(calendarRecords(emulator)[1].Checks).toBe('✖ X: 281/280 weighted characters');
  const preview = call<ExportPreview>(emulator, 'previewExport', { target: 'hootsuite' });
  const tooLong = preview.problems.filter((p) => p.code === 'text-too-long');
  expect(tooLong.map((p) => [p.sheetRow, p.severity])).toEqual([
    [3, 'error'],
    [5, 'error'],
  ]);
  expect(tooLong[0].message).toMatch(/281 weighted characters long, over X's 280/);
  expect(preview.problems.find((p) => p.code === 'in-the-past')?.sheetRow).toBe(4);
  const file = exportFile(emulator, { target: 'hootsuite', onlyPassing: true });
  expect(file.exportCount).toBe(1);
  expect(file.skippedCount).toBe(3);
  expect(csv(file.content).map((r) => r[1])).toEqual(['Fine']);
});

test('filters: date range, platform and status combine', () => {
  const emulator = ready();
  seed(emulator, [
    { ID: 'P-1', Date: '2026-12-01', Time: '09:00', Platform: 'X', Caption: 'a', Status: 'Draft' },
    { ID: 'P-2', Date: '2026-12-05', Time: '09:00', Platform: 'X', Caption: 'b', Status: 'Approved' },
    { ID: 'P-3', Date: '2026-12-05', Time: '09:00', Platform: 'LinkedIn', Caption: 'c', Status: 'Approved' },
    { ID: 'P-4', Date: '2026-12-20', Time: '09:00', Platform: 'X', Caption: 'd', Status: 'Approved' },
  ]);
  const ids = (request: Record<string, unknown>) => csv(exportFile(emulator, { target: 'generic-csv', ...request }).content, true).map((r) => r.ID);
  expect(ids({})).toEqual(['P-1', 'P-2', 'P-3', 'P-4']);
  expect(ids({ from: '2026-12-02', to: '2026-12-10' })).toEqual(['P-2', 'P-3']);
  expect(ids({ platform: 'x' })).toEqual(['P-1', 'P-2', 'P-4']);
  expect(ids({ platform: 'X', status: 'Approved', to: '2026-12-10' })).toEqual(['P-2']);
  const none = call<ExportFile>(emulator, 'exportPosts', { target: 'generic-csv', from: '2027-01-01' });
  expect(none.ok).toBe(false);
  expect(none.problems[0].message).toMatch(/No posts match these filters/);
  const bad = call<ExportFile>(emulator, 'exportPosts', { target: 'generic-csv', from: '2026-13-01' });
  expect(bad.ok).toBe(false);
  expect(bad.problems[0].message).toMatch(/is not a date/);
  expect(call<ExportFile>(emulator, 'exportPosts', { target: 'pdf' }).ok).toBe(false);
  expect(call<ExportFile>(emulator, 'exportPosts', 'sprout').ok).toBe(false);
});

test('the Export menu opens the dialog; the context is JSON with targets, lists and counts', () => {
  const emulator = ready();
  seed(emulator, [{ ID: 'P-1', Date: '2026-12-01', Time: '09:00', Platform: 'X', Caption: 'a', Status: 'Draft' }]);
  clickMenu(emulator, 'Export…');
  const dialog = emulator.ui.dialogs[emulator.ui.dialogs.length - 1];
  expect(dialog).toMatchObject({ title: 'Export posts', width: 480, height: 560, modal: true });
  expect(dialog.html).toContain('<main id="app"');
  expect(Buffer.byteLength(dialog.html)).toBeLessThan(60_000); // the rules engine stays out of the dialog
  const context = call<Record<string, unknown>>(emulator, 'getExportContext');
  expect(JSON.parse(JSON.stringify(context))).toEqual(context);
  expect(context).toMatchObject({
    timeZone: 'Europe/Warsaw',
    today: '2026-11-26',
    dateOrder: 'mdy',
    staggerMinutes: 10,
    hasCalendar: true,
    counts: { posts: 1, byPlatform: { X: 1 }, byStatus: { Draft: 1 } },
  });
  expect((context.targets as Array<{ id: string }>).map((target) => target.id)).toEqual(['hootsuite', 'sprout', 'publer', 'generic-csv', 'icalendar']);
});

test('an export makes a constant number of Spreadsheet calls: 50 posts and 1,000 posts alike', () => {
  const roundTrips = (count: number) => {
    const emulator = ready();
    seed(
      emulator,
      Array.from({ length: count }, (_, i) => ({ ID: `P-${i}`, Date: '2026-12-10', Time: '09:00', Platform: 'LinkedIn', Caption: `Post ${i}`, Status: 'Approved' })),
    );
    emulator.stats.reset();
    call(emulator, 'getExportContext');
    call(emulator, 'previewExport', { target: 'sprout', stagger: true });
    expect(exportFile(emulator, { target: 'generic-csv' }).exportCount).toBe(count);
    return emulator.stats.roundTrips;
  };
  const small = roundTrips(50);
  expect(roundTrips(1000)).toBe(small);
  // 15 before issue #18: Settings and Platforms are now read to their last row (a getLastRow each),
  // which costs a call per read and saves ~13,000 cells each.
  expect(small).toBeLessThanOrEqual(20);
});

// The Google Calendar sync has its own suite: tests/integration/google-calendar.test.ts.

test('a post whose Checks cell shows ✖ never passes: a LinkedIn Story is refused and "only passing" leaves it out (issue #19)', () => {
  const emulator = ready();
  seed(emulator, [
    { ID: 'P-00000011', Date: '2026-12-01', Time: '09:00', Platform: 'LinkedIn', Format: 'Text', Caption: 'Fine', Status: 'Approved' },
    { ID: 'P-00000012', Date: '2026-12-01', Time: '11:00', Platform: 'LinkedIn', Format: 'Story', Caption: 'A story', Status: 'Needs changes' },
  ]);
  clickMenu(emulator, 'Check all posts');
  expect(calendarRecords(emulator)[1].Checks).toMatch(/^✖/);
  const preview = call<ExportPreview>(emulator, 'previewExport', { target: 'hootsuite' });
  expect(preview.ok).toBe(false);
  expect(preview.passingCount).toBe(1);
  expect(preview.problems.find((p) => p.sheetRow === 3)).toMatchObject({ severity: 'error', code: expect.stringMatching(/^post-/) });
  const file = exportFile(emulator, { target: 'hootsuite', onlyPassing: true });
  expect([file.exportCount, file.skippedCount]).toEqual([1, 1]);
  expect(csv(file.content).map((r) => r[1])).toEqual(['Fine']);
  // A reading copy keeps every post and says what is wrong with it.
  const generic = exportFile(emulator, { target: 'generic-csv' });
  expect(generic.exportCount).toBe(2);
  expect(generic.problems.find((p) => p.sheetRow === 3)?.severity).toBe('warning');
});

test('scheduler files can hold just the posts ready to go out: Approved and Scheduled (issue #19)', () => {
  const emulator = ready();
  seed(emulator, [
    { ID: 'P-00000021', Date: '2026-12-01', Time: '09:00', Platform: 'X', Format: 'Text', Caption: 'Approved one', Status: 'Approved' },
    { ID: 'P-00000022', Date: '2026-12-01', Time: '10:00', Platform: 'X', Format: 'Text', Caption: 'A draft', Status: 'Draft' },
    { ID: 'P-00000023', Date: '2026-12-01', Time: '11:00', Platform: 'X', Format: 'Text', Caption: 'Scheduled one', Status: 'Scheduled' },
  ]);
  const file = exportFile(emulator, { target: 'publer', status: '@ready' });
  expect(file.exportCount).toBe(2);
  expect(file.content).not.toContain('A draft');
  const context = call<{ readyStatuses: string[]; postFacets: string[][] }>(emulator, 'getExportContext');
  expect(context.readyStatuses).toEqual(['Approved', 'Scheduled']);
  expect(context.postFacets).toContainEqual(['2026-12-01', 'X', 'Draft']);
});
